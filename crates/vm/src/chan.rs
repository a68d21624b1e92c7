//! Channels and `select` for the interpreter: `ch <- v`, `<-ch`, `close`, `len`, `cap`
//! and `select` on channel heap objects (golang/go:src/runtime/chan.go, select.go). The
//! protocol itself — the [`Waiter`] states, the wait queues, what happens under the
//! channel lock and why no wake-up is lost — lives in `chan_core.rs`, generic over the
//! goroutine handle so that loom can check it (`chan_loom_tests.rs`); this module adds
//! the heap, the scheduler's `GRef`s, `Trap`s and wait reasons.
//!
//! # Blocking without leaving the instruction
//! A channel operation that cannot proceed registers a [`Waiter`] in the channel's wait
//! queue, stores it in the goroutine (`Goroutine::wait`) and returns
//! [`Trap::Park`]: the interpreter stops *at* the instruction and the goroutine parks.
//! The goroutine that completes the operation (a sender for a waiting receiver, a
//! receiver for a waiting sender, `close` for both) claims the waiter, leaves the value
//! in it, and readies the goroutine (after unlocking). When the parked goroutine runs
//! again the instruction executes again, finds its waiter completed, and takes the
//! result. A waiter that is not completed yet (a spurious run) parks again.
//!
//! # Locks
//! Each channel has one mutex (its heap object is a `Mutex<ChanState>`). A plain
//! operation locks one channel; `select` locks all of its channels in address order (so
//! two selects cannot deadlock each other) for the poll and for enqueueing, as Go's
//! `sellock` does: while they are held nobody can complete the new waiter, and no case
//! can become ready unseen. Goroutines to ready are collected in `Vm::to_ready` and
//! readied by the scheduler after every lock is released.
//!
//! # Values and the collector
//! Every value is one word. Buffered values and values of waiting senders live in the
//! channel (`ChanState::refs` gives the collector those that are references); a value
//! delivered to a parked receiver lives in its waiter, reachable from its goroutine.

use std::sync::MutexGuard;

use minigo_runtime::{GRef, WaitReason};

use minigo_bytecode::RType;

use crate::chan_core::{self, CloseOfClosed, Resumed, SendOnClosed, Step};
use crate::goroutine::Goroutine;
use crate::heap::Heap;
use crate::values;
use crate::vm::{Trap, Vm};

/// A goroutine blocked in a channel operation, a `select` or a sync primitive.
pub type Waiter = chan_core::Waiter<GRef>;

/// A channel's state, behind the mutex of its heap object.
pub type ChanState = chan_core::ChanState<GRef>;

impl From<SendOnClosed> for Trap {
    fn from(_: SendOnClosed) -> Trap {
        send_on_closed()
    }
}

fn send_on_closed() -> Trap {
    Trap::RuntimePlain("send on closed channel".into())
}

/// What an operation needs besides the channel: the heap (zero values of struct
/// elements), the types, and where to put goroutines to ready.
struct OpCx<'a> {
    heap: &'a Heap,
    rtypes: &'a [RType],
    ready: &'a mut Vec<GRef>,
}

impl chan_core::OpCx<GRef> for OpCx<'_> {
    fn zero(&self, elem: u32) -> u64 {
        values::zero_value(self.heap, self.rtypes, elem)
    }

    fn ready(&mut self, g: GRef) {
        self.ready.push(g);
    }
}

/// Splits the VM into the channel's heap and an [`OpCx`].
macro_rules! op_cx {
    ($vm:expr) => {{
        let Vm {
            heap,
            prog,
            to_ready,
            ..
        } = $vm;
        let heap: &Heap = heap;
        (
            heap,
            OpCx {
                heap,
                rtypes: &prog.rtypes,
                ready: to_ready,
            },
        )
    }};
}

/// The goroutine's handle, for a waiter (`gref` is the goroutine's).
fn current(gref: &Option<GRef>) -> Result<GRef, Trap> {
    gref.clone()
        .ok_or_else(|| Trap::Fatal("fatal error: channel operation outside the scheduler".into()))
}

/// `make(chan T, n)`.
pub fn make(vm: &mut Vm, elem: u32, n: i64) -> Result<u64, Trap> {
    if !(0..=(1 << 40)).contains(&n) {
        return Err(Trap::Runtime("makechan: size out of range".into()));
    }
    let is_ref = vm.prog.rtypes[elem as usize].kind.is_ref();
    Ok(vm.heap.alloc_chan(ChanState::new(n as usize, elem, is_ref)))
}

/// `<-c`: the value and whether it came from a send (false: closed and drained).
pub fn recv(vm: &mut Vm, g: &mut Goroutine, c: u64) -> Result<(u64, bool), Trap> {
    match chan_core::resume(&mut g.wait) {
        Resumed::Fresh => {}
        Resumed::Waiting => return Err(Trap::Park(WaitReason::ChanReceive)),
        Resumed::Done(d) => return Ok((d.value, d.ok)),
    }
    if c == 0 {
        return Err(Trap::Park(WaitReason::ChanReceiveNilChan));
    }
    let (heap, mut cx) = op_cx!(vm);
    let mut st = heap.chan(c).lock().unwrap_or_else(|e| e.into_inner());
    match st.recv(&mut cx, || current(&g.gref))? {
        Step::Done(r) => Ok(r),
        Step::Park(w) => {
            g.wait = Some(w);
            Err(Trap::Park(WaitReason::ChanReceive))
        }
    }
}

/// `c <- v`.
pub fn send(vm: &mut Vm, g: &mut Goroutine, c: u64, v: u64) -> Result<(), Trap> {
    match chan_core::resume(&mut g.wait) {
        Resumed::Fresh => {}
        Resumed::Waiting => return Err(Trap::Park(WaitReason::ChanSend)),
        Resumed::Done(d) if d.ok => return Ok(()),
        Resumed::Done(_) => return Err(send_on_closed()),
    }
    if c == 0 {
        return Err(Trap::Park(WaitReason::ChanSendNilChan));
    }
    let (heap, mut cx) = op_cx!(vm);
    let mut st = heap.chan(c).lock().unwrap_or_else(|e| e.into_inner());
    match st.send(&mut cx, v, || current(&g.gref))? {
        Step::Done(()) => Ok(()),
        Step::Park(w) => {
            g.wait = Some(w);
            Err(Trap::Park(WaitReason::ChanSend))
        }
    }
}

/// `close(c)`: wakes every waiter (receivers get the zero value, senders panic).
pub fn close(vm: &mut Vm, c: u64) -> Result<(), Trap> {
    if c == 0 {
        return Err(Trap::RuntimePlain("close of nil channel".into()));
    }
    let (heap, mut cx) = op_cx!(vm);
    let mut st = heap.chan(c).lock().unwrap_or_else(|e| e.into_inner());
    st.close(&mut cx)
        .map_err(|CloseOfClosed| Trap::RuntimePlain("close of closed channel".into()))
}

/// `len(c)` and `cap(c)`.
pub fn len_cap(vm: &Vm, c: u64) -> (usize, usize) {
    if c == 0 {
        return (0, 0);
    }
    let st = vm.heap.chan(c).lock().unwrap_or_else(|e| e.into_inner());
    (st.buffered(), st.cap())
}

/// One case of a `select`.
#[derive(Clone, Copy, Debug)]
pub struct Case {
    pub chan: u64,
    /// `Some(v)` for a send case.
    pub send: Option<u64>,
}

/// `select`: returns the chosen case (`None` for `default`), the received value and ok.
pub fn select(
    vm: &mut Vm,
    g: &mut Goroutine,
    cases: &[Case],
    has_default: bool,
) -> Result<(Option<usize>, u64, bool), Trap> {
    match chan_core::resume(&mut g.wait) {
        Resumed::Fresh => {}
        // Only a select with a channel case has a waiter.
        Resumed::Waiting => return Err(Trap::Park(WaitReason::Select)),
        Resumed::Done(d) => {
            dequeue_stale(vm, cases, &d.waiter);
            let k = d.case as usize;
            if cases.get(k).is_some_and(|c| c.send.is_some()) && !d.ok {
                return Err(send_on_closed());
            }
            return Ok((Some(k), d.value, d.ok));
        }
    }
    // Lock every channel once, in address order.
    let mut addrs: Vec<u64> = cases.iter().map(|c| c.chan).filter(|&c| c != 0).collect();
    addrs.sort_unstable();
    addrs.dedup();
    if addrs.is_empty() {
        if has_default {
            return Ok((None, 0, false));
        }
        // `select {}` or only nil channels: blocks forever.
        return Err(Trap::Park(if cases.is_empty() {
            WaitReason::SelectNoCases
        } else {
            WaitReason::Select
        }));
    }
    // Poll in a random order (uniform choice among ready cases).
    let mut order: Vec<usize> = (0..cases.len()).collect();
    vm.rng.shuffle(&mut order);
    let (heap, mut cx) = op_cx!(vm);
    let mut guards: Vec<MutexGuard<'_, ChanState>> = addrs
        .iter()
        .map(|&a| heap.chan(a).lock().unwrap_or_else(|e| e.into_inner()))
        .collect();
    let case = |i: usize| {
        let c = cases[i];
        (c.chan != 0).then(|| (addrs.binary_search(&c.chan).unwrap_or(0), c.send))
    };
    match chan_core::select(&mut guards, &order, case, has_default, &mut cx, || {
        current(&g.gref)
    })? {
        Step::Done(Some((i, v, ok))) => Ok((Some(i), v, ok)),
        Step::Done(None) => Ok((None, 0, false)),
        Step::Park(w) => {
            g.wait = Some(w);
            Err(Trap::Park(WaitReason::Select))
        }
    }
}

/// After a `select` woke up: removes its waiter's other entries from every channel.
fn dequeue_stale(vm: &Vm, cases: &[Case], w: &std::sync::Arc<Waiter>) {
    for c in cases {
        if c.chan == 0 {
            continue;
        }
        vm.heap
            .chan(c.chan)
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .dequeue(w);
    }
}

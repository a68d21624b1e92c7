//! Channels and `select`: the channel object's state, the waiter protocol, and the
//! operations the interpreter runs for `ch <- v`, `<-ch`, `close`, `len`, `cap` and
//! `select` (golang/go:src/runtime/chan.go, select.go).
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
//! # Waiter states (`Waiter::done`)
//! `0` waiting → `CLAIMING` (a completer won the compare-and-swap and is writing the
//! value) → `case + 1` (complete; for a plain send or receive the case is 0). Only the
//! claim is a compare-and-swap, so one waiter enqueued on several channels by a `select`
//! is completed exactly once; the losers' queue entries are stale and skipped by
//! whoever pops them, and the winner removes the rest when it resumes.
//!
//! # Locks
//! Each channel has one mutex. A plain operation locks one channel; `select` locks all
//! of its channels in address order (so two selects cannot deadlock each other) for the
//! poll and for enqueueing, as Go's `sellock` does: while they are held nobody can
//! complete the new waiter, and no case can become ready unseen. Goroutines to ready are
//! collected in `Vm::to_ready` and readied by the scheduler after every lock is released.
//!
//! # Values and the collector
//! Every value is one word. Buffered values and values of waiting senders live in the
//! channel ([`ChanState::refs`] gives the collector those that are references); a value
//! delivered to a parked receiver lives in its waiter, reachable from its goroutine.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};
use std::sync::{Arc, MutexGuard};

use minigo_runtime::{GRef, WaitReason};

use minigo_bytecode::RType;

use crate::goroutine::Goroutine;
use crate::heap::Heap;
use crate::values;
use crate::vm::{Trap, Vm};

/// `Waiter::done` while a completer writes the value.
const CLAIMING: u32 = u32::MAX;

/// A goroutine blocked in a channel operation or `select`.
pub struct Waiter {
    pub g: GRef,
    /// 0 waiting, [`CLAIMING`], or the completed case + 1.
    done: AtomicU32,
    /// The value received (receive cases).
    value: AtomicU64,
    /// Receive: false when woken by `close`. Send: false when woken by `close` (the
    /// sender then panics).
    ok: AtomicBool,
    /// Whether `value` is a reference (for the collector).
    value_is_ref: AtomicBool,
}

impl Waiter {
    pub fn new(g: GRef) -> Arc<Waiter> {
        Arc::new(Waiter {
            g,
            done: AtomicU32::new(0),
            value: AtomicU64::new(0),
            ok: AtomicBool::new(false),
            value_is_ref: AtomicBool::new(false),
        })
    }

    /// Tries to become this waiter's completer.
    pub(crate) fn claim(&self) -> bool {
        self.done
            .compare_exchange(0, CLAIMING, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
    }

    /// Publishes the result of case `case` (after a successful [`Waiter::claim`]).
    pub(crate) fn complete(&self, case: u32, value: u64, value_is_ref: bool, ok: bool) {
        self.value.store(value, Ordering::Relaxed);
        self.value_is_ref.store(value_is_ref, Ordering::Relaxed);
        self.ok.store(ok, Ordering::Relaxed);
        self.done.store(case + 1, Ordering::Release);
    }

    /// The completed case, if complete.
    pub fn completed(&self) -> Option<u32> {
        match self.done.load(Ordering::Acquire) {
            0 | CLAIMING => None,
            n => Some(n - 1),
        }
    }

    /// The value to keep alive while the goroutine has not taken it.
    pub fn held_ref(&self) -> Option<u64> {
        (self.completed().is_some() && self.value_is_ref.load(Ordering::Relaxed))
            .then(|| self.value.load(Ordering::Relaxed))
    }
}

/// One entry of a wait queue: the waiter, which of its cases this is, and for senders
/// the value offered.
struct Entry {
    w: Arc<Waiter>,
    case: u32,
    value: u64,
}

/// A channel's state, behind the mutex of its heap object.
pub struct ChanState {
    cap: usize,
    /// Runtime type of the elements (zero values of struct/array elements are boxes).
    elem: u32,
    elem_is_ref: bool,
    buf: VecDeque<u64>,
    closed: bool,
    recvq: VecDeque<Entry>,
    sendq: VecDeque<Entry>,
}

impl ChanState {
    pub fn new(cap: usize, elem: u32, elem_is_ref: bool) -> ChanState {
        ChanState {
            cap,
            elem,
            elem_is_ref,
            buf: VecDeque::new(),
            closed: false,
            recvq: VecDeque::new(),
            sendq: VecDeque::new(),
        }
    }

    /// References held by the channel: buffered values and waiting senders' values.
    pub fn refs(&self) -> Vec<u64> {
        if !self.elem_is_ref {
            return Vec::new();
        }
        self.buf
            .iter()
            .copied()
            .chain(self.sendq.iter().map(|e| e.value))
            .collect()
    }

    /// Pops the first sender whose waiter can still be claimed (and claims it).
    fn pop_sender(&mut self) -> Option<Entry> {
        while let Some(e) = self.sendq.pop_front() {
            if e.w.claim() {
                return Some(e);
            }
        }
        None
    }

    fn pop_receiver(&mut self) -> Option<Entry> {
        while let Some(e) = self.recvq.pop_front() {
            if e.w.claim() {
                return Some(e);
            }
        }
        None
    }

    /// Receives with the lock held, if possible without blocking: a waiting sender's
    /// value (through the buffer when buffered), a buffered value, or the zero value of a
    /// closed channel (ok = false; `zero` makes it).
    fn try_recv(&mut self, cx: &mut OpCx<'_>) -> Option<(u64, bool)> {
        if let Some(s) = self.pop_sender() {
            // A sender waits on a buffered channel only when the buffer is full: take
            // the oldest value and put the sender's at the back (FIFO overall).
            let v = match (self.cap > 0, self.buf.pop_front()) {
                (true, Some(head)) => {
                    self.buf.push_back(s.value);
                    head
                }
                _ => s.value,
            };
            s.w.complete(s.case, 0, false, true);
            cx.ready.push(s.w.g.clone());
            return Some((v, true));
        }
        if let Some(v) = self.buf.pop_front() {
            return Some((v, true));
        }
        if self.closed {
            return Some((cx.zero(self.elem), false));
        }
        None
    }

    /// Sends with the lock held, if possible without blocking: to a waiting receiver, or
    /// into the buffer. `Err` when closed.
    fn try_send(&mut self, cx: &mut OpCx<'_>, v: u64) -> Result<bool, Trap> {
        if self.closed {
            return Err(send_on_closed());
        }
        if let Some(r) = self.pop_receiver() {
            r.w.complete(r.case, v, self.elem_is_ref, true);
            cx.ready.push(r.w.g.clone());
            return Ok(true);
        }
        if self.buf.len() < self.cap {
            self.buf.push_back(v);
            return Ok(true);
        }
        Ok(false)
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

impl OpCx<'_> {
    fn zero(&self, elem: u32) -> u64 {
        values::zero_value(self.heap, self.rtypes, elem)
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

fn current(g: &Goroutine) -> Result<GRef, Trap> {
    g.gref
        .clone()
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
    if let Some(w) = g.wait.take() {
        if w.completed().is_none() {
            g.wait = Some(w);
            return Err(Trap::Park(WaitReason::ChanReceive));
        }
        return Ok((
            w.value.load(Ordering::Relaxed),
            w.ok.load(Ordering::Relaxed),
        ));
    }
    if c == 0 {
        return Err(Trap::Park(WaitReason::ChanReceiveNilChan));
    }
    let (heap, mut cx) = op_cx!(vm);
    let mut st = heap.chan(c).lock().unwrap_or_else(|e| e.into_inner());
    if let Some(r) = st.try_recv(&mut cx) {
        return Ok(r);
    }
    let w = Waiter::new(current(g)?);
    st.recvq.push_back(Entry {
        w: w.clone(),
        case: 0,
        value: 0,
    });
    g.wait = Some(w);
    Err(Trap::Park(WaitReason::ChanReceive))
}

/// `c <- v`.
pub fn send(vm: &mut Vm, g: &mut Goroutine, c: u64, v: u64) -> Result<(), Trap> {
    if let Some(w) = g.wait.take() {
        return match w.completed() {
            None => {
                g.wait = Some(w);
                Err(Trap::Park(WaitReason::ChanSend))
            }
            Some(_) if w.ok.load(Ordering::Relaxed) => Ok(()),
            Some(_) => Err(send_on_closed()),
        };
    }
    if c == 0 {
        return Err(Trap::Park(WaitReason::ChanSendNilChan));
    }
    let (heap, mut cx) = op_cx!(vm);
    let mut st = heap.chan(c).lock().unwrap_or_else(|e| e.into_inner());
    if st.try_send(&mut cx, v)? {
        return Ok(());
    }
    let w = Waiter::new(current(g)?);
    st.sendq.push_back(Entry {
        w: w.clone(),
        case: 0,
        value: v,
    });
    g.wait = Some(w);
    Err(Trap::Park(WaitReason::ChanSend))
}

/// `close(c)`: wakes every waiter (receivers get the zero value, senders panic).
pub fn close(vm: &mut Vm, c: u64) -> Result<(), Trap> {
    if c == 0 {
        return Err(Trap::RuntimePlain("close of nil channel".into()));
    }
    let (heap, cx) = op_cx!(vm);
    let mut st = heap.chan(c).lock().unwrap_or_else(|e| e.into_inner());
    if st.closed {
        return Err(Trap::RuntimePlain("close of closed channel".into()));
    }
    st.closed = true;
    let elem = st.elem;
    let elem_is_ref = st.elem_is_ref;
    while let Some(r) = st.pop_receiver() {
        let z = cx.zero(elem);
        r.w.complete(r.case, z, elem_is_ref, false);
        cx.ready.push(r.w.g.clone());
    }
    while let Some(s) = st.pop_sender() {
        s.w.complete(s.case, 0, false, false);
        cx.ready.push(s.w.g.clone());
    }
    Ok(())
}

/// `len(c)` and `cap(c)`.
pub fn len_cap(vm: &Vm, c: u64) -> (usize, usize) {
    if c == 0 {
        return (0, 0);
    }
    let st = vm.heap.chan(c).lock().unwrap_or_else(|e| e.into_inner());
    (st.buf.len(), st.cap)
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
    if let Some(w) = g.wait.take() {
        let Some(k) = w.completed() else {
            // Only a select with a channel case has a waiter.
            g.wait = Some(w);
            return Err(Trap::Park(WaitReason::Select));
        };
        dequeue_stale(vm, cases, &w);
        let k = k as usize;
        let ok = w.ok.load(Ordering::Relaxed);
        if cases.get(k).is_some_and(|c| c.send.is_some()) && !ok {
            return Err(send_on_closed());
        }
        return Ok((Some(k), w.value.load(Ordering::Relaxed), ok));
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
    let slot = |c: u64| addrs.binary_search(&c).unwrap_or(0);
    for &i in &order {
        let c = cases[i];
        if c.chan == 0 {
            continue;
        }
        let st = &mut guards[slot(c.chan)];
        match c.send {
            Some(v) => {
                if st.try_send(&mut cx, v)? {
                    return Ok((Some(i), 0, true));
                }
            }
            None => {
                if let Some((v, ok)) = st.try_recv(&mut cx) {
                    return Ok((Some(i), v, ok));
                }
            }
        }
    }
    if has_default {
        return Ok((None, 0, false));
    }
    let w = Waiter::new(current(g)?);
    for (i, c) in cases.iter().enumerate() {
        if c.chan == 0 {
            continue;
        }
        let st = &mut guards[slot(c.chan)];
        let e = Entry {
            w: w.clone(),
            case: i as u32,
            value: c.send.unwrap_or(0),
        };
        match c.send {
            Some(_) => st.sendq.push_back(e),
            None => st.recvq.push_back(e),
        }
    }
    g.wait = Some(w);
    Err(Trap::Park(WaitReason::Select))
}

/// After a `select` woke up: removes its waiter's other entries from every channel.
fn dequeue_stale(vm: &Vm, cases: &[Case], w: &Arc<Waiter>) {
    for c in cases {
        if c.chan == 0 {
            continue;
        }
        let mut st = vm
            .heap
            .chan(c.chan)
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        st.recvq.retain(|e| !Arc::ptr_eq(&e.w, w));
        st.sendq.retain(|e| !Arc::ptr_eq(&e.w, w));
    }
}

//! The channel protocol without the VM: the [`Waiter`] a blocked goroutine leaves behind,
//! and a channel's buffer, wait queues and closed flag ([`ChanState`]) with the operations
//! that run on them while the channel is locked. `chan.rs` wraps these for the interpreter
//! (heap objects, `Trap`s, wait reasons); the loom models in `chan_loom_tests.rs` run the
//! same code with loom's atomics (through `crate::loom`) and toy goroutines. Nothing here
//! knows the heap or the scheduler: the goroutine handle to ready is a type parameter `G`
//! (`GRef` in the VM), and making a zero value and readying go through [`OpCx`].
//!
//! # The protocol
//! 1. An operation locks its channel (a `select` locks all of its channels, in one global
//!    order that the caller chooses: address order in the VM) and tries to complete at
//!    once ([`ChanState::try_send`], [`ChanState::try_recv`]). Completing may *claim* a
//!    waiting goroutine's [`Waiter`], write the result into it, and hand its `G` to
//!    [`OpCx::ready`]. The caller readies those goroutines only after unlocking every
//!    channel, so a readied goroutine never contends for a lock its readier still holds.
//! 2. If it cannot, it enqueues a new waiter (for a `select`, one entry per case, all with
//!    the same waiter) *before unlocking*, and the goroutine parks. Polling and enqueueing
//!    under the same critical section is what prevents lost wake-ups: a completer that
//!    comes later finds the entry; one that came earlier was found by the poll. (Polling,
//!    unlocking, then enqueueing loses the wake-up; a loom model shows it.)
//! 3. Parked goroutines run their operation again when readied; [`resume`] finds the
//!    waiter completed and returns its result. A waiter that is not completed yet (a
//!    spurious run) stays, and the goroutine parks again.
//! 4. A `select` that resumes removes its waiter's other, now stale, entries
//!    ([`ChanState::dequeue`]); until then whoever pops a stale entry skips it because the
//!    claim fails.
//!
//! # Waiter states (`Waiter::done`)
//! `0` waiting → `CLAIMING` (a completer won the compare-and-swap and is writing the
//! value) → `case + 1` (complete; for a plain send or receive the case is 0). Only the
//! claim is a compare-and-swap, so one waiter enqueued on several channels by a `select`
//! is completed exactly once even though its entries sit behind different locks: two
//! completers holding two different channel locks race only on that CAS. The result
//! fields are written with `Relaxed` stores before the `Release` store of `case + 1` and
//! read after an `Acquire` load that sees it. Rejected: a lock per waiter (one more lock
//! per operation, and a lock order to define between waiters and channels), and
//! claiming with a load and a store (two completers can both see `0`; loom finds it).
//!
//! # Who writes what
//! `ChanState` is written only with its channel's lock held (the caller's mutex). A
//! `Waiter` is written by exactly one completer, the claim's winner; its goroutine reads
//! it without any channel lock, after seeing the completed state.

#![cfg_attr(loom, allow(dead_code))]

use std::collections::VecDeque;
use std::ops::DerefMut;

use crate::loom::{Arc, AtomicBool, AtomicU32, AtomicU64, Ordering};

/// `Waiter::done` while a completer writes the value.
const CLAIMING: u32 = u32::MAX;

/// A goroutine blocked in a channel operation, a `select`, or (`sync.rs`) a sync
/// primitive.
pub struct Waiter<G> {
    /// The goroutine to ready when the waiter is completed.
    pub g: G,
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

impl<G> Waiter<G> {
    pub fn new(g: G) -> Arc<Waiter<G>> {
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

    /// The broken claim of [`Fault::ClaimWithoutCas`]: a load, then a store.
    #[cfg(loom)]
    fn claim_without_cas(&self) -> bool {
        if self.done.load(Ordering::Acquire) != 0 {
            return false;
        }
        self.done.store(CLAIMING, Ordering::Release);
        true
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

/// What a goroutine's blocked operation found when it ran again (step 3).
pub enum Resumed<G> {
    /// The goroutine was not blocked here: run the operation.
    Fresh,
    /// Not completed yet (a spurious run): park again. The waiter stays in the slot.
    Waiting,
    /// Completed; the slot is empty again.
    Done(Completion<G>),
}

/// The result a completer left in a waiter.
pub struct Completion<G> {
    /// The case that completed (0 for a plain send or receive).
    pub case: u32,
    /// The value received (receive cases).
    pub value: u64,
    /// False when woken by `close`.
    pub ok: bool,
    /// The waiter, for a `select` to remove its stale entries ([`ChanState::dequeue`]).
    pub waiter: Arc<Waiter<G>>,
}

/// Step 3: looks at the waiter a goroutine left in `slot` when it parked, if any.
pub fn resume<G>(slot: &mut Option<Arc<Waiter<G>>>) -> Resumed<G> {
    let Some(w) = slot.take() else {
        return Resumed::Fresh;
    };
    match w.completed() {
        None => {
            *slot = Some(w);
            Resumed::Waiting
        }
        Some(case) => Resumed::Done(Completion {
            case,
            value: w.value.load(Ordering::Relaxed),
            ok: w.ok.load(Ordering::Relaxed),
            waiter: w,
        }),
    }
}

/// The outcome of an operation on a locked channel.
pub enum Step<T, G> {
    /// Completed without blocking.
    Done(T),
    /// Enqueued this new waiter: the caller stores it in the goroutine and parks it.
    Park(Arc<Waiter<G>>),
}

/// A send found the channel closed (Go: "send on closed channel").
#[derive(Debug)]
pub struct SendOnClosed;

/// `close` found the channel closed (Go: "close of closed channel").
#[derive(Debug)]
pub struct CloseOfClosed;

/// What an operation needs from its caller besides the channel.
pub trait OpCx<G> {
    /// The zero value of element type `elem` (a receive from a closed channel).
    fn zero(&self, elem: u32) -> u64;
    /// Records `g` (whose waiter was just completed) to be readied once every channel
    /// lock is released.
    fn ready(&mut self, g: G);
}

/// A bug to inject, so that the loom models can show they catch it.
#[cfg(loom)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Fault {
    #[default]
    None,
    /// Claim waiters with a load and a store instead of the compare-and-swap.
    ClaimWithoutCas,
}

/// One entry of a wait queue: the waiter, which of its cases this is, and for senders
/// the value offered.
struct Entry<G> {
    w: Arc<Waiter<G>>,
    case: u32,
    value: u64,
}

/// A channel's state, behind the channel's mutex.
pub struct ChanState<G> {
    cap: usize,
    /// Runtime type of the elements (zero values of struct/array elements are boxes).
    elem: u32,
    elem_is_ref: bool,
    buf: VecDeque<u64>,
    closed: bool,
    recvq: VecDeque<Entry<G>>,
    sendq: VecDeque<Entry<G>>,
    #[cfg(loom)]
    pub(crate) fault: Fault,
}

impl<G: Clone> ChanState<G> {
    pub fn new(cap: usize, elem: u32, elem_is_ref: bool) -> ChanState<G> {
        ChanState {
            cap,
            elem,
            elem_is_ref,
            buf: VecDeque::new(),
            closed: false,
            recvq: VecDeque::new(),
            sendq: VecDeque::new(),
            #[cfg(loom)]
            fault: Fault::None,
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

    /// The number of buffered values (`len`).
    pub fn buffered(&self) -> usize {
        self.buf.len()
    }

    /// The buffer's capacity (`cap`).
    pub fn cap(&self) -> usize {
        self.cap
    }

    /// The number of queued entries (receivers, senders), stale ones included.
    #[cfg(loom)]
    pub(crate) fn queued(&self) -> (usize, usize) {
        (self.recvq.len(), self.sendq.len())
    }

    fn claim(&self, w: &Waiter<G>) -> bool {
        #[cfg(loom)]
        if self.fault == Fault::ClaimWithoutCas {
            return w.claim_without_cas();
        }
        w.claim()
    }

    /// Pops the first sender whose waiter can still be claimed (and claims it).
    fn pop_sender(&mut self) -> Option<Entry<G>> {
        while let Some(e) = self.sendq.pop_front() {
            if self.claim(&e.w) {
                return Some(e);
            }
        }
        None
    }

    fn pop_receiver(&mut self) -> Option<Entry<G>> {
        while let Some(e) = self.recvq.pop_front() {
            if self.claim(&e.w) {
                return Some(e);
            }
        }
        None
    }

    /// Receives, if possible without blocking: a waiting sender's value (through the
    /// buffer when buffered), a buffered value, or the zero value of a closed channel
    /// (ok = false).
    pub fn try_recv(&mut self, cx: &mut impl OpCx<G>) -> Option<(u64, bool)> {
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
            cx.ready(s.w.g.clone());
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

    /// Sends, if possible without blocking: to a waiting receiver, or into the buffer.
    pub fn try_send(&mut self, cx: &mut impl OpCx<G>, v: u64) -> Result<bool, SendOnClosed> {
        if self.closed {
            return Err(SendOnClosed);
        }
        if let Some(r) = self.pop_receiver() {
            r.w.complete(r.case, v, self.elem_is_ref, true);
            cx.ready(r.w.g.clone());
            return Ok(true);
        }
        if self.buf.len() < self.cap {
            self.buf.push_back(v);
            return Ok(true);
        }
        Ok(false)
    }

    /// Queues `w` as a receiver (its case `case`).
    pub fn enqueue_recv(&mut self, w: &Arc<Waiter<G>>, case: u32) {
        self.recvq.push_back(Entry {
            w: w.clone(),
            case,
            value: 0,
        });
    }

    /// Queues `w` as a sender of `v` (its case `case`).
    pub fn enqueue_send(&mut self, w: &Arc<Waiter<G>>, case: u32, v: u64) {
        self.sendq.push_back(Entry {
            w: w.clone(),
            case,
            value: v,
        });
    }

    /// `<-c`: receives now, or enqueues a waiter for the goroutine `me` makes (steps 1-2).
    pub fn recv<E>(
        &mut self,
        cx: &mut impl OpCx<G>,
        me: impl FnOnce() -> Result<G, E>,
    ) -> Result<Step<(u64, bool), G>, E> {
        if let Some(r) = self.try_recv(cx) {
            return Ok(Step::Done(r));
        }
        let w = Waiter::new(me()?);
        self.enqueue_recv(&w, 0);
        Ok(Step::Park(w))
    }

    /// `c <- v`: sends now, or enqueues a waiter for the goroutine `me` makes.
    pub fn send<E: From<SendOnClosed>>(
        &mut self,
        cx: &mut impl OpCx<G>,
        v: u64,
        me: impl FnOnce() -> Result<G, E>,
    ) -> Result<Step<(), G>, E> {
        if self.try_send(cx, v)? {
            return Ok(Step::Done(()));
        }
        let w = Waiter::new(me()?);
        self.enqueue_send(&w, 0, v);
        Ok(Step::Park(w))
    }

    /// `close(c)`: completes every waiter (receivers get the zero value and ok = false,
    /// senders ok = false, so they panic).
    pub fn close(&mut self, cx: &mut impl OpCx<G>) -> Result<(), CloseOfClosed> {
        if self.closed {
            return Err(CloseOfClosed);
        }
        self.closed = true;
        while let Some(r) = self.pop_receiver() {
            let z = cx.zero(self.elem);
            r.w.complete(r.case, z, self.elem_is_ref, false);
            cx.ready(r.w.g.clone());
        }
        while let Some(s) = self.pop_sender() {
            s.w.complete(s.case, 0, false, false);
            cx.ready(s.w.g.clone());
        }
        Ok(())
    }

    /// Removes every entry of `w` (step 4).
    pub fn dequeue(&mut self, w: &Arc<Waiter<G>>) {
        self.recvq.retain(|e| !Arc::ptr_eq(&e.w, w));
        self.sendq.retain(|e| !Arc::ptr_eq(&e.w, w));
    }
}

/// `select` over locked channels (steps 1-2). `chans[case(i)?.0]` is case `i`'s channel
/// (`None`: a nil channel, never ready) and `case(i)?.1` its value for a send case.
/// Polls the cases in `order` (a permutation of the case indices: the caller's random
/// choice), then, without `default`, enqueues one waiter on every case in index order.
/// `Done(None)` is the `default` case, `Done(Some((case, value, ok)))` a ready one.
#[allow(clippy::type_complexity)]
pub fn select<G: Clone, S: DerefMut<Target = ChanState<G>>, E: From<SendOnClosed>>(
    chans: &mut [S],
    order: &[usize],
    case: impl Fn(usize) -> Option<(usize, Option<u64>)>,
    has_default: bool,
    cx: &mut impl OpCx<G>,
    me: impl FnOnce() -> Result<G, E>,
) -> Result<Step<Option<(usize, u64, bool)>, G>, E> {
    for &i in order {
        let Some((slot, send)) = case(i) else {
            continue;
        };
        let st = &mut chans[slot];
        match send {
            Some(v) => {
                if st.try_send(cx, v)? {
                    return Ok(Step::Done(Some((i, 0, true))));
                }
            }
            None => {
                if let Some((v, ok)) = st.try_recv(cx) {
                    return Ok(Step::Done(Some((i, v, ok))));
                }
            }
        }
    }
    if has_default {
        return Ok(Step::Done(None));
    }
    let w = Waiter::new(me()?);
    for i in 0..order.len() {
        let Some((slot, send)) = case(i) else {
            continue;
        };
        match send {
            Some(v) => chans[slot].enqueue_send(&w, i as u32, v),
            None => chans[slot].enqueue_recv(&w, i as u32),
        }
    }
    Ok(Step::Park(w))
}

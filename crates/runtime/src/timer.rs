//! The timer heap: sleeping goroutines and callbacks, ordered by deadline.
//!
//! One heap for the whole runtime behind a mutex, with the earliest deadline mirrored in an
//! atomic so that every schedule can check "is a timer due?" with one load (plus a clock
//! read only when some timer exists). Go keeps a heap per P (golang/go:src/runtime/time.go)
//! to avoid that lock under heavy timer use; a single heap is simpler and the lock is taken
//! only when adding, cancelling or firing timers, never on the plain schedule path.
//!
//! Cancellation is lazy: [`Timers::cancel`] removes the entry from the map and the heap
//! keeps a stale `(deadline, seq)` pair that firing skips; the heap is rebuilt when stale
//! pairs outnumber live ones, so `Stop`/`Reset` loops do not grow it without bound.
//!
//! Who fires timers: any M with a P, at its schedule points ([`Timers::take_due`]), and the
//! one idle M that parks until the earliest deadline (`SchedState::timer_waiter`).

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use crate::GRef;
use crate::sync::{Mutex, lock};

/// Identifies a timer for [`Timers::cancel`] (`time.Timer.Stop`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TimerId(u64);

/// What a timer does when it fires.
pub(crate) enum TimerKind {
    /// Ready a goroutine parked in `sleep`.
    Wake(GRef),
    /// Run a callback on the M that fires it (`time.AfterFunc`, channel timers).
    Call(Box<dyn FnOnce() + Send>),
}

struct Heap {
    order: BinaryHeap<Reverse<(Instant, u64)>>,
    entries: HashMap<u64, TimerKind>,
    next_seq: u64,
}

/// Longest accepted delay: longer sleeps are clamped (they still count as pending timers
/// for deadlock detection, as in Go). 100 years keeps `Instant` arithmetic far from overflow.
const MAX_DELAY: Duration = Duration::from_secs(100 * 365 * 24 * 3600);

/// A rebuild of the heap is considered once it holds this many stale pairs; below it the
/// waste is negligible.
const MIN_STALE_FOR_REBUILD: usize = 64;

/// The value of `Timers::next` when no timer is pending.
const NONE: u64 = u64::MAX;

pub(crate) struct Timers {
    heap: Mutex<Heap>,
    /// Earliest deadline, in nanoseconds since `epoch`; `NONE` if empty. Written under the
    /// heap lock; may be earlier than the true earliest after a cancel (harmless: an early
    /// check finds nothing due).
    next: AtomicU64,
    epoch: Instant,
}

impl Timers {
    pub(crate) fn new() -> Timers {
        Timers {
            heap: Mutex::new(Heap {
                order: BinaryHeap::new(),
                entries: HashMap::new(),
                next_seq: 0,
            }),
            next: AtomicU64::new(NONE),
            epoch: Instant::now(),
        }
    }

    fn nanos(&self, t: Instant) -> u64 {
        u64::try_from(t.saturating_duration_since(self.epoch).as_nanos()).unwrap_or(NONE - 1)
    }

    /// The deadline `d` from now, clamped to [`MAX_DELAY`].
    pub(crate) fn deadline_after(d: Duration) -> Instant {
        Instant::now() + d.min(MAX_DELAY)
    }

    /// Adds a timer. Returns its id and whether it is now the earliest one (then an idle M
    /// may have to wake up earlier than planned).
    pub(crate) fn add(&self, when: Instant, kind: TimerKind) -> (TimerId, bool) {
        let mut h = lock(&self.heap);
        let seq = h.next_seq;
        h.next_seq += 1;
        h.order.push(Reverse((when, seq)));
        h.entries.insert(seq, kind);
        let n = self.nanos(when);
        let earliest = n < self.next.load(Ordering::Relaxed);
        if earliest {
            self.next.store(n, Ordering::Release);
        }
        (TimerId(seq), earliest)
    }

    /// Cancels a pending timer; false if it already fired or was cancelled.
    pub(crate) fn cancel(&self, id: TimerId) -> bool {
        let mut h = lock(&self.heap);
        let found = h.entries.remove(&id.0).is_some();
        if found && h.order.len() > 2 * h.entries.len() + MIN_STALE_FOR_REBUILD {
            let Heap { order, entries, .. } = &mut *h;
            order.retain(|Reverse((_, seq))| entries.contains_key(seq));
        }
        if h.entries.is_empty() {
            h.order.clear();
            self.next.store(NONE, Ordering::Release);
        }
        found
    }

    /// Cheap check: is some timer (possibly) due at `now`?
    pub(crate) fn due(&self, now: Instant) -> bool {
        let next = self.next.load(Ordering::Acquire);
        next != NONE && next <= self.nanos(now)
    }

    /// True if any timer exists; one atomic load.
    pub(crate) fn any(&self) -> bool {
        self.next.load(Ordering::Acquire) != NONE
    }

    /// Moves every timer due at `now` into `out`.
    pub(crate) fn take_due(&self, now: Instant, out: &mut Vec<TimerKind>) {
        let mut h = lock(&self.heap);
        while let Some(&Reverse((when, seq))) = h.order.peek() {
            if when > now {
                break;
            }
            h.order.pop();
            if let Some(k) = h.entries.remove(&seq) {
                out.push(k);
            }
        }
        self.refresh_next(&mut h);
    }

    fn refresh_next(&self, h: &mut Heap) {
        // Drop stale pairs at the top so that `next` is exact whenever it can be cheaply.
        while let Some(&Reverse((_, seq))) = h.order.peek() {
            if h.entries.contains_key(&seq) {
                break;
            }
            h.order.pop();
        }
        let next = h
            .order
            .peek()
            .map_or(NONE, |&Reverse((when, _))| self.nanos(when));
        self.next.store(next, Ordering::Release);
    }

    /// The earliest pending deadline.
    pub(crate) fn next_deadline(&self) -> Option<Instant> {
        let mut h = lock(&self.heap);
        self.refresh_next(&mut h);
        h.order.peek().map(|&Reverse((when, _))| when)
    }

    /// True if no timer is pending (for deadlock detection).
    pub(crate) fn is_empty(&self) -> bool {
        lock(&self.heap).entries.is_empty()
    }

    /// Drops every timer (at exit), outside the lock.
    pub(crate) fn clear(&self) {
        let entries = {
            let mut h = lock(&self.heap);
            h.order.clear();
            self.next.store(NONE, Ordering::Release);
            std::mem::take(&mut h.entries)
        };
        drop(entries);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call() -> TimerKind {
        TimerKind::Call(Box::new(|| {}))
    }

    #[test]
    fn fires_in_deadline_order_and_skips_cancelled() {
        let t = Timers::new();
        let now = Instant::now();
        let (a, first) = t.add(now + Duration::from_millis(30), call());
        assert!(first);
        let (_, earlier) = t.add(now + Duration::from_millis(10), call());
        assert!(earlier);
        let (_, later) = t.add(now + Duration::from_millis(20), call());
        assert!(!later);
        assert!(t.cancel(a));
        assert!(!t.cancel(a));
        assert!(!t.due(now));
        let mut out = Vec::new();
        t.take_due(now + Duration::from_millis(25), &mut out);
        assert_eq!(out.len(), 2);
        assert!(t.is_empty());
        assert!(!t.any());
        assert_eq!(t.next_deadline(), None);
    }

    #[test]
    fn cancel_loops_do_not_grow_the_heap() {
        let t = Timers::new();
        let far = Timers::deadline_after(Duration::from_secs(3600));
        let (_keep, _) = t.add(far, call());
        for _ in 0..10_000 {
            let (id, _) = t.add(far, call());
            t.cancel(id);
        }
        let h = lock(&t.heap);
        assert!(h.order.len() <= 2 * h.entries.len() + MIN_STALE_FOR_REBUILD + 1);
    }
}

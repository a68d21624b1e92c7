//! The goroutine state word and its transitions: the park/ready race protocol.
//!
//! A goroutine parks in two halves that other threads can see apart: inside
//! [`crate::Goroutine::run`] it first publishes itself as a waiter (in a channel's queue,
//! a mutex's queue, a timer), and only then returns [`crate::RunResult::Parked`], after
//! which its M records the park. A waker that finds it in the queue may call `ready`
//! *between* the two halves. Go closes this window by running the unlock function on the
//! g0 stack after the status change (`gopark`'s `unlockf`, golang/go:src/runtime/proc.go);
//! the stackless design here cannot, so it uses tokio's answer, a CAS on a state word that
//! remembers a notification that arrives while the goroutine is still running
//! (tokio-rs/tokio:tokio/src/runtime/task/state.rs, `NOTIFIED`).
//!
//! # Protocol
//! 1. The word holds one status ([`RUNNABLE`], [`RUNNING`], [`WAITING`], [`SYSCALL`],
//!    [`DEAD`]) plus the [`NOTIFIED`] bit, which is only ever set together with `RUNNING`
//!    or `SYSCALL`.
//! 2. `ready` (any thread): `WAITING` → `RUNNABLE` by CAS; the winner, and only it, puts
//!    the goroutine on a run queue ([`Ready::Enqueue`]). On `RUNNING`/`SYSCALL` it sets
//!    `NOTIFIED` instead ([`Ready::Deferred`]). Anything else (already runnable or notified,
//!    dead) is a no-op ([`Ready::Ignored`]): Go would throw "bad g->status in ready", but a
//!    spurious ready must not crash the interpreter, and a stale one is harmless because
//!    goroutines re-check their condition when resumed.
//! 3. `park` (the M, after `run` returned `Parked`): `RUNNING` → `WAITING` by CAS. If the CAS
//!    fails, a ready came in step 2's second branch: the word becomes `RUNNABLE` and the M
//!    requeues the goroutine itself. Either the waker or the M enqueues, never both, never
//!    neither. A blind store of `WAITING` here would lose that wake-up; `loom_tests.rs`
//!    checks both the protocol and that loom finds the lost wake-up of the blind store.
//! 4. Only the M that dequeued a goroutine moves it out of `RUNNABLE`, so a goroutine is
//!    on at most one run queue, and on exactly one while it is `RUNNABLE`.
//!
//! The body's own data is ordered by its mutex (the M unlocks it before step 3; the next M
//! locks it after dequeuing), so `Acquire`/`Release` on this word is enough.

// Under loom only the parts the models exercise are used.
#![cfg_attr(loom, allow(dead_code))]

use crate::sync::{AtomicU32, Ordering};

/// On a run queue (or `runnext`), or about to be put on one by the thread that made it so.
pub(crate) const RUNNABLE: u32 = 1;
/// Being run by an M: its body's mutex is held by that M.
pub(crate) const RUNNING: u32 = 2;
/// Parked: on no run queue; some waiter list or timer holds a reference and will `ready` it.
pub(crate) const WAITING: u32 = 3;
/// In a blocking call: either inline (`Cx::enter_syscall`, body still locked by its M) or
/// offloaded (`RunResult::Blocking`, body unlocked); on no run queue.
pub(crate) const SYSCALL: u32 = 4;
/// Returned `Exited`; its table slot is being or has been freed.
pub(crate) const DEAD: u32 = 5;
/// A `ready` arrived while `RUNNING` or `SYSCALL`: the next park returns at once.
pub(crate) const NOTIFIED: u32 = 8;
const STATUS: u32 = 7;

/// What a `ready` caller must do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ready {
    /// The goroutine was waiting and is now runnable: the caller must enqueue it.
    Enqueue,
    /// It is still running; its M will requeue it when it parks.
    Deferred,
    /// Nothing to do (already runnable or notified, or dead).
    Ignored,
}

/// Step 2 of the protocol.
pub(crate) fn ready(state: &AtomicU32) -> Ready {
    let mut cur = state.load(Ordering::Acquire);
    loop {
        let (next, res) = match cur & STATUS {
            WAITING => (RUNNABLE, Ready::Enqueue),
            RUNNING | SYSCALL if cur & NOTIFIED == 0 => (cur | NOTIFIED, Ready::Deferred),
            _ => return Ready::Ignored,
        };
        match state.compare_exchange(cur, next, Ordering::AcqRel, Ordering::Acquire) {
            Ok(_) => return res,
            Err(actual) => cur = actual,
        }
    }
}

/// Step 3: returns true if the goroutine is now `WAITING`, false if a ready came first and
/// the caller must enqueue it (it is now `RUNNABLE`).
pub(crate) fn park(state: &AtomicU32) -> bool {
    match state.compare_exchange(RUNNING, WAITING, Ordering::AcqRel, Ordering::Acquire) {
        Ok(_) => true,
        Err(_) => {
            // RUNNING | NOTIFIED: nobody else writes the word in this state.
            state.store(RUNNABLE, Ordering::Release);
            false
        }
    }
}

/// Step 4: the dequeuing M starts running the goroutine. False means the queue entry was
/// stale (the goroutine is not runnable), which the protocol rules out; the M then skips it.
pub(crate) fn start_running(state: &AtomicU32) -> bool {
    state
        .compare_exchange(RUNNABLE, RUNNING, Ordering::AcqRel, Ordering::Acquire)
        .is_ok()
}

/// The goroutine yielded or a blocking call finished: it becomes `RUNNABLE` and its M
/// enqueues it. A pending notification is dropped: the goroutine is going to run anyway.
pub(crate) fn make_runnable(state: &AtomicU32) {
    state.store(RUNNABLE, Ordering::Release);
}

/// The goroutine returned `Exited`.
pub(crate) fn exit(state: &AtomicU32) {
    state.store(DEAD, Ordering::Release);
}

/// `RUNNING` → `SYSCALL` or back, keeping a pending notification.
pub(crate) fn set_syscall(state: &AtomicU32, in_syscall: bool) {
    let (from, to) = if in_syscall {
        (RUNNING, SYSCALL)
    } else {
        (SYSCALL, RUNNING)
    };
    let mut cur = state.load(Ordering::Acquire);
    while cur & STATUS == from {
        match state.compare_exchange(
            cur,
            to | (cur & NOTIFIED),
            Ordering::AcqRel,
            Ordering::Acquire,
        ) {
            Ok(_) => return,
            Err(actual) => cur = actual,
        }
    }
}

/// The status part of a state word (without [`NOTIFIED`]).
pub(crate) fn status(word: u32) -> u32 {
    word & STATUS
}

#[cfg(all(test, not(loom)))]
mod tests {
    use super::*;

    #[test]
    fn ready_while_running_is_remembered_by_park() {
        let s = AtomicU32::new(RUNNING);
        assert_eq!(ready(&s), Ready::Deferred);
        assert_eq!(ready(&s), Ready::Ignored);
        assert!(!park(&s));
        assert_eq!(s.load(Ordering::Relaxed), RUNNABLE);
        assert!(start_running(&s));
        assert!(park(&s));
        assert_eq!(ready(&s), Ready::Enqueue);
        assert_eq!(ready(&s), Ready::Ignored);
    }

    #[test]
    fn syscall_keeps_notification_and_dead_ignores_ready() {
        let s = AtomicU32::new(RUNNING);
        set_syscall(&s, true);
        assert_eq!(ready(&s), Ready::Deferred);
        set_syscall(&s, false);
        assert_eq!(s.load(Ordering::Relaxed), RUNNING | NOTIFIED);
        exit(&s);
        assert_eq!(ready(&s), Ready::Ignored);
        assert!(!start_running(&s));
    }
}

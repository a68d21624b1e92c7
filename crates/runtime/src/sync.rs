//! The synchronisation primitives the scheduler's protocols use: std's (and crossbeam-utils'
//! `Parker`) in normal builds, loom's models under `--cfg loom` (tokio-rs/tokio:tokio/src/loom).
//!
//! Only the modules that loom checks ([`crate::gstate`], [`crate::idle`]) and this facade
//! are compiled under loom; the rest of the scheduler also uses crossbeam-deque, which loom
//! cannot model, and is left out of those builds.
//!
//! Lock poisoning is ignored ([`lock`]): a poisoned lock means a goroutine body panicked,
//! which ends the program through [`crate::Outcome::Panic`]; the scheduler itself must not
//! panic because of it.

#[cfg(loom)]
pub(crate) use loom::sync::atomic::{AtomicBool, AtomicU32, AtomicUsize, Ordering, fence};
#[cfg(loom)]
pub(crate) use loom::sync::{Arc, Condvar, Mutex, MutexGuard};

#[cfg(not(loom))]
pub(crate) use std::sync::atomic::{AtomicBool, AtomicU32, AtomicUsize, Ordering, fence};
#[cfg(not(loom))]
pub(crate) use std::sync::{Condvar, Mutex, MutexGuard};

#[cfg(not(loom))]
pub(crate) use crossbeam_utils::sync::{Parker, Unparker};

/// Locks `m`, ignoring poisoning (see the module doc).
pub(crate) fn lock<T: ?Sized>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Waits on `cv`, ignoring poisoning.
pub(crate) fn wait<'a, T>(cv: &Condvar, g: MutexGuard<'a, T>) -> MutexGuard<'a, T> {
    cv.wait(g).unwrap_or_else(|e| e.into_inner())
}

/// Waits on `cv` for at most `d`, ignoring poisoning.
#[cfg(not(loom))]
pub(crate) fn wait_timeout<'a, T>(
    cv: &Condvar,
    g: MutexGuard<'a, T>,
    d: std::time::Duration,
) -> MutexGuard<'a, T> {
    match cv.wait_timeout(g, d) {
        Ok((g, _)) => g,
        Err(e) => e.into_inner().0,
    }
}

#[cfg(loom)]
pub(crate) use loom_parker::{Parker, Unparker};

/// A `Parker` with crossbeam-utils' API built on loom's mutex and condition variable, so that
/// loom sees an M that sleeps forever as a deadlock (a lost wake-up).
#[cfg(loom)]
mod loom_parker {
    use super::{Arc, Condvar, Mutex, lock, wait};

    struct Inner {
        token: Mutex<bool>,
        cv: Condvar,
    }

    pub(crate) struct Parker {
        unparker: Unparker,
    }

    #[derive(Clone)]
    pub(crate) struct Unparker {
        inner: Arc<Inner>,
    }

    impl Parker {
        pub(crate) fn new() -> Parker {
            Parker {
                unparker: Unparker {
                    inner: Arc::new(Inner {
                        token: Mutex::new(false),
                        cv: Condvar::new(),
                    }),
                },
            }
        }

        pub(crate) fn park(&self) {
            let inner = &self.unparker.inner;
            let mut token = lock(&inner.token);
            while !*token {
                token = wait(&inner.cv, token);
            }
            *token = false;
        }

        /// loom has no clock: a deadline never expires in a model.
        pub(crate) fn park_deadline(&self, _deadline: std::time::Instant) {
            self.park();
        }

        pub(crate) fn unparker(&self) -> &Unparker {
            &self.unparker
        }
    }

    impl Unparker {
        pub(crate) fn unpark(&self) {
            *lock(&self.inner.token) = true;
            self.inner.cv.notify_one();
        }
    }
}

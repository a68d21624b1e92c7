//! What the scheduler runs: the [`Goroutine`] trait, what a run step returns
//! ([`RunResult`]), why a goroutine waits ([`WaitReason`], with Go's texts), its status
//! ([`GStatus`]) and the shared handle to it ([`GRef`]).
//!
//! The scheduler never looks inside a goroutine (tokio's tasks are opaque to its scheduler
//! the same way). It owns each body in a [`G`], behind a mutex that the running M holds for
//! the whole `run` call: so no two Ms can ever run one goroutine, and a stop-the-world
//! visitor can reach every body that is not running.

use std::any::Any;
use std::fmt;

use std::sync::atomic::{AtomicU8, AtomicU32, Ordering};
use std::sync::{Arc, Mutex};

use crate::Cx;
use crate::gstate::{self, NOTIFIED};

/// A goroutine's id, as Go prints it (`goroutine 1 [running]:`); main is 1.
pub type GoId = u64;

/// Anything the scheduler can run in steps.
///
/// `Any` lets the embedder downcast the `&mut dyn Goroutine` that a stop-the-world visitor
/// receives back to its own type (trait upcasting: `g as &mut dyn Any`).
pub trait Goroutine: Any + Send {
    /// Runs until the goroutine blocks, yields, finishes or is asked to stop; `cx` gives
    /// access to the scheduler. Must return within a bounded time after
    /// [`Cx::should_yield`] becomes true (the goroutine polls it at its safe points).
    fn run(&mut self, cx: &mut Cx<'_>) -> RunResult;

    /// The goroutine's part of a goroutine dump after its `goroutine N [reason]:` line:
    /// Go's traceback text (`main.f(...)\n\tfile.go:12\n...`). Called for a parked
    /// goroutine (deadlock report), with the embedder's [`crate::Config::user`] data; the
    /// default is none.
    fn dump(&self, user: Option<&(dyn std::any::Any + Send + Sync)>) -> String {
        let _ = user;
        String::new()
    }
}

impl<T: Goroutine + ?Sized> Goroutine for Box<T> {
    fn run(&mut self, cx: &mut Cx<'_>) -> RunResult {
        (**self).run(cx)
    }

    fn dump(&self, user: Option<&(dyn std::any::Any + Send + Sync)>) -> String {
        (**self).dump(user)
    }
}

/// A blocking call handed to the scheduler by [`RunResult::Blocking`].
pub type BlockingCall = Box<dyn FnOnce() + Send>;

/// How a run step ended.
pub enum RunResult {
    /// `runtime.Gosched` or a preemption (`should_yield` was true): the goroutine goes to
    /// the global run queue, as in Go, so that every P gets to it fairly.
    Yielded,
    /// The goroutine registered itself somewhere (a channel's wait queue, a timer) from
    /// which someone will call `ready`; it is re-run from its saved state after that.
    Parked(WaitReason),
    /// The goroutine finished; its body is dropped.
    Exited,
    /// `os.Exit(code)`, or `main` returned (`Exit(0)`): the whole program stops promptly,
    /// and [`crate::Runtime::run`] returns [`crate::Outcome::Exit`].
    Exit(i32),
    /// Run this closure with the P released (Go's `entersyscallblock`): the M gives its P
    /// to another M at once, runs the call on its own thread, then makes the goroutine
    /// runnable again. Unlike [`Cx::enter_syscall`], the goroutine's body stays visible to
    /// stop-the-world while the call blocks. The closure passes its result back through
    /// state it shares with the goroutine, which reads it when re-run.
    Blocking(BlockingCall),
}

impl fmt::Debug for RunResult {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RunResult::Yielded => f.write_str("Yielded"),
            RunResult::Parked(r) => write!(f, "Parked({r:?})"),
            RunResult::Exited => f.write_str("Exited"),
            RunResult::Exit(c) => write!(f, "Exit({c})"),
            RunResult::Blocking(_) => f.write_str("Blocking(..)"),
        }
    }
}

macro_rules! wait_reasons {
    ($($(#[$doc:meta])* $name:ident = $text:literal,)*) => {
        /// Why a goroutine is parked; `Display` gives Go's text, as in a goroutine dump
        /// (`goroutine 5 [chan receive]:`) (golang/go:src/runtime/runtime2.go,
        /// `waitReasonStrings`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum WaitReason {
            $($(#[$doc])* $name,)*
        }

        impl WaitReason {
            const ALL: &[WaitReason] = &[$(WaitReason::$name,)*];

            /// Go's text for this reason.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(WaitReason::$name => $text,)*
                }
            }

            fn from_u8(v: u8) -> WaitReason {
                WaitReason::ALL.get(usize::from(v)).copied().unwrap_or(WaitReason::Zero)
            }
        }
    };
}

wait_reasons! {
    /// No reason recorded (the goroutine has not parked yet).
    Zero = "",
    /// `<-ch` on a channel with no sender ready.
    ChanReceive = "chan receive",
    /// `ch <- v` on a channel with no receiver ready and no buffer space.
    ChanSend = "chan send",
    /// A `select` with no case ready.
    Select = "select",
    /// `select {}`.
    SelectNoCases = "select (no cases)",
    /// `time.Sleep`.
    Sleep = "sleep",
    /// `sync.Mutex.Lock` on a locked mutex.
    MutexLock = "sync.Mutex.Lock",
    /// `sync.WaitGroup.Wait` with a non-zero counter.
    WaitGroupWait = "sync.WaitGroup.Wait",
    /// `sync.RWMutex.RLock` while a writer holds or waits for the lock.
    RWMutexRLock = "sync.RWMutex.RLock",
    /// `sync.RWMutex.Lock` while the lock is held.
    RWMutexLock = "sync.RWMutex.Lock",
    /// `sync.Cond.Wait`.
    CondWait = "sync.Cond.Wait",
    /// `<-ch` on a nil channel (blocks forever).
    ChanReceiveNilChan = "chan receive (nil chan)",
    /// `ch <- v` on a nil channel (blocks forever).
    ChanSendNilChan = "chan send (nil chan)",
    /// Waiting for a file descriptor (the network poller, unused so far).
    IoWait = "IO wait",
    /// Waiting for a blocking system call made on its behalf.
    Syscall = "syscall",
    /// A runtime semaphore (`sync.WaitGroup.Wait` in Go 1.20–1.23 parks with it).
    Semacquire = "semacquire",
}

impl fmt::Display for WaitReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A goroutine's status (Go's `_Grunnable`, `_Grunning`, ...). Who changes it is in
/// `gstate.rs`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GStatus {
    /// On a run queue, or about to be put on one.
    Runnable,
    /// An M is executing its `run`.
    Running,
    /// Parked; someone will `ready` it.
    Waiting(WaitReason),
    /// In a blocking call (inline `enter_syscall` or [`RunResult::Blocking`]).
    Syscall,
    /// Finished.
    Dead,
}

/// The scheduler's record of a goroutine (Go's `g`), owned by the goroutine table and
/// shared with run queues, timers and waiter lists through [`GRef`]s.
pub(crate) struct G<B: ?Sized> {
    pub(crate) id: GoId,
    /// Index in the goroutine table; fixed at creation.
    pub(crate) slot: usize,
    /// The state word (`gstate.rs`).
    pub(crate) state: AtomicU32,
    /// The last `Parked` reason, written by the parking M before the state changes to
    /// `WAITING`; read for dumps and deadlock reports.
    pub(crate) reason: AtomicU8,
    /// Locked by the M that runs it, for the whole `run` call.
    pub(crate) body: Mutex<B>,
}

/// A cloneable handle to a goroutine: what a waiter list stores to `ready` it later.
#[derive(Clone)]
pub struct GRef(pub(crate) Arc<G<dyn Goroutine>>);

impl GRef {
    pub(crate) fn new(id: GoId, slot: usize, body: impl Goroutine) -> GRef {
        let g: Arc<G<dyn Goroutine>> = Arc::new(G {
            id,
            slot,
            state: AtomicU32::new(gstate::RUNNABLE),
            reason: AtomicU8::new(WaitReason::Zero as u8),
            body: Mutex::new(body),
        });
        GRef(g)
    }

    /// The goroutine's id.
    pub fn id(&self) -> GoId {
        self.0.id
    }

    /// The goroutine's current status (a snapshot).
    pub fn status(&self) -> GStatus {
        let w = self.0.state.load(Ordering::Acquire);
        match gstate::status(w) {
            gstate::RUNNABLE => GStatus::Runnable,
            gstate::RUNNING => GStatus::Running,
            gstate::WAITING => GStatus::Waiting(self.wait_reason()),
            gstate::SYSCALL => GStatus::Syscall,
            _ => GStatus::Dead,
        }
    }

    /// The reason of the goroutine's last park.
    pub fn wait_reason(&self) -> WaitReason {
        WaitReason::from_u8(self.0.reason.load(Ordering::Acquire))
    }

    /// True if a `ready` is pending while it runs (for tests of the park/ready race).
    pub fn is_notified(&self) -> bool {
        self.0.state.load(Ordering::Acquire) & NOTIFIED != 0
    }
}

impl fmt::Debug for GRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "goroutine {} [{:?}]", self.id(), self.status())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wait_reasons_have_go_texts() {
        let texts: Vec<String> = WaitReason::ALL[1..].iter().map(|r| r.to_string()).collect();
        assert_eq!(
            texts,
            [
                "chan receive",
                "chan send",
                "select",
                "select (no cases)",
                "sleep",
                "sync.Mutex.Lock",
                "sync.WaitGroup.Wait",
                "sync.RWMutex.RLock",
                "sync.RWMutex.Lock",
                "sync.Cond.Wait",
                "chan receive (nil chan)",
                "chan send (nil chan)",
                "IO wait",
                "syscall",
                "semacquire",
            ]
        );
        for (i, r) in WaitReason::ALL.iter().enumerate() {
            assert_eq!(WaitReason::from_u8(i as u8), *r);
        }
        assert_eq!(WaitReason::from_u8(200), WaitReason::Zero);
    }
}

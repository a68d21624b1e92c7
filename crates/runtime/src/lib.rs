//! minigo's goroutine scheduler: Go's G/M/P model for goroutines that run in steps.
//!
//! A goroutine is anything implementing [`Goroutine`]: the scheduler calls its `run`
//! repeatedly on some OS thread (an M) holding a processor (a P), and it returns when it
//! yields, parks, exits or blocks. The runtime never looks inside a goroutine, so its
//! tests use toy state machines and the VM plugs in its interpreter the same way.
//!
//! - [`goroutine`]: the trait, [`RunResult`], [`WaitReason`], [`GStatus`], [`GRef`].
//! - `gstate`: the goroutine state word and the park/ready race protocol.
//! - `idle`: the scheduler lock, idle P/M lists, and how Ms sleep and wake.
//! - `scheduler`: run queues, the schedule loop, [`Cx`], syscalls, stop-the-world,
//!   deadlock detection, [`Runtime`].
//! - `sysmon`: preemption of long-running goroutines and syscall hand-off.
//! - `timer`: the timer heap (`sleep`, `after_func`).
//! - `sync`: std or loom primitives (`RUSTFLAGS="--cfg loom"`, see `loom_tests.rs`).
//!
//! See `README.md` in this crate for how the VM integrates it.

pub(crate) mod gstate;
pub(crate) mod idle;
pub(crate) mod sync;

#[cfg(not(loom))]
pub mod goroutine;
#[cfg(not(loom))]
mod scheduler;
#[cfg(not(loom))]
mod sysmon;
#[cfg(not(loom))]
mod timer;

#[cfg(not(loom))]
pub use goroutine::{BlockingCall, GRef, GStatus, GoId, Goroutine, RunResult, WaitReason};
#[cfg(not(loom))]
pub use scheduler::{
    Config, Cx, DEFAULT_M_STACK, DEFAULT_MAX_PROCS, Deadlock, Handle, Outcome, Runtime, Stats,
    UserData, World,
};
#[cfg(not(loom))]
pub use timer::TimerId;

#[cfg(all(test, loom))]
mod loom_tests;

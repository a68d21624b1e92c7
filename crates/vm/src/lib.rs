//! minigo's virtual machine.
//!
//! - [`heap`]: object layout, allocation and the mark-sweep collector (`unsafe` lives
//!   here and in `native_co`).
//! - [`values`]: type-directed zero values, copies, equality and hashing.
//! - [`maps`]: Go maps.
//! - [`goroutine`]: a goroutine's heap-resident execution state.
//! - [`vm`]: the loaded program and the interpreter loop, panics and tracebacks.
//! - [`chan`]: channels and `select`; their protocol is `chan_core` (checked with loom,
//!   `chan_loom_tests`, through the `loom` facade: the only modules built under
//!   `RUSTFLAGS="--cfg loom"`).
//! - [`native_co`]: natives that call back into minigo, on coroutine stacks so the
//!   callbacks may block.
//! - [`sync`]: semaphores behind `sync`'s primitives, `sync/atomic`, timers.
//! - [`sched`]: VM goroutines on the `minigo-runtime` scheduler: the per-M `Vm`, the
//!   run step, collections with the world stopped, deadlock and panic reports.

mod chan_core;
mod loom;

#[cfg(not(loom))]
pub mod chan;
#[cfg(not(loom))]
pub mod goroutine;
#[cfg(not(loom))]
pub mod heap;
#[cfg(not(loom))]
pub mod maps;
#[cfg(not(loom))]
pub mod native_co;
#[cfg(not(loom))]
pub mod sched;
#[cfg(not(loom))]
pub mod sync;
#[cfg(not(loom))]
pub mod values;
#[cfg(not(loom))]
pub mod vm;

#[cfg(not(loom))]
pub use goroutine::{FrameKind, Goroutine};
#[cfg(not(loom))]
pub use vm::{Exit, NativeFn, NativeRegistry, Output, Request, Stop, Trap, Vm};

#[cfg(all(test, loom))]
mod chan_loom_tests;

#[cfg(all(test, not(loom)))]
mod sizes {
    //! The sizes the design relies on (see ARCHITECTURE.md, "Values").

    #[test]
    fn values_instructions_frames_and_headers_are_small() {
        assert_eq!(std::mem::size_of::<minigo_bytecode::Instr>(), 8);
        // A Go value is one machine word everywhere.
        assert_eq!(std::mem::size_of::<u64>(), 8);
        assert_eq!(std::mem::size_of::<crate::goroutine::Frame>(), 24);
        assert_eq!(crate::heap::HEADER_BYTES, 16);
    }
}

//! minigo's virtual machine.
//!
//! - [`heap`]: object layout, allocation and the mark-sweep collector (the only `unsafe`).
//! - [`values`]: type-directed zero values, copies, equality and hashing.
//! - [`maps`]: Go maps.
//! - [`goroutine`]: a goroutine's heap-resident execution state.
//! - [`vm`]: the loaded program and the interpreter loop, panics and tracebacks.
//! - [`chan`]: channels and `select`.
//! - [`sync`]: semaphores behind `sync`'s primitives, `sync/atomic`, timers.
//! - [`sched`]: VM goroutines on the `minigo-runtime` scheduler: the per-M `Vm`, the
//!   run step, collections with the world stopped, deadlock and panic reports.

pub mod chan;
pub mod goroutine;
pub mod heap;
pub mod maps;
pub mod sched;
pub mod sync;
pub mod values;
pub mod vm;

pub use goroutine::{FrameKind, Goroutine};
pub use vm::{Exit, NativeFn, NativeRegistry, Output, Request, Stop, Trap, Vm};

#[cfg(test)]
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

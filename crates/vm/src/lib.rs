//! minigo's virtual machine.
//!
//! - [`heap`]: object layout, allocation and the mark-sweep collector (the only `unsafe`).
//! - [`values`]: type-directed zero values, copies, equality and hashing.
//! - [`maps`]: Go maps.
//! - [`goroutine`]: a goroutine's heap-resident execution state.
//! - [`vm`]: the loaded program and the interpreter loop, panics and tracebacks.

pub mod goroutine;
pub mod heap;
pub mod maps;
pub mod values;
pub mod vm;

pub use goroutine::{FrameKind, Goroutine};
pub use vm::{Exit, NativeFn, NativeRegistry, Trap, Vm};

//! The atomics and `Arc` of the channel protocol (`chan_core.rs`): std's in normal builds,
//! loom's models under `RUSTFLAGS="--cfg loom"` (the `crate::loom` facade of
//! tokio-rs/tokio:tokio/src/loom, the same pattern as `crates/runtime/src/sync.rs`).
//!
//! Only `chan_core.rs`, this facade and the loom models (`chan_loom_tests.rs`) are compiled
//! under loom: the rest of the VM needs `minigo-runtime`'s scheduler types, which that
//! crate leaves out of its loom builds. The models take loom's `Mutex`, `Condvar` and
//! threads straight from the `loom` crate; the channel mutex itself is the caller's (the
//! heap object's `std::sync::Mutex` in the VM), so only what `chan_core` touches is here.

#[cfg(loom)]
pub(crate) use ::loom::sync::Arc;
#[cfg(loom)]
pub(crate) use ::loom::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};

#[cfg(not(loom))]
pub(crate) use std::sync::Arc;
#[cfg(not(loom))]
pub(crate) use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};

//! Declares the `loom` cfg so that `#[cfg(loom)]` (the loom models of the channel
//! protocol, `src/chan_loom_tests.rs`) passes the `unexpected_cfgs` lint while the crate
//! keeps the workspace's shared `[lints]` table, which cannot be extended per crate (the
//! same as `crates/runtime/build.rs`).

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rustc-check-cfg=cfg(loom)");
}

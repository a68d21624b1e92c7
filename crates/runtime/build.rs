//! Declares the `loom` cfg so that `#[cfg(loom)]` passes the `unexpected_cfgs` lint while
//! the crate keeps the workspace's shared `[lints]` table (which cannot be extended per crate).

fn main() {
    println!("cargo::rustc-check-cfg=cfg(loom)");
}

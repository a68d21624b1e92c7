//! Repository-wide rules checked by a test (rust-analyzer's "tidy" idea):
//! every Rust source file opens with a `//!` module doc, `unsafe` code lives only in
//! the VM's heap module, and tests are never skipped with `#[ignore]`.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            if p.file_name()
                .is_some_and(|n| n == "target" || n == "snapshots")
            {
                continue;
            }
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

fn crate_sources() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = vec![];
    rust_files(&root.join("crates"), &mut files);
    assert!(files.len() > 20, "found too few sources: {}", files.len());
    files
}

#[test]
fn every_file_has_a_module_doc() {
    let missing: Vec<String> = crate_sources()
        .iter()
        .filter(|p| {
            let text = std::fs::read_to_string(p).unwrap_or_default();
            !text.trim_start().starts_with("//!")
        })
        .map(|p| p.display().to_string())
        .collect();
    assert!(
        missing.is_empty(),
        "files without a //! module doc:\n{}",
        missing.join("\n")
    );
}

/// The files allowed to contain `unsafe`: the heap (object memory) and the coroutine
/// bridge for natives that call back (`Send` for a coroutine, its yielder's address).
const UNSAFE_FILES: &[&str] = &["crates/vm/src/heap.rs", "crates/vm/src/native_co.rs"];

fn is_unsafe_code(line: &str) -> bool {
    let code = line.split("//").next().unwrap_or("");
    code.contains("unsafe {") || code.contains("unsafe fn") || code.contains("unsafe impl")
}

#[test]
fn unsafe_code_only_in_the_heap_and_coroutine_modules() {
    let offenders: Vec<String> = crate_sources()
        .iter()
        .filter(|p| !UNSAFE_FILES.iter().any(|f| p.ends_with(f)) && !p.ends_with("tidy.rs"))
        .filter(|p| {
            let text = std::fs::read_to_string(p).unwrap_or_default();
            text.lines().any(is_unsafe_code)
        })
        .map(|p| p.display().to_string())
        .collect();
    assert!(
        offenders.is_empty(),
        "unsafe outside {UNSAFE_FILES:?}:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn every_unsafe_block_has_a_safety_comment() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut missing = vec![];
    for f in UNSAFE_FILES {
        let text = std::fs::read_to_string(root.join(f)).expect("unsafe file");
        let lines: Vec<&str> = text.lines().collect();
        for (i, l) in lines.iter().enumerate() {
            if is_unsafe_code(l) && !l.contains("unsafe fn") {
                let from = i.saturating_sub(15);
                if !lines[from..=i].iter().any(|x| x.contains("SAFETY:")) {
                    missing.push(format!("{f}:{}", i + 1));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "unsafe without a // SAFETY: comment above:\n{}",
        missing.join("\n")
    );
}

#[test]
fn no_ignored_tests() {
    let offenders: Vec<String> = crate_sources()
        .iter()
        .filter(|p| !p.ends_with("tidy.rs"))
        .filter(|p| {
            std::fs::read_to_string(p)
                .unwrap_or_default()
                .contains("#[ignore")
        })
        .map(|p| p.display().to_string())
        .collect();
    assert!(
        offenders.is_empty(),
        "#[ignore] found in:\n{}",
        offenders.join("\n")
    );
}

//! Snapshot tests of what users read when a program does not compile: the rendered
//! diagnostics (ariadne, no colour) of every program in `tests/compile_fail/`, and of the
//! CLI's own one-line errors.
//!
//! Snapshots live in `tests/snapshots/`; after an intended change, regenerate them with
//! `INSTA_UPDATE=always cargo test -p minigo-cli --test diagnostics` and review the diff.

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn minigo(args: &[&str]) -> (String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .args(args)
        .current_dir(repo_root())
        .output()
        .expect("run minigo");
    let code = out.status.code().unwrap_or(-1);
    (String::from_utf8_lossy(&out.stderr).into_owned(), code)
}

#[test]
fn compile_fail_diagnostics() {
    let dir = repo_root().join("tests/compile_fail");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/compile_fail")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".go"))
        .collect();
    names.sort();
    assert!(
        names.len() >= 40,
        "expected at least 40 compile-fail programs, found {}",
        names.len()
    );
    for name in names {
        let rel = format!("tests/compile_fail/{name}");
        let (stderr, code) = minigo(&["check", &rel]);
        assert_eq!(code, 1, "{rel}: expected exit status 1\n{stderr}");
        let snap = name.trim_end_matches(".go").to_string();
        insta::assert_snapshot!(snap, stderr);
    }
}

#[test]
fn cli_errors_are_one_line() {
    for (args, expect_code) in [
        (vec!["frobnicate"], 2),
        (vec!["run"], 2),
        (vec!["run", "-x", "a.go"], 2),
        (vec!["run", "does/not/exist.go"], 2),
        (vec!["--bogus"], 2),
    ] {
        let (stderr, code) = minigo(&args);
        assert_eq!(code, expect_code, "{args:?}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
        insta::assert_snapshot!(
            format!("cli_{}", args.join("_").replace(['/', '.', '-'], "_")),
            stderr
        );
    }
}

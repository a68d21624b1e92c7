//! The whole deadlock report, tracebacks included (the corpus harness compares reports
//! only up to their first `goroutine N [reason]:` line).
//!
//! `tests/concurrency/dead_dump.dump` is Go 1.19's report for `dead_dump.go` with what
//! minigo does not reproduce taken out: goroutine numbers (Go's first user goroutine
//! after main is 18 here: the runtime starts its own first), argument words and `+0x`
//! pc offsets (minigo prints `(...)` and no offsets, as in its panic tracebacks), and the
//! `sync.runtime_Semacquire`/`sync.(*WaitGroup).Wait` frames (minigo's `Wait` is a native
//! function, which has no frame). Frames, positions, order and `created by` lines are Go's.

use std::process::Command;

#[test]
fn deadlock_report_dumps_every_goroutine_with_its_traceback() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let expected = std::fs::read_to_string(root.join("tests/concurrency/dead_dump.dump"))
        .expect("dead_dump.dump");
    for procs in ["1", "2"] {
        let out = Command::new(env!("CARGO_BIN_EXE_minigo"))
            .current_dir(&root)
            .args(["run", "tests/concurrency/dead_dump.go"])
            .env("GOMAXPROCS", procs)
            .output()
            .expect("run minigo");
        assert_eq!(out.status.code(), Some(2), "GOMAXPROCS={procs}");
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            expected,
            "GOMAXPROCS={procs}"
        );
    }
}

//! Blocking system calls release the P: a goroutine blocked reading a stdin pipe that
//! stays open and silent must not stop the others, even with `GOMAXPROCS=1` (Go's
//! `entersyscallblock`; `Vm::blocking`). Were the read made while holding the P, the
//! only P would stay blocked and `main` would never print.

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[test]
fn a_goroutine_blocked_on_stdin_does_not_stop_main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    for procs in ["1", "2"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_minigo"))
            .args(["run", "tests/concurrency/stdin/stdin_blocked_reader.go"])
            .current_dir(&root)
            .env("GOMAXPROCS", procs)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("minigo starts");
        // Keep the pipe open (and silent) until the program has ended or 10 s passed.
        let stdin = child.stdin.take();
        let start = Instant::now();
        let status = loop {
            if let Some(st) = child.try_wait().expect("wait") {
                break Some(st);
            }
            if start.elapsed() > Duration::from_secs(10) {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        drop(stdin);
        let mut out = String::new();
        child
            .stdout
            .take()
            .expect("stdout")
            .read_to_string(&mut out)
            .expect("read stdout");
        assert!(
            status.is_some(),
            "GOMAXPROCS={procs}: hung; stdout so far: {out:?}"
        );
        assert_eq!(
            out, "main still runs 1\nmain still runs 2\nmain still runs 3\nno input\n",
            "GOMAXPROCS={procs}"
        );
    }
}

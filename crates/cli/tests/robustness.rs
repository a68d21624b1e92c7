//! "No Rust panic is reachable from user input", checked on mutants: every conformance
//! program and example with one line deleted (every `STRIDE`-th line) or duplicated is
//! run through `minigo run`. Whatever the mutant does — fail to compile, panic, loop —
//! the tool must answer with a diagnostic (exit 1), a Go-style failure (exit 2), the
//! program's own exit status, or be killed by the timeout; never a Rust panic, an
//! internal error or a signal.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Sampling stride over source lines (all lines take minutes; this keeps CI fast).
const STRIDE: usize = 11;
const TIMEOUT: Duration = Duration::from_secs(3);

fn programs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut out = vec![];
    for dir in ["tests/run", "examples"] {
        for e in std::fs::read_dir(root.join(dir))
            .expect("corpus dir")
            .flatten()
        {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "go") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Runs `minigo run` on `src`; returns a description of the problem, if any.
fn check(src: &str, tag: &str) -> Option<String> {
    let dir = std::env::temp_dir().join(format!("minigo-mutants-{}", std::process::id()));
    std::fs::create_dir_all(&dir).ok()?;
    let path = dir.join(format!("{tag}.go"));
    std::fs::write(&path, src).ok()?;
    let mut child = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .arg("run")
        .arg(&path)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .ok()?;
    let mut stderr = child.stderr.take()?;
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stderr.read_to_string(&mut s);
        s
    });
    let start = Instant::now();
    let status = loop {
        if let Ok(Some(st)) = child.try_wait() {
            break Some(st);
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let err = reader.join().unwrap_or_default();
    let _ = std::fs::remove_file(&path);
    let status = status?; // a timeout is an acceptable outcome (the mutant may loop)
    let bad_code = match status.code() {
        None => true,                // killed by a signal
        Some(101) | Some(3) => true, // Rust panic / internal error
        Some(_) => false,
    };
    if bad_code || err.contains("panicked at") || err.contains("internal error") {
        Some(format!(
            "{tag}: status {status:?}\n{}",
            err.lines().take(6).collect::<Vec<_>>().join("\n")
        ))
    } else {
        None
    }
}

#[test]
fn mutants_never_crash_the_tool() {
    let progs = programs();
    assert!(progs.len() > 100);
    let mut jobs: Vec<(String, String)> = vec![];
    for p in &progs {
        let text = std::fs::read_to_string(p).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        let name = p
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        for skip in (0..lines.len()).step_by(STRIDE) {
            let mut deleted = lines.clone();
            deleted.remove(skip);
            let mut duplicated = lines.clone();
            duplicated.insert(skip, lines[skip]);
            jobs.push((format!("{name}-del{skip}"), deleted.join("\n")));
            jobs.push((format!("{name}-dup{skip}"), duplicated.join("\n")));
        }
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let failures = std::sync::Mutex::new(vec![]);
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some((tag, src)) = jobs.get(i) else { break };
                    if let Some(f) = check(src, tag) {
                        failures.lock().unwrap().push(f);
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap();
    assert!(
        failures.is_empty(),
        "{} of {} mutants crashed minigo:\n{}",
        failures.len(),
        jobs.len(),
        failures.join("\n\n")
    );
}

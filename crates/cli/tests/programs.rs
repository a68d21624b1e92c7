//! Conformance harness for the minigo corpus (std only).
//!
//! Run with `cargo test --release -p minigo-cli --test programs`.
//! Layout and file conventions: see `tests/README.md` at the repository root.
//!
//! * `run_programs`   – every `tests/run/*.go` via `minigo run FILE`
//! * `examples`       – every `examples/*.go` via `minigo run FILE`
//! * `concurrency_programs` – `tests/concurrency/*.go` and `tests/concurrency/stdin/*.go`,
//!   each under `GOMAXPROCS=1` and `GOMAXPROCS=2`; `concurrency_programs_tiny_quantum`
//!   again with `MINIGO_PREEMPT_EVERY=7`
//! * `compile_fail`   – every `tests/compile_fail/*.go` via `minigo check FILE`
//! * `hostile_inputs` – `tests/hostile/*.go` plus big inputs generated at test time
//!
//! Environment knobs (all optional):
//! * `MINIGO_TEST_FILTER=substr`  only programs whose file name contains `substr`
//! * `MINIGO_TEST_JOBS=N`         parallel programs (default 2)
//! * `MINIGO_TIMEOUT_SCALE=F`     multiply every timeout by F (e.g. 5 for debug builds)
//! * `MINIGO_RUN_DIR=tests/pending` let `run_programs` read another directory, to find
//!   pending programs that already pass (see tests/README.md, "Graduation")
//! * `MINIGO_TEST_SHOW_PASSING=1` also list the programs that pass

use std::ffi::OsString;
use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, mpsc};
use std::thread;
use std::time::{Duration, Instant};

const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);
const BIG_TIMEOUT: Duration = Duration::from_secs(60);
const DEFAULT_JOBS: usize = 2;
const PREFIX_ONLY_MARKER: &str = "// stderr-prefix-only";
const GOROUTINE_LINE: &str = "goroutine 1 [running]:";

// ---------------------------------------------------------------------------
// Running a child process with a timeout
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq)]
enum Status {
    Exited(i32),
    /// Killed by a signal (Unix) or no exit code available.
    Signaled(String),
    TimedOut,
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Status::Exited(c) => write!(f, "exit status {c}"),
            Status::Signaled(s) => write!(f, "terminated by {s}"),
            Status::TimedOut => write!(f, "timed out (killed)"),
        }
    }
}

struct Outcome {
    status: Status,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn minigo() -> &'static str {
    env!("CARGO_BIN_EXE_minigo")
}

fn timeout_scale() -> f64 {
    std::env::var("MINIGO_TIMEOUT_SCALE")
        .ok()
        .and_then(|s| s.parse::<f64>().ok())
        .filter(|f| *f > 0.0)
        .unwrap_or(1.0)
}

fn jobs() -> usize {
    std::env::var("MINIGO_TEST_JOBS")
        .ok()
        .and_then(|s| s.parse::<usize>().ok())
        .filter(|n| *n > 0)
        .unwrap_or(DEFAULT_JOBS)
}

fn status_of(st: ExitStatus) -> Status {
    if let Some(code) = st.code() {
        return Status::Exited(code);
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = st.signal() {
            return Status::Signaled(format!("signal {sig}"));
        }
    }
    Status::Signaled(format!("{st}"))
}

/// Reads a pipe to the end on its own thread; the result arrives on the channel.
fn reader_thread<R: Read + Send + 'static>(r: Option<R>) -> mpsc::Receiver<Vec<u8>> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut r) = r {
            let _ = r.read_to_end(&mut buf);
        }
        let _ = tx.send(buf);
    });
    rx
}

/// Runs `minigo ARGS...` with stdin closed; kills it after `timeout`.
fn run_minigo(args: &[OsString], timeout: Duration) -> io::Result<Outcome> {
    run_minigo_with_input(args, timeout, None, &[])
}

/// Runs `minigo ARGS...` with `input` on stdin (closed when `None`); kills it after `timeout`.
fn run_minigo_with_input(
    args: &[OsString],
    timeout: Duration,
    input: Option<Vec<u8>>,
    env: &[(&str, &str)],
) -> io::Result<Outcome> {
    let timeout = timeout.mul_f64(timeout_scale());
    let mut child: Child = Command::new(minigo())
        .args(args)
        .current_dir(repo_root())
        .env("RUST_BACKTRACE", "0")
        .envs(env.iter().copied())
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    if let (Some(bytes), Some(mut stdin)) = (input, child.stdin.take()) {
        // Written from a thread so that a program that does not read cannot block us.
        thread::spawn(move || {
            use std::io::Write;
            let _ = stdin.write_all(&bytes);
        });
    }
    let out = reader_thread(child.stdout.take());
    let err = reader_thread(child.stderr.take());
    let start = Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait()? {
            break status_of(st);
        }
        if start.elapsed() >= timeout {
            let _ = child.kill();
            let _ = child.wait();
            break Status::TimedOut;
        }
        thread::sleep(Duration::from_millis(5));
    };
    // After a kill, a leftover grandchild could keep the pipes open: don't wait forever.
    let grace = if status == Status::TimedOut {
        Duration::from_secs(1)
    } else {
        Duration::from_secs(30)
    };
    let stdout = out.recv_timeout(grace).unwrap_or_default();
    let stderr = err.recv_timeout(grace).unwrap_or_default();
    Ok(Outcome {
        status,
        stdout,
        stderr,
    })
}

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// Sorted `*.go` files of a corpus directory (relative to the repo root),
/// filtered by MINIGO_TEST_FILTER.
fn go_files(dir: &str) -> Vec<PathBuf> {
    let filter = std::env::var("MINIGO_TEST_FILTER").unwrap_or_default();
    let mut files: Vec<PathBuf> = match fs::read_dir(repo_root().join(dir)) {
        Ok(rd) => rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "go"))
            .filter(|p| file_name(p).contains(&filter))
            .collect(),
        Err(_) => Vec::new(),
    };
    files.sort();
    files
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn sibling(p: &Path, ext: &str) -> PathBuf {
    p.with_extension(ext)
}

fn read_opt(p: &Path) -> Option<Vec<u8>> {
    fs::read(p).ok()
}

/// Runs `f` on every item with a small pool of threads; results keep item order.
fn par_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, R)>> = Mutex::new(Vec::with_capacity(items.len()));
    thread::scope(|s| {
        for _ in 0..jobs().min(items.len().max(1)) {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    if i >= items.len() {
                        break;
                    }
                    let r = f(&items[i]);
                    results.lock().unwrap().push((i, r));
                }
            });
        }
    });
    let mut v = results.into_inner().unwrap();
    v.sort_by_key(|(i, _)| *i);
    v.into_iter().map(|(_, r)| r).collect()
}

fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(max).collect();
        out.push('…');
        out
    }
}

/// A short line-oriented diff: the first differing line plus a little context.
fn short_diff(what: &str, expected: &[u8], actual: &[u8]) -> String {
    let exp = String::from_utf8_lossy(expected);
    let act = String::from_utf8_lossy(actual);
    let e: Vec<&str> = exp.split_inclusive('\n').collect();
    let a: Vec<&str> = act.split_inclusive('\n').collect();
    let first = (0..e.len().max(a.len()))
        .find(|&i| e.get(i) != a.get(i))
        .unwrap_or(0);
    let mut msg = format!(
        "    {what} differs at line {} (expected {} lines / {} bytes, got {} lines / {} bytes)\n",
        first + 1,
        e.len(),
        expected.len(),
        a.len(),
        actual.len()
    );
    let from = first.saturating_sub(1);
    for i in from..(first + 3).min(e.len().max(a.len())) {
        let el = e.get(i).map(|s| clip(&format!("{s:?}"), 160));
        let al = a.get(i).map(|s| clip(&format!("{s:?}"), 160));
        if el == al {
            msg += &format!("      {:>4}   {}\n", i + 1, el.unwrap_or_default());
        } else {
            msg += &format!(
                "      {:>4} - {}\n",
                i + 1,
                el.unwrap_or_else(|| "<missing>".into())
            );
            msg += &format!(
                "      {:>4} + {}\n",
                i + 1,
                al.unwrap_or_else(|| "<missing>".into())
            );
        }
    }
    msg
}

fn stderr_excerpt(stderr: &[u8]) -> String {
    let s = String::from_utf8_lossy(stderr);
    let lines: Vec<&str> = s.lines().take(6).collect();
    if lines.is_empty() {
        "    stderr: <empty>\n".to_string()
    } else {
        let mut m = String::from("    stderr:\n");
        for l in lines {
            m += &format!("      | {}\n", clip(l, 200));
        }
        m
    }
}

fn rust_panic_in(stderr: &[u8]) -> bool {
    let s = String::from_utf8_lossy(stderr);
    s.contains("panicked at") || s.contains("RUST_BACKTRACE")
}

fn report(title: &str, names: &[String], failures: &[(String, String)]) {
    let total = names.len();
    let mut out = String::new();
    if std::env::var_os("MINIGO_TEST_SHOW_PASSING").is_some() {
        for n in names {
            if !failures.iter().any(|(f, _)| f == n) {
                out += &format!("PASS {n}\n");
            }
        }
    }
    out += &format!(
        "\n== {title}: {}/{} programs pass\n",
        total - failures.len(),
        total
    );
    for (name, why) in failures {
        out += &format!("\nFAIL {name}\n{why}");
    }
    // print! is captured by libtest and shown on failure (or with --nocapture).
    print!("{out}");
    let _ = io::stdout().flush();
    if !failures.is_empty() {
        panic!(
            "{title}: {} of {} programs failed (details above)",
            failures.len(),
            total
        );
    }
}

// ---------------------------------------------------------------------------
// tests/run and examples
// ---------------------------------------------------------------------------

/// Checks one program against NAME.out / NAME.exit / NAME.stderr.
/// Returns None when it passes, or a description of what went wrong.
fn check_program(path: &Path, env: &[(&str, &str)]) -> Option<String> {
    let expected_out = match read_opt(&sibling(path, "out")) {
        Some(o) => o,
        None => return Some("    missing expectation file NAME.out\n".into()),
    };
    let expected_exit: i32 = match read_opt(&sibling(path, "exit")) {
        Some(b) => match String::from_utf8_lossy(&b).trim().parse() {
            Ok(c) => c,
            Err(_) => return Some("    unreadable NAME.exit\n".into()),
        },
        None => 0,
    };
    let expected_err = read_opt(&sibling(path, "stderr"));
    let source = fs::read_to_string(path).unwrap_or_default();
    let prefix_only = source
        .lines()
        .next()
        .unwrap_or("")
        .contains(PREFIX_ONLY_MARKER);

    let outcome = match run_minigo_with_input(
        &["run".into(), path.as_os_str().to_owned()],
        DEFAULT_TIMEOUT,
        read_opt(&sibling(path, "in")),
        env,
    ) {
        Ok(o) => o,
        Err(e) => return Some(format!("    could not start minigo: {e}\n")),
    };

    let mut why = String::new();
    if outcome.status != Status::Exited(expected_exit) {
        why += &format!(
            "    expected exit status {expected_exit}, got {}\n",
            outcome.status
        );
        why += &stderr_excerpt(&outcome.stderr);
    }
    if rust_panic_in(&outcome.stderr) && !why.contains("stderr:") {
        why += "    stderr contains a Rust panic\n";
        why += &stderr_excerpt(&outcome.stderr);
    }
    if outcome.stdout != expected_out {
        why += &short_diff("stdout", &expected_out, &outcome.stdout);
    }
    if let Some(exp) = expected_err {
        let exp_text = String::from_utf8_lossy(&exp);
        // A report cut after its `goroutine N [state]:` line (panics, deadlocks) is
        // compared as a prefix: the traceback that follows is implementation-specific.
        let last = exp_text
            .trim_end_matches('\n')
            .rsplit('\n')
            .next()
            .unwrap_or("");
        let goroutine_line = last.starts_with("goroutine ") && last.ends_with("]:");
        let prefix = prefix_only
            || goroutine_line
            || exp_text.trim_end_matches('\n').ends_with(GOROUTINE_LINE);
        let ok = if prefix {
            outcome.stderr.starts_with(&exp)
        } else {
            outcome.stderr == exp
        };
        if !ok {
            let shown = if prefix && outcome.stderr.len() > exp.len() {
                // compare against the same number of lines to keep the diff readable
                let n = exp_text.split_inclusive('\n').count();
                let act = String::from_utf8_lossy(&outcome.stderr);
                act.split_inclusive('\n')
                    .take(n)
                    .collect::<String>()
                    .into_bytes()
            } else {
                outcome.stderr.clone()
            };
            let what = if prefix { "stderr (prefix)" } else { "stderr" };
            why += &short_diff(what, &exp, &shown);
        }
    }
    if why.is_empty() { None } else { Some(why) }
}

fn run_corpus(title: &str, dir: &str) {
    run_corpus_env(title, dir, &[]);
}

fn run_corpus_env(title: &str, dir: &str, env: &[(&str, &str)]) {
    let files = go_files(dir);
    let results = par_map(&files, |p| check_program(p, env));
    let failures: Vec<(String, String)> = files
        .iter()
        .zip(results)
        .filter_map(|(p, r)| r.map(|why| (format!("{dir}/{}", file_name(p)), why)))
        .collect();
    let names: Vec<String> = files
        .iter()
        .map(|p| format!("{dir}/{}", file_name(p)))
        .collect();
    report(title, &names, &failures);
}

#[test]
fn run_programs() {
    let dir = std::env::var("MINIGO_RUN_DIR").unwrap_or_else(|_| "tests/run".to_string());
    run_corpus(&dir, &dir);
}

#[test]
fn examples() {
    run_corpus("examples", "examples");
}

/// The concurrency corpus (and its programs that read stdin) on one processor and on
/// two: the expectations hold for every schedule.
#[test]
fn concurrency_programs() {
    for procs in ["1", "2"] {
        let env = [("GOMAXPROCS", procs)];
        let title = format!("tests/concurrency (GOMAXPROCS={procs})");
        run_corpus_env(&title, "tests/concurrency", &env);
        let title = format!("tests/concurrency/stdin (GOMAXPROCS={procs})");
        run_corpus_env(&title, "tests/concurrency/stdin", &env);
    }
}

/// The same corpus under a tiny preemption quantum: every goroutine yields at every 7th
/// safe point it passes (`MINIGO_PREEMPT_EVERY`), on two processors, so goroutines
/// interleave at thousands of points where sysmon's 10 ms slices would rarely switch.
#[test]
fn concurrency_programs_tiny_quantum() {
    let env = [("GOMAXPROCS", "2"), ("MINIGO_PREEMPT_EVERY", "7")];
    run_corpus_env(
        "tests/concurrency (GOMAXPROCS=2, MINIGO_PREEMPT_EVERY=7)",
        "tests/concurrency",
        &env,
    );
    run_corpus_env(
        "tests/concurrency/stdin (GOMAXPROCS=2, MINIGO_PREEMPT_EVERY=7)",
        "tests/concurrency/stdin",
        &env,
    );
}

// ---------------------------------------------------------------------------
// tests/compile_fail
// ---------------------------------------------------------------------------

#[test]
fn compile_fail() {
    let files = go_files("tests/compile_fail");
    let results = par_map(&files, |p| {
        let o = match run_minigo(&["check".into(), p.as_os_str().to_owned()], DEFAULT_TIMEOUT) {
            Ok(o) => o,
            Err(e) => return Some(format!("    could not start minigo: {e}\n")),
        };
        let mut why = String::new();
        if o.status != Status::Exited(1) {
            why += &format!("    expected exit status 1, got {}\n", o.status);
        }
        if String::from_utf8_lossy(&o.stderr).trim().is_empty() {
            why += "    expected a diagnostic on stderr, got nothing\n";
        }
        if rust_panic_in(&o.stderr) {
            why += "    stderr contains a Rust panic\n";
        }
        if !why.is_empty() {
            why += &stderr_excerpt(&o.stderr);
        }
        if why.is_empty() { None } else { Some(why) }
    });
    let failures: Vec<(String, String)> = files
        .iter()
        .zip(results)
        .filter_map(|(p, r)| r.map(|why| (format!("tests/compile_fail/{}", file_name(p)), why)))
        .collect();
    let names: Vec<String> = files
        .iter()
        .map(|p| format!("tests/compile_fail/{}", file_name(p)))
        .collect();
    report("tests/compile_fail", &names, &failures);
}

// ---------------------------------------------------------------------------
// Hostile inputs
// ---------------------------------------------------------------------------

#[derive(Clone)]
enum Expect {
    /// Go rejects it: minigo must exit 1 with a diagnostic.
    Invalid,
    /// Go runs it: minigo exits 0 with exactly this stdout, or exits 1 with a
    /// diagnostic (e.g. an implementation limit such as maximum nesting depth).
    Valid(Vec<u8>),
}

struct Hostile {
    name: String,
    path: PathBuf,
    expect: Expect,
    timeout: Duration,
}

const HEADER: &str = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\t";

/// The big inputs; must stay byte-identical to tests/tools/gen_hostile.sh.
fn generated_inputs() -> Vec<(&'static str, Vec<u8>, Expect, Duration)> {
    const N: usize = 100_000;
    let valid = |s: &str| Expect::Valid(s.as_bytes().to_vec());
    let mut v = Vec::new();
    let prog = |body: String| -> Vec<u8> { format!("{HEADER}{body}").into_bytes() };
    v.push((
        "nested_parens.go",
        prog(format!(
            "x := {}1{}\n\tfmt.Println(x)\n}}\n",
            "(".repeat(N),
            ")".repeat(N)
        )),
        valid("1\n"),
        DEFAULT_TIMEOUT,
    ));
    v.push((
        "nested_braces.go",
        prog(format!(
            "{}{}\n\tfmt.Println(\"ok\")\n}}\n",
            "{".repeat(N),
            "}".repeat(N)
        )),
        valid("ok\n"),
        DEFAULT_TIMEOUT,
    ));
    v.push((
        "unary_minus.go",
        prog(format!("x := {}1\n\tfmt.Println(x)\n}}\n", "- ".repeat(N))),
        valid("1\n"),
        DEFAULT_TIMEOUT,
    ));
    v.push((
        "unary_not.go",
        prog(format!(
            "x := {}true\n\tfmt.Println(x)\n}}\n",
            "!".repeat(N)
        )),
        valid("true\n"),
        DEFAULT_TIMEOUT,
    ));
    v.push((
        "unary_xor.go",
        prog(format!("x := {}1\n\tfmt.Println(x)\n}}\n", "^".repeat(N))),
        valid("1\n"),
        DEFAULT_TIMEOUT,
    ));
    v.push((
        "giant_string.go",
        prog(format!(
            "s := \"{}\"\n\tfmt.Println(len(s))\n}}\n",
            "a".repeat(50 * 1024 * 1024)
        )),
        valid("52428800\n"),
        BIG_TIMEOUT,
    ));
    v.push((
        "many_statements.go",
        prog(format!(
            "x := 0\n{}\tfmt.Println(x)\n}}\n",
            "\tx++\n".repeat(1_000_000)
        )),
        valid("1000000\n"),
        BIG_TIMEOUT,
    ));
    v.push((
        "huge_int_literal.go",
        prog(format!("x := 1{}\n\tfmt.Println(x)\n}}\n", "0".repeat(N))),
        Expect::Invalid,
        DEFAULT_TIMEOUT,
    ));
    let ident = "v".repeat(1_000_000);
    v.push((
        "long_identifier.go",
        prog(format!("{ident} := 7\n\tfmt.Println({ident})\n}}\n")),
        valid("7\n"),
        DEFAULT_TIMEOUT,
    ));
    v
}

fn check_hostile(h: &Hostile) -> Option<String> {
    let o = match run_minigo(&["run".into(), h.path.as_os_str().to_owned()], h.timeout) {
        Ok(o) => o,
        Err(e) => return Some(format!("    could not start minigo: {e}\n")),
    };
    let mut why = String::new();
    match (&o.status, &h.expect) {
        (Status::Exited(1), _) => {
            if String::from_utf8_lossy(&o.stderr).trim().is_empty() {
                why += "    exit status 1 but no diagnostic on stderr\n";
            }
        }
        (Status::Exited(0), Expect::Valid(out)) => {
            if &o.stdout != out {
                why += &short_diff("stdout", out, &o.stdout);
            }
        }
        (Status::Exited(0), Expect::Invalid) => {
            why += "    Go rejects this input, but minigo exited 0 (expected a diagnostic and exit status 1)\n";
        }
        (st, _) => {
            why += &format!("    expected exit status 0 or 1, got {st}\n");
        }
    }
    if rust_panic_in(&o.stderr) {
        why += "    stderr contains a Rust panic\n";
    }
    if !why.is_empty() {
        why += &stderr_excerpt(&o.stderr);
    }
    if why.is_empty() { None } else { Some(why) }
}

#[test]
fn hostile_inputs() {
    let filter = std::env::var("MINIGO_TEST_FILTER").unwrap_or_default();
    let mut inputs = Vec::new();
    // Checked-in small inputs: NAME.goerr means Go rejects it, NAME.out means Go runs it.
    for p in go_files("tests/hostile") {
        let expect = if sibling(&p, "goerr").exists() {
            Expect::Invalid
        } else {
            Expect::Valid(read_opt(&sibling(&p, "out")).unwrap_or_default())
        };
        inputs.push(Hostile {
            name: format!("tests/hostile/{}", file_name(&p)),
            path: p,
            expect,
            timeout: DEFAULT_TIMEOUT,
        });
    }
    // Generated big inputs.
    let dir = std::env::temp_dir().join(format!("minigo-hostile-{}", std::process::id()));
    fs::create_dir_all(&dir).expect("create temp dir for hostile inputs");
    for (name, bytes, expect, timeout) in generated_inputs() {
        if !name.contains(&filter) {
            continue;
        }
        let path = dir.join(name);
        fs::write(&path, &bytes).expect("write hostile input");
        inputs.push(Hostile {
            name: format!("<generated>/{name}"),
            path,
            expect,
            timeout,
        });
    }
    let results = par_map(&inputs, check_hostile);
    let _ = fs::remove_dir_all(&dir);
    let failures: Vec<(String, String)> = inputs
        .iter()
        .zip(results)
        .filter_map(|(h, r)| r.map(|why| (h.name.clone(), why)))
        .collect();
    let names: Vec<String> = inputs.iter().map(|h| h.name.clone()).collect();
    report("hostile inputs", &names, &failures);
}

// ---------------------------------------------------------------------------
// Self-checks of the harness helpers (do not need a working minigo)
// ---------------------------------------------------------------------------

#[test]
fn harness_generated_inputs_match_expectations() {
    let inputs = generated_inputs();
    let big = inputs
        .iter()
        .find(|(n, ..)| *n == "giant_string.go")
        .unwrap();
    assert!(big.1.len() > 50 * 1024 * 1024);
    let parens = inputs
        .iter()
        .find(|(n, ..)| *n == "nested_parens.go")
        .unwrap();
    assert!(
        parens
            .1
            .starts_with(b"package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := ((((")
    );
    assert!(parens.1.ends_with(b"))))\n\tfmt.Println(x)\n}\n"));
}

#[test]
fn harness_short_diff_points_at_first_difference() {
    let d = short_diff("stdout", b"a\nb\nc\n", b"a\nB\nc\n");
    assert!(d.contains("line 2"), "{d}");
    assert!(d.contains("\"b\\n\"") && d.contains("\"B\\n\""), "{d}");
}

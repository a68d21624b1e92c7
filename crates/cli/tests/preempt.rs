//! Preemption at safe points, through the library API: with `Vm::preempt` set, `run`
//! must stop at the next safe point (`Stop::Yielded`) and resume exactly there when
//! called again, so a scheduler can time-slice goroutines without changing their results.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use minigo_syntax::{SourceFile, SourceMap};
use minigo_types::PackageSource;
use minigo_vm::{FrameKind, Goroutine, Stop, Vm};

const PROGRAM: &str = r#"package main

func sum(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		t += i % 7
	}
	return t
}

func main() {
	total := 0
	for k := 0; k < 100; k++ {
		total += sum(1000)
	}
	if total != 299700 {
		panic(total)
	}
}
"#;

fn load() -> Vm {
    let mut sources = SourceMap::default();
    let rt_src = minigo_stdlib::package_source("runtime").expect("runtime package");
    let rt_id = sources.add(SourceFile::new("<stdlib>/runtime.go", rt_src));
    let rt = minigo_syntax::parse_source(rt_id, rt_src.as_bytes(), 0);
    let main_id = sources.add(SourceFile::new("preempt.go", PROGRAM));
    let main = minigo_syntax::parse_source(main_id, PROGRAM.as_bytes(), rt.next_id);
    assert!(rt.diagnostics.is_empty() && main.diagnostics.is_empty());
    let check = minigo_types::check(vec![
        PackageSource {
            path: "runtime".into(),
            files: vec![rt.file],
        },
        PackageSource {
            path: "main".into(),
            files: vec![main.file],
        },
    ]);
    assert!(check.diagnostics.is_empty(), "{:?}", check.diagnostics);
    let prog = minigo_compiler::compile(&check, &sources).expect("compiles");
    Vm::new(prog, &minigo_stdlib::Stdlib, vec!["preempt".into()]).expect("loads")
}

#[test]
fn a_preempted_goroutine_resumes_where_it_stopped() {
    let mut vm = load();
    let flag = Arc::new(AtomicBool::new(true));
    vm.preempt = Some(flag.clone());
    let mut g = Goroutine::new(1);
    let entry = vm.prog.entry;
    vm.push_frame(&mut g, entry, 0, &[], FrameKind::Normal)
        .expect("entry frame");
    let mut yields = 0u64;
    loop {
        match vm.run(&mut g, 0) {
            Ok(Stop::Yielded) => yields += 1,
            Ok(Stop::Finished) => break,
            Ok(other) => panic!("a single goroutine without the scheduler stopped: {other:?}"),
            Err(t) => panic!("the program failed: {t:?}"),
        }
        assert!(yields < 10_000_000, "no progress");
    }
    // Every loop iteration (100 outer, 100 x 1000 inner) and every call passes a safe point.
    assert!(yields >= 100_100, "only {yields} yields");
    // Without the flag the same program runs to the end in one call.
    flag.store(false, Ordering::Relaxed);
    let mut vm = load();
    vm.preempt = Some(flag);
    let mut g = Goroutine::new(1);
    vm.push_frame(&mut g, entry, 0, &[], FrameKind::Normal)
        .expect("entry frame");
    assert!(matches!(vm.run(&mut g, 0), Ok(Stop::Finished)));
}

/// Through the scheduler: spinning goroutines on one P do not starve `main`
/// (`tests/concurrency/go_preempt_spin.go` checks the output); with
/// `GODEBUG=asyncpreemptoff=1` the same program never finishes, as before Go 1.14.
#[test]
fn asyncpreemptoff_lets_a_spinning_goroutine_starve_main() {
    use std::process::{Command, Stdio};
    use std::time::{Duration, Instant};
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let run = |godebug: &str| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_minigo"))
            .args(["run", "tests/concurrency/go_preempt_spin.go"])
            .current_dir(&root)
            .env("GODEBUG", godebug)
            .env("GOMAXPROCS", "1")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("minigo starts");
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(3) {
            if let Some(st) = child.try_wait().expect("wait") {
                return Some(st.code());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = child.kill();
        let _ = child.wait();
        None
    };
    assert_eq!(run(""), Some(Some(0)), "with preemption the program ends");
    assert_eq!(run("asyncpreemptoff=1"), None, "without it main starves");
}

//! End-to-end tests of the standard library: every `testdata/NAME.go` is parsed,
//! checked, compiled and run in-process (front end, compiler, VM and these natives),
//! and its stdout, exit status and stderr are compared with what Go printed
//! (`NAME.out`, `NAME.exit` when not 0, `NAME.stderr` as a prefix when Go wrote to
//! stderr: panic reports are cut after `goroutine 1 [running]:`).
//!
//! The VM writes to the process's real standard streams, so each program runs in a
//! child process: this binary (`harness = false`) re-executes itself with
//! `MINIGO_STDLIB_RUN=FILE`, and the child runs that one program and exits with its
//! status.

use std::path::{Path, PathBuf};
use std::process::Command;

use minigo_syntax::{SourceFile, SourceMap};
use minigo_types::PackageSource;

const CHILD_ENV: &str = "MINIGO_STDLIB_RUN";

fn main() {
    if let Ok(file) = std::env::var(CHILD_ENV) {
        let code = std::thread::Builder::new()
            .stack_size(256 << 20)
            .spawn(move || run_program(&file))
            .expect("thread")
            .join()
            .unwrap_or(101);
        std::process::exit(code);
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("testdata")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    files.sort();
    let exe = std::env::current_exe().expect("test binary");
    let (mut passed, mut failed) = (0, 0);
    for f in &files {
        let out = Command::new(&exe)
            .env(CHILD_ENV, f)
            .output()
            .expect("child");
        let want_out = std::fs::read(f.with_extension("out")).unwrap_or_default();
        let want_code: i32 = std::fs::read_to_string(f.with_extension("exit"))
            .ok()
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or(0);
        let want_err = std::fs::read(f.with_extension("stderr")).unwrap_or_default();
        let code = out.status.code().unwrap_or(-1);
        let mut problems = Vec::new();
        if out.stdout != want_out {
            problems.push(format!(
                "stdout differs:\n--- got\n{}\n--- want\n{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&want_out)
            ));
        }
        if code != want_code {
            problems.push(format!("exit status {code}, want {want_code}"));
        }
        if !out.stderr.starts_with(&want_err) {
            problems.push(format!(
                "stderr does not start with the expected text:\n--- got\n{}\n--- want\n{}",
                String::from_utf8_lossy(&out.stderr),
                String::from_utf8_lossy(&want_err)
            ));
        }
        let name = f
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if problems.is_empty() {
            passed += 1;
            println!("ok   {name}");
        } else {
            failed += 1;
            println!("FAIL {name}\n{}", problems.join("\n"));
        }
    }
    println!("{passed} passed, {failed} failed");
    if failed > 0 || passed == 0 {
        std::process::exit(1);
    }
}

/// Runs one program the way `minigo run` does; returns its exit status.
fn run_program(file: &str) -> i32 {
    let bytes = std::fs::read(file).expect("program");
    let mut sources = SourceMap::default();
    let main_id = sources.add(SourceFile::new(
        file,
        String::from_utf8_lossy(&bytes).into_owned(),
    ));
    let parsed = minigo_syntax::parse_source(main_id, &bytes, 0);
    let mut diags = parsed.diagnostics;
    let mut next_id = parsed.next_id;
    let main_file = parsed.file;
    // Built-in packages, depth first so that dependencies come first.
    let mut order: Vec<PackageSource> = Vec::new();
    let mut stack: Vec<String> = vec!["runtime".to_string()];
    stack.extend(main_file.imports.iter().map(|i| i.path.clone()));
    fn visit(
        path: &str,
        sources: &mut SourceMap,
        next_id: &mut u32,
        order: &mut Vec<PackageSource>,
        diags: &mut Vec<minigo_syntax::Diagnostic>,
    ) {
        if order.iter().any(|p| p.path == path) {
            return;
        }
        let src =
            minigo_stdlib::package_source(path).unwrap_or_else(|| panic!("unknown package {path}"));
        let id = sources.add(SourceFile::new(format!("<stdlib>/{path}.go"), src));
        let parsed = minigo_syntax::parse_source(id, src.as_bytes(), *next_id);
        *next_id = parsed.next_id;
        diags.extend(parsed.diagnostics);
        for imp in &parsed.file.imports {
            visit(&imp.path, sources, next_id, order, diags);
        }
        order.push(PackageSource {
            path: path.to_string(),
            files: vec![parsed.file],
        });
    }
    for p in &stack {
        visit(p, &mut sources, &mut next_id, &mut order, &mut diags);
    }
    order.push(PackageSource {
        path: "main".to_string(),
        files: vec![main_file],
    });
    let check = minigo_types::check(order);
    diags.extend(check.diagnostics.iter().cloned());
    if !diags.is_empty() {
        eprintln!("{diags:#?}");
        return 100;
    }
    let prog = match minigo_compiler::compile(&check, &sources) {
        Ok(p) => p,
        Err(d) => {
            eprintln!("{d:#?}");
            return 100;
        }
    };
    let mut vm = match minigo_vm::Vm::new(prog, &minigo_stdlib::Stdlib, vec![file.to_string()]) {
        Ok(vm) => vm,
        Err(e) => {
            eprintln!("{e}");
            return 100;
        }
    };
    let minigo_vm::Exit::Code(code) = vm.run_main();
    let _ = vm.stdout.flush();
    code
}

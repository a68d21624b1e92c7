//! Runs the repository's valid Go programs (tests/run, tests/pending) through the checker,
//! with the real built-in package sources (crates/stdlib/go) where they exist and the
//! fake ones otherwise. Every program must check without diagnostics.

use std::path::{Path, PathBuf};

use minigo_syntax::{FileId, SourceFile, parse_source};
use rustc_hash::FxHashMap;

use super::{FAKE_PKGS, format_diags};
use crate::{CheckResult, PackageSource, check};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn collect_go(dir: &Path, rel: &str, out: &mut Vec<(String, String)>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = rd.flatten().collect();
    entries.sort_by_key(|e| e.path());
    for e in entries {
        let p = e.path();
        let name = e.file_name().to_string_lossy().to_string();
        if p.is_dir() {
            let r = if rel.is_empty() { name.clone() } else { format!("{rel}/{name}") };
            collect_go(&p, &r, out);
        } else if let Some(stem) = name.strip_suffix(".go") {
            let path = if rel.is_empty() { stem.to_string() } else { format!("{rel}/{stem}") };
            if let Ok(src) = std::fs::read_to_string(&p) {
                out.push((path, src));
            }
        }
    }
}

/// The built-in packages: real sources where present, fake ones otherwise.
pub(crate) fn stdlib_sources() -> Vec<(String, String)> {
    let mut real = vec![];
    collect_go(&repo_root().join("crates/stdlib/go"), "", &mut real);
    let mut all: FxHashMap<String, String> = FAKE_PKGS.iter().map(|(p, s)| (p.to_string(), s.to_string())).collect();
    for (p, s) in real {
        all.insert(p, s);
    }
    let mut v: Vec<(String, String)> = all.into_iter().collect();
    v.sort();
    v
}

fn imports_of(src: &str) -> Vec<String> {
    let r = parse_source(FileId(0), src.as_bytes(), 1);
    r.file.imports.iter().map(|i| i.path.clone()).collect()
}

/// Checks a main program with the packages it (transitively) imports, in dependency order.
pub(crate) fn check_program(main_src: &str, std: &[(String, String)]) -> Option<(CheckResult, Vec<SourceFile>)> {
    let mut order: Vec<String> = vec![];
    let mut visiting: Vec<String> = vec![];
    fn visit(p: &str, std: &[(String, String)], order: &mut Vec<String>, visiting: &mut Vec<String>) -> bool {
        if order.iter().any(|o| o == p) {
            return true;
        }
        if visiting.iter().any(|o| o == p) {
            return false;
        }
        let Some((_, src)) = std.iter().find(|(q, _)| q == p) else { return false };
        visiting.push(p.to_string());
        for i in imports_of(src) {
            if !visit(&i, std, order, visiting) {
                return false;
            }
        }
        order.push(p.to_string());
        true
    }
    for i in imports_of(main_src) {
        if !visit(&i, std, &mut order, &mut visiting) {
            return None;
        }
    }
    let mut pkgs = vec![];
    let mut files = vec![];
    let mut next = 1;
    for p in &order {
        let src = &std.iter().find(|(q, _)| q == p)?.1;
        let r = parse_source(FileId(files.len() as u32), src.as_bytes(), next);
        next = r.next_id;
        files.push(SourceFile::new(format!("{p}.go"), src.clone()));
        pkgs.push(PackageSource { path: p.clone(), files: vec![r.file] });
    }
    let r = parse_source(FileId(files.len() as u32), main_src.as_bytes(), next);
    if !r.diagnostics.is_empty() {
        return None;
    }
    files.push(SourceFile::new("main.go", main_src));
    pkgs.push(PackageSource { path: "main".into(), files: vec![r.file] });
    Some((check(pkgs), files))
}

pub(crate) fn corpus_programs() -> Vec<(String, String)> {
    let mut out = vec![];
    for d in ["tests/run", "tests/pending", "examples"] {
        let Ok(rd) = std::fs::read_dir(repo_root().join(d)) else { continue };
        let mut ps: Vec<PathBuf> = rd.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "go")).collect();
        ps.sort();
        for p in ps {
            if let Ok(src) = std::fs::read_to_string(&p) {
                out.push((p.display().to_string(), src));
            }
        }
    }
    out
}

#[test]
fn corpus_programs_check_cleanly() {
    let std = stdlib_sources();
    let mut failures = vec![];
    let mut checked = 0;
    for (name, src) in corpus_programs() {
        let Some((res, files)) = check_program(&src, &std) else { continue };
        checked += 1;
        let d = format_diags(&res, &files);
        if !d.is_empty() {
            failures.push(format!("{name}:\n  {}", d.join("\n  ")));
        }
    }
    eprintln!("checked {checked} corpus programs");
    assert!(failures.is_empty(), "{} programs failed:\n{}", failures.len(), failures.join("\n"));
}

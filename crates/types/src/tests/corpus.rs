//! Runs the repository's valid Go programs (tests/run, tests/pending) through the checker,
//! with the real built-in package sources (crates/stdlib/go) where they exist and the
//! fake ones otherwise. Every program must check without diagnostics.

use std::path::{Path, PathBuf};

use minigo_syntax::{FileId, SourceFile, parse_source};
use rustc_hash::FxHashMap;

use super::{FAKE_PKGS, format_diags};
use crate::{CheckResult, PackageSource};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn collect_go(dir: &Path, rel: &str, out: &mut Vec<(String, String)>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = rd.flatten().collect();
    entries.sort_by_key(|e| e.path());
    for e in entries {
        let p = e.path();
        let name = e.file_name().to_string_lossy().to_string();
        if p.is_dir() {
            let r = if rel.is_empty() {
                name.clone()
            } else {
                format!("{rel}/{name}")
            };
            collect_go(&p, &r, out);
        } else if let Some(stem) = name.strip_suffix(".go") {
            let path = if rel.is_empty() {
                stem.to_string()
            } else {
                format!("{rel}/{stem}")
            };
            if let Ok(src) = std::fs::read_to_string(&p) {
                out.push((path, src));
            }
        }
    }
}

/// The built-in packages: real sources where present and error-free (they are being
/// written concurrently), fake ones otherwise.
pub(crate) fn stdlib_sources() -> Vec<(String, String)> {
    let all = raw_stdlib_sources();
    let fakes: FxHashMap<&str, &str> = FAKE_PKGS.iter().copied().collect();
    let mut out = vec![];
    for (p, src) in &all {
        let main = format!("package main\nimport _ \"{p}\"\nfunc main() {{}}\n");
        let ok = check_program(&main, &all).is_some_and(|(r, _)| r.diagnostics.is_empty());
        if ok {
            out.push((p.clone(), src.clone()));
        } else if let Some(f) = fakes.get(p.as_str()) {
            out.push((p.clone(), f.to_string()));
        }
    }
    out
}

fn raw_stdlib_sources() -> Vec<(String, String)> {
    let mut real = vec![];
    collect_go(&repo_root().join("crates/stdlib/go"), "", &mut real);
    let mut all: FxHashMap<String, String> = FAKE_PKGS
        .iter()
        .map(|(p, s)| (p.to_string(), s.to_string()))
        .collect();
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
pub(crate) fn check_program(
    main_src: &str,
    std: &[(String, String)],
) -> Option<(CheckResult, Vec<SourceFile>)> {
    check_program_with(main_src, std, false)
}

fn check_program_with(
    main_src: &str,
    std: &[(String, String)],
    allow_syntax_errors: bool,
) -> Option<(CheckResult, Vec<SourceFile>)> {
    let mut order: Vec<String> = vec![];
    let mut visiting: Vec<String> = vec![];
    fn visit(
        p: &str,
        std: &[(String, String)],
        order: &mut Vec<String>,
        visiting: &mut Vec<String>,
    ) -> bool {
        if order.iter().any(|o| o == p) {
            return true;
        }
        if visiting.iter().any(|o| o == p) {
            return false;
        }
        let Some((_, src)) = std.iter().find(|(q, _)| q == p) else {
            return false;
        };
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
        pkgs.push(PackageSource {
            path: p.clone(),
            files: vec![r.file],
        });
    }
    let r = parse_source(FileId(files.len() as u32), main_src.as_bytes(), next);
    if !r.diagnostics.is_empty() && !allow_syntax_errors {
        return None;
    }
    files.push(SourceFile::new("main.go", main_src));
    pkgs.push(PackageSource {
        path: "main".into(),
        files: vec![r.file],
    });
    let mut sm = minigo_syntax::SourceMap::default();
    for f in &files {
        sm.add(SourceFile::new(f.name.clone(), f.text.clone()));
    }
    Some((crate::check_with_sources(pkgs, Some(&sm)), files))
}

pub(crate) fn corpus_programs() -> Vec<(String, String)> {
    let mut out = vec![];
    for d in ["tests/run", "tests/pending", "examples"] {
        let Ok(rd) = std::fs::read_dir(repo_root().join(d)) else {
            continue;
        };
        let mut ps: Vec<PathBuf> = rd
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "go"))
            .collect();
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
        let Some((res, files)) = check_program(&src, &std) else {
            continue;
        };
        checked += 1;
        let d = format_diags(&res, &files);
        if !d.is_empty() {
            failures.push(format!("{name}:\n  {}", d.join("\n  ")));
        }
    }
    eprintln!("checked {checked} corpus programs");
    assert!(
        failures.is_empty(),
        "{} programs failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Rewrites Go 1.19 wording (the `.goerr` oracle files) into Go 1.22 wording.
fn to_go122(lines: &[String]) -> Vec<String> {
    let mut out: Vec<String> = vec![];
    let mut i = 0;
    while i < lines.len() {
        let l = &lines[i];
        i += 1;
        if l.starts_with("runtime.main_main") {
            out.push("1:9: function main is undeclared in the main package".into());
            continue;
        }
        if l.starts_with('\t') || l.starts_with("runtime.") {
            continue;
        }
        // file.go:L:C: msg
        let mut parts = l.splitn(4, ':');
        let (_, ln, col, msg) = (
            parts.next(),
            parts.next().unwrap_or(""),
            parts.next().unwrap_or(""),
            parts.next().unwrap_or("").trim_start(),
        );
        let mut m = msg.to_string();
        if let Some((t, rest)) = m.split_once('.')
            && let Some(meth) = rest.strip_suffix(" redeclared in this block")
            && i < lines.len()
            && lines[i].starts_with('\t')
        {
            let pos: Vec<&str> = lines[i].trim().splitn(4, ':').collect();
            if pos.len() == 4 {
                m = format!(
                    "method {t}.{meth} already declared at main.go:{}:{}",
                    pos[1], pos[2]
                );
            }
        }
        if let Some(v) = m.strip_suffix(" declared but not used") {
            m = format!("declared and not used: {v}");
        }
        if let Some(p) = m.strip_prefix("imported and not used: ") {
            m = format!("{p} imported and not used");
        }
        if m.ends_with(':')
            && m.starts_with("cannot use ")
            && i < lines.len()
            && lines[i].starts_with('\t')
        {
            m = format!(
                "{} {}",
                m.replacen(" as type ", " as ", 1)
                    .replace(" in ", " value in "),
                lines[i].trim()
            );
            i += 1;
        }
        if let Some(a) = m.find(" (missing ")
            && let Some(rest) = m[a + 10..].strip_suffix(" method)")
        {
            m = format!("{} (missing method {rest})", &m[..a]);
        }
        if let Some(a) = m.find(" method has pointer receiver)") {
            let start = m[..a].rfind('(').unwrap_or(0);
            let name = m[start + 1..a].to_string();
            m = format!("{}(method {name} has pointer receiver)", &m[..start]);
        }
        m = m.replace("initialization loop for", "initialization cycle for");
        if m.starts_with("cannot assign to ")
            && !m.contains("neither")
            && !m.contains("struct field")
            && let Some(p) = m.rfind(" (")
        {
            m = format!(
                "{} (neither addressable nor a map index expression)",
                &m[..p]
            );
        }
        if let Some(rest) = m.strip_prefix("unknown field '")
            && let Some(q) = rest.find('\'')
        {
            m = format!("unknown field {}{}", &rest[..q], &rest[q + 1..]);
        }
        if let Some(rest) = m.strip_prefix("too few values in ")
            && let Some(t) = rest.strip_suffix("{…}")
        {
            m = format!("too few values in struct literal of type {t}");
        }
        if m == "cannot use _ as value or type" {
            m = "cannot use _ as value".into();
        }
        if let Some(t) = m.strip_prefix("invalid recursive type ")
            && i + 1 < lines.len()
            && lines[i].trim().ends_with(&format!("{t} refers to"))
            && lines[i + 1].trim().ends_with(&format!(": {t}"))
        {
            m = format!("invalid recursive type: {t} refers to itself");
        }
        out.push(format!("{ln}:{col}: {m}"));
    }
    out
}

#[test]
fn compile_fail_corpus_matches_go() {
    let std = stdlib_sources();
    let dir = repo_root().join("tests/compile_fail");
    let Ok(rd) = std::fs::read_dir(&dir) else {
        return;
    };
    let mut ps: Vec<PathBuf> = rd
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    ps.sort();
    let mut bad = vec![];
    let mut n = 0;
    for p in ps {
        let Ok(src) = std::fs::read_to_string(&p) else {
            continue;
        };
        let Ok(goerr) = std::fs::read_to_string(p.with_extension("goerr")) else {
            continue;
        };
        // `package ...` first: Go refused the imports before type checking (an internal
        // package); the CLI's loader reports those, not the checker.
        if goerr.starts_with("package ") {
            continue;
        }
        let lines: Vec<String> = goerr.lines().map(str::to_string).collect();
        let want = to_go122(&lines);
        let Some((res, files)) = check_program(&src, &std) else {
            continue;
        };
        n += 1;
        let got: Vec<String> = format_diags(&res, &files);
        if got != want {
            bad.push(format!(
                "{}:\n  want: {want:?}\n  got:  {got:?}",
                p.file_name().unwrap_or_default().to_string_lossy()
            ));
        }
    }
    eprintln!("compared {n} compile_fail programs, {} differ", bad.len());
    for b in &bad {
        eprintln!("{b}");
    }
    assert!(bad.is_empty(), "{} compile_fail programs differ", bad.len());
}

/// The real built-in package sources check without errors.
#[test]
fn every_builtin_package_checks_cleanly() {
    let std = raw_stdlib_sources();
    let imports: String = std
        .iter()
        .map(|(p, _)| format!("import _ \"{p}\"\n"))
        .collect();
    let main = format!("package main\n{imports}func main() {{}}\n");
    let (res, files) = check_program(&main, &std).expect("all packages load");
    let d = format_diags(&res, &files);
    assert!(d.is_empty(), "{}", d.join("\n"));
}

/// Robustness: corpus programs with one line deleted must check without panicking.
/// Every `MUTATION_STRIDE`-th line is deleted in turn (all of them take ~110 s; the
/// stride keeps the test in CI's budget while still covering every program).
const MUTATION_STRIDE: usize = 13;

#[test]
fn mutated_programs_never_panic() {
    let std = stdlib_sources();
    let mut n = 0;
    for (_, src) in corpus_programs() {
        let lines: Vec<&str> = src.lines().collect();
        for skip in (0..lines.len()).step_by(MUTATION_STRIDE) {
            let m: String = lines
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != skip)
                .map(|(_, l)| format!("{l}\n"))
                .collect();
            let m2 = m.replace(&format!("{}\n", lines[skip]), "");
            for variant in [m, m2] {
                let _ = check_program_with(&variant, &std, true);
                n += 1;
            }
        }
    }
    eprintln!("checked {n} mutated programs");
}

/// Larger valid programs kept beside the tests (verified with `go build`).
const VALID_PROGRAMS: &[(&str, &str)] = &[("assorted.go", include_str!("valid/assorted.go"))];

#[test]
fn valid_fixture_programs_check_cleanly() {
    let std = stdlib_sources();
    for (name, src) in VALID_PROGRAMS {
        let (res, files) =
            check_program(src, &std).unwrap_or_else(|| panic!("{name}: packages missing"));
        let d = format_diags(&res, &files);
        assert!(d.is_empty(), "{name}:\n{}", d.join("\n"));
        let p = super::infotest::problems_of(&res);
        assert!(p.is_empty(), "{name}:\n{}", p.join("\n"));
    }
}

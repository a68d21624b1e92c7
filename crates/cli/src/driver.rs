//! The pipeline behind `minigo run` / `check` / `disasm`: read the file, parse it and the
//! built-in packages it imports (recursively), type-check, compile.

use minigo_syntax::{Diagnostic, FileId, SourceFile, SourceMap, Span, ast};
use minigo_types::{CheckResult, PackageSource};

pub struct Loaded {
    pub sources: SourceMap,
    pub check: CheckResult,
}

/// Parses and checks the program in `path` (contents `bytes`). On failure returns the
/// source map (for rendering) and every diagnostic.
pub fn load(path: &str, bytes: &[u8]) -> Result<Loaded, (SourceMap, Vec<Diagnostic>)> {
    let mut sources = SourceMap::default();
    let mut diags = vec![];
    let main_id = sources.add(SourceFile::new(path, display_text(bytes)));
    let parsed = minigo_syntax::parse_source(main_id, bytes, 0);
    diags.extend(parsed.diagnostics);
    let mut next_id = parsed.next_id;
    let main_file = parsed.file;

    // Built-in packages, loaded depth-first so that dependencies come first.
    let mut order: Vec<PackageSource> = vec![];
    let mut visiting: Vec<String> = vec![];
    fn visit(
        path: &str,
        sources: &mut SourceMap,
        next_id: &mut u32,
        order: &mut Vec<PackageSource>,
        visiting: &mut Vec<String>,
        diags: &mut Vec<Diagnostic>,
    ) {
        if order.iter().any(|p| p.path == path) || visiting.iter().any(|p| p == path) {
            return;
        }
        let Some(src) = minigo_stdlib::package_source(path) else {
            return;
        };
        visiting.push(path.to_string());
        let id = sources.add(SourceFile::new(format!("<stdlib>/{path}.go"), src));
        let parsed = minigo_syntax::parse_source(id, src.as_bytes(), *next_id);
        *next_id = parsed.next_id;
        diags.extend(parsed.diagnostics);
        for imp in &parsed.file.imports {
            visit(&imp.path, sources, next_id, order, visiting, diags);
        }
        visiting.pop();
        order.push(PackageSource {
            path: path.to_string(),
            files: vec![parsed.file],
        });
    }
    // The runtime package is always loaded: runtime errors are values of its types.
    visit(
        "runtime",
        &mut sources,
        &mut next_id,
        &mut order,
        &mut visiting,
        &mut diags,
    );
    for imp in &main_file.imports {
        if is_internal(&imp.path) {
            diags.push(
                Diagnostic::error(
                    imp.path_span,
                    format!("use of internal package {} not allowed", imp.path),
                )
                .with_label("internal package"),
            );
            continue;
        }
        if minigo_stdlib::package_source(&imp.path).is_none() {
            diags.push(unknown_package(imp));
            continue;
        }
        visit(
            &imp.path,
            &mut sources,
            &mut next_id,
            &mut order,
            &mut visiting,
            &mut diags,
        );
    }
    if !diags.is_empty() {
        return Err((sources, diags));
    }
    let has_main = main_file
        .decls
        .iter()
        .any(|d| matches!(d, ast::TopDecl::Func(f) if f.recv.is_none() && f.name.name == "main"));
    let package_span = main_file.package.span;
    let is_main_pkg = main_file.package.name == "main";
    order.push(PackageSource {
        path: "main".to_string(),
        files: vec![main_file],
    });
    let check = minigo_types::check_with_sources(order, Some(&sources));
    let mut d = check.diagnostics.clone();
    if is_main_pkg && !has_main {
        d.push(
            Diagnostic::error(
                package_span,
                "function main is undeclared in the main package",
            )
            .with_help("a program needs `func main()` in package main"),
        );
    }
    if !d.is_empty() {
        return Err((sources, d));
    }
    Ok(Loaded { sources, check })
}

/// The text shown in diagnostics: the source with each byte of invalid UTF-8 replaced by
/// `?`, so that byte offsets (the spans) stay valid.
fn display_text(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        for _ in chunk.invalid() {
            out.push('?');
        }
    }
    out
}

/// Go's rule: a path with an `internal` element is importable only from the tree rooted
/// at its parent; for a program, that means never from the standard library's.
fn is_internal(path: &str) -> bool {
    path.split('/').any(|e| e == "internal")
}

fn unknown_package(imp: &ast::ImportSpec) -> Diagnostic {
    let public: Vec<&str> = minigo_stdlib::package_paths()
        .iter()
        .copied()
        .filter(|p| !is_internal(p))
        .collect();
    Diagnostic::error(imp.path_span, format!("package {} is not in std", imp.path))
        .with_label("unknown package")
        .with_help("minigo provides: ".to_string() + &public.join(", "))
}

/// A diagnostic for problems found before parsing (e.g. an unreadable file is handled by
/// the caller; this is for whole-file conditions).
#[allow(dead_code)]
pub fn file_diag(file: FileId, message: &str) -> Diagnostic {
    Diagnostic::error(Span { file, lo: 0, hi: 0 }, message)
}

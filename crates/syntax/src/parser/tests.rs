//! Parser tests: AST snapshots over small programs, error-recovery expectations, span
//! checks, and hostile-input robustness.

use crate::span::{FileId, SourceFile};
use crate::{dump, parse_source};

/// Parses `src` and renders the tree plus diagnostics as `line:col: message`.
fn check(src: &str) -> String {
    let r = parse_source(FileId(0), src.as_bytes(), 0);
    let sf = SourceFile::new("x.go", src);
    let mut out = dump(&r.file);
    for d in &r.diagnostics {
        let (l, c) = sf.line_col(d.span.lo as usize);
        out.push_str(&format!("{l}:{c}: {}\n", d.message));
    }
    out
}

#[test]
fn debug_print() {
    if let Ok(src) = std::env::var("MINIGO_DEBUG_SRC") {
        let src = std::fs::read_to_string(src).unwrap();
        println!("{}", check(&src));
    }
}

#[test]
fn print_sizes() {
    use crate::ast::*;
    println!(
        "Expr {} ExprKind {} Stmt {} StmtKind {} Ident {} FuncSig {} Block {} Param {}",
        size_of::<Expr>(),
        size_of::<ExprKind>(),
        size_of::<Stmt>(),
        size_of::<StmtKind>(),
        size_of::<Ident>(),
        size_of::<FuncSig>(),
        size_of::<Block>(),
        size_of::<Param>()
    );
}

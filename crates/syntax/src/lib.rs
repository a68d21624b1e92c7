//! minigo's front end: source spans, the lexer (logos, with Go's automatic semicolon
//! insertion), the parser (chumsky) and the AST it produces, and plain-data diagnostics.
//!
//! Entry point: [`parse_source`]. It never fails: it returns the best AST it could build
//! and every syntax error found (error recovery), so that the CLI can report them all.
//! [`lex`] exposes the token stream (for tests and tools), [`dump`] prints an AST as
//! compact S-expressions (for `--dump ast` and snapshot tests), and [`post::walk`]
//! visits every expression and statement without recursion.
//!
//! Pipeline inside [`parse_source`]: `lexer::sanitize` (bytes to text, reporting invalid
//! UTF-8, NUL and BOM) -> `lexer` (tokens plus automatic semicolons) -> `post::prescan`
//! (nesting limits) -> `parser` (chumsky, with error recovery) -> `post::Ids` (node ids,
//! depth limit) -> Go-style ordering and per-line deduplication of the diagnostics.
//! The accepted language is written down in `grammar/minigo.ebnf`.

pub mod ast;
pub mod diag;
pub mod dump;
pub mod lexer;
pub mod literal;
mod parser;
pub mod post;
pub mod span;

pub use diag::Diagnostic;
pub use dump::dump;
pub use lexer::{Token, lex};
pub use span::{FileId, SourceFile, SourceMap, Span};

use ast::{File, Ident, NodeId};

/// The outcome of parsing one file: always a tree (possibly with `Bad` nodes) plus every
/// diagnostic, and the first node id not used by this file.
#[derive(Debug)]
pub struct ParseResult {
    pub file: File,
    pub diagnostics: Vec<Diagnostic>,
    pub next_id: u32,
}

/// Parses one source file. `file` names it in spans; node ids start at `first_id` and are
/// unique within the result (`next_id` is one past the last). Never panics and never
/// fails: invalid UTF-8, NUL bytes, hostile nesting and syntax errors become diagnostics.
pub fn parse_source(file: FileId, src: &[u8], first_id: u32) -> ParseResult {
    let (text, mut diags) = lexer::sanitize(file, src);
    let text: &str = &text;
    let (toks, lex_diags) = lexer::lex_str(file, text);
    diags.extend(lex_diags);

    let whole = Span::new(file, 0, text.len());
    let placeholder = |span: Span| Ident {
        id: NodeId(0),
        name: String::new(),
        span,
    };
    let small_file = |package: Ident| File {
        package,
        imports: vec![],
        decls: vec![],
        span: whole,
    };
    let mut syntax: Vec<Diagnostic> = Vec::new();

    let mut ast = match (toks.first(), toks.get(1)) {
        (Some((Token::Package, _)), Some(&(Token::Ident, name_span))) => {
            let package = Ident {
                id: NodeId(0),
                name: text[name_span.range()].to_string(),
                span: name_span,
            };
            if let Some(at) = post::prescan(&toks) {
                syntax.push(Diagnostic::error(at, post::nesting_message()));
                small_file(package)
            } else {
                let (out, errs) = parser::parse_tokens(text, file, &toks);
                syntax.extend(
                    errs.iter()
                        .map(|e| Diagnostic::error(e.span, e.message(text))),
                );
                out.unwrap_or_else(|| small_file(package))
            }
        }
        (Some((Token::Package, _)), next) => {
            let (found, at) = match next {
                Some(&(t, sp)) => (t.describe(&text[sp.range()]), sp),
                None => ("EOF".to_string(), Span::new(file, text.len(), text.len())),
            };
            syntax.push(Diagnostic::error(
                at,
                format!("syntax error: unexpected {found}, expected name"),
            ));
            small_file(placeholder(at))
        }
        (first, _) => {
            let (found, at) = match first {
                Some(&(Token::Ident, sp)) => (format!("'IDENT' {}", &text[sp.range()]), sp),
                Some(&(Token::Semi, sp)) if text[sp.range()].is_empty() => {
                    ("'EOF'".to_string(), sp)
                }
                Some(&(t, sp)) if t.as_str() == "literal" => {
                    (format!("'{}'", &text[sp.range()]), sp)
                }
                Some(&(t, sp)) => (format!("'{}'", t.as_str()), sp),
                None => ("'EOF'".to_string(), Span::new(file, text.len(), text.len())),
            };
            syntax.push(Diagnostic::error(
                at,
                format!("expected 'package', found {found}"),
            ));
            small_file(placeholder(Span::new(file, 0, 0)))
        }
    };

    drop(toks);
    let mut ids = post::Ids::new(first_id);
    ids.file(&mut ast);
    if ids.too_deep {
        // Report at the first declaration, drop the tree without recursion, and hand out
        // a small tree whose ids are renumbered from scratch.
        let at = ast.decls.first().map_or(whole, |d| d.span());
        syntax.push(Diagnostic::error(at, post::nesting_message()));
        post::dismantle(std::mem::take(&mut ast.decls));
        ast.imports.clear();
        ids = post::Ids::new(first_id);
        ids.file(&mut ast);
    }
    syntax.extend(
        ids.errors
            .into_iter()
            .map(|(sp, msg)| Diagnostic::error(sp, msg)),
    );

    let diagnostics = dedupe(text, diags, syntax);
    ParseResult {
        file: ast,
        diagnostics,
        next_id: ids.next,
    }
}

/// Orders diagnostics by position and removes noise the way Go does: at most one syntax
/// error per line (a lexical error counts as the line's syntax error, since what follows
/// it is usually a consequence), no repeated message on a line, and no "unexpected EOF"
/// follow-up once something else has been reported.
fn dedupe(text: &str, lexical: Vec<Diagnostic>, syntax: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut all: Vec<(Diagnostic, bool)> = lexical
        .into_iter()
        .map(|d| (d, true))
        .chain(syntax.into_iter().map(|d| (d, false)))
        .collect();
    all.sort_by_key(|(d, lex)| (d.span.lo, !*lex, d.span.hi));
    let bytes = text.as_bytes();
    let (mut pos, mut line) = (0usize, 0usize);
    let mut out: Vec<Diagnostic> = Vec::with_capacity(all.len());
    let mut last_syntax_line = None;
    let mut line_msgs: (usize, Vec<String>) = (usize::MAX, Vec::new());
    for (d, lexical) in all {
        // Diagnostics are sorted, so the line number can be advanced incrementally.
        let to = (d.span.lo as usize).min(bytes.len());
        if to > pos {
            line += bytes[pos..to].iter().filter(|&&b| b == b'\n').count();
            pos = to;
        }
        if d.message.starts_with("syntax error") {
            if last_syntax_line == Some(line)
                || (d.message.contains("unexpected EOF") && !out.is_empty())
            {
                continue;
            }
            last_syntax_line = Some(line);
        } else if lexical {
            last_syntax_line = Some(line);
        }
        if line_msgs.0 != line {
            line_msgs = (line, Vec::new());
        }
        if line_msgs.1.contains(&d.message) {
            continue;
        }
        line_msgs.1.push(d.message.clone());
        out.push(d);
    }
    out
}

#[cfg(test)]
mod tidy {
    /// Every source file of this crate opens with a `//!` doc saying what lives there.
    #[test]
    fn every_file_starts_with_a_module_doc() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut stack = vec![root.join("src"), root.join("examples")];
        let mut missing = Vec::new();
        while let Some(dir) = stack.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap_or_default();
                    if !text.starts_with("//!") {
                        missing.push(path.display().to_string());
                    }
                }
            }
        }
        assert!(
            missing.is_empty(),
            "files without a //! header: {missing:?}"
        );
    }
}

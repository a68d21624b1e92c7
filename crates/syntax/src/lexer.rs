//! The lexer: Go tokens with logos, then Go's automatic semicolon insertion.
//!
//! Lexing happens in three steps:
//! 1. [`sanitize`] checks the raw bytes: invalid UTF-8, NUL bytes and misplaced byte order
//!    marks are reported and replaced by spaces *of the same byte length*, so every later
//!    offset is still an offset into the original bytes.
//! 2. logos produces raw tokens. Literals whose end cannot be described by a regular
//!    expression without losing Go's error messages (numbers, strings, runes, comments)
//!    are scanned by hand-written callbacks that record problems in the lexer's extras.
//! 3. [`insert_semicolons`] drops newlines and comments, inserting a [`Token::Semi`] where
//!    Go's rule says so: after a line's final token if it is an identifier, a literal, one
//!    of `break continue fallthrough return ++ -- ) ] }`, and at the end of the file.
//!    A general comment that spans lines acts like a newline.
//!
//! Tokens carry no text: the parser reads identifiers and literals from the source by span.
//! This keeps a token at 16 bytes, which matters for 50 MB inputs.

use logos::Logos;

use crate::diag::Diagnostic;
use crate::literal::{self, NumKind};
use crate::span::{FileId, Span};

/// Problems found by the logos callbacks, and what they learned about the last token.
#[derive(Default)]
pub struct Extras {
    /// (start, end, message) in absolute byte offsets.
    errors: Vec<(usize, usize, String)>,
    /// The kind of the number literal scanned last.
    num_kind: Option<NumKind>,
}

/// A Go token. `Newline` and `Comment` are internal to the lexer: they never appear in
/// the output of [`lex`], which has semicolons inserted instead.
#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[logos(extras = Extras)]
#[logos(skip r"[ \t\r]+")]
#[logos(skip(r"//[^\n]*", allow_greedy = true))]
#[repr(u8)]
pub enum Token {
    /// A line break (removed by semicolon insertion).
    #[token("\n")]
    Newline,
    /// A `/* ... */` comment (removed by semicolon insertion).
    #[token("/*", block_comment)]
    Comment,

    #[regex(r"[\p{L}_][\p{L}\p{Nd}_]*")]
    Ident,
    #[regex("[0-9]", number)]
    #[regex(r"\.[0-9]", number)]
    Int,
    /// Produced from `Int` after scanning (logos never matches it directly).
    Float,
    /// An imaginary literal such as `2i` (reported as unsupported).
    Imag,
    #[token("'", rune_lit)]
    Rune,
    /// An interpreted (`"..."`) or raw (`` `...` ``) string literal.
    #[token("\"", string_lit)]
    #[token("`", raw_string_lit)]
    String,

    #[token("break")]
    Break,
    #[token("case")]
    Case,
    #[token("chan")]
    Chan,
    #[token("const")]
    Const,
    #[token("continue")]
    Continue,
    #[token("default")]
    Default,
    #[token("defer")]
    Defer,
    #[token("else")]
    Else,
    #[token("fallthrough")]
    Fallthrough,
    #[token("for")]
    For,
    #[token("func")]
    Func,
    #[token("go")]
    Go,
    #[token("goto")]
    Goto,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("interface")]
    Interface,
    #[token("map")]
    Map,
    #[token("package")]
    Package,
    #[token("range")]
    Range,
    #[token("return")]
    Return,
    #[token("select")]
    Select,
    #[token("struct")]
    Struct,
    #[token("switch")]
    Switch,
    #[token("type")]
    Type,
    #[token("var")]
    Var,

    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("%")]
    Percent,
    #[token("&")]
    Amp,
    #[token("|")]
    Pipe,
    #[token("^")]
    Caret,
    #[token("<<")]
    Shl,
    #[token(">>")]
    Shr,
    #[token("&^")]
    AndNot,
    #[token("+=")]
    PlusEq,
    #[token("-=")]
    MinusEq,
    #[token("*=")]
    StarEq,
    #[token("/=")]
    SlashEq,
    #[token("%=")]
    PercentEq,
    #[token("&=")]
    AmpEq,
    #[token("|=")]
    PipeEq,
    #[token("^=")]
    CaretEq,
    #[token("<<=")]
    ShlEq,
    #[token(">>=")]
    ShrEq,
    #[token("&^=")]
    AndNotEq,
    #[token("&&")]
    AndAnd,
    #[token("||")]
    OrOr,
    #[token("<-")]
    Arrow,
    #[token("++")]
    Inc,
    #[token("--")]
    Dec,
    #[token("==")]
    EqEq,
    #[token("<")]
    Lt,
    #[token(">")]
    Gt,
    #[token("=")]
    Assign,
    #[token("!")]
    Not,
    #[token("~")]
    Tilde,
    #[token("!=")]
    NotEq,
    #[token("<=")]
    Le,
    #[token(">=")]
    Ge,
    #[token(":=")]
    Define,
    #[token("...")]
    Ellipsis,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBrack,
    #[token("]")]
    RBrack,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    /// An explicit `;` or one inserted for a newline, a multi-line comment or the end of file.
    #[token(";")]
    Semi,
    #[token(".")]
    Dot,
    #[token(":")]
    Colon,
}

impl Token {
    /// Go's spelling for fixed tokens; a description for the others.
    pub fn as_str(self) -> &'static str {
        use Token::*;
        match self {
            Newline => "newline",
            Comment => "comment",
            Ident => "name",
            Int | Float | Imag | Rune | String => "literal",
            Break => "break",
            Case => "case",
            Chan => "chan",
            Const => "const",
            Continue => "continue",
            Default => "default",
            Defer => "defer",
            Else => "else",
            Fallthrough => "fallthrough",
            For => "for",
            Func => "func",
            Go => "go",
            Goto => "goto",
            If => "if",
            Import => "import",
            Interface => "interface",
            Map => "map",
            Package => "package",
            Range => "range",
            Return => "return",
            Select => "select",
            Struct => "struct",
            Switch => "switch",
            Type => "type",
            Var => "var",
            Plus => "+",
            Minus => "-",
            Star => "*",
            Slash => "/",
            Percent => "%",
            Amp => "&",
            Pipe => "|",
            Caret => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            PlusEq => "+=",
            MinusEq => "-=",
            StarEq => "*=",
            SlashEq => "/=",
            PercentEq => "%=",
            AmpEq => "&=",
            PipeEq => "|=",
            CaretEq => "^=",
            ShlEq => "<<=",
            ShrEq => ">>=",
            AndNotEq => "&^=",
            AndAnd => "&&",
            OrOr => "||",
            Arrow => "<-",
            Inc => "++",
            Dec => "--",
            EqEq => "==",
            Lt => "<",
            Gt => ">",
            Assign => "=",
            Not => "!",
            Tilde => "~",
            NotEq => "!=",
            Le => "<=",
            Ge => ">=",
            Define => ":=",
            Ellipsis => "...",
            LParen => "(",
            RParen => ")",
            LBrack => "[",
            RBrack => "]",
            LBrace => "{",
            RBrace => "}",
            Comma => ",",
            Semi => ";",
            Dot => ".",
            Colon => ":",
        }
    }

    /// Whether this is one of Go's 25 keywords.
    pub fn is_keyword(self) -> bool {
        (Token::Break as u8..=Token::Var as u8).contains(&(self as u8))
    }

    /// Whether a newline right after this token becomes a semicolon.
    pub fn ends_statement(self) -> bool {
        use Token::*;
        matches!(
            self,
            Ident
                | Int
                | Float
                | Imag
                | Rune
                | String
                | Break
                | Continue
                | Fallthrough
                | Return
                | Inc
                | Dec
                | RParen
                | RBrack
                | RBrace
        )
    }

    /// Describes a token for a syntax error, as Go does: `name x`, `literal 1`,
    /// `keyword func`, `newline`, `comma`, or the operator itself. `text` is its source.
    pub fn describe(self, text: &str) -> std::string::String {
        match self {
            Token::Ident => format!("name {text}"),
            Token::Int | Token::Float | Token::Imag | Token::Rune | Token::String => {
                let text = if text.len() > 40 {
                    format!("{}...", truncate(text, 37))
                } else {
                    text.to_string()
                };
                format!("literal {text}")
            }
            Token::Semi => {
                if text == ";" {
                    "semicolon".into()
                } else if text.is_empty() {
                    "EOF".into()
                } else {
                    "newline".into()
                }
            }
            Token::Comma => "comma".into(),
            t if t.is_keyword() => format!("keyword {}", t.as_str()),
            t => t.as_str().into(),
        }
    }
}

fn truncate(s: &str, max: usize) -> &str {
    let mut end = max.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

fn err(lex: &mut logos::Lexer<Token>, lo: usize, hi: usize, msg: impl Into<std::string::String>) {
    lex.extras.errors.push((lo, hi, msg.into()));
}

fn block_comment(lex: &mut logos::Lexer<Token>) {
    let rest = lex.remainder();
    match rest.find("*/") {
        Some(i) => lex.bump(i + 2),
        None => {
            let start = lex.span().start;
            lex.bump(rest.len());
            err(lex, start, start + 2, "comment not terminated");
        }
    }
}

fn number(lex: &mut logos::Lexer<Token>) {
    let start = lex.span().start;
    let (len, kind, problem) = literal::scan_number(&lex.source().as_bytes()[start..]);
    lex.bump(len - lex.slice().len());
    lex.extras.num_kind = Some(kind);
    if let Some((off, msg)) = problem {
        err(lex, start + off, start + off + 1, msg);
    }
}

fn string_lit(lex: &mut logos::Lexer<Token>) {
    let start = lex.span().start;
    let (len, done) = literal::scan_quoted(lex.remainder().as_bytes(), b'"');
    lex.bump(len);
    if !done {
        err(lex, start, start + 1, "string literal not terminated");
    }
    check_escapes(lex, start, b'"', done);
}

fn raw_string_lit(lex: &mut logos::Lexer<Token>) {
    let rest = lex.remainder();
    match rest.find('`') {
        Some(i) => lex.bump(i + 1),
        None => {
            let start = lex.span().start;
            lex.bump(rest.len());
            err(lex, start, start + 1, "raw string literal not terminated");
        }
    }
}

fn rune_lit(lex: &mut logos::Lexer<Token>) {
    let start = lex.span().start;
    let (len, done) = literal::scan_quoted(lex.remainder().as_bytes(), b'\'');
    lex.bump(len);
    if !done {
        err(lex, start, start + 1, "rune literal not terminated");
        check_escapes(lex, start, b'\'', false);
        return;
    }
    let n = check_escapes(lex, start, b'\'', true);
    if n == 0 {
        err(
            lex,
            start,
            start + 1,
            "empty rune literal or unescaped ' in rune literal",
        );
    } else if n > 1 {
        err(
            lex,
            start,
            start + 1,
            "more than one character in rune literal",
        );
    }
}

/// Validates the escapes of the quoted literal just scanned; returns its character count.
fn check_escapes(
    lex: &mut logos::Lexer<Token>,
    start: usize,
    quote: u8,
    terminated: bool,
) -> usize {
    let text = lex.slice();
    let body = &text[1..text.len() - usize::from(terminated)];
    let mut out = Vec::new();
    let mut errs = Vec::new();
    let n = literal::decode_escapes(body, quote, &mut out, &mut errs);
    for (off, msg) in errs {
        let at = start + 1 + off;
        err(lex, at, at + 1, msg);
    }
    n
}

/// Checks raw source bytes and makes them lexable: invalid UTF-8 sequences, NUL bytes and
/// byte order marks after the start are reported and replaced by spaces of equal length.
/// A BOM at the very start is skipped silently, as Go does.
pub fn sanitize(file: FileId, src: &[u8]) -> (std::borrow::Cow<'_, str>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let needs_fix = |s: &str| s.as_bytes().contains(&0) || s.contains('\u{FEFF}');
    if let Ok(s) = std::str::from_utf8(src)
        && !needs_fix(s)
    {
        return (std::borrow::Cow::Borrowed(s), diags);
    }
    let mut out = std::string::String::with_capacity(src.len());
    let mut pos = 0;
    for chunk in src.utf8_chunks() {
        for (i, c) in chunk.valid().char_indices() {
            let at = pos + i;
            match c {
                '\0' => {
                    diags.push(Diagnostic::error(
                        Span::new(file, at, at + 1),
                        "invalid NUL character",
                    ));
                    out.push(' ');
                }
                '\u{FEFF}' => {
                    if at != 0 {
                        diags.push(Diagnostic::error(
                            Span::new(file, at, at + 3),
                            "invalid BOM in the middle of the file",
                        ));
                    }
                    out.push_str("   ");
                }
                c => out.push(c),
            }
        }
        pos += chunk.valid().len();
        let bad = chunk.invalid();
        if !bad.is_empty() {
            // Adjacent invalid sequences are one problem: extend the previous report.
            match diags.last_mut() {
                Some(d) if d.span.hi as usize == pos && d.message == "invalid UTF-8 encoding" => {
                    d.span.hi = (pos + bad.len()) as u32;
                }
                _ => diags.push(Diagnostic::error(
                    Span::new(file, pos, pos + bad.len()),
                    "invalid UTF-8 encoding",
                )),
            }
            for _ in bad {
                out.push(' ');
            }
            pos += bad.len();
        }
    }
    (std::borrow::Cow::Owned(out), diags)
}

/// Lexes valid UTF-8 source into raw tokens (newlines and comments included).
fn raw_tokens(file: FileId, src: &str, diags: &mut Vec<Diagnostic>) -> Vec<(Token, Span)> {
    let mut lex = Token::lexer(src);
    // Typical Go code has about one token per 5 bytes; reserving avoids regrowth copies.
    let mut out = Vec::with_capacity(src.len() / 5 + 16);
    while let Some(res) = lex.next() {
        let r = lex.span();
        let span = Span::new(file, r.start, r.end);
        for (lo, hi, msg) in lex.extras.errors.drain(..) {
            diags.push(Diagnostic::error(Span::new(file, lo, hi), msg));
        }
        match res {
            Ok(Token::Int) => {
                let tok = match lex.extras.num_kind.take() {
                    Some(NumKind::Float) => Token::Float,
                    Some(NumKind::Imag) => {
                        diags.push(Diagnostic::error(span, "imaginary literals not supported"));
                        Token::Imag
                    }
                    _ => Token::Int,
                };
                out.push((tok, span));
            }
            Ok(tok) => out.push((tok, span)),
            Err(()) => {
                // Go skips an invalid character after reporting it.
                for (i, c) in lex.slice().char_indices() {
                    let at = r.start + i;
                    diags.push(Diagnostic::error(
                        Span::new(file, at, at + c.len_utf8()),
                        format!("invalid character {}", literal::fmt_unicode(u32::from(c))),
                    ));
                }
            }
        }
    }
    out
}

/// Go's automatic semicolon insertion; also drops newlines and comments.
pub fn insert_semicolons(src: &str, raw: Vec<(Token, Span)>) -> Vec<(Token, Span)> {
    let mut out = Vec::with_capacity(raw.len());
    let mut nlsemi = false;
    let file = raw.first().map(|t| t.1.file).unwrap_or_default();
    for (tok, span) in raw {
        match tok {
            Token::Newline => {
                if nlsemi {
                    out.push((Token::Semi, span));
                    nlsemi = false;
                }
            }
            Token::Comment => {
                if nlsemi && src[span.range()].contains('\n') {
                    out.push((Token::Semi, span));
                    nlsemi = false;
                }
            }
            tok => {
                nlsemi = tok.ends_statement();
                out.push((tok, span));
            }
        }
    }
    if nlsemi {
        out.push((Token::Semi, Span::new(file, src.len(), src.len())));
    }
    out
}

/// Lexes already-sanitized source: tokens with semicolons inserted, plus lexical errors.
pub(crate) fn lex_str(file: FileId, src: &str) -> (Vec<(Token, Span)>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let raw = raw_tokens(file, src, &mut diags);
    (insert_semicolons(src, raw), diags)
}

/// Lexes a source file: the token stream the parser sees (with semicolons inserted) and
/// every lexical error. Never fails; bad input is reported and skipped.
pub fn lex(file: FileId, src: &[u8]) -> (Vec<(Token, Span)>, Vec<Diagnostic>) {
    let (text, mut diags) = sanitize(file, src);
    let (toks, more) = lex_str(file, &text);
    diags.extend(more);
    (toks, diags)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Renders the token stream compactly: fixed tokens as themselves, others as
    /// `kind(text)`, inserted semicolons as `;nl` / `;eof`.
    fn toks(src: &str) -> std::string::String {
        let (toks, diags) = lex(FileId(0), src.as_bytes());
        let mut parts: Vec<std::string::String> = toks
            .iter()
            .map(|(t, s)| {
                let text = &src[s.range()];
                match t {
                    Token::Semi if text.is_empty() => ";eof".into(),
                    Token::Semi if text != ";" => ";nl".into(),
                    Token::Ident
                    | Token::Int
                    | Token::Float
                    | Token::Imag
                    | Token::Rune
                    | Token::String => {
                        format!("{:?}({text})", t)
                    }
                    t => t.as_str().into(),
                }
            })
            .collect();
        for d in diags {
            parts.push(format!("!{}@{}", d.message, d.span.lo));
        }
        parts.join(" ")
    }

    #[test]
    fn token_table() {
        let cases: &[(&str, &str)] = &[
            ("", ""),
            ("x", "Ident(x) ;eof"),
            ("x\n", "Ident(x) ;nl"),
            ("x // c\ny", "Ident(x) ;nl Ident(y) ;eof"),
            ("x /* a\nb */ y", "Ident(x) ;nl Ident(y) ;eof"),
            ("x /* a */ y", "Ident(x) Ident(y) ;eof"),
            ("return\n", "return ;nl"),
            ("f(\na,\n)\n", "Ident(f) ( Ident(a) , ) ;nl"),
            ("x++\ny--\n", "Ident(x) ++ ;nl Ident(y) -- ;nl"),
            ("a[1]\n}\n", "Ident(a) [ Int(1) ] ;nl } ;nl"),
            ("if x {\n}", "if Ident(x) { } ;eof"),
            (
                "break continue fallthrough",
                "break continue fallthrough ;eof",
            ),
            ("package main", "package Ident(main) ;eof"),
            (
                "+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^=",
                "+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^=",
            ),
            (
                "&& || <- ++ -- == < > = ! ~ != <= >= := ... ( [ { , ; . :",
                "&& || <- ++ -- == < > = ! ~ != <= >= := ... ( [ { , ; . :",
            ),
            (
                "héllo 世界 _x1 x٣",
                "Ident(héllo) Ident(世界) Ident(_x1) Ident(x٣) ;eof",
            ),
            (
                "1 0x_FF 0o17 017 0b1 1_000",
                "Int(1) Int(0x_FF) Int(0o17) Int(017) Int(0b1) Int(1_000) ;eof",
            ),
            (
                "1.5 .5 1e9 1.e+5 0x1p-2 0X1.8P3",
                "Float(1.5) Float(.5) Float(1e9) Float(1.e+5) Float(0x1p-2) Float(0X1.8P3) ;eof",
            ),
            ("x.y...", "Ident(x) . Ident(y) ..."),
            ("1..2", "Float(1.) Float(.2) ;eof"),
            ("'a' '\\n' '\\''", "Rune('a') Rune('\\n') Rune('\\'') ;eof"),
            (
                "\"a\\\"b\" `raw\nstr`",
                "String(\"a\\\"b\") String(`raw\nstr`) ;eof",
            ),
            (
                "x\u{FEFF}",
                "Ident(x) ;eof !invalid BOM in the middle of the file@1",
            ),
            ("\u{FEFF}x", "Ident(x) ;eof"),
        ];
        for (src, want) in cases {
            assert_eq!(toks(src), *want, "source: {src:?}");
        }
    }

    #[test]
    fn lexical_errors() {
        let cases: &[(&str, &str)] = &[
            (
                "a @ b",
                "Ident(a) Ident(b) ;eof !invalid character U+0040 '@'@2",
            ),
            ("a \x07", "Ident(a) ;eof !invalid character U+0007@2"),
            (
                "\"abc",
                "String(\"abc) ;eof !string literal not terminated@0",
            ),
            (
                "\"abc\nx",
                "String(\"abc) ;nl Ident(x) ;eof !string literal not terminated@0",
            ),
            (
                "`abc",
                "String(`abc) ;eof !raw string literal not terminated@0",
            ),
            ("/* abc", "!comment not terminated@0"),
            ("'a", "Rune('a) ;eof !rune literal not terminated@0"),
            (
                "''",
                "Rune('') ;eof !empty rune literal or unescaped ' in rune literal@0",
            ),
            (
                "'ab'",
                "Rune('ab') ;eof !more than one character in rune literal@0",
            ),
            ("\"\\q\"", "String(\"\\q\") ;eof !unknown escape@2"),
            (
                "\"\\uD800\"",
                "String(\"\\uD800\") ;eof !escape is invalid Unicode code point U+D800@1",
            ),
            (
                "\"\\400\"",
                "String(\"\\400\") ;eof !octal escape value 256 > 255@1",
            ),
            (
                "\"\\xZZ\"",
                "String(\"\\xZZ\") ;eof !invalid character 'Z' in hexadecimal escape@3",
            ),
            ("2i", "Imag(2i) ;eof !imaginary literals not supported@0"),
            ("09", "Int(09) ;eof !invalid digit '9' in octal literal@1"),
            ("a\0b", "Ident(a) Ident(b) ;eof !invalid NUL character@1"),
        ];
        for (src, want) in cases {
            assert_eq!(toks(src), *want, "source: {src:?}");
        }
    }

    #[test]
    fn invalid_utf8_is_reported_and_skipped() {
        let (toks, diags) = lex(FileId(0), b"a \xff\xfe b");
        assert_eq!(
            toks.iter().map(|t| t.0).collect::<Vec<_>>(),
            [Token::Ident, Token::Ident, Token::Semi]
        );
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].message, "invalid UTF-8 encoding");
        assert_eq!((diags[0].span.lo, diags[0].span.hi), (2, 4));
    }
}

//! The chumsky parser: token stream to [`ast::File`].
//!
//! The grammar is split by topic: [`types`] (type expressions, signatures, parameter
//! lists), [`expr`] (operands, postfix chains, the pratt operator table), [`stmt`]
//! (statements and blocks) and [`decl`] (declarations and the file). `grammar/minigo.ebnf`
//! describes the accepted language with the Go spec's production names; the parser
//! functions carry the same names.
//!
//! Design decisions:
//! - Tokens carry no text; [`G`] holds the source so parsers can read identifiers and
//!   literals by span. Because the closures capture the source, the parser is built anew
//!   for each file (building takes well under a millisecond).
//! - Node ids are placeholders (`NodeId(0)`) while parsing, because chumsky backtracks;
//!   `post::assign_ids` numbers the finished tree in source order.
//! - Errors use a compact custom type [`SynErr`] (token bitset plus label bitset, no
//!   allocation) instead of `Rich`: chumsky creates an error for every failed alternative,
//!   so this is on the hot path. [`SynErr::message`] turns it into Go's wording.
//! - Mutually recursive parsers (expressions, types, blocks) are built with nested
//!   `recursive` calls, never `Recursive::declare`: `declare` makes strong `Rc` cycles and
//!   every parse would leak its parser graph.

pub(crate) mod decl;
pub(crate) mod expr;
pub(crate) mod stmt;
pub(crate) mod types;

#[cfg(test)]
mod tests;

use chumsky::DefaultExpected;
use chumsky::error::{Error as ChumskyError, LabelError};
use chumsky::input::MappedInput;
use chumsky::prelude::*;
use chumsky::util::MaybeRef;

use crate::ast::{Expr, ExprKind, Ident, NodeId};
use crate::lexer::Token;
use crate::span::{FileId, Span};

/// The parser's input: tokens with our spans, split by chumsky into token and span.
pub(crate) type In<'a> = MappedInput<'a, Token, Span, &'a [(Token, Span)]>;
/// Parser extras: our error type, no state or context.
pub(crate) type Ex = extra::Err<SynErr>;
/// Every grammar function returns a boxed parser: this keeps compile times sane.
pub(crate) type P<'a, O> = Boxed<'a, 'a, In<'a>, O, Ex>;

impl chumsky::span::Span for Span {
    type Context = FileId;
    type Offset = usize;

    fn new(context: FileId, range: std::ops::Range<usize>) -> Span {
        // An empty production can yield a range whose start is past its end; clamp it.
        let lo = range.start.min(range.end);
        Span::new(context, lo, range.end)
    }

    fn context(&self) -> FileId {
        self.file
    }

    fn start(&self) -> usize {
        self.lo as usize
    }

    fn end(&self) -> usize {
        self.hi as usize
    }
}

/// What a failed parser wanted, beyond single tokens; each label selects one of Go's
/// messages (see [`SynErr::message`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Label {
    Expr,
    Type,
    Name,
    /// The `;` or `}` after a statement: "at end of statement".
    StmtEnd,
    /// The `;` after a top-level declaration: "after top level declaration".
    TopEnd,
    /// The start of a top-level declaration.
    TopDecl,
    /// A call's `)`.
    ArgList,
    /// A composite literal's `}`.
    CompositeLit,
    /// A parameter list's `)`.
    ParamList,
    /// The `{` of an `if` body.
    IfBody,
    /// The `{` of a `for` body.
    ForBody,
    /// The `{` of a `switch` body.
    SwitchBody,
    /// The `{` of a `select` body.
    SelectBody,
    /// `case`, `default` or `}` inside a switch or select.
    CaseClause,
    /// A string (import path).
    ImportPath,
    /// What follows `else`.
    ElseBody,
    /// The start of a statement; Go's message names the block's `}` instead.
    Stmt,
}

impl Label {
    fn text(self) -> &'static str {
        match self {
            Label::Expr => "expression",
            Label::Type => "type",
            Label::Name => "name",
            Label::StmtEnd => "; or }",
            Label::TopEnd => ";",
            Label::TopDecl => "declaration",
            Label::ArgList => "comma or )",
            Label::CompositeLit => "comma or }",
            Label::ParamList => "comma or )",
            Label::IfBody => "{ after if clause",
            Label::ForBody => "{ after for clause",
            Label::SwitchBody => "{ after switch clause",
            Label::SelectBody => "{ after select clause",
            Label::CaseClause => "case or default or }",
            Label::ImportPath => "import path",
            Label::ElseBody => "if or block",
            Label::Stmt => "}",
        }
    }
}

/// A syntax error as chumsky builds it: what was found where, and what was expected.
#[derive(Clone, Debug)]
pub(crate) struct SynErr {
    pub span: Span,
    /// `None` at the end of input.
    pub found: Option<Token>,
    /// Bit `t as u8` is set when token `t` was expected.
    pub tokens: u128,
    /// Bit `l as u8` is set when label `l` was expected.
    pub labels: u32,
    /// A complete message that replaces the expected/found description.
    pub custom: Option<Box<str>>,
}

impl SynErr {
    pub fn custom(span: Span, msg: impl Into<String>) -> SynErr {
        SynErr {
            span,
            found: None,
            tokens: 0,
            labels: 0,
            custom: Some(msg.into().into_boxed_str()),
        }
    }

    fn has(&self, l: Label) -> bool {
        self.labels & (1 << l as u8) != 0
    }

    /// Go's wording for this error. `src` is the source text, for describing the token.
    pub fn message(&self, src: &str) -> String {
        if let Some(m) = &self.custom {
            return m.to_string();
        }
        let found = match self.found {
            Some(t) => t.describe(src.get(self.span.range()).unwrap_or("")),
            None => "EOF".to_string(),
        };
        if self.has(Label::TopDecl) {
            return "syntax error: non-declaration statement outside function body".into();
        }
        if self.has(Label::StmtEnd) {
            return format!("syntax error: unexpected {found} at end of statement");
        }
        if self.has(Label::TopEnd) {
            return format!("syntax error: unexpected {found} after top level declaration");
        }
        for (l, ctx) in [
            (
                Label::ArgList,
                "in argument list; possibly missing comma or )",
            ),
            (
                Label::CompositeLit,
                "in composite literal; possibly missing comma or }",
            ),
            (
                Label::ParamList,
                "in parameter list; possibly missing comma or )",
            ),
        ] {
            if self.has(l) {
                return format!("syntax error: unexpected {found} {ctx}");
            }
        }
        if self.has(Label::ElseBody) {
            return "syntax error: else must be followed by if or statement block".into();
        }
        if self.has(Label::SwitchBody) {
            return "syntax error: missing { after switch clause".into();
        }
        if self.has(Label::SelectBody) {
            return "syntax error: missing { after select clause".into();
        }
        let mut wanted: Vec<&str> = Vec::new();
        for l in [
            Label::Stmt,
            Label::IfBody,
            Label::ForBody,
            Label::CaseClause,
            Label::Expr,
            Label::Type,
            Label::Name,
            Label::ImportPath,
        ] {
            if self.has(l) {
                wanted.push(l.text());
            }
        }
        if wanted.is_empty() {
            // Closing delimiters and separators first: they are what Go names.
            const ORDER: [Token; 10] = [
                Token::Comma,
                Token::RParen,
                Token::RBrack,
                Token::RBrace,
                Token::Colon,
                Token::Semi,
                Token::LBrace,
                Token::Assign,
                Token::Define,
                Token::Ident,
            ];
            for t in ORDER {
                if self.tokens & (1 << t as u8) != 0 {
                    wanted.push(token_word(t));
                }
            }
            if wanted.is_empty() {
                for i in 0..128u8 {
                    if self.tokens & (1 << i) != 0
                        && let Some(t) = token_from_u8(i)
                    {
                        wanted.push(token_word(t));
                    }
                }
            }
        }
        // Go names one or two alternatives; a long list helps nobody.
        wanted.truncate(3);
        if wanted.is_empty() {
            format!("syntax error: unexpected {found}")
        } else {
            format!(
                "syntax error: unexpected {found}, expected {}",
                wanted.join(" or ")
            )
        }
    }
}

/// How Go's `tokstring` names an expected token.
fn token_word(t: Token) -> &'static str {
    match t {
        Token::Comma => "comma",
        Token::Semi => "semicolon or newline",
        Token::Ident => "name",
        t => t.as_str(),
    }
}

fn token_from_u8(i: u8) -> Option<Token> {
    // The discriminants are dense from 0 to Colon.
    const ALL: [Token; 81] = all_tokens();
    ALL.get(i as usize).copied().filter(|t| *t as u8 == i)
}

const fn all_tokens() -> [Token; 81] {
    use Token::*;
    [
        Newline,
        Comment,
        Ident,
        Int,
        Float,
        Imag,
        Rune,
        String,
        Break,
        Case,
        Chan,
        Const,
        Continue,
        Default,
        Defer,
        Else,
        Fallthrough,
        For,
        Func,
        Go,
        Goto,
        If,
        Import,
        Interface,
        Map,
        Package,
        Range,
        Return,
        Select,
        Struct,
        Switch,
        Type,
        Var,
        Plus,
        Minus,
        Star,
        Slash,
        Percent,
        Amp,
        Pipe,
        Caret,
        Shl,
        Shr,
        AndNot,
        PlusEq,
        MinusEq,
        StarEq,
        SlashEq,
        PercentEq,
        AmpEq,
        PipeEq,
        CaretEq,
        ShlEq,
        ShrEq,
        AndNotEq,
        AndAnd,
        OrOr,
        Arrow,
        Inc,
        Dec,
        EqEq,
        Lt,
        Gt,
        Assign,
        Not,
        Tilde,
        NotEq,
        Le,
        Ge,
        Define,
        Ellipsis,
        LParen,
        RParen,
        LBrack,
        RBrack,
        LBrace,
        RBrace,
        Comma,
        Semi,
        Dot,
        Colon,
    ]
}

impl<'a> ChumskyError<'a, In<'a>> for SynErr {
    fn merge(mut self, other: Self) -> Self {
        if self.custom.is_some() {
            return self;
        }
        if other.custom.is_some() {
            return other;
        }
        self.tokens |= other.tokens;
        self.labels |= other.labels;
        self
    }
}

fn expected_bits<'a>(expected: impl IntoIterator<Item = DefaultExpected<'a, Token>>) -> u128 {
    let mut bits = 0u128;
    for e in expected {
        if let DefaultExpected::Token(t) = e {
            bits |= 1u128 << (*t as u8);
        }
    }
    bits
}

impl<'a> LabelError<'a, In<'a>, DefaultExpected<'a, Token>> for SynErr {
    fn expected_found<E: IntoIterator<Item = DefaultExpected<'a, Token>>>(
        expected: E,
        found: Option<MaybeRef<'a, Token>>,
        span: Span,
    ) -> Self {
        SynErr {
            span,
            found: found.map(|t| *t),
            tokens: expected_bits(expected),
            labels: 0,
            custom: None,
        }
    }

    fn merge_expected_found<E: IntoIterator<Item = DefaultExpected<'a, Token>>>(
        mut self,
        expected: E,
        _found: Option<MaybeRef<'a, Token>>,
        _span: Span,
    ) -> Self {
        if self.custom.is_none() {
            self.tokens |= expected_bits(expected);
        }
        self
    }

    fn replace_expected_found<E: IntoIterator<Item = DefaultExpected<'a, Token>>>(
        self,
        expected: E,
        found: Option<MaybeRef<'a, Token>>,
        span: Span,
    ) -> Self {
        LabelError::<In<'a>, DefaultExpected<'a, Token>>::expected_found(expected, found, span)
    }
}

impl<'a> LabelError<'a, In<'a>, Label> for SynErr {
    fn expected_found<E: IntoIterator<Item = Label>>(
        expected: E,
        found: Option<MaybeRef<'a, Token>>,
        span: Span,
    ) -> Self {
        let labels = expected.into_iter().fold(0, |acc, l| acc | 1 << l as u8);
        SynErr {
            span,
            found: found.map(|t| *t),
            tokens: 0,
            labels,
            custom: None,
        }
    }

    fn label_with(&mut self, label: Label) {
        if self.custom.is_none() {
            self.tokens = 0;
            self.labels = 1 << label as u8;
        }
    }
}

/// The grammar's view of the file being parsed.
#[derive(Clone, Copy)]
pub(crate) struct G<'a> {
    pub src: &'a str,
}

/// A new expression node; ids are assigned after parsing.
pub(crate) fn mk(kind: ExprKind, span: Span) -> Expr {
    Expr {
        id: NodeId(0),
        span,
        kind,
    }
}

impl<'a> G<'a> {
    pub fn text(self, span: Span) -> &'a str {
        self.src.get(span.range()).unwrap_or("")
    }

    /// The span of the first character at or after `at` that is not white space: where
    /// Go places an operator (`:=`, `=`) it reports a statement at.
    pub fn op_at(self, mut span: Span) -> Span {
        let b = self.src.as_bytes();
        let mut i = span.hi as usize;
        while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\r' | b'\n') {
            i += 1;
        }
        span.lo = i as u32;
        span.hi = (i + 1).min(b.len()) as u32;
        span
    }

    /// `identifier`
    pub fn ident(self) -> P<'a, Ident> {
        just(Token::Ident)
            .map_with(move |_, e| {
                let span: Span = e.span();
                Ident {
                    id: NodeId(0),
                    name: self.text(span).to_string(),
                    span,
                }
            })
            .labelled(Label::Name)
            .boxed()
    }

    /// `identifier { "," identifier }`
    pub fn ident_list(self) -> P<'a, Vec<Ident>> {
        self.ident()
            .separated_by(just(Token::Comma))
            .at_least(1)
            .collect()
            .boxed()
    }

    /// The span of the next token, without consuming it (`None` at the end).
    pub fn peek(self) -> P<'a, Option<(Token, Span)>> {
        any()
            .map_with(|t, e| (t, e.span()))
            .rewind()
            .or_not()
            .boxed()
    }
}

/// A closing `}` (labelled for error messages with `label`). At the end of input a
/// missing `}` is reported but accepted, so that the errors already found inside the
/// unclosed block survive (they would be rolled back if the block failed).
pub(crate) fn rbrace<'a>(label: Option<Label>) -> P<'a, Span> {
    let close = just(Token::RBrace).map_with(|_, e| -> Span { e.span() });
    let close = match label {
        Some(l) => close.labelled(l).boxed(),
        None => close.boxed(),
    };
    close
        .recover_with(via_parser(end().map_with(|_, e| -> Span { e.span() })))
        .boxed()
}

/// A list's closing token (`)` of a call, `}` of a composite literal), labelled for Go's
/// "possibly missing comma" message. If the line ends instead (an inserted `;`), the
/// error is reported and the list is taken as closed, so the statement still parses.
pub(crate) fn list_close<'a>(close: Token, label: Label) -> P<'a, Span> {
    just(close)
        .labelled(label)
        .map_with(|_, e| -> Span { e.span() })
        .recover_with(via_parser(
            just(Token::Semi)
                .rewind()
                .map_with(|_, e| -> Span { e.span() }),
        ))
        .boxed()
}

/// `ExpressionList = Expression { "," Expression }`
pub(crate) fn expr_list<'a>(e: P<'a, Expr>) -> P<'a, Vec<Expr>> {
    e.separated_by(just(Token::Comma))
        .at_least(1)
        .collect()
        .boxed()
}

/// Error recovery: skips at least one token, up to (not including) a token for which
/// `stop(token, previous)` holds while no `{` is open in the skipped region, or the end.
///
/// Brackets are tracked so that a block or composite literal inside the skipped region is
/// skipped whole, but an unclosed `(` or `[` does not swallow the rest of the file: a
/// newline cannot occur inside them legally, so a `;` closes them. A `}` closes every
/// `(`/`[` opened after its `{`; a stray `)` or `]` is ignored.
pub(crate) fn skip_until<'a>(stop: fn(Token, Option<Token>) -> bool) -> P<'a, Span> {
    custom(move |inp| {
        let before = inp.cursor();
        let mut stack: Vec<Token> = Vec::new();
        let mut braces = 0usize;
        let mut n = 0usize;
        let mut prev: Option<Token> = None;
        while let Some(t) = inp.peek() {
            if braces == 0 && stop(t, prev) {
                break;
            }
            match t {
                Token::LParen | Token::LBrack => stack.push(t),
                Token::LBrace => {
                    stack.push(t);
                    braces += 1;
                }
                Token::RParen | Token::RBrack => {
                    let open = if t == Token::RParen {
                        Token::LParen
                    } else {
                        Token::LBrack
                    };
                    if stack.last() == Some(&open) {
                        stack.pop();
                    }
                }
                Token::RBrace if braces > 0 => {
                    while let Some(o) = stack.pop() {
                        if o == Token::LBrace {
                            braces -= 1;
                            break;
                        }
                    }
                }
                Token::Semi if braces == 0 => stack.clear(),
                _ => {}
            }
            inp.skip();
            prev = Some(t);
            n += 1;
        }
        if n == 0 {
            let span = inp.span_since(&before);
            return Err(SynErr {
                span,
                found: inp.peek(),
                tokens: 0,
                labels: 0,
                custom: None,
            });
        }
        Ok(inp.span_since(&before))
    })
    .boxed()
}

/// The parser entry: parses a whole token stream.
pub(crate) fn parse_tokens(
    src: &str,
    file: FileId,
    toks: &[(Token, Span)],
) -> (Option<crate::ast::File>, Vec<SynErr>) {
    let g = G { src };
    let eoi = Span::new(file, src.len(), src.len());
    let parser = decl::file(g);
    let (out, errs) = parser
        .parse(toks.split_token_span(eoi))
        .into_output_errors();
    (out, errs)
}

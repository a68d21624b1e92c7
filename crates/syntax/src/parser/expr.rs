//! Expressions: operands, composite literals, postfix chains and the operator table.
//!
//! Go's binary operators have five precedence levels (`*` level 5 down to `||` level 1),
//! all left-associative; unary operators bind tighter than any binary operator, and
//! postfix forms (selectors, index, slice, type assertion, call) tighter still. The pratt
//! parser gets the primary expression (operand plus postfix chain) as its atom.
//!
//! Composite literals and control-clause headers: in `if x == T{} {`, Go does not read
//! `T{` as a composite literal, because the `{` opens the block. The expression parser is
//! therefore built twice: `nolit = true` for the expression directly in an `if`, `for` or
//! `switch` header, where a bare type name (`T` or `pkg.T`) is never followed by a literal
//! body, and `nolit = false` everywhere else. Inside parentheses, brackets, braces and
//! function literals the full parser is used again, exactly like Go's `exprLev`.

use chumsky::pratt::{infix, left, prefix};
use chumsky::prelude::*;

use super::types::{TypeLits, type_lits, type_name};
use super::{G, Label, P, SynErr, list_close, mk};
use crate::ast::{BinaryOp, Block, ChanDir, Element, Expr, ExprKind, Ident, UnaryOp};
use crate::lexer::Token;
use crate::literal;
use crate::span::Span;

/// The `{ ... }` of a composite literal: elements, whole span, span of `}`.
pub(crate) type LitBody = (Vec<Element>, Span, Span);

/// `LiteralValue = "{" [ ElementList [ "," ] ] "}"`, where elements may themselves be
/// literal values with an elided type.
pub(crate) fn literal_value<'a>(full: P<'a, Expr>) -> P<'a, LitBody> {
    recursive(move |body| {
        let elided = body.clone().map(|(elems, span, rbrace): LitBody| {
            mk(
                ExprKind::CompositeLit {
                    ty: None,
                    elems,
                    rbrace,
                },
                span,
            )
        });
        let value = choice((elided, full.clone())).boxed();
        let element = value
            .clone()
            .then(just(Token::Colon).ignore_then(value).or_not())
            .map(|(a, b)| match b {
                Some(v) => Element {
                    key: Some(a),
                    value: v,
                },
                None => Element {
                    key: None,
                    value: a,
                },
            });
        just(Token::LBrace)
            .ignore_then(
                element
                    .separated_by(just(Token::Comma))
                    .allow_trailing()
                    .collect::<Vec<_>>(),
            )
            .then(list_close(Token::RBrace, Label::CompositeLit))
            .map_with(|(elems, rbrace), e| (elems, e.span(), rbrace))
            .boxed()
    })
    .boxed()
}

fn composite(ty: Expr, (elems, span, rbrace): LitBody) -> Expr {
    let span = ty.span.to(span);
    mk(
        ExprKind::CompositeLit {
            ty: Some(Box::new(ty)),
            elems,
            rbrace,
        },
        span,
    )
}

/// A postfix form applied to a primary expression.
#[derive(Clone)]
enum Suffix {
    Sel(Ident),
    Assert(Option<Expr>),
    Index(Expr),
    Slice(Box<[Option<Expr>; 3]>),
    Call(Vec<Expr>, Option<Span>),
}

fn apply_suffix(x: Expr, s: Suffix, span: Span) -> Expr {
    let span = x.span.to(span);
    let x = Box::new(x);
    let kind = match s {
        Suffix::Sel(name) => ExprKind::Selector(x, name),
        Suffix::Assert(t) => ExprKind::TypeAssert(x, t.map(Box::new)),
        Suffix::Index(i) => ExprKind::Index(x, Box::new(i)),
        Suffix::Slice(parts) => {
            let [lo, hi, max] = *parts;
            ExprKind::Slice {
                x,
                lo: lo.map(Box::new),
                hi: hi.map(Box::new),
                max: max.map(Box::new),
            }
        }
        Suffix::Call(args, ellipsis) => ExprKind::Call {
            func: x,
            args,
            ellipsis,
        },
    };
    mk(kind, span)
}

fn binop(t: Token) -> BinaryOp {
    use BinaryOp::*;
    match t {
        Token::Star => Mul,
        Token::Slash => Div,
        Token::Percent => Rem,
        Token::Shl => Shl,
        Token::Shr => Shr,
        Token::Amp => And,
        Token::AndNot => AndNot,
        Token::Plus => Add,
        Token::Minus => Sub,
        Token::Pipe => Or,
        Token::Caret => Xor,
        Token::EqEq => Eq,
        Token::NotEq => Ne,
        Token::Lt => Lt,
        Token::Le => Le,
        Token::Gt => Gt,
        Token::Ge => Ge,
        Token::AndAnd => LogAnd,
        _ => LogOr,
    }
}

fn binary(l: Expr, t: Token, r: Expr) -> Expr {
    let span = l.span.to(r.span);
    mk(ExprKind::Binary(binop(t), Box::new(l), Box::new(r)), span)
}

/// Re-associates `<-` with a channel type parsed after it, as Go's parser does:
/// `<-(chan E)` is `<-chan E`, and `<-(chan<- E)` is `<-chan (<-E)` (the arrow binds to
/// the leftmost `chan`). Returns an error for forms that are not channel types.
fn reassociate_recv(x: &mut Expr) -> Option<SynErr> {
    let mut t = x;
    let mut dir = ChanDir::Send;
    while dir == ChanDir::Send {
        let ExprKind::ChanType(d, elem) = &mut t.kind else {
            break;
        };
        dir = *d;
        if dir == ChanDir::Recv {
            return Some(SynErr::custom(
                t.span,
                "syntax error: unexpected <-, expected chan",
            ));
        }
        *d = ChanDir::Recv;
        t = elem;
    }
    if dir == ChanDir::Send {
        return Some(SynErr::custom(
            t.span,
            "syntax error: unexpected <-, expected chan",
        ));
    }
    None
}

/// Builds a prefix expression. `<-chan T` read as an expression (in a conversion or a
/// `make` argument) becomes the receive-only channel type, as in Go's parser.
fn unary((t, op_span): (Token, Span), x: Expr, errs: &mut Vec<SynErr>) -> Expr {
    let span = op_span.to(x.span);
    let kind = match t {
        Token::Star => ExprKind::Star(Box::new(x)),
        Token::Arrow => match x.kind {
            ExprKind::ChanType(..) => {
                let mut x = x;
                if let Some(err) = reassociate_recv(&mut x) {
                    errs.push(err);
                }
                x.kind
            }
            kind => ExprKind::Unary(UnaryOp::Recv, Box::new(Expr { kind, ..x })),
        },
        Token::Plus => ExprKind::Unary(UnaryOp::Pos, Box::new(x)),
        Token::Minus => ExprKind::Unary(UnaryOp::Neg, Box::new(x)),
        Token::Not => ExprKind::Unary(UnaryOp::Not, Box::new(x)),
        Token::Caret => ExprKind::Unary(UnaryOp::BitNot, Box::new(x)),
        _ => ExprKind::Unary(UnaryOp::Addr, Box::new(x)),
    };
    mk(kind, span)
}

/// `Expression`. `full` is the recursive full expression parser (used inside brackets),
/// `ty` the type parser, `block` the block parser (for function literals).
pub(crate) fn expression<'a>(
    g: G<'a>,
    nolit: bool,
    full: P<'a, Expr>,
    ty: P<'a, Expr>,
    block: P<'a, Block>,
) -> P<'a, Expr> {
    let TypeLits {
        composite: comp_ty,
        other: other_ty,
        sig,
    } = type_lits(g, ty.clone(), full.clone());
    let lit_body = literal_value(full.clone());

    // BasicLit
    let basic = one_of([
        Token::Int,
        Token::Float,
        Token::Imag,
        Token::Rune,
        Token::String,
    ])
    .map_with(move |t, e| {
        let span: Span = e.span();
        let text = g.text(span);
        let kind = match t {
            Token::Int => ExprKind::IntLit(text.to_string()),
            Token::Float => ExprKind::FloatLit(text.to_string()),
            Token::Rune => ExprKind::RuneLit(literal::rune_value(text)),
            Token::String => ExprKind::StringLit(literal::string_value(text)),
            _ => ExprKind::Bad, // imaginary: reported by the lexer
        };
        mk(kind, span)
    });

    // OperandName, or a CompositeLit with a named type (`T{...}`, `pkg.T{...}`): the name
    // is parsed once and a literal body is looked for only outside control-clause headers.
    let name = g.ident().map(|id| {
        let span = id.span;
        mk(ExprKind::Ident(id), span)
    });
    let named = if nolit {
        name.boxed()
    } else {
        type_name(g)
            .then(lit_body.clone().or_not())
            .map(|(t, b)| match b {
                Some(b) => composite(t, b),
                None => t,
            })
            .boxed()
    };

    let paren = just(Token::LParen)
        .ignore_then(full.clone())
        .then_ignore(just(Token::RParen))
        .map_with(|x, e| mk(ExprKind::Paren(Box::new(x)), e.span()))
        .recover_with(via_parser(nested_delimiters(
            Token::LParen,
            Token::RParen,
            [
                (Token::LBrack, Token::RBrack),
                (Token::LBrace, Token::RBrace),
            ],
            |span| mk(ExprKind::Bad, span),
        )));

    // FunctionLit = "func" Signature FunctionBody; without a body it is a FunctionType.
    let func = just(Token::Func)
        .ignore_then(sig)
        .then(block.or_not())
        .map_with(|(sig, body), e| {
            let kind = match body {
                Some(body) => ExprKind::FuncLit { sig, body },
                None => ExprKind::FuncType(sig),
            };
            mk(kind, e.span())
        });

    let type_lit = comp_ty.then(lit_body.or_not()).map(|(t, b)| match b {
        Some(b) => composite(t, b),
        None => t,
    });

    let operand = choice((
        named,
        basic.boxed(),
        paren.boxed(),
        func.boxed(),
        type_lit.boxed(),
        other_ty,
    ))
    .labelled(Label::Expr);

    // Selector = "." identifier; TypeAssertion = "." "(" Type ")" (or "(" "type" ")").
    let selector = just(Token::Dot).ignore_then(choice((
        g.ident().map(Suffix::Sel),
        just(Token::LParen)
            .ignore_then(choice((just(Token::Type).to(None), ty.map(Some))))
            .then_ignore(just(Token::RParen))
            .map(Suffix::Assert),
    )));

    // Index = "[" Expression "]"; Slice = "[" [lo] ":" [hi] [ ":" max ] "]".
    let colon = just(Token::Colon).map_with(|_, e| -> Span { e.span() });
    let index = just(Token::LBrack)
        .ignore_then(full.clone().or_not())
        .then(
            just(Token::Colon)
                .ignore_then(full.clone().or_not())
                .then(colon.then(full.clone().or_not()).or_not())
                .or_not(),
        )
        .then(just(Token::RBrack).map_with(|_, e| e.span()))
        .validate(
            |((lo, rest), rbrack): ((Option<Expr>, _), Span), _e, emitter| match rest {
                None => match lo {
                    Some(i) => Suffix::Index(i),
                    None => {
                        emitter.emit(SynErr::custom(rbrack, "syntax error: expected operand"));
                        Suffix::Index(mk(ExprKind::Bad, rbrack))
                    }
                },
                Some((hi, None)) => Suffix::Slice(Box::new([lo, hi, None])),
                Some((hi, Some((colon2, max)))) => {
                    if hi.is_none() {
                        emitter.emit(SynErr::custom(
                            colon2,
                            "middle index required in 3-index slice",
                        ));
                    }
                    let max = match max {
                        Some(m) => m,
                        None => {
                            emitter.emit(SynErr::custom(
                                rbrack,
                                "final index required in 3-index slice",
                            ));
                            mk(ExprKind::Bad, rbrack)
                        }
                    };
                    Suffix::Slice(Box::new([lo, hi, Some(max)]))
                }
            },
        );

    // Arguments = "(" [ ExpressionList [ "..." ] [ "," ] ] ")".
    let args = full
        .clone()
        .separated_by(just(Token::Comma))
        .at_least(1)
        .collect::<Vec<_>>()
        .then(just(Token::Ellipsis).map_with(|_, e| e.span()).or_not())
        .then_ignore(just(Token::Comma).or_not())
        .or_not()
        .map(|a| a.unwrap_or_default());
    let call = just(Token::LParen)
        .ignore_then(args)
        .then_ignore(list_close(Token::RParen, Label::ArgList))
        .map(|(args, ellipsis)| Suffix::Call(args, ellipsis));

    let suffix =
        choice((selector.boxed(), index.boxed(), call.boxed())).map_with(|s, e| (s, e.span()));
    let primary = operand
        .foldl_with(suffix.repeated(), |x, (s, span), _| {
            apply_suffix(x, s, span)
        })
        .boxed();

    let unary_op = one_of([
        Token::Plus,
        Token::Minus,
        Token::Not,
        Token::Caret,
        Token::Star,
        Token::Amp,
        Token::Arrow,
    ])
    .map_with(|t, e| (t, e.span()));
    primary
        .pratt((
            prefix(6, unary_op, |op, x, e| {
                let mut errs = Vec::new();
                let x = unary(op, x, &mut errs);
                for err in errs {
                    e.emit(err);
                }
                x
            }),
            infix(
                left(5),
                one_of([
                    Token::Star,
                    Token::Slash,
                    Token::Percent,
                    Token::Shl,
                    Token::Shr,
                    Token::Amp,
                    Token::AndNot,
                ]),
                |l, t, r, _| binary(l, t, r),
            ),
            infix(
                left(4),
                one_of([Token::Plus, Token::Minus, Token::Pipe, Token::Caret]),
                |l, t, r, _| binary(l, t, r),
            ),
            infix(
                left(3),
                one_of([
                    Token::EqEq,
                    Token::NotEq,
                    Token::Lt,
                    Token::Le,
                    Token::Gt,
                    Token::Ge,
                ]),
                |l, t, r, _| binary(l, t, r),
            ),
            infix(left(2), just(Token::AndAnd), |l, t, r, _| binary(l, t, r)),
            infix(left(1), just(Token::OrOr), |l, t, r, _| binary(l, t, r)),
        ))
        .boxed()
}

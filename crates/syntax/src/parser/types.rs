//! Type expressions, function signatures and parameter lists.
//!
//! Types are expressions in the AST (see `ast.rs`). The pieces here are shared: the type
//! parser uses all of them, and the expression parser uses the type literals as operands
//! (`[]int{1}`, `map[K]V{}`, `make(chan int)`), which is why [`type_lits`] hands them out
//! separately instead of only as one `Type` parser.
//!
//! Parameter lists follow Go's rule: if any entry is `name Type`, every entry is a name
//! (a bare name takes the type of the next typed entry); otherwise every entry is a type.

use chumsky::prelude::*;

use super::{G, Label, P, SynErr, mk};
use crate::ast::{ChanDir, Expr, ExprKind, FieldDecl, FuncSig, Ident, InterfaceElem, Param};
use crate::lexer::Token;
use crate::span::Span;

/// Type literals, as needed by both the type parser and the expression parser.
pub(crate) struct TypeLits<'a> {
    /// `ArrayType | SliceType | MapType | StructType`: the types a composite literal may name.
    pub composite: P<'a, Expr>,
    /// `ChannelType | InterfaceType` (without the `<-chan` form, which is a prefix).
    pub other: P<'a, Expr>,
    /// `Signature`
    pub sig: P<'a, FuncSig>,
}

/// `TypeName = identifier | PackageName "." identifier`
pub(crate) fn type_name<'a>(g: G<'a>) -> P<'a, Expr> {
    g.ident()
        .then(just(Token::Dot).ignore_then(g.ident()).or_not())
        .map(|(a, b)| {
            let x = mk(ExprKind::Ident(a.clone()), a.span);
            match b {
                Some(sel) => {
                    let span = a.span.to(sel.span);
                    mk(ExprKind::Selector(Box::new(x), sel), span)
                }
                None => x,
            }
        })
        .boxed()
}

/// One entry of a parameter list before Go's grouping rule is applied.
#[derive(Clone)]
enum Entry {
    Named(Ident, bool, Expr, Span),
    Unnamed(bool, Expr, Span),
}

/// `Parameters = "(" [ ParameterList [ "," ] ] ")"`, with grouped names expanded.
pub(crate) fn parameters<'a>(g: G<'a>, ty: P<'a, Expr>) -> P<'a, Vec<Param>> {
    let variadic = just(Token::Ellipsis).or_not().map(|o| o.is_some());
    let named = g
        .ident()
        .then(variadic)
        .then(ty.clone())
        .map_with(|((name, var), ty), e| Entry::Named(name, var, ty, e.span()));
    let unnamed = variadic
        .then(ty)
        .map_with(|(var, ty), e| Entry::Unnamed(var, ty, e.span()));
    choice((named, unnamed))
        .separated_by(just(Token::Comma))
        .allow_trailing()
        .collect::<Vec<_>>()
        .delimited_by(
            just(Token::LParen),
            just(Token::RParen).labelled(Label::ParamList),
        )
        .validate(|entries, _e, emitter| resolve_params(entries, emitter))
        .boxed()
}

/// Applies Go's grouping rule to parsed entries.
fn resolve_params(
    entries: Vec<Entry>,
    emitter: &mut chumsky::input::Emitter<SynErr>,
) -> Vec<Param> {
    let any_named = entries.iter().any(|e| matches!(e, Entry::Named(..)));
    if !any_named {
        return entries
            .into_iter()
            .map(|e| match e {
                Entry::Unnamed(variadic, ty, span) => Param {
                    name: None,
                    ty,
                    variadic,
                    span,
                },
                Entry::Named(..) => unreachable!("no named entries here"),
            })
            .collect();
    }
    let mut out = Vec::with_capacity(entries.len());
    let mut pending: Vec<Ident> = Vec::new();
    let mut reported = false;
    let mut mixed = |span: Span, emitter: &mut chumsky::input::Emitter<SynErr>| {
        if !reported {
            emitter.emit(SynErr::custom(
                span,
                "syntax error: mixed named and unnamed parameters",
            ));
            reported = true;
        }
    };
    for e in entries {
        match e {
            Entry::Unnamed(
                false,
                Expr {
                    kind: ExprKind::Ident(id),
                    ..
                },
                _,
            ) => pending.push(id),
            Entry::Unnamed(_, ty, span) => {
                mixed(span, emitter);
                out.push(Param {
                    name: None,
                    ty,
                    variadic: false,
                    span,
                });
            }
            Entry::Named(name, variadic, ty, span) => {
                for p in pending.drain(..) {
                    let span = p.span.to(ty.span);
                    out.push(Param {
                        name: Some(p),
                        ty: ty.clone(),
                        variadic: false,
                        span,
                    });
                }
                out.push(Param {
                    name: Some(name),
                    ty,
                    variadic,
                    span,
                });
            }
        }
    }
    for p in pending {
        mixed(p.span, emitter);
        let ty = mk(ExprKind::Bad, p.span);
        out.push(Param {
            name: Some(p.clone()),
            ty,
            variadic: false,
            span: p.span,
        });
    }
    out
}

/// `Signature = Parameters [ Result ]`, `Result = Parameters | Type`.
pub(crate) fn signature<'a>(g: G<'a>, ty: P<'a, Expr>) -> P<'a, FuncSig> {
    let params = parameters(g, ty.clone());
    let result = choice((
        params.clone(),
        ty.map(|t| {
            let span = t.span;
            vec![Param {
                name: None,
                ty: t,
                variadic: false,
                span,
            }]
        }),
    ));
    params
        .then(result.or_not())
        .map_with(|(params, results), e| FuncSig {
            params,
            results: results.unwrap_or_default(),
            span: e.span(),
        })
        .boxed()
}

/// Builds the type literals from a (recursive) `ty` parser and an expression parser
/// (for array lengths).
pub(crate) fn type_lits<'a>(g: G<'a>, ty: P<'a, Expr>, expr: P<'a, Expr>) -> TypeLits<'a> {
    let sig = signature(g, ty.clone());

    // ArrayType = "[" ArrayLength "]" ElementType; SliceType = "[" "]" ElementType.
    let array = just(Token::LBrack)
        .ignore_then(choice((
            just(Token::RBrack).to(None),
            just(Token::Ellipsis)
                .then(just(Token::RBrack))
                .to(Some(None)),
            expr.then_ignore(just(Token::RBrack))
                .map(|n| Some(Some(Box::new(n)))),
        )))
        .then(ty.clone())
        .map_with(|(len, elem), e| {
            let elem = Box::new(elem);
            let kind = match len {
                None => ExprKind::SliceType(elem),
                Some(len) => ExprKind::ArrayType { len, elem },
            };
            mk(kind, e.span())
        });

    // MapType = "map" "[" KeyType "]" ElementType.
    let map = just(Token::Map)
        .ignore_then(
            ty.clone()
                .delimited_by(just(Token::LBrack), just(Token::RBrack)),
        )
        .then(ty.clone())
        .map_with(|(k, v), e| mk(ExprKind::MapType(Box::new(k), Box::new(v)), e.span()));

    // StructType = "struct" "{" { FieldDecl ";" } "}".
    let tag = just(Token::String).or_not();
    let named_field =
        g.ident_list()
            .then(ty.clone())
            .then_ignore(tag)
            .map_with(|(names, ty), e| FieldDecl {
                names,
                ty,
                embedded: false,
                span: e.span(),
            });
    let embedded_field = just(Token::Star)
        .map_with(|_, e| e.span())
        .or_not()
        .then(type_name(g))
        .then_ignore(tag)
        .map_with(|(star, t), e| {
            let ty = match star {
                Some(s) => {
                    let span = s.to(t.span);
                    mk(ExprKind::Star(Box::new(t)), span)
                }
                None => t,
            };
            FieldDecl {
                names: vec![],
                ty,
                embedded: true,
                span: e.span(),
            }
        });
    let strukt = just(Token::Struct)
        .ignore_then(
            choice((named_field, embedded_field))
                .separated_by(just(Token::Semi))
                .allow_trailing()
                .collect::<Vec<_>>()
                .delimited_by(just(Token::LBrace), just(Token::RBrace)),
        )
        .map_with(|fields, e| mk(ExprKind::StructType(fields), e.span()));

    let composite = choice((array, map, strukt)).boxed();

    // ChannelType = ( "chan" | "chan" "<-" ) ElementType (the "<-" "chan" form is a prefix).
    let chan = just(Token::Chan)
        .ignore_then(just(Token::Arrow).or_not())
        .then(ty.clone())
        .map_with(|(arrow, elem), e| {
            let dir = if arrow.is_some() {
                ChanDir::Send
            } else {
                ChanDir::Both
            };
            mk(ExprKind::ChanType(dir, Box::new(elem)), e.span())
        });

    // InterfaceType = "interface" "{" { InterfaceElem ";" } "}".
    let method = g
        .ident()
        .then(sig.clone())
        .map(|(name, sig)| InterfaceElem::Method { name, sig });
    let embed = type_name(g).map(InterfaceElem::Embed);
    let interface = just(Token::Interface)
        .ignore_then(
            choice((method, embed))
                .separated_by(just(Token::Semi))
                .allow_trailing()
                .collect::<Vec<_>>()
                .delimited_by(just(Token::LBrace), just(Token::RBrace)),
        )
        .map_with(|elems, e| mk(ExprKind::InterfaceType(elems), e.span()));

    let other = choice((chan, interface)).boxed();
    TypeLits {
        composite,
        other,
        sig,
    }
}

/// `Type = TypeName | TypeLit | "(" Type ")"`, given the recursive reference `ty` to itself.
pub(crate) fn type_parser<'a>(g: G<'a>, ty: P<'a, Expr>, expr: P<'a, Expr>) -> P<'a, Expr> {
    let lits = type_lits(g, ty.clone(), expr);
    let pointer = just(Token::Star)
        .ignore_then(ty.clone())
        .map_with(|t, e| mk(ExprKind::Star(Box::new(t)), e.span()));
    let recv_chan = just(Token::Arrow)
        .ignore_then(just(Token::Chan))
        .ignore_then(ty.clone())
        .map_with(|t, e| mk(ExprKind::ChanType(ChanDir::Recv, Box::new(t)), e.span()));
    let func = just(Token::Func)
        .ignore_then(lits.sig.clone())
        .map_with(|sig, e| mk(ExprKind::FuncType(sig), e.span()));
    let paren = ty
        .delimited_by(just(Token::LParen), just(Token::RParen))
        .map_with(|t, e| mk(ExprKind::Paren(Box::new(t)), e.span()));
    choice((
        type_name(g),
        pointer,
        lits.composite,
        lits.other,
        func,
        recv_chan,
        paren,
    ))
    .labelled(Label::Type)
    .boxed()
}

//! Declarations and the source file: package clause, imports, `var`/`const`/`type`
//! (single or grouped), and function/method declarations; also where the recursive
//! grammar is tied together (see [`file`]).
//!
//! Top-level error recovery skips a broken declaration up to the next line that starts
//! with `func`, `var`, `const`, `type` or `import`, like Go's parser.

use chumsky::prelude::*;

use super::expr::expression;
use super::stmt::block;
use super::types::{parameters, signature, type_parser};
use super::{G, Label, P, SynErr, expr_list, skip_until};
use crate::ast::{
    Expr, File, FuncDecl, GenDecl, Ident, ImportSpec, NodeId, TopDecl, TypeSpec, ValueSpec,
};
use crate::lexer::Token;
use crate::literal;
use crate::span::Span;

/// `"(" { Spec ";" } ")" | Spec` for grouped declarations.
fn group<'a, T: Clone + 'a>(spec: P<'a, T>) -> P<'a, Vec<T>> {
    let spec_end = choice((
        just(Token::Semi).ignored(),
        just(Token::RParen).rewind().ignored(),
    ));
    choice((
        spec.clone()
            .then_ignore(spec_end)
            .repeated()
            .collect::<Vec<_>>()
            .delimited_by(just(Token::LParen), just(Token::RParen)),
        spec.map(|s| vec![s]),
    ))
    .boxed()
}

/// `[ "[" ... "]" ]` after a declared name: type parameters, reported as unsupported.
fn type_params_error<'a>() -> P<'a, ()> {
    nested_delimiters(
        Token::LBrack,
        Token::RBrack,
        [
            (Token::LParen, Token::RParen),
            (Token::LBrace, Token::RBrace),
        ],
        |s| s,
    )
    .validate(|span: Span, _, emitter| {
        emitter.emit(SynErr::custom(
            span,
            "generic type parameters are not supported",
        ));
    })
    .boxed()
}

/// `VarDecl | ConstDecl | TypeDecl`.
pub(crate) fn gen_decl<'a>(g: G<'a>, ty: P<'a, Expr>, expr: P<'a, Expr>) -> P<'a, GenDecl> {
    // VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ).
    let var_spec = g
        .ident_list()
        .then(choice((
            ty.clone()
                .then(
                    just(Token::Assign)
                        .ignore_then(expr_list(expr.clone()))
                        .or_not(),
                )
                .map(|(t, v)| (Some(t), v.unwrap_or_default())),
            just(Token::Assign)
                .ignore_then(expr_list(expr.clone()))
                .map(|v| (None, v)),
        )))
        .map_with(|(names, (ty, values)), e| ValueSpec {
            names,
            ty,
            values,
            iota: 0,
            span: e.span(),
        })
        .boxed();
    let var = just(Token::Var)
        .ignore_then(group(var_spec))
        .map_with(|specs, e| GenDecl::Var(specs, e.span()));

    // ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ].
    let const_spec = g
        .ident_list()
        .then(ty.clone().or_not())
        .then(just(Token::Assign).ignore_then(expr_list(expr)).or_not())
        .map_with(|((names, ty), values), e| ValueSpec {
            names,
            ty,
            values: values.unwrap_or_default(),
            iota: 0,
            span: e.span(),
        })
        .boxed();
    let konst = just(Token::Const).ignore_then(group(const_spec)).map_with(
        |mut specs: Vec<ValueSpec>, e| {
            for (i, s) in specs.iter_mut().enumerate() {
                s.iota = i as u32;
            }
            GenDecl::Const(specs, e.span())
        },
    );

    // TypeSpec = AliasDecl | TypeDef; a "[" name followed by something other than "]"
    // starts type parameters (not an array length).
    let generic = just(Token::LBrack)
        .then(just(Token::Ident))
        .then(one_of([
            Token::Ident,
            Token::Interface,
            Token::LBrack,
            Token::Func,
            Token::Map,
            Token::Chan,
            Token::Struct,
            Token::Comma,
            Token::Tilde,
        ]))
        .rewind()
        .ignore_then(type_params_error());
    let type_spec = g
        .ident()
        .then_ignore(generic.or_not())
        .then(just(Token::Assign).or_not())
        .then(ty)
        .map_with(|((name, alias), ty), e| TypeSpec {
            name,
            alias: alias.is_some(),
            ty,
            span: e.span(),
        })
        .boxed();
    let typ = just(Token::Type)
        .ignore_then(group(type_spec))
        .map_with(|specs, e| GenDecl::Type(specs, e.span()));

    choice((var, konst, typ)).boxed()
}

/// A top-level item before the import-order check. (Short-lived: moved once into the
/// file, so the size difference between variants does not matter.)
#[derive(Clone)]
#[allow(clippy::large_enum_variant)]
enum TopItem {
    Import(Vec<ImportSpec>, Span),
    Decl(TopDecl),
}

/// Top-level recovery stops at a declaration keyword that starts a line.
fn top_stop(t: Token, prev: Option<Token>) -> bool {
    prev == Some(Token::Semi)
        && matches!(
            t,
            Token::Func | Token::Var | Token::Const | Token::Type | Token::Import
        )
}

/// Builds an expression parser and a type parser around a given block parser.
fn expr_and_type<'a>(g: G<'a>, block_p: P<'a, crate::ast::Block>) -> (P<'a, Expr>, P<'a, Expr>) {
    let expr = {
        let block_p = block_p.clone();
        recursive(move |expr| {
            let expr = expr.boxed();
            let ty = recursive(|ty| type_parser(g, ty.boxed(), expr.clone())).boxed();
            expression(g, false, expr, ty, block_p.clone())
        })
        .boxed()
    };
    let ty = {
        let expr = expr.clone();
        recursive(move |ty| type_parser(g, ty.boxed(), expr.clone())).boxed()
    };
    (expr, ty)
}

/// `SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" }`.
///
/// The caller has checked that the tokens start with `package` and a name.
pub(crate) fn file<'a>(g: G<'a>) -> P<'a, File> {
    // The recursion is nested (never `Recursive::declare`) so that inner references are
    // weak and the parser graph is freed after the parse.
    let block_p = recursive(move |block_self| {
        let block_self = block_self.boxed();
        let (expr, ty) = expr_and_type(g, block_self.clone());
        let expr_nl = expression(g, true, expr.clone(), ty.clone(), block_self.clone());
        let decl = gen_decl(g, ty, expr.clone());
        block(g, block_self, expr, expr_nl, decl)
    })
    .boxed();
    let (expr, ty) = expr_and_type(g, block_p.clone());

    // ImportSpec = [ "." | PackageName ] ImportPath.
    let import_name = choice((
        g.ident(),
        just(Token::Dot).map_with(|_, e| Ident {
            id: NodeId(0),
            name: ".".into(),
            span: e.span(),
        }),
    ))
    .or_not();
    let import_spec = import_name
        .then(
            just(Token::String)
                .map_with(|_, e| -> Span { e.span() })
                .labelled(Label::ImportPath),
        )
        .map_with(move |(name, path_span), e| ImportSpec {
            name,
            path: String::from_utf8_lossy(&literal::string_value(g.text(path_span))).into_owned(),
            path_span,
            span: e.span(),
        })
        .boxed();
    let import = just(Token::Import)
        .ignore_then(group(import_spec))
        .map_with(|specs, e| TopItem::Import(specs, e.span()));

    // FunctionDecl / MethodDecl.
    let func = just(Token::Func)
        .ignore_then(
            parameters(g, ty.clone())
                .map_with(|ps, e| (ps, e.span()))
                .or_not(),
        )
        .then(g.ident())
        .then_ignore(type_params_error().or_not())
        .then(signature(g, ty.clone()))
        .then(block_p.or_not())
        .validate(|(((recv, name), sig), body), e, emitter| {
            let recv = match recv {
                None => None,
                Some((ps, _)) => {
                    if ps.is_empty() {
                        emitter.emit(SynErr::custom(name.span, "method has no receiver"));
                    } else if ps.len() > 1 {
                        emitter.emit(SynErr::custom(name.span, "method has multiple receivers"));
                    }
                    ps.into_iter().next()
                }
            };
            TopItem::Decl(TopDecl::Func(FuncDecl {
                recv,
                name,
                sig,
                body,
                span: e.span(),
            }))
        });

    let gen_top = gen_decl(g, ty, expr).map(|d| TopItem::Decl(TopDecl::Gen(d)));

    // A function body on the line after its signature: `func f()` got a semicolon, so
    // the `{` starts a line of its own. Go names the cause.
    let stray_body = just(Token::LBrace)
        .rewind()
        .ignore_then(skip_until(|t, _| t == Token::Semi))
        .validate(|span: Span, _, emitter| {
            let at = Span {
                hi: span.lo + 1,
                ..span
            };
            emitter.emit(SynErr::custom(
                at,
                "syntax error: unexpected semicolon or newline before {",
            ));
            TopItem::Decl(TopDecl::Bad(span))
        });

    let top_end = choice((just(Token::Semi).ignored(), end())).labelled(Label::TopEnd);
    let item = choice((
        import.boxed(),
        func.boxed(),
        gen_top.boxed(),
        stray_body.boxed(),
    ))
    .labelled(Label::TopDecl)
    .then_ignore(top_end)
    .recover_with(via_parser(
        skip_until(top_stop).map(|span| TopItem::Decl(TopDecl::Bad(span))),
    ));

    let package_end = just(Token::Semi).ignored().recover_with(via_parser(
        skip_until(|t, _| t == Token::Semi)
            .then_ignore(just(Token::Semi).or_not())
            .ignored(),
    ));
    just(Token::Package)
        .ignore_then(g.ident())
        .then_ignore(package_end)
        .then(item.repeated().collect::<Vec<_>>())
        .then_ignore(end())
        .validate(|(package, items), e, emitter| {
            let mut imports = Vec::new();
            let mut decls = Vec::new();
            for it in items {
                match it {
                    TopItem::Import(specs, span) => {
                        if !decls.is_empty() {
                            emitter.emit(SynErr::custom(
                                span,
                                "syntax error: imports must appear before other declarations",
                            ));
                        }
                        imports.extend(specs);
                    }
                    TopItem::Decl(d) => decls.push(d),
                }
            }
            File {
                package,
                imports,
                decls,
                span: e.span(),
            }
        })
        .boxed()
}

//! Statements and blocks.
//!
//! Simple statements are parsed as "expression list, then what follows" and sorted out
//! afterwards (assignment, definition, op-assignment, inc/dec, send, expression), as Go's
//! parser does. Control-clause headers (`if`, `for`, `switch`) use the no-composite-literal
//! expression parser (see `expr.rs`) and are classified after parsing: a switch header
//! whose statement is `x.(type)` or `v := x.(type)` makes a type switch.
//!
//! Error recovery happens per statement: a statement that fails to parse is skipped up to
//! the next `;`, `}`, `case` or `default` at bracket depth 0 and becomes `StmtKind::Bad`,
//! so every broken statement in a block is reported in one run.

use chumsky::prelude::*;

use super::{G, Label, P, SynErr, expr_list, mk, rbrace, skip_until};
use crate::ast::{
    AssignOp, BinaryOp, Block, CaseClause, CommClause, Expr, ExprKind, GenDecl, Ident, Stmt,
    StmtKind, TypeCaseClause, UnaryOp,
};
use crate::lexer::Token;
use crate::span::Span;

fn stmt(kind: StmtKind, span: Span) -> Stmt {
    Stmt { span, kind }
}

fn bad(span: Span) -> Stmt {
    stmt(StmtKind::Bad, span)
}

/// What follows the expression list of a simple statement.
#[derive(Clone)]
enum Tail {
    /// `:= range x` (true) or `= range x` (false), only in a `for` header.
    Range(bool, Expr),
    Define(Vec<Expr>),
    Assign(Vec<Expr>),
    Op(BinaryOp, Expr),
    IncDec(bool, Span),
    Send(Expr),
    /// A plain expression statement; carries the next token for error messages.
    None(Option<(Token, Span)>),
}

fn assign_op(t: Token) -> BinaryOp {
    use BinaryOp::*;
    match t {
        Token::PlusEq => Add,
        Token::MinusEq => Sub,
        Token::StarEq => Mul,
        Token::SlashEq => Div,
        Token::PercentEq => Rem,
        Token::AmpEq => And,
        Token::PipeEq => Or,
        Token::CaretEq => Xor,
        Token::ShlEq => Shl,
        Token::ShrEq => Shr,
        _ => AndNot,
    }
}

/// A simple statement, or the variables and operand of a range clause. (Short-lived, so
/// the size difference between variants does not matter.)
#[derive(Clone)]
#[allow(clippy::large_enum_variant)]
pub(crate) enum Simple {
    Stmt(Stmt),
    /// `vars := range x` (`define`) or `vars = range x`, with the whole span.
    Range(Vec<Expr>, bool, Expr, Span),
}

/// `SimpleStmt = ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl`,
/// over the expression parser `e`.
pub(crate) fn simple_stmt<'a>(g: G<'a>, e: P<'a, Expr>) -> P<'a, Stmt> {
    simple_or_range(g, e, false)
        .map(|s| match s {
            Simple::Stmt(s) => s,
            Simple::Range(_, _, _, span) => bad(span),
        })
        .boxed()
}

/// A simple statement; in a `for` header (`range` true) also `vars := range x`, which is
/// recognized after the expression list so that nothing is parsed twice.
pub(crate) fn simple_or_range<'a>(g: G<'a>, e: P<'a, Expr>, range: bool) -> P<'a, Simple> {
    let op = one_of([
        Token::PlusEq,
        Token::MinusEq,
        Token::StarEq,
        Token::SlashEq,
        Token::PercentEq,
        Token::AmpEq,
        Token::PipeEq,
        Token::CaretEq,
        Token::ShlEq,
        Token::ShrEq,
        Token::AndNotEq,
    ])
    .map(assign_op);
    let range_x = if range {
        just(Token::Range).ignore_then(e.clone()).map(Some).boxed()
    } else {
        empty().to(None).and_is(any().not()).boxed() // never matches
    };
    let define = just(Token::Define).ignore_then(choice((
        range_x.clone().try_map(|x, span| {
            x.map(|x| Tail::Range(true, x))
                .ok_or_else(|| SynErr::custom(span, ""))
        }),
        expr_list(e.clone()).map(Tail::Define),
    )));
    let assign = just(Token::Assign).ignore_then(choice((
        range_x.try_map(|x, span| {
            x.map(|x| Tail::Range(false, x))
                .ok_or_else(|| SynErr::custom(span, ""))
        }),
        expr_list(e.clone()).map(Tail::Assign),
    )));
    let tail = choice((
        define,
        assign,
        op.then(e.clone()).map(|(op, x)| Tail::Op(op, x)),
        just(Token::Inc).map_with(|_, e| Tail::IncDec(true, e.span())),
        just(Token::Dec).map_with(|_, e| Tail::IncDec(false, e.span())),
        just(Token::Arrow).ignore_then(e.clone()).map(Tail::Send),
        g.peek().map(Tail::None),
    ));
    expr_list(e)
        .then(tail)
        .validate(move |(mut lhs, tail), _, emitter| {
            let first = lhs[0].span;
            let last = lhs[lhs.len() - 1].span;
            let single =
                |lhs: &mut Vec<Expr>, what: &str, emitter: &mut chumsky::input::Emitter<SynErr>| {
                    if lhs.len() > 1 {
                        emitter.emit(SynErr::custom(
                            g.op_at(last),
                            format!("syntax error: unexpected {what}, expected := or = or comma"),
                        ));
                    }
                    lhs.swap_remove(0)
                };
            let s = match tail {
                Tail::Range(define, x) => {
                    let span = first.to(x.span);
                    return Simple::Range(lhs, define, x, span);
                }
                Tail::Define(rhs) | Tail::Assign(rhs) if rhs.is_empty() => bad(first),
                Tail::Define(rhs) => {
                    let span = first.to(rhs[rhs.len() - 1].span);
                    stmt(
                        StmtKind::Assign {
                            lhs,
                            op: AssignOp::Define,
                            rhs,
                        },
                        span,
                    )
                }
                Tail::Assign(rhs) => {
                    let span = first.to(rhs[rhs.len() - 1].span);
                    stmt(
                        StmtKind::Assign {
                            lhs,
                            op: AssignOp::Assign,
                            rhs,
                        },
                        span,
                    )
                }
                Tail::Op(op, x) => {
                    let span = first.to(x.span);
                    let op_str = format!("{}=", op.as_str());
                    let l = single(&mut lhs, &op_str, emitter);
                    stmt(
                        StmtKind::Assign {
                            lhs: vec![l],
                            op: AssignOp::Op(op),
                            rhs: vec![x],
                        },
                        span,
                    )
                }
                Tail::IncDec(inc, sp) => {
                    let x = single(&mut lhs, if inc { "++" } else { "--" }, emitter);
                    stmt(StmtKind::IncDec { x, inc }, first.to(sp))
                }
                Tail::Send(value) => {
                    let span = first.to(value.span);
                    let ch = single(&mut lhs, "<-", emitter);
                    stmt(StmtKind::Send { ch, value }, span)
                }
                Tail::None(next) => {
                    if lhs.len() > 1 {
                        let (found, at) = match next {
                            Some((t, sp)) => (t.describe(g.text(sp)), sp),
                            None => ("EOF".to_string(), last),
                        };
                        emitter.emit(SynErr::custom(
                            at,
                            format!("syntax error: unexpected {found}, expected := or = or comma"),
                        ));
                        return Simple::Stmt(bad(first.to(last)));
                    }
                    let x = lhs.swap_remove(0);
                    stmt(StmtKind::Expr(x), first)
                }
            };
            Simple::Stmt(s)
        })
        .boxed()
}

/// The condition of an `if`/`for` written as a simple statement: must be an expression.
fn as_cond(g: G<'_>, s: Stmt, emitter: &mut chumsky::input::Emitter<SynErr>) -> Expr {
    match s.kind {
        StmtKind::Expr(x) => x,
        _ => {
            let at = op_pos(g, &s);
            emitter.emit(SynErr::custom(
                at,
                format!("syntax error: cannot use {} as value", g.text(s.span)),
            ));
            mk(ExprKind::Bad, s.span)
        }
    }
}

/// Where Go reports a statement: at its operator for assignments and the like.
fn op_pos(g: G<'_>, s: &Stmt) -> Span {
    match &s.kind {
        StmtKind::Assign { lhs, .. } => g.op_at(lhs[lhs.len() - 1].span),
        StmtKind::Send { ch, .. } => g.op_at(ch.span),
        StmtKind::IncDec { x, .. } => g.op_at(x.span),
        _ => s.span,
    }
}

fn is_type_switch_guard(x: &Expr) -> bool {
    matches!(x.kind, ExprKind::TypeAssert(_, None))
}

/// Statement list terminators for recovery: a broken statement is skipped up to here.
fn stmt_stop(t: Token, _prev: Option<Token>) -> bool {
    matches!(
        t,
        Token::Semi | Token::RBrace | Token::Case | Token::Default
    )
}

/// `Block = "{" StatementList "}"`. `block` is the recursive reference to itself.
pub(crate) fn block<'a>(
    g: G<'a>,
    block: P<'a, Block>,
    expr: P<'a, Expr>,
    expr_nl: P<'a, Expr>,
    decl: P<'a, GenDecl>,
) -> P<'a, Block> {
    let kw = |t: Token| just(t).map_with(|_, e| -> Span { e.span() });
    let simple_nl = simple_stmt(g, expr_nl.clone());
    let simple = simple_stmt(g, expr.clone());
    let block_stmt = block.clone().map(|b| {
        let span = b.span;
        stmt(StmtKind::Block(b), span)
    });

    let stmt_end = choice((
        just(Token::Semi).ignored(),
        just(Token::RBrace).rewind().ignored(),
    ))
    .labelled(Label::StmtEnd);

    let statement = recursive(|statement| {
        // StatementList = { Statement ";" }, with Go's optional ";" before "}".
        let item = choice((
            just(Token::Semi).to(None),
            statement
                .clone()
                .then_ignore(stmt_end)
                .map(Some)
                .recover_with(via_parser(
                    skip_until(stmt_stop)
                        .then_ignore(just(Token::Semi).or_not())
                        .map(|span| Some(bad(span))),
                )),
        ));
        let stmt_list = item
            .repeated()
            .collect::<Vec<_>>()
            .map(|v| v.into_iter().flatten().collect::<Vec<_>>())
            .boxed();

        let decl_stmt = decl.map(|d| {
            let span = d.span();
            stmt(StmtKind::Decl(d), span)
        });

        // LabeledStmt = Label ":" Statement (the statement may be empty before "}").
        let empty_after_label = choice((just(Token::RBrace), just(Token::Semi)))
            .rewind()
            .to(None);
        let labeled = just(Token::Ident)
            .then(just(Token::Colon))
            .rewind()
            .ignore_then(g.ident())
            .then(kw(Token::Colon))
            .then(choice((statement.clone().map(Some), empty_after_label)))
            .map(|((label, colon), s): ((Ident, Span), Option<Stmt>)| {
                let s = s.unwrap_or_else(|| {
                    stmt(
                        StmtKind::Empty,
                        Span {
                            lo: colon.hi,
                            ..colon
                        },
                    )
                });
                let span = label.span.to(s.span);
                stmt(
                    StmtKind::Labeled {
                        label,
                        stmt: Box::new(s),
                    },
                    span,
                )
            });

        let go_defer = choice((
            kw(Token::Go).map(|s| (true, s)),
            kw(Token::Defer).map(|s| (false, s)),
        ))
        .then(expr.clone())
        .validate(|((is_go, kw_span), x), _, emitter| {
            let what = if is_go { "go" } else { "defer" };
            match &x.kind {
                ExprKind::Call { .. } => {}
                ExprKind::Paren(inner) if matches!(inner.unparen().kind, ExprKind::Call { .. }) => {
                    emitter.emit(SynErr::custom(
                        x.span,
                        format!("expression in {what} must not be parenthesized"),
                    ));
                }
                _ => emitter.emit(SynErr::custom(
                    x.span,
                    format!("expression in {what} must be function call"),
                )),
            }
            let span = kw_span.to(x.span);
            stmt(
                if is_go {
                    StmtKind::Go(x)
                } else {
                    StmtKind::Defer(x)
                },
                span,
            )
        });

        let ret = kw(Token::Return)
            .then(expr_list(expr.clone()).or_not())
            .map(|(sp, xs)| {
                let xs = xs.unwrap_or_default();
                let span = xs.last().map_or(sp, |x| sp.to(x.span));
                stmt(StmtKind::Return(xs), span)
            });

        let branch = choice((
            kw(Token::Break).map(|s| (true, s)),
            kw(Token::Continue).map(|s| (false, s)),
        ))
        .then(g.ident().or_not())
        .map(|((is_break, sp), label)| {
            let span = label.as_ref().map_or(sp, |l| sp.to(l.span));
            stmt(
                if is_break {
                    StmtKind::Break(label)
                } else {
                    StmtKind::Continue(label)
                },
                span,
            )
        });

        let goto = kw(Token::Goto)
            .then(g.ident())
            .validate(|(sp, label), _, emitter| {
                emitter.emit(SynErr::custom(sp, "goto not supported"));
                bad(sp.to(label.span))
            });

        let fallthrough = kw(Token::Fallthrough).map(|sp| stmt(StmtKind::Fallthrough, sp));

        // IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ].
        let if_stmt = recursive(|if_stmt| {
            let header = simple_nl
                .clone()
                .or_not()
                .then(kw(Token::Semi).then(simple_nl.clone().or_not()).or_not());
            let els = just(Token::Else)
                .ignore_then(choice((if_stmt, block_stmt.clone())).labelled(Label::ElseBody))
                .or_not();
            kw(Token::If)
                .then(header)
                .then(block.clone().labelled(Label::IfBody))
                .then(els)
                .validate(move |(((if_span, (first, rest)), then), els), _, emitter| {
                    let (init, cond) = match (first, rest) {
                        (Some(s), None) => (None, as_cond(g, s, emitter)),
                        (init, Some((_, Some(s)))) => (init, as_cond(g, s, emitter)),
                        (init, Some((semi, None))) => {
                            let msg = if g.text(semi) == ";" {
                                "syntax error: missing condition in if statement".to_string()
                            } else {
                                "syntax error: unexpected newline, expected { after if clause"
                                    .to_string()
                            };
                            emitter.emit(SynErr::custom(semi, msg));
                            (init, mk(ExprKind::Bad, semi))
                        }
                        (None, None) => {
                            let at = Span {
                                hi: then.span.lo + 1,
                                ..then.span
                            };
                            emitter.emit(SynErr::custom(
                                at,
                                "syntax error: missing condition in if statement",
                            ));
                            (None, mk(ExprKind::Bad, at))
                        }
                    };
                    let end = els.as_ref().map_or(then.span, |s: &Stmt| s.span);
                    let span = if_span.to(end);
                    stmt(
                        StmtKind::If {
                            init: init.map(Box::new),
                            cond,
                            then,
                            els: els.map(Box::new),
                        },
                        span,
                    )
                })
                .boxed()
        });

        // ForStmt = "for" [ Condition | ForClause | RangeClause ] Block.
        let range_novars = just(Token::Range).ignore_then(expr_nl.clone());
        let head = simple_or_range(g, expr_nl.clone(), true);
        let clauses = head.or_not().then(
            just(Token::Semi)
                .ignore_then(expr_nl.clone().or_not())
                .then_ignore(just(Token::Semi))
                .then(simple_nl.clone().or_not())
                .or_not(),
        );
        #[derive(Clone)]
        #[allow(clippy::large_enum_variant)] // short-lived
        enum ForHeader {
            Range(Option<(Vec<Expr>, bool)>, Expr),
            #[allow(clippy::type_complexity)]
            Clauses(Option<Simple>, Option<(Option<Expr>, Option<Stmt>)>),
        }
        let for_stmt = kw(Token::For)
            .then(choice((
                range_novars.map(|x| ForHeader::Range(None, x)),
                clauses.map(|(a, b)| match (a, b) {
                    (Some(Simple::Range(vars, define, x, _)), None) => {
                        ForHeader::Range(Some((vars, define)), x)
                    }
                    (a, b) => ForHeader::Clauses(a, b),
                }),
            )))
            .then(block.clone().labelled(Label::ForBody))
            .validate(move |((for_span, header), body), _, emitter| {
                let span = for_span.to(body.span);
                match header {
                    ForHeader::Range(vars, x) => {
                        let (mut key, mut value, mut define) = (None, None, false);
                        if let Some((vars, def)) = vars {
                            define = def;
                            if vars.len() > 2 {
                                emitter.emit(SynErr::custom(
                                    vars[2].span,
                                    "range clause permits at most two iteration variables",
                                ));
                            }
                            let mut it = vars.into_iter();
                            key = it.next();
                            value = it.next();
                        }
                        stmt(
                            StmtKind::Range {
                                key,
                                value,
                                define,
                                x,
                                body,
                            },
                            span,
                        )
                    }
                    ForHeader::Clauses(init, rest) => {
                        // A range clause may not be followed by ";" clauses.
                        let init = init.map(|s| match s {
                            Simple::Stmt(s) => s,
                            Simple::Range(_, _, _, span) => {
                                emitter.emit(SynErr::custom(
                                    span,
                                    "syntax error: unexpected range clause",
                                ));
                                bad(span)
                            }
                        });
                        let Some((cond, post)) = rest else {
                            let cond = init.map(|s| as_cond(g, s, emitter));
                            return stmt(
                                StmtKind::For {
                                    init: None,
                                    cond,
                                    post: None,
                                    body,
                                },
                                span,
                            );
                        };
                        if let Some(
                            p @ Stmt {
                                kind:
                                    StmtKind::Assign {
                                        op: AssignOp::Define,
                                        ..
                                    },
                                ..
                            },
                        ) = &post
                        {
                            emitter.emit(SynErr::custom(
                                op_pos(g, p),
                                "syntax error: cannot declare in post statement of for loop",
                            ));
                        }
                        stmt(
                            StmtKind::For {
                                init: init.map(Box::new),
                                cond,
                                post: post.map(Box::new),
                                body,
                            },
                            span,
                        )
                    }
                }
            });

        // SwitchStmt = "switch" [ SimpleStmt ";" ] [ Expression | TypeSwitchGuard ] "{" { Clause } "}".
        let case_head = choice((
            kw(Token::Case)
                .then(expr_list(expr.clone()))
                .map(|(s, x)| (s, Some(x))),
            kw(Token::Default).map(|s| (s, None)),
        ))
        .then_ignore(just(Token::Colon));
        let clause = case_head
            .then(stmt_list.clone())
            .map_with(|((_, exprs), body), e| CaseClause {
                exprs,
                body,
                span: e.span(),
            });
        let switch_body = just(Token::LBrace)
            .labelled(Label::SwitchBody)
            .ignore_then(clause.repeated().collect::<Vec<_>>())
            .then(rbrace(Some(Label::CaseClause)));
        let switch_header = simple_nl.clone().or_not().then(
            just(Token::Semi)
                .ignore_then(simple_nl.clone().or_not())
                .or_not(),
        );
        let switch = kw(Token::Switch)
            .then(switch_header)
            .then(switch_body)
            .validate(
                move |((sw_span, (first, rest)), (clauses, rbrace)), _, emitter| {
                    let span = sw_span.to(rbrace);
                    let (init, tag) = match rest {
                        None => (None, first),
                        Some(tag) => (first, tag),
                    };
                    let init = init.map(Box::new);
                    // A type switch guard: `x.(type)` or `v := x.(type)`.
                    let guard = match tag {
                        Some(Stmt {
                            kind: StmtKind::Expr(x),
                            ..
                        }) if is_type_switch_guard(&x) => Ok((None, x)),
                        Some(Stmt {
                            kind:
                                StmtKind::Assign {
                                    lhs,
                                    op: AssignOp::Define,
                                    rhs,
                                },
                            span,
                        }) if rhs.len() == 1 && is_type_switch_guard(&rhs[0]) => {
                            let bind = match lhs.into_iter().next().map(|x| x.kind) {
                                Some(ExprKind::Ident(id)) => Some(id),
                                _ => {
                                    emitter.emit(SynErr::custom(
                                        span,
                                        "syntax error: invalid variable name in type switch",
                                    ));
                                    None
                                }
                            };
                            Ok((
                                bind,
                                rhs.into_iter()
                                    .next()
                                    .unwrap_or_else(|| mk(ExprKind::Bad, span)),
                            ))
                        }
                        other => Err(other),
                    };
                    match guard {
                        Ok((bind, guard)) => {
                            let x = match guard.kind {
                                ExprKind::TypeAssert(x, None) => *x,
                                _ => mk(ExprKind::Bad, guard.span),
                            };
                            let clauses = clauses
                                .into_iter()
                                .map(|c| TypeCaseClause {
                                    types: c.exprs,
                                    body: c.body,
                                    implicit: bind.as_ref().map(|b| Ident {
                                        id: b.id,
                                        name: b.name.clone(),
                                        span: b.span,
                                    }),
                                    span: c.span,
                                })
                                .collect();
                            stmt(
                                StmtKind::TypeSwitch {
                                    init,
                                    bind,
                                    x,
                                    clauses,
                                },
                                span,
                            )
                        }
                        Err(tag) => {
                            let tag = tag.map(|s| as_cond(g, s, emitter));
                            stmt(StmtKind::Switch { init, tag, clauses }, span)
                        }
                    }
                },
            );

        // SelectStmt = "select" "{" { CommClause } "}".
        let comm_head = choice((
            kw(Token::Case)
                .then(simple.clone())
                .map(|(s, c)| (s, Some(c))),
            kw(Token::Default).map(|s| (s, None)),
        ))
        .then_ignore(just(Token::Colon));
        let comm_clause =
            comm_head
                .then(stmt_list.clone())
                .validate(|((_, comm), body), e, emitter| {
                    if let Some(c) = &comm
                        && !is_comm(c)
                    {
                        emitter.emit(SynErr::custom(
                            c.span,
                            "select case must be send or receive (possibly with assignment)",
                        ));
                    }
                    CommClause {
                        comm: comm.map(Box::new),
                        body,
                        span: e.span(),
                    }
                });
        let select = kw(Token::Select)
            .then_ignore(just(Token::LBrace).labelled(Label::SelectBody))
            .then(comm_clause.repeated().collect::<Vec<_>>())
            .then(rbrace(Some(Label::CaseClause)))
            .map(|((sp, clauses), rb)| stmt(StmtKind::Select(clauses), sp.to(rb)));

        choice((
            decl_stmt.boxed(),
            labeled.boxed(),
            go_defer.boxed(),
            ret.boxed(),
            branch.boxed(),
            goto.boxed(),
            fallthrough.boxed(),
            block_stmt.clone().boxed(),
            if_stmt.boxed(),
            switch.boxed(),
            select.boxed(),
            for_stmt.boxed(),
            simple.clone(),
        ))
        .labelled(Label::Stmt)
        .boxed()
    });

    let stmt_end = choice((
        just(Token::Semi).ignored(),
        just(Token::RBrace).rewind().ignored(),
    ))
    .labelled(Label::StmtEnd);
    let item = choice((
        just(Token::Semi).to(None),
        statement
            .then_ignore(stmt_end)
            .map(Some)
            .recover_with(via_parser(
                skip_until(stmt_stop)
                    .then_ignore(just(Token::Semi).or_not())
                    .map(|span| Some(bad(span))),
            )),
    ));
    just(Token::LBrace)
        .ignore_then(item.repeated().collect::<Vec<_>>())
        .then_ignore(rbrace(None))
        .map_with(|stmts, e| Block {
            stmts: stmts.into_iter().flatten().collect(),
            span: e.span(),
        })
        .boxed()
}

/// Whether a select case's statement is a send, a receive, or an assignment of a receive.
fn is_comm(s: &Stmt) -> bool {
    let is_recv = |x: &Expr| matches!(x.unparen().kind, ExprKind::Unary(UnaryOp::Recv, _));
    match &s.kind {
        StmtKind::Send { .. } => true,
        StmtKind::Expr(x) => is_recv(x),
        StmtKind::Assign {
            lhs,
            op: AssignOp::Assign | AssignOp::Define,
            rhs,
        } => lhs.len() <= 2 && rhs.len() == 1 && is_recv(&rhs[0]),
        _ => false,
    }
}

//! Passes over the finished AST and the token stream around the parse: the nesting-depth
//! guards, stack-safe disposal of over-deep trees, and node-id assignment.
//!
//! Why depth guards: the parser itself is stack-safe (chumsky grows the stack with
//! `stacker`), but a 100,000-deep `Box` tree overflows the stack when it is dropped or
//! walked by any recursive pass (type checker, compiler, `dump`). So:
//! 1. [`prescan`] counts bracket depth plus runs of prefix operators in the token stream
//!    and refuses files beyond [`MAX_NESTING`] before parsing at all;
//! 2. [`Ids`], the id-assignment walk, stops descending below [`MAX_AST_DEPTH`] and
//!    flags the tree, catching deep shapes that need no brackets (`[][][]...T`,
//!    `a.b.c...`, long `else if` chains, `x+x+...`); [`dismantle`] then frees the
//!    over-deep tree with an explicit stack.
//!
//! After these checks every tree handed out is at most [`MAX_AST_DEPTH`] deep, so later
//! passes may recurse freely.

use crate::ast::*;
use crate::lexer::Token;
use crate::span::Span;

/// Maximum bracket nesting plus prefix-operator run length in the token stream. Go itself
/// has no limit; 1000 is far beyond hand-written code and keeps recursion bounded.
pub const MAX_NESTING: usize = 1000;

/// Maximum length of the operator chains the token pre-scan counts (binary operators,
/// selectors, calls, index, type constructors, `else`, labels) summed over the open
/// brackets. Chains need no brackets to build a deep tree (`a+a+...`, `x.f.f...`,
/// `[][]...T`, `else if` chains); the parser's intermediate results are dropped
/// recursively when it backtracks, so their depth must be bounded before parsing.
pub const MAX_CHAIN: usize = 5000;

/// Maximum depth of the AST (expression and statement nodes), checked after parsing.
/// Larger than [`MAX_NESTING`] because a tree level is not always a bracket; 2500
/// levels of a walker with frames under 3 KiB fit in an 8 MiB main-thread stack.
pub const MAX_AST_DEPTH: usize = 2500;

/// The message reported when any of the limits is exceeded.
pub fn nesting_message() -> String {
    format!("exceeded maximum nesting depth of {MAX_NESTING}")
}

/// Whether `t` may make the tree one level deeper without opening a bracket.
fn chains(t: Token) -> bool {
    use Token::*;
    matches!(
        t,
        Plus | Minus
            | Star
            | Slash
            | Percent
            | Amp
            | Pipe
            | Caret
            | Shl
            | Shr
            | AndNot
            | AndAnd
            | OrOr
            | Arrow
            | EqEq
            | NotEq
            | Lt
            | Le
            | Gt
            | Ge
            | Not
            | Dot
            | Chan
            | Map
            | Func
            | Else
            | Colon
    )
}

/// Finds the first token where the nesting limits are exceeded: bracket depth plus the
/// current run of prefix operators beyond [`MAX_NESTING`], or the operator chains of the
/// open bracket levels beyond [`MAX_CHAIN`].
pub fn prescan(toks: &[(Token, Span)]) -> Option<Span> {
    let mut run = 0usize;
    // One chain counter per open bracket level, and their sum.
    let mut levels: Vec<usize> = vec![0];
    let mut sum = 0usize;
    for &(t, span) in toks {
        match t {
            Token::LParen | Token::LBrack | Token::LBrace => {
                if let Some(l) = levels.last_mut() {
                    *l += 1;
                }
                sum += 1;
                levels.push(0);
            }
            Token::RParen | Token::RBrack | Token::RBrace if levels.len() > 1 => {
                sum -= levels.pop().unwrap_or(0);
            }
            Token::Semi | Token::Comma | Token::Case | Token::Default => {
                if let Some(l) = levels.last_mut() {
                    sum -= *l;
                    *l = 0;
                }
            }
            t if chains(t) => {
                if let Some(l) = levels.last_mut() {
                    *l += 1;
                }
                sum += 1;
            }
            _ => {}
        }
        if matches!(
            t,
            Token::Plus
                | Token::Minus
                | Token::Not
                | Token::Caret
                | Token::Star
                | Token::Amp
                | Token::Arrow
        ) {
            run += 1;
        } else {
            run = 0;
        }
        if levels.len() - 1 + run > MAX_NESTING || sum > MAX_CHAIN {
            return Some(span);
        }
    }
    None
}

/// A borrowed expression or statement, as visited by [`walk`].
#[derive(Clone, Copy, Debug)]
pub enum Node<'a> {
    Expr(&'a Expr),
    Stmt(&'a Stmt),
}

fn sig_children<'a>(sig: &'a FuncSig, out: &mut Vec<Node<'a>>) {
    for p in sig.params.iter().chain(&sig.results) {
        out.push(Node::Expr(&p.ty));
    }
}

fn gen_children<'a>(d: &'a GenDecl, out: &mut Vec<Node<'a>>) {
    match d {
        GenDecl::Var(specs, _) | GenDecl::Const(specs, _) => {
            for s in specs {
                out.extend(s.ty.iter().map(Node::Expr));
                out.extend(s.values.iter().map(Node::Expr));
            }
        }
        GenDecl::Type(specs, _) => out.extend(specs.iter().map(|s| Node::Expr(&s.ty))),
    }
}

/// Pushes the direct expression and statement children of `n` (in reverse source order,
/// so that popping from a stack visits them in source order).
fn children<'a>(n: Node<'a>, out: &mut Vec<Node<'a>>) {
    let start = out.len();
    let e = |x: &'a Expr| Node::Expr(x);
    let s = |x: &'a Stmt| Node::Stmt(x);
    match n {
        Node::Expr(x) => match &x.kind {
            ExprKind::Ident(_)
            | ExprKind::IntLit(_)
            | ExprKind::FloatLit(_)
            | ExprKind::RuneLit(_)
            | ExprKind::StringLit(_)
            | ExprKind::Bad => {}
            ExprKind::CompositeLit { ty, elems, .. } => {
                out.extend(ty.as_deref().map(e));
                for el in elems {
                    out.extend(el.key.as_ref().map(e));
                    out.push(e(&el.value));
                }
            }
            ExprKind::FuncLit { sig, body } => {
                sig_children(sig, out);
                out.extend(body.stmts.iter().map(s));
            }
            ExprKind::Paren(y)
            | ExprKind::Selector(y, _)
            | ExprKind::Star(y)
            | ExprKind::Unary(_, y)
            | ExprKind::SliceType(y)
            | ExprKind::ChanType(_, y) => out.push(e(y)),
            ExprKind::Index(a, b) | ExprKind::Binary(_, a, b) | ExprKind::MapType(a, b) => {
                out.push(e(a));
                out.push(e(b));
            }
            ExprKind::Slice { x, lo, hi, max } => {
                out.push(e(x));
                out.extend([lo, hi, max].into_iter().flatten().map(|y| e(y)));
            }
            ExprKind::TypeAssert(y, t) => {
                out.push(e(y));
                out.extend(t.as_deref().map(e));
            }
            ExprKind::Call { func, args, .. } => {
                out.push(e(func));
                out.extend(args.iter().map(e));
            }
            ExprKind::ArrayType { len, elem } => {
                out.extend(len.as_deref().map(e));
                out.push(e(elem));
            }
            ExprKind::FuncType(sig) => sig_children(sig, out),
            ExprKind::StructType(fields) => out.extend(fields.iter().map(|f| e(&f.ty))),
            ExprKind::InterfaceType(elems) => {
                for el in elems {
                    match el {
                        InterfaceElem::Method { sig, .. } => sig_children(sig, out),
                        InterfaceElem::Embed(t) => out.push(e(t)),
                    }
                }
            }
        },
        Node::Stmt(st) => match &st.kind {
            StmtKind::Decl(d) => gen_children(d, out),
            StmtKind::Expr(x)
            | StmtKind::Go(x)
            | StmtKind::Defer(x)
            | StmtKind::IncDec { x, .. } => out.push(e(x)),
            StmtKind::Send { ch, value } => {
                out.push(e(ch));
                out.push(e(value));
            }
            StmtKind::Assign { lhs, rhs, .. } => out.extend(lhs.iter().chain(rhs).map(e)),
            StmtKind::Return(xs) => out.extend(xs.iter().map(e)),
            StmtKind::Break(_)
            | StmtKind::Continue(_)
            | StmtKind::Fallthrough
            | StmtKind::Empty
            | StmtKind::Bad => {}
            StmtKind::Block(b) => out.extend(b.stmts.iter().map(s)),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                out.extend(init.as_deref().map(s));
                out.push(e(cond));
                out.extend(then.stmts.iter().map(s));
                out.extend(els.as_deref().map(s));
            }
            StmtKind::Switch { init, tag, clauses } => {
                out.extend(init.as_deref().map(s));
                out.extend(tag.as_ref().map(e));
                for c in clauses {
                    out.extend(c.exprs.iter().flatten().map(e));
                    out.extend(c.body.iter().map(s));
                }
            }
            StmtKind::TypeSwitch {
                init, x, clauses, ..
            } => {
                out.extend(init.as_deref().map(s));
                out.push(e(x));
                for c in clauses {
                    out.extend(c.types.iter().flatten().map(e));
                    out.extend(c.body.iter().map(s));
                }
            }
            StmtKind::Select(clauses) => {
                for c in clauses {
                    out.extend(c.comm.as_deref().map(s));
                    out.extend(c.body.iter().map(s));
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                out.extend(init.as_deref().map(s));
                out.extend(cond.as_ref().map(e));
                out.extend(post.as_deref().map(s));
                out.extend(body.stmts.iter().map(s));
            }
            StmtKind::Range {
                key,
                value,
                x,
                body,
                ..
            } => {
                out.extend(key.as_ref().map(e));
                out.extend(value.as_ref().map(e));
                out.push(e(x));
                out.extend(body.stmts.iter().map(s));
            }
            StmtKind::Labeled { stmt, .. } => out.push(s(stmt)),
        },
    }
    out[start..].reverse();
}

/// Visits every expression and statement of `file` in source order, without recursion
/// (so it is safe on trees of any depth).
pub fn walk<'a>(file: &'a File, f: &mut dyn FnMut(Node<'a>)) {
    let mut roots = Vec::new();
    for d in &file.decls {
        match d {
            TopDecl::Func(fd) => {
                if let Some(r) = &fd.recv {
                    roots.push(Node::Expr(&r.ty));
                }
                sig_children(&fd.sig, &mut roots);
                if let Some(b) = &fd.body {
                    roots.extend(b.stmts.iter().map(Node::Stmt));
                }
            }
            TopDecl::Gen(g) => gen_children(g, &mut roots),
            TopDecl::Bad(_) => {}
        }
    }
    roots.reverse();
    let mut stack = roots;
    while let Some(n) = stack.pop() {
        f(n);
        children(n, &mut stack);
    }
}

/// An owned expression or statement, for [`dismantle`]. (Boxing the statement would
/// cost an allocation per node while tearing down; the stack holds few at a time.)
#[allow(clippy::large_enum_variant)]
enum O {
    E(Expr),
    S(Stmt),
}

fn sig_owned(sig: FuncSig, out: &mut Vec<O>) {
    out.extend(
        sig.params
            .into_iter()
            .chain(sig.results)
            .map(|p| O::E(p.ty)),
    );
}

fn gen_owned(d: GenDecl, out: &mut Vec<O>) {
    match d {
        GenDecl::Var(specs, _) | GenDecl::Const(specs, _) => {
            for s in specs {
                out.extend(s.ty.map(O::E));
                out.extend(s.values.into_iter().map(O::E));
            }
        }
        GenDecl::Type(specs, _) => out.extend(specs.into_iter().map(|s| O::E(s.ty))),
    }
}

fn block_owned(b: Block, out: &mut Vec<O>) {
    out.extend(b.stmts.into_iter().map(O::S));
}

fn boxed_stmt(s: Option<Box<Stmt>>, out: &mut Vec<O>) {
    out.extend(s.map(|s| O::S(*s)));
}

fn boxed_expr(e: Option<Box<Expr>>, out: &mut Vec<O>) {
    out.extend(e.map(|e| O::E(*e)));
}

/// Frees declarations of any depth without recursion: each node's children are moved
/// onto an explicit stack before the node itself is dropped.
pub fn dismantle(decls: Vec<TopDecl>) {
    let mut stack: Vec<O> = Vec::new();
    for d in decls {
        match d {
            TopDecl::Func(f) => {
                if let Some(r) = f.recv {
                    stack.push(O::E(r.ty));
                }
                sig_owned(f.sig, &mut stack);
                if let Some(b) = f.body {
                    block_owned(b, &mut stack);
                }
            }
            TopDecl::Gen(g) => gen_owned(g, &mut stack),
            TopDecl::Bad(_) => {}
        }
        while let Some(n) = stack.pop() {
            match n {
                O::E(e) => match e.kind {
                    ExprKind::Ident(_)
                    | ExprKind::IntLit(_)
                    | ExprKind::FloatLit(_)
                    | ExprKind::RuneLit(_)
                    | ExprKind::StringLit(_)
                    | ExprKind::Bad => {}
                    ExprKind::CompositeLit { ty, elems, .. } => {
                        boxed_expr(ty, &mut stack);
                        for el in elems {
                            stack.extend(el.key.map(O::E));
                            stack.push(O::E(el.value));
                        }
                    }
                    ExprKind::FuncLit { sig, body } => {
                        sig_owned(sig, &mut stack);
                        block_owned(body, &mut stack);
                    }
                    ExprKind::Paren(x)
                    | ExprKind::Selector(x, _)
                    | ExprKind::Star(x)
                    | ExprKind::Unary(_, x)
                    | ExprKind::SliceType(x)
                    | ExprKind::ChanType(_, x) => stack.push(O::E(*x)),
                    ExprKind::Index(a, b) | ExprKind::Binary(_, a, b) | ExprKind::MapType(a, b) => {
                        stack.push(O::E(*a));
                        stack.push(O::E(*b));
                    }
                    ExprKind::Slice { x, lo, hi, max } => {
                        stack.push(O::E(*x));
                        boxed_expr(lo, &mut stack);
                        boxed_expr(hi, &mut stack);
                        boxed_expr(max, &mut stack);
                    }
                    ExprKind::TypeAssert(x, t) => {
                        stack.push(O::E(*x));
                        boxed_expr(t, &mut stack);
                    }
                    ExprKind::Call { func, args, .. } => {
                        stack.push(O::E(*func));
                        stack.extend(args.into_iter().map(O::E));
                    }
                    ExprKind::ArrayType { len, elem } => {
                        boxed_expr(len, &mut stack);
                        stack.push(O::E(*elem));
                    }
                    ExprKind::FuncType(sig) => sig_owned(sig, &mut stack),
                    ExprKind::StructType(fields) => {
                        stack.extend(fields.into_iter().map(|f| O::E(f.ty)))
                    }
                    ExprKind::InterfaceType(elems) => {
                        for el in elems {
                            match el {
                                InterfaceElem::Method { sig, .. } => sig_owned(sig, &mut stack),
                                InterfaceElem::Embed(t) => stack.push(O::E(t)),
                            }
                        }
                    }
                },
                O::S(s) => match s.kind {
                    StmtKind::Decl(d) => gen_owned(d, &mut stack),
                    StmtKind::Expr(x)
                    | StmtKind::Go(x)
                    | StmtKind::Defer(x)
                    | StmtKind::IncDec { x, .. } => stack.push(O::E(x)),
                    StmtKind::Send { ch, value } => {
                        stack.push(O::E(ch));
                        stack.push(O::E(value));
                    }
                    StmtKind::Assign { lhs, rhs, .. } => {
                        stack.extend(lhs.into_iter().chain(rhs).map(O::E));
                    }
                    StmtKind::Return(xs) => stack.extend(xs.into_iter().map(O::E)),
                    StmtKind::Break(_)
                    | StmtKind::Continue(_)
                    | StmtKind::Fallthrough
                    | StmtKind::Empty
                    | StmtKind::Bad => {}
                    StmtKind::Block(b) => block_owned(b, &mut stack),
                    StmtKind::If {
                        init,
                        cond,
                        then,
                        els,
                    } => {
                        boxed_stmt(init, &mut stack);
                        stack.push(O::E(cond));
                        block_owned(then, &mut stack);
                        boxed_stmt(els, &mut stack);
                    }
                    StmtKind::Switch { init, tag, clauses } => {
                        boxed_stmt(init, &mut stack);
                        stack.extend(tag.map(O::E));
                        for c in clauses {
                            stack.extend(c.exprs.into_iter().flatten().map(O::E));
                            stack.extend(c.body.into_iter().map(O::S));
                        }
                    }
                    StmtKind::TypeSwitch {
                        init, x, clauses, ..
                    } => {
                        boxed_stmt(init, &mut stack);
                        stack.push(O::E(x));
                        for c in clauses {
                            stack.extend(c.types.into_iter().flatten().map(O::E));
                            stack.extend(c.body.into_iter().map(O::S));
                        }
                    }
                    StmtKind::Select(clauses) => {
                        for c in clauses {
                            boxed_stmt(c.comm, &mut stack);
                            stack.extend(c.body.into_iter().map(O::S));
                        }
                    }
                    StmtKind::For {
                        init,
                        cond,
                        post,
                        body,
                    } => {
                        boxed_stmt(init, &mut stack);
                        stack.extend(cond.map(O::E));
                        boxed_stmt(post, &mut stack);
                        block_owned(body, &mut stack);
                    }
                    StmtKind::Range {
                        key,
                        value,
                        x,
                        body,
                        ..
                    } => {
                        stack.extend(key.map(O::E));
                        stack.extend(value.map(O::E));
                        stack.push(O::E(x));
                        block_owned(body, &mut stack);
                    }
                    StmtKind::Labeled { stmt, .. } => stack.push(O::S(*stmt)),
                },
            }
        }
    }
}

/// Assigns node ids in source order and reports misplaced `.(type)`. The walk recurses,
/// but never deeper than [`MAX_AST_DEPTH`]: below that it sets `too_deep` and stops, and
/// the caller must then [`dismantle`] the tree instead of using it.
#[derive(Default)]
pub struct Ids {
    pub next: u32,
    pub errors: Vec<(Span, String)>,
    pub too_deep: bool,
    depth: usize,
}

impl Ids {
    /// A walk that hands out ids from `first`.
    pub fn new(first: u32) -> Ids {
        Ids {
            next: first,
            ..Default::default()
        }
    }

    fn fresh(&mut self) -> NodeId {
        let id = NodeId(self.next);
        self.next += 1;
        id
    }

    fn ident(&mut self, i: &mut Ident) {
        i.id = self.fresh();
    }

    pub fn file(&mut self, f: &mut File) {
        self.ident(&mut f.package);
        for imp in &mut f.imports {
            if let Some(n) = &mut imp.name {
                self.ident(n);
            }
        }
        for d in &mut f.decls {
            match d {
                TopDecl::Func(fd) => {
                    if let Some(r) = &mut fd.recv {
                        self.param(r);
                    }
                    self.ident(&mut fd.name);
                    self.sig(&mut fd.sig);
                    if let Some(b) = &mut fd.body {
                        self.block(b);
                    }
                }
                TopDecl::Gen(g) => self.gen_decl(g),
                TopDecl::Bad(_) => {}
            }
        }
    }

    fn param(&mut self, p: &mut Param) {
        if let Some(n) = &mut p.name {
            self.ident(n);
        }
        self.expr(&mut p.ty);
    }

    fn sig(&mut self, s: &mut FuncSig) {
        for p in s.params.iter_mut().chain(s.results.iter_mut()) {
            self.param(p);
        }
    }

    fn gen_decl(&mut self, d: &mut GenDecl) {
        match d {
            GenDecl::Var(specs, _) | GenDecl::Const(specs, _) => {
                for s in specs {
                    for n in &mut s.names {
                        self.ident(n);
                    }
                    if let Some(t) = &mut s.ty {
                        self.expr(t);
                    }
                    for v in &mut s.values {
                        self.expr(v);
                    }
                }
            }
            GenDecl::Type(specs, _) => {
                for s in specs {
                    self.ident(&mut s.name);
                    self.expr(&mut s.ty);
                }
            }
        }
    }

    fn block(&mut self, b: &mut Block) {
        // Statements are large (over 400 bytes) and the parser's vectors grow by
        // doubling; trimming the slack here saves about a fifth of a big file's memory.
        b.stmts.shrink_to_fit();
        for s in &mut b.stmts {
            self.stmt(s);
        }
    }

    fn opt_stmt(&mut self, s: &mut Option<Box<Stmt>>) {
        if let Some(s) = s {
            self.stmt(s);
        }
    }

    /// Enters one tree level; false (and `too_deep` set) beyond [`MAX_AST_DEPTH`].
    fn enter(&mut self) -> bool {
        if self.depth >= MAX_AST_DEPTH {
            self.too_deep = true;
            return false;
        }
        self.depth += 1;
        true
    }

    fn stmt(&mut self, s: &mut Stmt) {
        if !self.enter() {
            return;
        }
        self.stmt_inner(s);
        self.depth -= 1;
    }

    fn stmt_inner(&mut self, s: &mut Stmt) {
        match &mut s.kind {
            StmtKind::Decl(d) => self.gen_decl(d),
            StmtKind::Expr(x)
            | StmtKind::Go(x)
            | StmtKind::Defer(x)
            | StmtKind::IncDec { x, .. } => self.expr(x),
            StmtKind::Send { ch, value } => {
                self.expr(ch);
                self.expr(value);
            }
            StmtKind::Assign { lhs, rhs, .. } => {
                for x in lhs.iter_mut().chain(rhs.iter_mut()) {
                    self.expr(x);
                }
            }
            StmtKind::Return(xs) => xs.iter_mut().for_each(|x| self.expr(x)),
            StmtKind::Break(l) | StmtKind::Continue(l) => {
                if let Some(l) = l {
                    self.ident(l);
                }
            }
            StmtKind::Fallthrough | StmtKind::Empty | StmtKind::Bad => {}
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.opt_stmt(init);
                self.expr(cond);
                self.block(then);
                self.opt_stmt(els);
            }
            StmtKind::Switch { init, tag, clauses } => {
                self.opt_stmt(init);
                if let Some(t) = tag {
                    self.expr(t);
                }
                for c in clauses {
                    c.exprs.iter_mut().flatten().for_each(|x| self.expr(x));
                    c.body.iter_mut().for_each(|s| self.stmt(s));
                }
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                clauses,
            } => {
                self.opt_stmt(init);
                if let Some(b) = bind {
                    self.ident(b);
                }
                self.expr(x);
                for c in clauses {
                    if let Some(i) = &mut c.implicit {
                        self.ident(i);
                    }
                    c.types.iter_mut().flatten().for_each(|x| self.expr(x));
                    c.body.iter_mut().for_each(|s| self.stmt(s));
                }
            }
            StmtKind::Select(clauses) => {
                for c in clauses {
                    self.opt_stmt(&mut c.comm);
                    c.body.iter_mut().for_each(|s| self.stmt(s));
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.opt_stmt(init);
                if let Some(c) = cond {
                    self.expr(c);
                }
                self.opt_stmt(post);
                self.block(body);
            }
            StmtKind::Range {
                key,
                value,
                x,
                body,
                ..
            } => {
                for k in [key, value].into_iter().flatten() {
                    self.expr(k);
                }
                self.expr(x);
                self.block(body);
            }
            StmtKind::Labeled { label, stmt } => {
                self.ident(label);
                self.stmt(stmt);
            }
        }
    }

    fn opt_expr(&mut self, e: &mut Option<Box<Expr>>) {
        if let Some(e) = e {
            self.expr(e);
        }
    }

    fn expr(&mut self, e: &mut Expr) {
        if !self.enter() {
            return;
        }
        self.expr_inner(e);
        self.depth -= 1;
    }

    fn expr_inner(&mut self, e: &mut Expr) {
        e.id = self.fresh();
        let span = e.span;
        match &mut e.kind {
            ExprKind::Ident(i) => self.ident(i),
            ExprKind::IntLit(_)
            | ExprKind::FloatLit(_)
            | ExprKind::RuneLit(_)
            | ExprKind::StringLit(_)
            | ExprKind::Bad => {}
            ExprKind::CompositeLit { ty, elems, .. } => {
                self.opt_expr(ty);
                for el in elems {
                    if let Some(k) = &mut el.key {
                        self.expr(k);
                    }
                    self.expr(&mut el.value);
                }
            }
            ExprKind::FuncLit { sig, body } => {
                self.sig(sig);
                self.block(body);
            }
            ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary(_, x) => self.expr(x),
            ExprKind::SliceType(x) | ExprKind::ChanType(_, x) => self.expr(x),
            ExprKind::Selector(x, name) => {
                self.expr(x);
                self.ident(name);
            }
            ExprKind::Index(a, b) | ExprKind::Binary(_, a, b) | ExprKind::MapType(a, b) => {
                self.expr(a);
                self.expr(b);
            }
            ExprKind::Slice { x, lo, hi, max } => {
                self.expr(x);
                self.opt_expr(lo);
                self.opt_expr(hi);
                self.opt_expr(max);
            }
            ExprKind::TypeAssert(x, t) => {
                self.expr(x);
                match t {
                    Some(t) => self.expr(t),
                    None => self
                        .errors
                        .push((span, "use of .(type) outside type switch".into())),
                }
            }
            ExprKind::Call { func, args, .. } => {
                self.expr(func);
                args.iter_mut().for_each(|a| self.expr(a));
            }
            ExprKind::ArrayType { len, elem } => {
                self.opt_expr(len);
                self.expr(elem);
            }
            ExprKind::FuncType(sig) => self.sig(sig),
            ExprKind::StructType(fields) => {
                for f in fields {
                    f.names.iter_mut().for_each(|n| self.ident(n));
                    self.expr(&mut f.ty);
                }
            }
            ExprKind::InterfaceType(elems) => {
                for el in elems {
                    match el {
                        InterfaceElem::Method { name, sig } => {
                            self.ident(name);
                            self.sig(sig);
                        }
                        InterfaceElem::Embed(t) => self.expr(t),
                    }
                }
            }
        }
    }
}

//! A compact S-expression rendering of the AST, for `minigo --dump ast` and for snapshot
//! tests. Expressions print inline (`(+ a (call f 1))`); statements print one per line,
//! indented by nesting. Spans and node ids are left out unless asked for with
//! [`dump_with`], so that snapshots stay readable and stable.
//!
//! The printer recurses; it relies on the parser's depth limit (`post::MAX_AST_DEPTH`).

use std::fmt::Write;

use crate::ast::*;

/// What [`dump_with`] prints besides the tree's shape.
#[derive(Clone, Copy, Debug, Default)]
pub struct DumpOptions {
    /// Append `@lo..hi` to every statement and declaration.
    pub spans: bool,
}

/// Renders a file as S-expressions.
pub fn dump(f: &File) -> String {
    dump_with(f, DumpOptions::default())
}

/// Renders a file as S-expressions with the given options.
pub fn dump_with(f: &File, opts: DumpOptions) -> String {
    let mut d = Dumper {
        out: String::new(),
        indent: 0,
        opts,
    };
    d.file(f);
    d.out
}

/// Renders one expression (for tests and tools).
pub fn dump_expr(e: &Expr) -> String {
    let mut d = Dumper {
        out: String::new(),
        indent: 0,
        opts: DumpOptions::default(),
    };
    d.expr(e);
    d.out
}

struct Dumper {
    out: String,
    indent: usize,
    opts: DumpOptions,
}

impl Dumper {
    fn nl(&mut self) {
        self.out.push('\n');
        for _ in 0..self.indent {
            self.out.push_str("  ");
        }
    }

    fn w(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn span(&mut self, span: crate::span::Span) {
        if self.opts.spans {
            let _ = write!(self.out, " @{}..{}", span.lo, span.hi);
        }
    }

    fn file(&mut self, f: &File) {
        let _ = write!(self.out, "(package {}", f.package.name);
        self.indent += 1;
        for imp in &f.imports {
            self.nl();
            self.w("(import ");
            if let Some(n) = &imp.name {
                let _ = write!(self.out, "{} ", n.name);
            }
            let _ = write!(self.out, "{:?})", imp.path);
            self.span(imp.span);
        }
        for d in &f.decls {
            self.nl();
            match d {
                TopDecl::Func(fd) => {
                    self.w("(func ");
                    if let Some(r) = &fd.recv {
                        self.w("(recv ");
                        self.param(r);
                        self.w(") ");
                    }
                    self.w(&fd.name.name);
                    self.w(" ");
                    self.sig(&fd.sig);
                    if let Some(b) = &fd.body {
                        self.w(" ");
                        self.block(b);
                    }
                    self.w(")");
                    self.span(fd.span);
                }
                TopDecl::Gen(g) => self.gen_decl(g),
                TopDecl::Bad(span) => {
                    self.w("(bad-decl)");
                    self.span(*span);
                }
            }
        }
        self.indent -= 1;
        self.w(")\n");
    }

    fn gen_decl(&mut self, g: &GenDecl) {
        match g {
            GenDecl::Var(specs, span) | GenDecl::Const(specs, span) => {
                let kw = if matches!(g, GenDecl::Var(..)) {
                    "var"
                } else {
                    "const"
                };
                let _ = write!(self.out, "({kw}");
                for s in specs {
                    self.w(" (");
                    if kw == "const" {
                        let _ = write!(self.out, "#{} ", s.iota);
                    }
                    self.w("(");
                    self.idents(&s.names);
                    self.w(") ");
                    match &s.ty {
                        Some(t) => self.expr(t),
                        None => self.w("_"),
                    }
                    self.w(" (");
                    self.exprs(&s.values);
                    self.w("))");
                }
                self.w(")");
                self.span(*span);
            }
            GenDecl::Type(specs, span) => {
                self.w("(type");
                for s in specs {
                    let _ = write!(
                        self.out,
                        " ({}{} ",
                        s.name.name,
                        if s.alias { " =" } else { "" }
                    );
                    self.expr(&s.ty);
                    self.w(")");
                }
                self.w(")");
                self.span(*span);
            }
        }
    }

    fn idents(&mut self, ids: &[Ident]) {
        for (i, id) in ids.iter().enumerate() {
            if i > 0 {
                self.w(" ");
            }
            self.w(&id.name);
        }
    }

    fn exprs(&mut self, xs: &[Expr]) {
        for (i, x) in xs.iter().enumerate() {
            if i > 0 {
                self.w(" ");
            }
            self.expr(x);
        }
    }

    fn opt_expr(&mut self, x: Option<&Expr>) {
        match x {
            Some(x) => self.expr(x),
            None => self.w("_"),
        }
    }

    fn param(&mut self, p: &Param) {
        self.w("(");
        match &p.name {
            Some(n) => self.w(&n.name),
            None => self.w("_"),
        }
        self.w(if p.variadic { " ..." } else { " " });
        self.expr(&p.ty);
        self.w(")");
    }

    fn sig(&mut self, s: &FuncSig) {
        self.w("(params");
        for p in &s.params {
            self.w(" ");
            self.param(p);
        }
        self.w(") (results");
        for p in &s.results {
            self.w(" ");
            self.param(p);
        }
        self.w(")");
    }

    fn block(&mut self, b: &Block) {
        self.w("(block");
        self.stmts(&b.stmts);
        self.w(")");
    }

    fn stmts(&mut self, stmts: &[Stmt]) {
        self.indent += 1;
        for s in stmts {
            self.nl();
            self.stmt(s);
        }
        self.indent -= 1;
    }

    fn opt_stmt(&mut self, s: Option<&Stmt>) {
        match s {
            Some(s) => self.stmt(s),
            None => self.w("_"),
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Decl(d) => self.gen_decl(d),
            StmtKind::Expr(x) => {
                self.w("(expr ");
                self.expr(x);
                self.w(")");
            }
            StmtKind::Send { ch, value } => {
                self.w("(send ");
                self.expr(ch);
                self.w(" ");
                self.expr(value);
                self.w(")");
            }
            StmtKind::IncDec { x, inc } => {
                self.w(if *inc { "(++ " } else { "(-- " });
                self.expr(x);
                self.w(")");
            }
            StmtKind::Assign { lhs, op, rhs } => {
                let op = match op {
                    AssignOp::Assign => "=".to_string(),
                    AssignOp::Define => ":=".to_string(),
                    AssignOp::Op(b) => format!("{}=", b.as_str()),
                };
                let _ = write!(self.out, "({op} (");
                self.exprs(lhs);
                self.w(") (");
                self.exprs(rhs);
                self.w("))");
            }
            StmtKind::Go(x) | StmtKind::Defer(x) => {
                self.w(if matches!(s.kind, StmtKind::Go(_)) {
                    "(go "
                } else {
                    "(defer "
                });
                self.expr(x);
                self.w(")");
            }
            StmtKind::Return(xs) => {
                self.w("(return");
                for x in xs {
                    self.w(" ");
                    self.expr(x);
                }
                self.w(")");
            }
            StmtKind::Break(l) | StmtKind::Continue(l) => {
                self.w(if matches!(s.kind, StmtKind::Break(_)) {
                    "(break"
                } else {
                    "(continue"
                });
                if let Some(l) = l {
                    self.w(" ");
                    self.w(&l.name);
                }
                self.w(")");
            }
            StmtKind::Fallthrough => self.w("(fallthrough)"),
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.w("(if ");
                if let Some(i) = init {
                    self.w("(init ");
                    self.stmt(i);
                    self.w(") ");
                }
                self.expr(cond);
                self.w(" ");
                self.block(then);
                if let Some(e) = els {
                    self.indent += 1;
                    self.nl();
                    self.w("(else ");
                    self.stmt(e);
                    self.w(")");
                    self.indent -= 1;
                }
                self.w(")");
            }
            StmtKind::Switch { init, tag, clauses } => {
                self.w("(switch ");
                self.opt_stmt(init.as_deref());
                self.w(" ");
                self.opt_expr(tag.as_ref());
                self.indent += 1;
                for c in clauses {
                    self.nl();
                    match &c.exprs {
                        Some(xs) => {
                            self.w("(case (");
                            self.exprs(xs);
                            self.w(")");
                        }
                        None => self.w("(default"),
                    }
                    self.stmts(&c.body);
                    self.w(")");
                }
                self.indent -= 1;
                self.w(")");
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                clauses,
            } => {
                self.w("(typeswitch ");
                self.opt_stmt(init.as_deref());
                self.w(" ");
                match bind {
                    Some(b) => self.w(&b.name),
                    None => self.w("_"),
                }
                self.w(" ");
                self.expr(x);
                self.indent += 1;
                for c in clauses {
                    self.nl();
                    match &c.types {
                        Some(xs) => {
                            self.w("(case (");
                            self.exprs(xs);
                            self.w(")");
                        }
                        None => self.w("(default"),
                    }
                    if let Some(i) = &c.implicit {
                        let _ = write!(self.out, " [{}]", i.name);
                    }
                    self.stmts(&c.body);
                    self.w(")");
                }
                self.indent -= 1;
                self.w(")");
            }
            StmtKind::Select(clauses) => {
                self.w("(select");
                self.indent += 1;
                for c in clauses {
                    self.nl();
                    match &c.comm {
                        Some(s) => {
                            self.w("(case ");
                            self.stmt(s);
                        }
                        None => self.w("(default"),
                    }
                    self.stmts(&c.body);
                    self.w(")");
                }
                self.indent -= 1;
                self.w(")");
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.w("(for ");
                self.opt_stmt(init.as_deref());
                self.w(" ");
                self.opt_expr(cond.as_ref());
                self.w(" ");
                self.opt_stmt(post.as_deref());
                self.w(" ");
                self.block(body);
                self.w(")");
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => {
                self.w("(range ");
                self.opt_expr(key.as_ref());
                self.w(" ");
                self.opt_expr(value.as_ref());
                self.w(if *define { " := " } else { " = " });
                self.expr(x);
                self.w(" ");
                self.block(body);
                self.w(")");
            }
            StmtKind::Labeled { label, stmt } => {
                let _ = write!(self.out, "(label {} ", label.name);
                self.stmt(stmt);
                self.w(")");
            }
            StmtKind::Empty => self.w("(empty)"),
            StmtKind::Bad => self.w("(bad)"),
        }
        self.span(s.span);
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Ident(i) => self.w(&i.name),
            ExprKind::IntLit(s) | ExprKind::FloatLit(s) => self.w(s),
            ExprKind::RuneLit(r) => {
                let _ = write!(self.out, "(rune {r})");
            }
            ExprKind::StringLit(b) => {
                let _ = write!(self.out, "\"{}\"", b.escape_ascii());
            }
            ExprKind::CompositeLit { ty, elems, .. } => {
                self.w("(lit ");
                self.opt_expr(ty.as_deref());
                for el in elems {
                    self.w(" ");
                    match &el.key {
                        Some(k) => {
                            self.w("(: ");
                            self.expr(k);
                            self.w(" ");
                            self.expr(&el.value);
                            self.w(")");
                        }
                        None => self.expr(&el.value),
                    }
                }
                self.w(")");
            }
            ExprKind::FuncLit { sig, body } => {
                self.w("(funclit ");
                self.sig(sig);
                self.w(" ");
                self.block(body);
                self.w(")");
            }
            ExprKind::Paren(x) => self.wrap("paren", &[x]),
            ExprKind::Selector(x, name) => {
                self.w("(. ");
                self.expr(x);
                let _ = write!(self.out, " {})", name.name);
            }
            ExprKind::Index(x, i) => self.wrap("index", &[x, i]),
            ExprKind::Slice { x, lo, hi, max } => {
                self.w("(slice ");
                self.expr(x);
                for y in [lo, hi] {
                    self.w(" ");
                    self.opt_expr(y.as_deref());
                }
                if let Some(m) = max {
                    self.w(" ");
                    self.expr(m);
                }
                self.w(")");
            }
            ExprKind::TypeAssert(x, t) => {
                self.w("(assert ");
                self.expr(x);
                self.w(" ");
                match t {
                    Some(t) => self.expr(t),
                    None => self.w("type"),
                }
                self.w(")");
            }
            ExprKind::Call {
                func,
                args,
                ellipsis,
            } => {
                self.w("(call ");
                self.expr(func);
                for a in args {
                    self.w(" ");
                    self.expr(a);
                }
                if ellipsis.is_some() {
                    self.w(" ...");
                }
                self.w(")");
            }
            ExprKind::Star(x) => self.wrap("*", &[x]),
            ExprKind::Unary(op, x) => self.wrap(op.as_str(), &[x]),
            ExprKind::Binary(op, a, b) => self.wrap(op.as_str(), &[a, b]),
            ExprKind::ArrayType { len, elem } => {
                match len {
                    Some(l) => {
                        self.w("([");
                        self.expr(l);
                        self.w("] ");
                    }
                    None => self.w("([...] "),
                }
                self.expr(elem);
                self.w(")");
            }
            ExprKind::SliceType(x) => self.wrap("[]", &[x]),
            ExprKind::MapType(k, v) => self.wrap("map", &[k, v]),
            ExprKind::ChanType(dir, x) => {
                let d = match dir {
                    ChanDir::Both => "chan",
                    ChanDir::Send => "chan<-",
                    ChanDir::Recv => "<-chan",
                };
                self.wrap(d, &[x])
            }
            ExprKind::FuncType(sig) => {
                self.w("(functype ");
                self.sig(sig);
                self.w(")");
            }
            ExprKind::StructType(fields) => {
                self.w("(struct");
                for f in fields {
                    if f.embedded {
                        self.w(" (embed ");
                    } else {
                        self.w(" (field (");
                        self.idents(&f.names);
                        self.w(") ");
                    }
                    self.expr(&f.ty);
                    self.w(")");
                }
                self.w(")");
            }
            ExprKind::InterfaceType(elems) => {
                self.w("(interface");
                for el in elems {
                    match el {
                        InterfaceElem::Method { name, sig } => {
                            let _ = write!(self.out, " (method {} ", name.name);
                            self.sig(sig);
                            self.w(")");
                        }
                        InterfaceElem::Embed(t) => {
                            self.w(" (embed ");
                            self.expr(t);
                            self.w(")");
                        }
                    }
                }
                self.w(")");
            }
            ExprKind::Bad => self.w("(bad)"),
        }
    }

    fn wrap(&mut self, head: &str, xs: &[&Expr]) {
        let _ = write!(self.out, "({head}");
        for x in xs {
            self.w(" ");
            self.expr(x);
        }
        self.w(")");
    }
}

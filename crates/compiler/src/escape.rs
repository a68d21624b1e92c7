//! Escape pre-pass: which local variables must live in heap cells, and which variables
//! each function literal captures.
//!
//! A scalar or reference variable (not a struct or array, which are boxed anyway) lives in
//! a register unless a closure refers to it from an inner function literal, or its address
//! is taken (`&x`, or a pointer-receiver method called on it): then it lives in a
//! one-word cell so that every reference sees the same storage.

use minigo_syntax::ast::{self, Expr, ExprKind, Stmt, StmtKind};
use minigo_types::{CheckResult, ObjId, ObjKind, SelectionKind, TypeKind, VarKind};
use rustc_hash::FxHashSet;

struct Walker<'a> {
    check: &'a CheckResult,
    /// One set of defined objects per enclosing function literal (index 0: the function itself).
    frames: Vec<FxHashSet<ObjId>>,
    escaping: FxHashSet<ObjId>,
    /// Free variables of the outermost frame (used by `free_vars`), in first-use order.
    free: Vec<ObjId>,
}

impl<'a> Walker<'a> {
    fn new(check: &'a CheckResult) -> Self {
        Walker {
            check,
            frames: vec![FxHashSet::default()],
            escaping: FxHashSet::default(),
            free: vec![],
        }
    }

    fn is_local_var(&self, obj: ObjId) -> bool {
        matches!(self.check.objects[obj.0 as usize].kind, ObjKind::Var(k) if k != VarKind::Global)
    }

    fn ident(&mut self, id: &ast::Ident) {
        if let Some(&obj) = self.check.info.defs.get(&id.id) {
            self.frames.last_mut().expect("frame").insert(obj);
        }
        if let Some(&obj) = self.check.info.uses.get(&id.id)
            && self.is_local_var(obj)
        {
            let depth = self.frames.len() - 1;
            // Find the frame defining it.
            let def_frame = self.frames.iter().rposition(|f| f.contains(&obj));
            match def_frame {
                Some(d) if d == depth => {}
                Some(_) => {
                    self.escaping.insert(obj);
                }
                None => {
                    // Defined outside everything we walked: a free variable of frame 0.
                    self.escaping.insert(obj);
                    if !self.free.contains(&obj) {
                        self.free.push(obj);
                    }
                }
            }
        }
    }

    fn addr_taken(&mut self, e: &Expr) {
        let e = e.unparen();
        if let ExprKind::Ident(id) = &e.kind
            && let Some(&obj) = self.check.info.uses.get(&id.id)
            && self.is_local_var(obj)
        {
            self.escaping.insert(obj);
        }
    }

    fn sig(&mut self, sig: &ast::FuncSig) {
        for p in sig.params.iter().chain(sig.results.iter()) {
            if let Some(n) = &p.name {
                self.ident(n);
            }
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Ident(id) => self.ident(id),
            ExprKind::IntLit(_)
            | ExprKind::FloatLit(_)
            | ExprKind::RuneLit(_)
            | ExprKind::StringLit(_)
            | ExprKind::Bad => {}
            ExprKind::CompositeLit { elems, .. } => {
                for el in elems {
                    if let Some(k) = &el.key {
                        // Struct field keys are not variables; other keys are expressions.
                        if !matches!(k.kind, ExprKind::Ident(_))
                            || self.check.info.types.contains_key(&k.id)
                        {
                            self.expr(k);
                        }
                    }
                    self.expr(&el.value);
                }
            }
            ExprKind::FuncLit { sig, body } => {
                self.frames.push(FxHashSet::default());
                self.sig(sig);
                self.stmts(&body.stmts);
                self.frames.pop();
            }
            ExprKind::Paren(x) | ExprKind::Star(x) => self.expr(x),
            ExprKind::Selector(x, _) => {
                self.expr(x);
                if let Some(sel) = self.check.info.selections.get(&e.id)
                    && sel.kind == SelectionKind::MethodVal
                    && let Some(m) = sel.method
                    && matches!(&self.check.objects[m.0 as usize].kind, ObjKind::Func(fi) if fi.ptr_recv)
                    && !matches!(self.check.types.kind(sel.recv), TypeKind::Pointer(_))
                {
                    self.addr_taken(x);
                }
            }
            ExprKind::Index(x, i) => {
                self.expr(x);
                self.expr(i);
            }
            ExprKind::Slice { x, lo, hi, max } => {
                self.expr(x);
                for p in [lo, hi, max].into_iter().flatten() {
                    self.expr(p);
                }
            }
            ExprKind::TypeAssert(x, _) => self.expr(x),
            ExprKind::Call { func, args, .. } => {
                self.expr(func);
                for a in args {
                    self.expr(a);
                }
            }
            ExprKind::Unary(op, x) => {
                if *op == ast::UnaryOp::Addr {
                    self.addr_taken(x);
                }
                self.expr(x);
            }
            ExprKind::Binary(_, a, b) => {
                self.expr(a);
                self.expr(b);
            }
            ExprKind::ArrayType { .. }
            | ExprKind::SliceType(_)
            | ExprKind::MapType(..)
            | ExprKind::ChanType(..)
            | ExprKind::FuncType(_)
            | ExprKind::StructType(_)
            | ExprKind::InterfaceType(_) => {}
        }
    }

    fn stmts(&mut self, ss: &[Stmt]) {
        for s in ss {
            self.stmt(s);
        }
    }

    fn opt_stmt(&mut self, s: &Option<Box<Stmt>>) {
        if let Some(s) = s {
            self.stmt(s);
        }
    }

    fn decl(&mut self, d: &ast::GenDecl) {
        match d {
            ast::GenDecl::Var(specs, _) | ast::GenDecl::Const(specs, _) => {
                for s in specs {
                    for v in &s.values {
                        self.expr(v);
                    }
                    for n in &s.names {
                        self.ident(n);
                    }
                }
            }
            ast::GenDecl::Type(..) => {}
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Decl(d) => self.decl(d),
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => self.expr(e),
            StmtKind::Send { ch, value } => {
                self.expr(ch);
                self.expr(value);
            }
            StmtKind::IncDec { x, .. } => self.expr(x),
            StmtKind::Assign { lhs, rhs, .. } => {
                for e in rhs {
                    self.expr(e);
                }
                for e in lhs {
                    self.expr(e);
                }
            }
            StmtKind::Return(es) => {
                for e in es {
                    self.expr(e);
                }
            }
            StmtKind::Break(_)
            | StmtKind::Continue(_)
            | StmtKind::Fallthrough
            | StmtKind::Empty
            | StmtKind::Bad => {}
            StmtKind::Block(b) => self.stmts(&b.stmts),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.opt_stmt(init);
                self.expr(cond);
                self.stmts(&then.stmts);
                self.opt_stmt(els);
            }
            StmtKind::Switch { init, tag, clauses } => {
                self.opt_stmt(init);
                if let Some(t) = tag {
                    self.expr(t);
                }
                for c in clauses {
                    for e in c.exprs.iter().flatten() {
                        self.expr(e);
                    }
                    self.stmts(&c.body);
                }
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                clauses,
            } => {
                self.opt_stmt(init);
                self.expr(x);
                if let Some(b) = bind {
                    self.ident(b);
                }
                for c in clauses {
                    if let Some(i) = &c.implicit {
                        self.ident(i);
                    }
                    self.stmts(&c.body);
                }
            }
            StmtKind::Select(clauses) => {
                for c in clauses {
                    self.opt_stmt(&c.comm);
                    self.stmts(&c.body);
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
                self.stmts(&body.stmts);
            }
            StmtKind::Range {
                key,
                value,
                x,
                body,
                ..
            } => {
                self.expr(x);
                for e in [key, value].into_iter().flatten() {
                    self.expr(e);
                }
                self.stmts(&body.stmts);
            }
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt),
        }
    }
}

/// Local variables of a function (params, results and body) that must live in cells.
pub(crate) fn escaping_vars(
    check: &CheckResult,
    body: &ast::Block,
    results: &[ast::Param],
    recv: Option<&ast::Param>,
    params: &[ast::Param],
) -> FxHashSet<ObjId> {
    let mut w = Walker::new(check);
    for p in recv.into_iter().chain(params).chain(results) {
        if let Some(n) = &p.name {
            w.ident(n);
        }
    }
    w.stmts(&body.stmts);
    w.escaping
}

/// Escaping variables inside a package-level initialiser expression.
pub(crate) fn escaping_in_expr(check: &CheckResult, e: &Expr) -> FxHashSet<ObjId> {
    let mut w = Walker::new(check);
    w.expr(e);
    w.escaping
}

/// The variables a function literal captures from its enclosing functions, in
/// first-use order.
pub(crate) fn free_vars(check: &CheckResult, lit: &Expr) -> Vec<ObjId> {
    let ExprKind::FuncLit { sig, body } = &lit.kind else {
        return vec![];
    };
    let mut w = Walker::new(check);
    w.sig(sig);
    w.stmts(&body.stmts);
    w.free
}

/// Whether a function body contains a `defer` (outside nested function literals).
pub(crate) fn has_defer(body: &ast::Block) -> bool {
    fn any(ss: &[Stmt]) -> bool {
        ss.iter().any(stmt)
    }
    fn stmt(s: &Stmt) -> bool {
        match &s.kind {
            StmtKind::Defer(_) => true,
            StmtKind::Block(b) => any(&b.stmts),
            StmtKind::If { then, els, .. } => any(&then.stmts) || els.as_deref().is_some_and(stmt),
            StmtKind::Switch { clauses, .. } => clauses.iter().any(|c| any(&c.body)),
            StmtKind::TypeSwitch { clauses, .. } => clauses.iter().any(|c| any(&c.body)),
            StmtKind::Select(clauses) => clauses.iter().any(|c| any(&c.body)),
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => any(&body.stmts),
            StmtKind::Labeled { stmt: s, .. } => stmt(s),
            _ => false,
        }
    }
    any(&body.stmts)
}

//! Statements: assignments and short variable declarations, control flow (if, for,
//! range, switch, type switch, select), branch statements and labels, returns, and the
//! terminating-statement analysis behind `missing return`.

use minigo_syntax::ast::{self, AssignOp, Expr, ExprKind, GenDecl, Stmt, StmtKind, UnaryOp};
use minigo_syntax::{Diagnostic, Span};
use rustc_hash::FxHashMap;

use super::{Checker, OMode, Operand, expr_string, is_blank};
use crate::constant::CVal;
use crate::lookup::default_type;
use crate::objects::{Builtin, ObjId, ObjKind, VarKind};
use crate::ty::{TypeId, TypeKind};

/// Which branch statements are allowed where.
#[derive(Clone, Copy, Default, Debug)]
pub(crate) struct Ctx {
    pub break_ok: bool,
    pub continue_ok: bool,
    pub fallthrough_ok: bool,
    pub final_switch_case: bool,
    pub in_type_switch: bool,
}

impl Checker {
    pub(super) fn stmt_list(&mut self, stmts: &[Stmt], ctx: Ctx) {
        let ok = ctx.fallthrough_ok;
        let inner = Ctx {
            fallthrough_ok: false,
            ..ctx
        };
        // Trailing empty statements are invisible to fallthrough analysis.
        let mut n = stmts.len();
        while n > 0 && matches!(stmts[n - 1].kind, StmtKind::Empty) {
            n -= 1;
        }
        for (i, s) in stmts.iter().enumerate() {
            let mut c = inner;
            if ok && i + 1 == n {
                c.fallthrough_ok = true;
            }
            self.stmt(s, c);
        }
    }

    fn simple_stmt(&mut self, s: Option<&Stmt>) {
        if let Some(s) = s {
            self.stmt(s, Ctx::default());
        }
    }

    fn block(&mut self, b: &ast::Block, ctx: Ctx) {
        self.open_scope();
        self.stmt_list(&b.stmts, ctx);
        self.close_scope();
    }

    fn stmt(&mut self, s: &Stmt, ctx: Ctx) {
        let inner = Ctx {
            fallthrough_ok: false,
            final_switch_case: false,
            in_type_switch: false,
            ..ctx
        };
        match &s.kind {
            StmtKind::Empty | StmtKind::Bad => {}
            StmtKind::Decl(d) => match d {
                GenDecl::Const(specs, _) => self.local_const_decl(specs),
                GenDecl::Var(specs, _) => self.local_var_decl(specs),
                GenDecl::Type(specs, _) => self.local_type_decl(specs),
            },
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Send { ch, value } => {
                let c = self.expr(ch);
                let mut v = self.expr(value);
                if c.is_invalid() || v.is_invalid() {
                    return;
                }
                match self.types.under(c.ty).clone() {
                    TypeKind::Chan(dir, el) => {
                        if dir == ast::ChanDir::Recv {
                            let cs = self.op_str(&c);
                            self.error(
                                s.span,
                                format!(
                                    "invalid operation: cannot send to receive-only channel {cs}"
                                ),
                            );
                            return;
                        }
                        self.assignment(&mut v, Some(el), "send");
                    }
                    _ => {
                        let cs = self.op_str(&c);
                        self.error(
                            s.span,
                            format!("invalid operation: cannot send to non-channel {cs}"),
                        );
                    }
                }
            }
            StmtKind::IncDec { x, inc } => {
                let xo = self.expr(x);
                if xo.is_invalid() {
                    return;
                }
                if !self.is_numeric(xo.ty) {
                    let op = if *inc { "++" } else { "--" };
                    let (xs, ts) = (expr_string(x), self.tstr(xo.ty));
                    self.error(
                        x.span,
                        format!("invalid operation: {xs}{op} (non-numeric type {ts})"),
                    );
                    return;
                }
                self.lhs_var(x);
            }
            StmtKind::Assign { lhs, op, rhs } => match op {
                AssignOp::Define => self.short_var_decl(s, lhs, rhs),
                AssignOp::Assign => self.assign_vars(lhs, rhs),
                AssignOp::Op(bop) => {
                    if lhs.len() != 1 || rhs.len() != 1 {
                        self.error(
                            s.span,
                            format!(
                                "assignment operation {}= requires single-valued expressions",
                                bop.as_str()
                            ),
                        );
                        return;
                    }
                    let mut x = self.binary_assign_op(*bop, &lhs[0], &rhs[0]);
                    let t = self.lhs_var(&lhs[0]);
                    if let Some(t) = t
                        && !x.is_invalid()
                    {
                        self.assignment(&mut x, Some(t), "assignment operation");
                    }
                }
            },
            StmtKind::Go(e) => self.suspended_call("go", e),
            StmtKind::Defer(e) => self.suspended_call("defer", e),
            StmtKind::Return(results) => self.return_stmt(s, results),
            StmtKind::Break(label) => {
                if label.is_none() && !ctx.break_ok {
                    self.error(s.span, "break is not in a loop, switch, or select");
                }
            }
            StmtKind::Continue(label) => {
                if label.is_none() && !ctx.continue_ok {
                    self.error(s.span, "continue is not in a loop");
                }
            }
            StmtKind::Fallthrough => {
                if !ctx.fallthrough_ok {
                    let msg = if ctx.final_switch_case {
                        "cannot fallthrough final case in switch"
                    } else if ctx.in_type_switch {
                        "cannot fallthrough in type switch"
                    } else {
                        "fallthrough statement out of place"
                    };
                    self.error(s.span, msg);
                }
            }
            StmtKind::Block(b) => self.block(b, inner),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.open_scope();
                self.simple_stmt(init.as_deref());
                let x = self.expr(cond);
                if !x.is_invalid() && !self.is_boolean(x.ty) {
                    self.error(cond.span, "non-boolean condition in if statement");
                }
                self.block(then, inner);
                if let Some(e) = els {
                    self.stmt(e, inner);
                }
                self.close_scope();
            }
            StmtKind::Switch { init, tag, clauses } => {
                let inner = Ctx {
                    break_ok: true,
                    ..inner
                };
                self.open_scope();
                self.simple_stmt(init.as_deref());
                self.switch_stmt(s, tag.as_ref(), clauses, inner);
                self.close_scope();
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                clauses,
            } => {
                let inner = Ctx {
                    break_ok: true,
                    in_type_switch: true,
                    ..inner
                };
                self.open_scope();
                self.simple_stmt(init.as_deref());
                self.type_switch_stmt(bind.as_ref(), x, clauses, inner);
                self.close_scope();
            }
            StmtKind::Select(clauses) => {
                let inner = Ctx {
                    break_ok: true,
                    ..inner
                };
                self.check_multiple_defaults(clauses.iter().map(|c| (c.comm.is_none(), c.span)));
                for c in clauses {
                    let valid = match c.comm.as_deref().map(|s| &s.kind) {
                        None | Some(StmtKind::Send { .. }) => true,
                        Some(StmtKind::Expr(e)) => is_recv(e),
                        Some(StmtKind::Assign {
                            rhs,
                            op: AssignOp::Assign | AssignOp::Define,
                            ..
                        }) => rhs.len() == 1 && is_recv(&rhs[0]),
                        _ => false,
                    };
                    if !valid {
                        if let Some(cs) = &c.comm {
                            self.error(cs.span, "select case must be receive, send or assign recv");
                        }
                        continue;
                    }
                    self.open_scope();
                    if let Some(cs) = &c.comm {
                        self.stmt(cs, inner);
                    }
                    self.stmt_list(&c.body, inner);
                    self.close_scope();
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                let inner = Ctx {
                    break_ok: true,
                    continue_ok: true,
                    ..inner
                };
                self.open_scope();
                self.simple_stmt(init.as_deref());
                if let Some(c) = cond {
                    let x = self.expr(c);
                    if !x.is_invalid() && !self.is_boolean(x.ty) {
                        self.error(c.span, "non-boolean condition in for statement");
                    }
                }
                self.simple_stmt(post.as_deref());
                self.block(body, inner);
                self.close_scope();
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => {
                let inner = Ctx {
                    break_ok: true,
                    continue_ok: true,
                    ..inner
                };
                self.range_stmt(s, key.as_ref(), value.as_ref(), *define, x, body, inner);
            }
            StmtKind::Labeled { stmt, .. } => self.stmt(stmt, ctx),
        }
    }

    fn check_multiple_defaults(&mut self, it: impl Iterator<Item = (bool, Span)>) {
        let mut first: Option<Span> = None;
        for (is_default, sp) in it {
            if is_default {
                if first.is_some() {
                    self.error(sp, "multiple defaults in switch");
                } else {
                    first = Some(sp);
                }
            }
        }
    }

    /// Whether an expression statement's expression is a call or receive (types2's
    /// "statement" kind).
    fn is_statement_expr(&self, e: &Expr) -> bool {
        let e = e.unparen();
        match &e.kind {
            ExprKind::Call { func, .. } => match self.info.types.get(&func.id).map(|tv| tv.mode) {
                Some(crate::Mode::Type) => false,
                Some(crate::Mode::Builtin(b)) => !matches!(
                    b,
                    Builtin::Append
                        | Builtin::Cap
                        | Builtin::Len
                        | Builtin::Make
                        | Builtin::New
                        | Builtin::Min
                        | Builtin::Max
                ),
                _ => true,
            },
            ExprKind::Unary(UnaryOp::Recv, _) => true,
            _ => false,
        }
    }

    fn expr_stmt(&mut self, e: &Expr) {
        let mut x = self.raw_expr(e, None);
        if x.mode == OMode::Invalid {
            return;
        }
        let msg = match x.mode {
            OMode::Builtin(_) => "must be called",
            OMode::Type => "is not an expression",
            _ => {
                if self.is_statement_expr(e) {
                    return;
                }
                "is not used"
            }
        };
        x.expr = Some(e);
        let s = self.op_str(&x);
        self.error(e.span, format!("{s} {msg}"));
    }

    fn suspended_call(&mut self, kw: &str, e: &Expr) {
        if !matches!(e.kind, ExprKind::Call { .. }) {
            let what = if matches!(e.kind, ExprKind::Paren(_)) {
                "must not be parenthesized"
            } else {
                "must be function call"
            };
            self.error(e.span, format!("expression in {kw} {what}"));
            let _ = self.raw_expr(e, None);
            return;
        }
        let x = self.raw_expr(e, None);
        if x.mode == OMode::Invalid {
            return;
        }
        let ExprKind::Call { func, .. } = &e.kind else {
            return;
        };
        let msg = match self.info.types.get(&func.id).map(|tv| tv.mode) {
            Some(crate::Mode::Type) => "requires function call, not conversion",
            _ if self.is_statement_expr(e) => return,
            _ => "discards result of",
        };
        let s = self.op_str(&x);
        self.error(e.span, format!("{kw} {msg} {s}"));
    }

    /// Evaluates an assignment's left-hand side (without counting it as a use of a
    /// variable it names); returns its type, or `None` for `_` or on error.
    fn lhs_var(&mut self, lhs: &Expr) -> Option<TypeId> {
        let u = lhs.unparen();
        if let ExprKind::Ident(id) = &u.kind
            && is_blank(&id.name)
        {
            return None;
        }
        let mut restore: Option<(ObjId, bool)> = None;
        if let ExprKind::Ident(id) = &u.kind
            && let Some(o) = self.lookup_name(&id.name)
            && matches!(self.obj(o).kind, ObjKind::Var(_))
        {
            restore = Some((o, self.used.contains(&o)));
        }
        let x = self.expr(lhs);
        if let Some((o, was)) = restore
            && !was
        {
            self.used.remove(&o);
        }
        if x.is_invalid() {
            return None;
        }
        match x.mode {
            OMode::Variable | OMode::MapIndex => Some(x.ty),
            _ => {
                if let ExprKind::Selector(sx, _) = &u.kind
                    && self
                        .info
                        .types
                        .get(&sx.id)
                        .is_some_and(|tv| tv.mode == crate::Mode::MapIndex)
                {
                    let s = expr_string(lhs);
                    self.error(
                        lhs.span,
                        format!("cannot assign to struct field {s} in map"),
                    );
                    return None;
                }
                let s = expr_string(lhs);
                self.error(
                    lhs.span,
                    format!(
                        "cannot assign to {s} (neither addressable nor a map index expression)"
                    ),
                );
                None
            }
        }
    }

    /// `lhs = x` for an evaluated `x`.
    fn assign_var(&mut self, lhs: &Expr, x: &mut Operand<'_>, t: Option<Option<TypeId>>) {
        let t = match t {
            Some(t) => t,
            None => self.lhs_var(lhs),
        };
        let blank = matches!(&lhs.unparen().kind, ExprKind::Ident(id) if is_blank(&id.name));
        if blank {
            self.assignment(x, None, "assignment to _ identifier");
            let ty = if x.is_invalid() {
                TypeId::INVALID
            } else {
                x.ty
            };
            self.record(lhs.id, OMode::Value, ty, None);
            if lhs.unparen().id != lhs.id {
                self.record(lhs.unparen().id, OMode::Value, ty, None);
            }
            return;
        }
        let Some(t) = t else {
            return;
        };
        self.assignment(x, Some(t), "assignment");
        if x.is_invalid()
            && let ExprKind::Ident(id) = &lhs.unparen().kind
            && let Some(o) = self.lookup_name(&id.name)
        {
            self.used.insert(o);
        }
    }

    fn assign_vars(&mut self, lhs: &[Expr], rhs: &[Expr]) {
        let (l, r) = (lhs.len(), rhs.len());
        let is_call = r == 1 && matches!(rhs[0].unparen().kind, ExprKind::Call { .. });
        if l == r && !is_call {
            for (le, re) in lhs.iter().zip(rhs) {
                let t = if matches!(&le.unparen().kind, ExprKind::Ident(id) if is_blank(&id.name)) {
                    None
                } else {
                    match self.lhs_var(le) {
                        Some(t) => Some(t),
                        None => {
                            let _ = self.raw_expr(re, None);
                            continue;
                        }
                    }
                };
                let mut x = self.expr(re);
                self.assign_var(le, &mut x, Some(t));
            }
            return;
        }
        if r != 1 {
            for le in lhs {
                self.use_lhs(le);
            }
            let ok = rhs.iter().all(|re| !self.raw_expr(re, None).is_invalid());
            if ok {
                let msg = self.mismatch_msg(l, &rhs[0], r);
                self.error(rhs[0].span, msg);
            }
            return;
        }
        let Some(vals) = self.multi_value(&rhs[0], l == 2) else {
            for le in lhs {
                self.use_lhs(le);
            }
            return;
        };
        if vals.len() == l {
            for (le, mut x) in lhs.iter().zip(vals) {
                self.assign_var(le, &mut x, None);
            }
            return;
        }
        let msg = self.mismatch_msg(l, &rhs[0], vals.len());
        self.error(rhs[0].span, msg);
        for le in lhs {
            self.use_lhs(le);
        }
    }

    /// Evaluates an lhs expression after an error (for the side tables).
    fn use_lhs(&mut self, le: &Expr) {
        if let ExprKind::Ident(id) = &le.unparen().kind
            && is_blank(&id.name)
        {
            self.record(le.id, OMode::Value, TypeId::INVALID, None);
            return;
        }
        let _ = self.lhs_var_quiet(le);
    }

    fn lhs_var_quiet(&mut self, le: &Expr) -> Option<TypeId> {
        let n = self.diags.len();
        let t = self.lhs_var(le);
        self.diags.truncate(n);
        t
    }

    fn short_var_decl(&mut self, s: &Stmt, lhs: &[Expr], rhs: &[Expr]) {
        let mut new_vars: Vec<(ast::Ident, ObjId)> = vec![];
        let mut fresh: Vec<ObjId> = vec![];
        let mut lhs_vars: Vec<Option<ObjId>> = vec![];
        let mut seen: Vec<String> = vec![];
        let mut redeclared_ok = true;
        for le in lhs {
            let ExprKind::Ident(id) = &le.kind else {
                let es = expr_string(le);
                self.error(le.span, format!("non-name {es} on left side of :="));
                self.use_lhs(le);
                lhs_vars.push(None);
                redeclared_ok = false;
                continue;
            };
            if !is_blank(&id.name) {
                if seen.contains(&id.name) {
                    self.error(le.span, format!("{} repeated on left side of :=", id.name));
                    lhs_vars.push(None);
                    continue;
                }
                seen.push(id.name.clone());
            }
            let existing = if is_blank(&id.name) {
                None
            } else {
                self.scopes
                    .last()
                    .and_then(|sc| sc.names.get(&id.name).copied())
            };
            if let Some(o) = existing {
                self.record_use(id, o);
                if matches!(self.obj(o).kind, ObjKind::Var(_)) {
                    lhs_vars.push(Some(o));
                } else {
                    self.error(le.span, format!("cannot assign to {}", id.name));
                    lhs_vars.push(None);
                }
                continue;
            }
            let o = self.new_var(id, VarKind::Local, TypeId::INVALID);
            self.record_def(id, o);
            fresh.push(o);
            if !is_blank(&id.name) {
                new_vars.push((id.clone(), o));
            }
            lhs_vars.push(Some(o));
        }
        self.init_var_list(&lhs_vars, &fresh, rhs, lhs);
        for (id, o) in &new_vars {
            self.locals.push(*o);
            let ty = self.obj(*o).ty;
            self.record(
                lhs.iter()
                    .find(|e| matches!(&e.kind, ExprKind::Ident(i) if i.id == id.id))
                    .map_or(id.id, |e| e.id),
                OMode::Variable,
                ty,
                None,
            );
            if let Some(scope) = self.scopes.last_mut() {
                scope.names.insert(id.name.clone(), *o);
            }
        }
        // Record types of redeclared / blank lhs identifiers.
        for (le, o) in lhs.iter().zip(&lhs_vars) {
            if self.info.types.contains_key(&le.id) {
                continue;
            }
            let ty = o.map(|o| self.obj(o).ty).unwrap_or(TypeId::INVALID);
            self.record(le.id, OMode::Variable, ty, None);
        }
        if new_vars.is_empty() && redeclared_ok {
            let lo = rhs
                .first()
                .map_or(s.span.lo, |r| r.span.lo.saturating_sub(3))
                .max(lhs.last().map_or(0, |l| l.span.hi));
            let sp = Span {
                file: s.span.file,
                lo,
                hi: lo + 2,
            };
            self.error(sp, "no new variables on left side of :=");
        }
    }

    /// types2's `initVars` for `:=` (lhs variables with or without types yet).
    fn init_var_list(
        &mut self,
        lhs: &[Option<ObjId>],
        new_vars: &[ObjId],
        rhs: &[Expr],
        lhs_exprs: &[Expr],
    ) {
        let (l, r) = (lhs.len(), rhs.len());
        let is_call = r == 1 && matches!(rhs[0].unparen().kind, ExprKind::Call { .. });
        let init = |c: &mut Checker, o: Option<ObjId>, x: &mut Operand<'_>, le: &Expr| {
            let Some(o) = o else {
                let blank = matches!(&le.kind, ExprKind::Ident(id) if is_blank(&id.name));
                if blank {
                    c.assignment(x, None, "assignment");
                }
                return;
            };
            if new_vars.contains(&o) || c.obj(o).ty == TypeId::INVALID && new_vars.contains(&o) {
                if x.is_invalid() {
                    c.obj_mut(o).ty = TypeId::INVALID;
                    c.used.insert(o);
                    return;
                }
                let t = c.init_var_type(x, None, "assignment");
                c.obj_mut(o).ty = t;
                if c.last_init_failed {
                    c.used.insert(o);
                }
            } else {
                let t = c.obj(o).ty;
                if !x.is_invalid() {
                    c.assignment(x, Some(t), "assignment");
                }
                if x.is_invalid() {
                    c.used.insert(o);
                }
            }
        };
        if l == r && !is_call {
            for i in 0..l {
                let mut x = self.expr(&rhs[i]);
                init(self, lhs[i], &mut x, &lhs_exprs[i]);
            }
            return;
        }
        let invalidate = |c: &mut Checker| {
            for o in new_vars {
                c.obj_mut(*o).ty = TypeId::INVALID;
                c.used.insert(*o);
            }
        };
        if r != 1 {
            let ok = rhs.iter().all(|re| !self.raw_expr(re, None).is_invalid());
            if ok {
                let msg = self.mismatch_msg(l, &rhs[0], r);
                self.error(rhs[0].span, msg);
            }
            invalidate(self);
            return;
        }
        let Some(vals) = self.multi_value(&rhs[0], l == 2) else {
            invalidate(self);
            return;
        };
        if vals.len() == l {
            for (i, mut x) in vals.into_iter().enumerate() {
                init(self, lhs[i], &mut x, &lhs_exprs[i]);
            }
            return;
        }
        let msg = self.mismatch_msg(l, &rhs[0], vals.len());
        self.error(rhs[0].span, msg);
        invalidate(self);
    }

    fn return_stmt(&mut self, s: &Stmt, results: &[Expr]) {
        let want = self.fctx.results.clone();
        if results.is_empty() {
            if !want.is_empty() && self.fctx.named_results.is_empty() {
                let sp = Span {
                    file: s.span.file,
                    lo: s.span.lo,
                    hi: s.span.lo + 6,
                };
                self.error_help(
                    sp,
                    "not enough return values",
                    format!("have ()\nwant {}", self.types_summary_pub(&want)),
                );
            } else {
                // Named results must not be shadowed at the return.
                let named = self.fctx.named_results.clone();
                for o in named {
                    let name = self.obj(o).name.clone();
                    if let Some(alt) = self.lookup_name(&name)
                        && alt != o
                    {
                        let sp = self.obj(alt).span;
                        self.diags.push(
                            Diagnostic::error(
                                s.span,
                                format!("result parameter {name} not in scope at return"),
                            )
                            .with_note(sp, format!("inner declaration of {name}")),
                        );
                    }
                }
            }
            return;
        }
        let (l, r) = (want.len(), results.len());
        let is_call = r == 1 && matches!(results[0].unparen().kind, ExprKind::Call { .. });
        let mut ops: Vec<Operand<'_>> = vec![];
        if l == r && !is_call {
            for (i, e) in results.iter().enumerate() {
                let mut x = self.expr(e);
                self.assignment(&mut x, Some(want[i]), "return statement");
            }
            return;
        }
        if r == 1 {
            match self.multi_value(&results[0], false) {
                Some(v) => ops = v,
                None => return,
            }
            if ops.len() == l {
                for (i, mut x) in ops.into_iter().enumerate() {
                    self.assignment(&mut x, Some(want[i]), "return statement");
                }
                return;
            }
        } else {
            for e in results {
                let x = self.expr(e);
                if x.is_invalid() {
                    return;
                }
                ops.push(x);
            }
        }
        let rn = ops.len();
        let (at, q) = if rn > l {
            (ops[l].span, "too many")
        } else if rn > 0 {
            (ops[rn - 1].span, "not enough")
        } else {
            (s.span, "not enough")
        };
        let have: Vec<TypeId> = ops.iter().map(|o| o.ty).collect();
        let (hs, ws) = (self.types_summary_pub(&have), self.types_summary_pub(&want));
        self.error(at, format!("{q} return values\n\thave {hs}\n\twant {ws}"));
    }

    pub(super) fn types_summary_pub(&self, list: &[TypeId]) -> String {
        let mut res = vec![];
        for &t in list {
            let s = if t == TypeId::INVALID {
                "unknown type".to_string()
            } else if self.types.is_untyped(t) {
                if self.is_numeric(t) {
                    "number".to_string()
                } else {
                    self.tstr(t).replace("untyped ", "")
                }
            } else {
                self.tstr(t)
            };
            res.push(s);
        }
        format!("({})", res.join(", "))
    }

    fn switch_stmt(
        &mut self,
        _s: &Stmt,
        tag: Option<&Expr>,
        clauses: &[ast::CaseClause],
        inner: Ctx,
    ) {
        let mut x: Operand<'_> = match tag {
            Some(t) => {
                let mut x = self.expr(t);
                self.assignment(&mut x, None, "switch expression");
                if !x.is_invalid()
                    && !crate::lookup::comparable(&self.types, x.ty)
                    && !self.has_nil(x.ty)
                {
                    let (xs, ts) = (self.op_str(&x), self.tstr(x.ty));
                    self.error(
                        t.span,
                        format!("cannot switch on {xs} ({ts} is not comparable)"),
                    );
                    x.mode = OMode::Invalid;
                }
                x
            }
            None => Operand {
                mode: OMode::Const,
                ty: TypeId::BOOL,
                val: Some(CVal::Bool(true)),
                expr: None,
                span: Span::default(),
            },
        };
        if tag.is_none() {
            x.expr = None;
        }
        self.check_multiple_defaults(clauses.iter().map(|c| (c.exprs.is_none(), c.span)));
        let mut seen: Vec<(CVal, TypeId, Span)> = vec![];
        for (i, c) in clauses.iter().enumerate() {
            let mut cc = inner;
            if i + 1 < clauses.len() {
                cc.fallthrough_ok = true;
            } else {
                cc.final_switch_case = true;
            }
            if let Some(exprs) = &c.exprs {
                for e in exprs {
                    self.case_value(&x, e, &mut seen, tag);
                }
            }
            self.open_scope();
            self.stmt_list(&c.body, cc);
            self.close_scope();
        }
    }

    fn case_value(
        &mut self,
        x: &Operand<'_>,
        e: &Expr,
        seen: &mut Vec<(CVal, TypeId, Span)>,
        tag: Option<&Expr>,
    ) {
        let mut v = self.expr(e);
        if x.is_invalid() || v.is_invalid() {
            return;
        }
        self.convert_untyped(&mut v, x.ty);
        if v.is_invalid() {
            return;
        }
        let res = v.clone();
        let mut xx = x.clone();
        if tag.is_none() {
            xx.expr = None;
        }
        let r = self.comparison_switch(e, res, xx);
        if r.is_invalid() {
            return;
        }
        if v.mode != OMode::Const {
            return;
        }
        let Some(val) = v.val.clone() else { return };
        if let Some((_, _, psp)) = seen.iter().find(|(sv, st, _)| {
            *st == v.ty && crate::constant::compare(ast::BinaryOp::Eq, sv, &val) == Some(true)
        }) {
            let psp = *psp;
            let s = self.op_str(&v);
            self.diags.push(
                Diagnostic::error(e.span, format!("duplicate case {s} in expression switch"))
                    .with_note(psp, "previous case"),
            );
            return;
        }
        seen.push((val, v.ty, e.span));
    }

    fn comparison_switch<'a>(
        &mut self,
        e: &'a Expr,
        v: Operand<'a>,
        x: Operand<'a>,
    ) -> Operand<'a> {
        self.comparison(e, ast::BinaryOp::Eq, v, x, true)
    }

    fn type_switch_stmt(
        &mut self,
        bind: Option<&ast::Ident>,
        x: &Expr,
        clauses: &[ast::TypeCaseClause],
        inner: Ctx,
    ) {
        let mut bind = bind;
        if let Some(b) = bind
            && is_blank(&b.name)
        {
            self.error(b.span, "no new variable on left side of :=");
            bind = None;
        }
        let xo = self.expr(x);
        let sx = if xo.is_invalid() {
            None
        } else if self.types.is_interface(xo.ty) {
            Some(xo.clone())
        } else {
            let s = self.op_str(&xo);
            self.error(x.span, format!("{s} is not an interface"));
            None
        };
        // The type-switch guard `x.(type)` itself: record like `x`.
        self.check_multiple_defaults(clauses.iter().map(|c| (c.types.is_none(), c.span)));
        let mut seen: Vec<(Option<TypeId>, Span)> = vec![];
        let mut clause_objs = vec![];
        for c in clauses {
            let mut t: Option<TypeId> = None;
            let cases = c.types.as_deref().unwrap_or(&[]);
            for e in cases {
                let is_nil = matches!(&e.unparen().kind, ExprKind::Ident(id) if id.name == "nil")
                    && self
                        .lookup_name("nil")
                        .is_some_and(|o| matches!(self.obj(o).kind, ObjKind::Nil));
                let ct = if is_nil {
                    let _ = self.expr(e);
                    if let Some(sx) = &sx {
                        self.update_expr_type(e, sx.ty);
                    }
                    None
                } else {
                    let tt = self.type_expr(e);
                    if tt == TypeId::INVALID {
                        t = None;
                        continue;
                    }
                    Some(tt)
                };
                t = ct;
                if let Some((_, psp)) = seen.iter().find(|(st, _)| *st == ct) {
                    let psp = *psp;
                    let ts = match ct {
                        Some(tt) => self.tstr(tt),
                        None => "nil".into(),
                    };
                    self.diags.push(
                        Diagnostic::error(e.span, format!("duplicate case {ts} in type switch"))
                            .with_note(psp, "previous case"),
                    );
                    continue;
                }
                seen.push((ct, e.span));
                if let (Some(sx), Some(tt)) = (&sx, ct) {
                    self.check_type_assertion(sx, tt, e.span, e, true);
                }
            }
            self.open_scope();
            if let Some(b) = bind {
                let vt = if cases.len() != 1 || t.is_none() {
                    sx.as_ref().map_or(TypeId::INVALID, |s| s.ty)
                } else {
                    t.unwrap_or(TypeId::INVALID)
                };
                let id = c.implicit.clone().unwrap_or_else(|| b.clone());
                let o = self.new_var(&id, VarKind::Local, vt);
                self.record_def(&id, o);
                if let Some(sc) = self.scopes.last_mut() {
                    sc.names.insert(b.name.clone(), o);
                }
                clause_objs.push(o);
            }
            self.stmt_list(&c.body, inner);
            self.close_scope();
        }
        if let Some(b) = bind {
            self.ts_binders.push((b.span, b.name.clone(), clause_objs));
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn range_stmt(
        &mut self,
        s: &Stmt,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &ast::Block,
        inner: Ctx,
    ) {
        let mut xo = self.expr(x);
        let mut kt: Option<TypeId> = None;
        let mut vt: Option<TypeId> = None;
        let mut ok = false;
        if !xo.is_invalid() {
            let mut u = self.types.underlying(xo.ty);
            if let TypeKind::Pointer(p) = self.types.kind(u)
                && let TypeKind::Array(..) = self.types.under(*p)
            {
                u = self.types.underlying(*p);
            }
            let mut cause = String::new();
            match self.types.kind(u).clone() {
                TypeKind::Basic(b) if b.is_string() => {
                    kt = Some(TypeId::INT);
                    vt = Some(TypeId::INT32);
                    ok = true;
                }
                TypeKind::Basic(b) if b.is_integer() => {
                    kt = Some(xo.ty);
                    ok = true;
                }
                TypeKind::Array(_, e) | TypeKind::Slice(e) => {
                    kt = Some(TypeId::INT);
                    vt = Some(e);
                    ok = true;
                }
                TypeKind::Map(k, v) => {
                    kt = Some(k);
                    vt = Some(v);
                    ok = true;
                }
                TypeKind::Chan(dir, e) => {
                    if dir == ast::ChanDir::Send {
                        cause = "receive from send-only channel".into();
                    } else {
                        kt = Some(e);
                        ok = true;
                    }
                }
                _ => {}
            }
            let xs = self.op_str(&xo);
            if !ok && !cause.is_empty() {
                self.error(x.span, format!("cannot range over {xs}: {cause}"));
            } else if !ok {
                self.error(x.span, format!("cannot range over {xs}"));
            } else if value.is_some() && vt.is_none() {
                self.error(
                    value.map_or(x.span, |v| v.span),
                    format!("range over {xs} permits only one iteration variable"),
                );
            }
        }
        self.open_scope();
        let const_int_range = xo.mode == OMode::Const && self.is_integer(xo.ty);
        let lhs = [key, value];
        let rhs = [kt, vt];
        if define {
            let mut vars: Vec<(ast::Ident, ObjId)> = vec![];
            for i in 0..2 {
                let Some(le) = lhs[i] else { continue };
                let ExprKind::Ident(id) = &le.kind else {
                    let s = expr_string(le);
                    self.error(le.span, format!("cannot declare {s}"));
                    continue;
                };
                let o = self.new_var(id, VarKind::Local, TypeId::INVALID);
                self.record_def(id, o);
                if !is_blank(&id.name) {
                    vars.push((id.clone(), o));
                }
                let Some(t) = rhs[i] else {
                    self.used.insert(o);
                    self.record(le.id, OMode::Variable, TypeId::INVALID, None);
                    continue;
                };
                if t == TypeId::INVALID || !ok {
                    self.used.insert(o);
                    self.record(le.id, OMode::Variable, TypeId::INVALID, None);
                    continue;
                }
                let ty = if const_int_range {
                    self.init_var_type(&mut xo, None, "range clause")
                } else {
                    let mut y = Operand {
                        mode: OMode::Value,
                        ty: t,
                        val: None,
                        expr: Some(le),
                        span: le.span,
                    };
                    self.init_var_type(&mut y, None, "assignment")
                };
                self.obj_mut(o).ty = ty;
                self.record(le.id, OMode::Variable, ty, None);
            }
            for (id, o) in &vars {
                self.locals.push(*o);
                if let Some(sc) = self.scopes.last_mut() {
                    sc.names.insert(id.name.clone(), *o);
                }
            }
            if vars.is_empty() && (key.is_some() || value.is_some()) {
                let sp = Span {
                    file: s.span.file,
                    lo: s.span.lo,
                    hi: s.span.lo + 3,
                };
                self.error(sp, "no new variables on left side of :=");
            }
        } else if key.is_some() {
            for i in 0..2 {
                let Some(le) = lhs[i] else { continue };
                let Some(t) = rhs[i].filter(|&t| t != TypeId::INVALID && ok) else {
                    self.use_lhs(le);
                    continue;
                };
                if const_int_range {
                    let lt = self.lhs_var(le);
                    let blank =
                        matches!(&le.unparen().kind, ExprKind::Ident(id) if is_blank(&id.name));
                    if blank {
                        self.assignment(&mut xo, None, "range clause");
                        self.record(le.id, OMode::Value, xo.ty, None);
                    } else if let Some(lt) = lt {
                        self.assignment(&mut xo, Some(lt), "range clause");
                        if !xo.is_invalid() && !self.is_integer(xo.ty) {
                            let ts = self.tstr(xo.ty);
                            self.error(
                                le.span,
                                format!("cannot use iteration variable of type {ts}"),
                            );
                        }
                    }
                } else {
                    let mut y = Operand {
                        mode: OMode::Value,
                        ty: t,
                        val: None,
                        expr: Some(le),
                        span: le.span,
                    };
                    self.assign_var(le, &mut y, None);
                }
            }
        } else if const_int_range {
            self.assignment(&mut xo, None, "range clause");
        }
        if !xo.is_invalid() && self.types.is_untyped(xo.ty) {
            let d = default_type(xo.ty);
            self.update_untyped(x, d);
        }
        self.block(body, inner);
        self.close_scope();
    }

    // ----- labels -----

    /// Checks labels of one function body: definitions, uses by break/continue, and
    /// unused labels (syntax package's `checkBranches`).
    pub(super) fn check_labels(&mut self, body: &ast::Block) {
        let mut labels: FxHashMap<String, (ObjId, Span, bool)> = FxHashMap::default();
        self.collect_labels(&body.stmts, &mut labels);
        let mut stack: Vec<(String, bool)> = vec![];
        self.walk_branches(&body.stmts, &mut labels, &mut stack);
        let mut unused: Vec<(Span, String)> = labels
            .iter()
            .filter(|(_, (_, _, used))| !used)
            .map(|(n, (_, sp, _))| (*sp, n.clone()))
            .collect();
        unused.sort_by_key(|(sp, _)| sp.lo);
        for (sp, n) in unused {
            self.error(sp, format!("label {n} defined and not used"));
        }
    }

    fn collect_labels(
        &mut self,
        stmts: &[Stmt],
        labels: &mut FxHashMap<String, (ObjId, Span, bool)>,
    ) {
        for s in stmts {
            self.collect_labels_stmt(s, labels);
        }
    }

    fn collect_labels_stmt(
        &mut self,
        s: &Stmt,
        labels: &mut FxHashMap<String, (ObjId, Span, bool)>,
    ) {
        match &s.kind {
            StmtKind::Labeled { label, stmt } => {
                if !is_blank(&label.name) {
                    if let Some((_, psp, _)) = labels.get(&label.name) {
                        let psp = *psp;
                        let at = self.at_pos(psp);
                        self.diags.push(
                            Diagnostic::error(
                                label.span,
                                format!("label {} already defined{at}", label.name),
                            )
                            .with_note(psp, "previous definition"),
                        );
                    } else {
                        let path = self.pkg.path.clone();
                        let o = self.new_obj(
                            &label.name,
                            ObjKind::Label,
                            TypeId::INVALID,
                            label.span,
                            &path,
                        );
                        self.record_def(label, o);
                        labels.insert(label.name.clone(), (o, label.span, false));
                    }
                }
                self.collect_labels_stmt(stmt, labels);
            }
            StmtKind::Block(b) => self.collect_labels(&b.stmts, labels),
            StmtKind::If { then, els, .. } => {
                self.collect_labels(&then.stmts, labels);
                if let Some(e) = els {
                    self.collect_labels_stmt(e, labels);
                }
            }
            StmtKind::Switch { clauses, .. } => {
                for c in clauses {
                    self.collect_labels(&c.body, labels);
                }
            }
            StmtKind::TypeSwitch { clauses, .. } => {
                for c in clauses {
                    self.collect_labels(&c.body, labels);
                }
            }
            StmtKind::Select(clauses) => {
                for c in clauses {
                    self.collect_labels(&c.body, labels);
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                self.collect_labels(&body.stmts, labels)
            }
            _ => {}
        }
    }

    fn walk_branches(
        &mut self,
        stmts: &[Stmt],
        labels: &mut FxHashMap<String, (ObjId, Span, bool)>,
        stack: &mut Vec<(String, bool)>,
    ) {
        for s in stmts {
            self.walk_branch_stmt(s, labels, stack, None);
        }
    }

    fn walk_branch_stmt(
        &mut self,
        s: &Stmt,
        labels: &mut FxHashMap<String, (ObjId, Span, bool)>,
        stack: &mut Vec<(String, bool)>,
        label: Option<&str>,
    ) {
        match &s.kind {
            StmtKind::Labeled { label: l, stmt } => {
                self.walk_branch_stmt(stmt, labels, stack, Some(&l.name))
            }
            StmtKind::Break(Some(l)) | StmtKind::Continue(Some(l)) => {
                let is_break = matches!(s.kind, StmtKind::Break(_));
                let kw = if is_break { "break" } else { "continue" };
                match labels.get_mut(&l.name) {
                    None => {
                        self.error(l.span, format!("{kw} label not defined: {}", l.name));
                    }
                    Some((o, _, used)) => {
                        *used = true;
                        let o = *o;
                        self.record_use(l, o);
                        let ok = stack
                            .iter()
                            .any(|(n, is_loop)| *n == l.name && (is_break || *is_loop));
                        if !ok {
                            self.error(l.span, format!("invalid {kw} label {}", l.name));
                        }
                    }
                }
            }
            StmtKind::Block(b) => self.walk_branches(&b.stmts, labels, stack),
            StmtKind::If { then, els, .. } => {
                self.walk_branches(&then.stmts, labels, stack);
                if let Some(e) = els {
                    self.walk_branch_stmt(e, labels, stack, None);
                }
            }
            StmtKind::Switch { clauses, .. } => {
                stack.push((label.unwrap_or("").to_string(), false));
                for c in clauses {
                    self.walk_branches(&c.body, labels, stack);
                }
                stack.pop();
            }
            StmtKind::TypeSwitch { clauses, .. } => {
                stack.push((label.unwrap_or("").to_string(), false));
                for c in clauses {
                    self.walk_branches(&c.body, labels, stack);
                }
                stack.pop();
            }
            StmtKind::Select(clauses) => {
                stack.push((label.unwrap_or("").to_string(), false));
                for c in clauses {
                    self.walk_branches(&c.body, labels, stack);
                }
                stack.pop();
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                stack.push((label.unwrap_or("").to_string(), true));
                self.walk_branches(&body.stmts, labels, stack);
                stack.pop();
            }
            _ => {}
        }
    }

    // ----- terminating statements -----

    pub(super) fn is_terminating_list(&self, stmts: &[Stmt]) -> bool {
        let mut n = stmts.len();
        while n > 0 && matches!(stmts[n - 1].kind, StmtKind::Empty) {
            n -= 1;
        }
        n > 0 && self.is_terminating(&stmts[n - 1], None)
    }

    fn is_terminating(&self, s: &Stmt, label: Option<&str>) -> bool {
        match &s.kind {
            StmtKind::Return(_) => true,
            StmtKind::Expr(e) => {
                if let ExprKind::Call { func, .. } = &e.unparen().kind {
                    return self
                        .info
                        .types
                        .get(&func.id)
                        .is_some_and(|tv| tv.mode == crate::Mode::Builtin(Builtin::Panic));
                }
                false
            }
            StmtKind::Block(b) => self.is_terminating_list(&b.stmts),
            StmtKind::If {
                then, els: Some(e), ..
            } => self.is_terminating_list(&then.stmts) && self.is_terminating(e, None),
            StmtKind::If { els: None, .. } => false,
            StmtKind::Labeled { label, stmt } => self.is_terminating(stmt, Some(&label.name)),
            StmtKind::For {
                cond: None, body, ..
            } => !has_break_list(&body.stmts, label, true),
            StmtKind::Switch { clauses, .. } => {
                let has_default = clauses.iter().any(|c| c.exprs.is_none());
                has_default
                    && clauses.iter().all(|c| {
                        (self.is_terminating_list(&c.body) || ends_in_fallthrough(&c.body))
                            && !has_break_list(&c.body, label, true)
                    })
            }
            StmtKind::TypeSwitch { clauses, .. } => {
                let has_default = clauses.iter().any(|c| c.types.is_none());
                has_default
                    && clauses.iter().all(|c| {
                        self.is_terminating_list(&c.body) && !has_break_list(&c.body, label, true)
                    })
            }
            StmtKind::Select(clauses) => clauses.iter().all(|c| {
                self.is_terminating_list(&c.body) && !has_break_list(&c.body, label, true)
            }),
            _ => false,
        }
    }
}

fn is_recv(e: &Expr) -> bool {
    matches!(&e.unparen().kind, ExprKind::Unary(UnaryOp::Recv, _))
}

fn ends_in_fallthrough(stmts: &[Stmt]) -> bool {
    stmts
        .iter()
        .rev()
        .find(|s| !matches!(s.kind, StmtKind::Empty))
        .is_some_and(|s| matches!(s.kind, StmtKind::Fallthrough))
}

/// Whether the statements contain a break targeting the enclosing statement (unlabeled
/// breaks count when `implicit`; labeled ones when they name `label`).
fn has_break_list(stmts: &[Stmt], label: Option<&str>, implicit: bool) -> bool {
    stmts.iter().any(|s| has_break(s, label, implicit))
}

fn has_break(s: &Stmt, label: Option<&str>, implicit: bool) -> bool {
    match &s.kind {
        StmtKind::Break(None) => implicit,
        StmtKind::Break(Some(l)) => label == Some(l.name.as_str()),
        StmtKind::Block(b) => has_break_list(&b.stmts, label, implicit),
        StmtKind::If { then, els, .. } => {
            has_break_list(&then.stmts, label, implicit)
                || els.as_ref().is_some_and(|e| has_break(e, label, implicit))
        }
        StmtKind::Labeled { stmt, .. } => has_break(stmt, label, implicit),
        StmtKind::Switch { clauses, .. } => {
            label.is_some()
                && clauses
                    .iter()
                    .any(|c| has_break_list(&c.body, label, false))
        }
        StmtKind::TypeSwitch { clauses, .. } => {
            label.is_some()
                && clauses
                    .iter()
                    .any(|c| has_break_list(&c.body, label, false))
        }
        StmtKind::Select(clauses) => {
            label.is_some()
                && clauses
                    .iter()
                    .any(|c| has_break_list(&c.body, label, false))
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            label.is_some() && has_break_list(&body.stmts, label, false)
        }
        _ => false,
    }
}

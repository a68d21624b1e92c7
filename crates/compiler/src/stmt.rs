//! Lowering of statements: declarations, assignments (Go's two-phase order), control
//! flow (if, for with per-iteration loop variables, range over ints/slices/arrays/
//! strings/maps, switch with fallthrough, type switch, labeled break/continue), return
//! (through the epilogue when the function defers), defer, and package initialisers.

use minigo_bytecode::{Instr, Reg};
use minigo_syntax::ast::{self, AssignOp, BinaryOp, Expr, ExprKind, Stmt, StmtKind};
use minigo_types::{Mode, ObjId, TypeId, TypeKind, VarInit};

use crate::Wrapper;
use crate::expr::Place;
use crate::func::{FnBuilder, Kind, Loop, Val, VarLoc};

impl<'a> FnBuilder<'a, '_> {
    pub fn block_stmts(&mut self, ss: &'a [Stmt]) {
        self.push_scope();
        for s in ss {
            self.stmt(s);
        }
        self.pop_scope();
    }

    fn def_obj(&self, id: &ast::Ident) -> Option<ObjId> {
        self.c.check.info.defs.get(&id.id).copied()
    }

    pub fn stmt(&mut self, s: &'a Stmt) {
        self.set_line(s.span);
        let mark = self.temp_mark();
        let label = self.pending_label.take();
        match &s.kind {
            StmtKind::Decl(d) => self.local_decl(d),
            StmtKind::Expr(e) => {
                if let ExprKind::Call { .. } = &e.unparen().kind {
                    self.call(e.unparen(), 0);
                } else {
                    self.expr(e);
                }
            }
            StmtKind::IncDec { x, inc } if self.reg_var_int(x).is_some() => {
                let (r, t) = self.reg_var_int(x).expect("checked");
                self.emit(Instr::AddIK {
                    dst: r,
                    a: r,
                    k: if *inc { 1 } else { -1 },
                });
                self.wrap_int(r, t);
            }
            StmtKind::IncDec { x, inc } => {
                let t = self.ty(x);
                let p = self.place(x);
                let v = self.load_place(p, t);
                let one = self.temp_for(t);
                if self.basic_of(t).is_some_and(|b| b.is_float()) {
                    let idx = self.c.const_word(1.0f64.to_bits());
                    self.emit(Instr::LoadConst { dst: one, idx });
                } else {
                    self.emit(Instr::LoadInt { dst: one, val: 1 });
                }
                let d = self.temp_for(t);
                self.arith(
                    if *inc { BinaryOp::Add } else { BinaryOp::Sub },
                    v.r,
                    one,
                    t,
                    t,
                    d,
                );
                self.store_place(p, t, Val { r: d, fresh: true });
            }
            StmtKind::Assign { lhs, op, rhs } => self.assign(lhs, *op, rhs),
            StmtKind::Return(es) => self.ret(es),
            StmtKind::Break(l) => {
                let idx = self.find_loop(l.as_ref().map(|i| i.name.as_str()), false);
                if let Some(i) = idx {
                    let j = self.jump();
                    self.loops[i].breaks.push(j);
                }
            }
            StmtKind::Continue(l) => {
                let idx = self.find_loop(l.as_ref().map(|i| i.name.as_str()), true);
                if let Some(i) = idx {
                    let j = self.jump();
                    self.loops[i].continues.push(j);
                }
            }
            StmtKind::Fallthrough | StmtKind::Empty | StmtKind::Bad => {}
            StmtKind::Block(b) => self.block_stmts(&b.stmts),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.push_scope();
                if let Some(i) = init {
                    self.stmt(i);
                }
                let c = self.expr(cond);
                let jf = self.jump_if(c.r, false);
                self.release_temps(mark);
                self.block_stmts(&then.stmts);
                match els {
                    Some(e) => {
                        let jend = self.jump();
                        self.patch_here(jf);
                        self.stmt(e);
                        self.patch_here(jend);
                    }
                    None => self.patch_here(jf),
                }
                self.pop_scope();
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => self.for_stmt(init, cond.as_ref(), post, body, label),
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => self.range_stmt(key.as_ref(), value.as_ref(), *define, x, body, label),
            StmtKind::Switch { init, tag, clauses } => {
                self.switch_stmt(init, tag.as_ref(), clauses, label)
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                clauses,
            } => self.type_switch(init, bind.as_ref(), x, clauses, label),
            StmtKind::Labeled { label: l, stmt } => {
                self.pending_label = Some(l.name.clone());
                self.stmt(stmt);
                self.pending_label = None;
            }
            StmtKind::Defer(e) => self.defer_stmt(e),
            StmtKind::Go(e) => self.go_stmt(s, e),
            StmtKind::Send { ch, value } => self.send_stmt(ch, value),
            StmtKind::Select(clauses) => self.select_stmt(clauses, label),
        }
        self.release_temps(mark);
    }

    fn find_loop(&self, label: Option<&str>, cont: bool) -> Option<usize> {
        (0..self.loops.len()).rev().find(|&i| {
            let l = &self.loops[i];
            match label {
                Some(name) => l.label.as_deref() == Some(name),
                None => !cont || l.is_loop,
            }
        })
    }

    fn local_decl(&mut self, d: &'a ast::GenDecl) {
        let ast::GenDecl::Var(specs, _) = d else {
            return;
        };
        for spec in specs {
            let types: Vec<TypeId> = spec
                .names
                .iter()
                .map(|n| {
                    self.def_obj(n)
                        .map_or(TypeId::INVALID, |o| self.c.obj(o).ty)
                })
                .collect();
            let vals = self.values_for(&spec.values, &types);
            for (i, n) in spec.names.iter().enumerate() {
                let Some(obj) = self.def_obj(n) else { continue };
                let t = types[i];
                let init = vals.get(i).copied();
                self.declare_var(obj, t, init);
            }
        }
    }

    /// Evaluates right-hand sides for assignment to locations of `types`: one value per
    /// location, either from as many expressions or from one multi-value expression
    /// (call, comma-ok form). Values are converted, owned, and in fresh registers.
    fn values_for(&mut self, rhs: &'a [Expr], types: &[TypeId]) -> Vec<Val> {
        if rhs.is_empty() {
            return vec![];
        }
        if rhs.len() == 1 && types.len() > 1 {
            let e = rhs[0].unparen();
            let regs: Vec<(Val, TypeId)> = match &e.kind {
                ExprKind::Call { .. } => {
                    let ts = match self.types().kind(self.ty(e)) {
                        TypeKind::Tuple(ts) => ts.clone(),
                        _ => vec![self.ty(e)],
                    };
                    self.call(e, types.len())
                        .into_iter()
                        .zip(ts)
                        .map(|(r, t)| (Val { r, fresh: true }, t))
                        .collect()
                }
                _ => self.comma_ok(e),
            };
            return regs
                .into_iter()
                .zip(types)
                .map(|((v, from), &to)| {
                    let v = self.convert(v, from, to);
                    self.owned(v, to)
                })
                .collect();
        }
        let mut out = vec![];
        let several = rhs.len() > 1;
        for (e, &t) in rhs.iter().zip(types) {
            let v = self.expr_as(e, t);
            let v = self.owned(v, t);
            if several && self.is_var_reg(v.r) {
                // A fresh register, so that the assignments cannot clobber it.
                let d = self.temp_for(t);
                self.mov(d, v.r);
                out.push(Val { r: d, fresh: true });
            } else {
                out.push(v);
            }
        }
        out
    }

    /// `v, ok` forms: map index, type assertion (channel receive comes with goroutines).
    fn comma_ok(&mut self, e: &'a Expr) -> Vec<(Val, TypeId)> {
        let t = self.ty(e);
        match &e.kind {
            ExprKind::Index(x, k) => {
                let (kt, vt) = match self.types().under(self.ty(x)) {
                    TypeKind::Map(k, v) => (*k, *v),
                    _ => (TypeId::INVALID, t),
                };
                let m = self.expr(x);
                let kv = self.expr_as(k, kt);
                let d = self.temp_for(vt);
                let ok = self.temp(Kind::Scalar);
                self.emit(Instr::MapGet2 {
                    dst: d,
                    m: m.r,
                    k: kv.r,
                });
                self.emit_ext(ok as u32);
                vec![
                    (Val { r: d, fresh: false }, vt),
                    (Val { r: ok, fresh: true }, TypeId::BOOL),
                ]
            }
            ExprKind::TypeAssert(x, Some(te)) => {
                let at = self.ty(te);
                let v = self.expr(x);
                let d = self.temp_for(at);
                let ok = self.temp(Kind::Scalar);
                let rt = self.c.rtype(at);
                if self.types().is_interface(at) {
                    self.emit(Instr::AssertIface2 {
                        dst: d,
                        ok,
                        src: v.r,
                    });
                } else {
                    self.emit(Instr::AssertType2 {
                        dst: d,
                        ok,
                        src: v.r,
                    });
                }
                self.emit_ext(rt);
                vec![
                    (Val { r: d, fresh: false }, at),
                    (Val { r: ok, fresh: true }, TypeId::BOOL),
                ]
            }
            ExprKind::Unary(ast::UnaryOp::Recv, ch) => self.recv2(ch),
            _ => vec![],
        }
    }

    fn assign(&mut self, lhs: &'a [Expr], op: AssignOp, rhs: &'a [Expr]) {
        match op {
            AssignOp::Define if lhs.len() == 1 && rhs.len() == 1 => {
                let ExprKind::Ident(id) = &lhs[0].kind else {
                    return;
                };
                let Some(obj) = self.def_obj(id) else {
                    // Redeclaration of an existing variable: a plain assignment.
                    self.assign(lhs, AssignOp::Assign, rhs);
                    return;
                };
                let t = self.c.obj(obj).ty;
                if !self.is_aggregate(t)
                    && !self.escaping.contains(&obj)
                    && self.direct_target_ok(&rhs[0], t)
                {
                    let k = self.kind_of(t);
                    let r = self.var_reg(k);
                    self.expr_to(&rhs[0], r);
                    self.bind_var(obj, VarLoc::Reg(r));
                    return;
                }
                let v = self.expr_as(&rhs[0], t);
                let v = self.owned(v, t);
                self.declare_var(obj, t, Some(v));
            }
            AssignOp::Define => {
                let types: Vec<TypeId> = lhs
                    .iter()
                    .map(|l| match &l.kind {
                        ExprKind::Ident(id) => self
                            .def_obj(id)
                            .or_else(|| self.c.check.info.uses.get(&id.id).copied())
                            .map_or(TypeId::INVALID, |o| self.c.obj(o).ty),
                        _ => TypeId::INVALID,
                    })
                    .collect();
                let vals = self.values_for(rhs, &types);
                for (i, l) in lhs.iter().enumerate() {
                    let ExprKind::Ident(id) = &l.kind else {
                        continue;
                    };
                    let Some(v) = vals.get(i).copied() else {
                        continue;
                    };
                    if let Some(obj) = self.def_obj(id) {
                        self.declare_var(obj, types[i], Some(v));
                    } else if id.name != "_" {
                        let p = self.place(l);
                        self.store_place(p, types[i], v);
                    }
                }
            }
            AssignOp::Assign => {
                if lhs.len() == 1 && rhs.len() == 1 {
                    let t = self.ty(&lhs[0]);
                    let p = self.place(&lhs[0]);
                    if let Place::Var(VarLoc::Reg(r)) = p
                        && self.direct_target_ok(&rhs[0], t)
                    {
                        self.expr_to(&rhs[0], r);
                        return;
                    }
                    if matches!(p, Place::Blank) {
                        self.expr(&rhs[0]);
                        return;
                    }
                    let v = self.expr_as(&rhs[0], t);
                    self.store_place(p, t, v);
                    return;
                }
                let types: Vec<TypeId> = lhs
                    .iter()
                    .map(|l| {
                        if is_blank(l) {
                            self.blank_type(l, rhs)
                        } else {
                            self.ty(l)
                        }
                    })
                    .collect();
                let places: Vec<Place> = lhs
                    .iter()
                    .map(|l| {
                        let p = self.place(l);
                        self.snapshot_place(p)
                    })
                    .collect();
                let vals = self.values_for(rhs, &types);
                for ((p, t), v) in places.into_iter().zip(types).zip(vals) {
                    self.store_place(p, t, v);
                }
            }
            AssignOp::Op(bop) => {
                let t = self.ty(&lhs[0]);
                let p = self.place(&lhs[0]);
                let is_shift = matches!(bop, BinaryOp::Shl | BinaryOp::Shr);
                if let Place::Var(VarLoc::Reg(r)) = p {
                    let rt = self.ty(&rhs[0]);
                    let v = if is_shift {
                        self.expr(&rhs[0])
                    } else {
                        self.expr_as(&rhs[0], t)
                    };
                    self.arith(bop, r, v.r, t, if is_shift { rt } else { t }, r);
                    return;
                }
                let cur = self.load_place(p, t);
                let cur_copy = self.temp_for(t);
                self.mov(cur_copy, cur.r);
                let rt = self.ty(&rhs[0]);
                let is_shift = matches!(bop, BinaryOp::Shl | BinaryOp::Shr);
                let v = if is_shift {
                    self.expr(&rhs[0])
                } else {
                    self.expr_as(&rhs[0], t)
                };
                let d = self.temp_for(t);
                self.arith(bop, cur_copy, v.r, t, if is_shift { rt } else { t }, d);
                self.store_place(p, t, Val { r: d, fresh: true });
            }
        }
    }

    /// Whether `e` can be evaluated straight into the register of a variable of type `t`
    /// (no interface conversion, and no expression that writes its destination before
    /// it has read all its operands: `&&`/`||`).
    fn direct_target_ok(&self, e: &Expr, t: TypeId) -> bool {
        let et = self.ty(e);
        let same = et == t || (!self.types().is_interface(t) && !self.types().is_interface(et));
        // Expressions that write their destination before reading all their operands.
        let early_write = match &e.unparen().kind {
            ExprKind::Binary(BinaryOp::LogAnd | BinaryOp::LogOr, ..)
            | ExprKind::CompositeLit { .. } => true,
            ExprKind::Unary(ast::UnaryOp::Addr, x) => {
                matches!(x.unparen().kind, ExprKind::CompositeLit { .. })
            }
            _ => false,
        };
        let logical = early_write;
        same && !logical && !self.is_aggregate(t) && et != TypeId::INVALID
    }

    /// `(register, type)` when `x` is a register-held integer variable.
    fn reg_var_int(&self, x: &Expr) -> Option<(Reg, TypeId)> {
        let ExprKind::Ident(id) = &x.unparen().kind else {
            return None;
        };
        let obj = *self.c.check.info.uses.get(&id.id)?;
        let t = self.c.obj(obj).ty;
        if !self.basic_of(t).is_some_and(|b| b.is_integer()) {
            return None;
        }
        match self.vars.get(&obj) {
            Some(VarLoc::Reg(r)) => Some((*r, t)),
            _ => None,
        }
    }

    fn blank_type(&self, _l: &Expr, _rhs: &[Expr]) -> TypeId {
        TypeId::INVALID
    }

    fn ret(&mut self, es: &'a [Expr]) {
        let rtypes = self.result_types.clone();
        if self.has_defer {
            if !es.is_empty() {
                let vals = self.values_for(es, &rtypes);
                let results = self.results.clone();
                for ((loc, t), v) in results.into_iter().zip(vals) {
                    self.store_var(loc, t, v);
                }
            }
            let j = self.jump();
            self.epilogue_jumps.push(j);
            return;
        }
        let regs: Vec<Reg> = if es.is_empty() {
            let results = self.results.clone();
            results
                .into_iter()
                .map(|(loc, t)| {
                    let v = self.load_var(loc, t);
                    self.owned(v, t).r
                })
                .collect()
        } else {
            self.values_for(es, &rtypes).iter().map(|v| v.r).collect()
        };
        self.emit(Instr::Ret {
            n: regs.len() as u8,
        });
        self.emit_regs(&regs);
    }

    pub(crate) fn begin_loop(&mut self, label: Option<String>, is_loop: bool) {
        self.loops.push(Loop {
            label,
            breaks: vec![],
            continues: vec![],
            is_loop,
        });
    }

    pub(crate) fn end_loop(&mut self, continue_target: usize, exit: usize) {
        let l = self.loops.pop().expect("loop");
        for j in l.continues {
            self.patch(j, continue_target);
        }
        for j in l.breaks {
            self.patch(j, exit);
        }
    }

    fn for_stmt(
        &mut self,
        init: &'a Option<Box<Stmt>>,
        cond: Option<&'a Expr>,
        post: &'a Option<Box<Stmt>>,
        body: &'a ast::Block,
        label: Option<String>,
    ) {
        self.push_scope();
        let mut loop_vars = vec![];
        if let Some(i) = init {
            self.stmt(i);
            if let StmtKind::Assign {
                lhs,
                op: AssignOp::Define,
                ..
            } = &i.kind
            {
                for l in lhs {
                    if let ExprKind::Ident(id) = &l.kind
                        && let Some(o) = self.def_obj(id)
                    {
                        loop_vars.push(o);
                    }
                }
            }
        }
        // Rotated loop: jump to the condition at the bottom; the back-edge is the
        // conditional jump, so one iteration costs the body, the post and the test.
        let to_cond = cond.map(|_| self.jump());
        let top = self.here();
        self.begin_loop(label, true);
        self.block_stmts(&body.stmts);
        let cont = self.here();
        // Go 1.22: each iteration has its own copy of the loop variables; the copy is
        // made before the post statement.
        for &o in &loop_vars {
            if let Some(VarLoc::Cell(r)) = self.vars.get(&o).copied() {
                let t = self.c.obj(o).ty;
                let mark = self.temp_mark();
                let tmp = self.temp_for(t);
                self.emit(Instr::Load { dst: tmp, ptr: r });
                let rt = self.c.rtype(t);
                self.emit(Instr::Alloc { dst: r });
                self.emit_ext(rt);
                self.emit(Instr::Store { ptr: r, src: tmp });
                self.release_temps(mark);
            }
        }
        if let Some(p) = post {
            self.stmt(p);
        }
        match (cond, to_cond) {
            (Some(c), Some(j)) => {
                self.patch_here(j);
                self.set_line(c.span);
                let mark = self.temp_mark();
                let v = self.expr(c);
                let back = self.jump_if(v.r, true);
                self.patch(back, top);
                self.release_temps(mark);
            }
            _ => self.jump_to(top),
        }
        let exit = self.here();
        self.end_loop(cont, exit);
        self.pop_scope();
    }

    /// Binds one iteration's key/value: declares fresh variables (`:=`) or assigns.
    pub(crate) fn range_bind(
        &mut self,
        target: Option<&'a Expr>,
        define: bool,
        v: Val,
        vt: TypeId,
    ) {
        let Some(t) = target else { return };
        if is_blank(t) {
            return;
        }
        if define {
            if let ExprKind::Ident(id) = &t.kind
                && let Some(obj) = self.def_obj(id)
            {
                let ot = self.c.obj(obj).ty;
                let v = self.convert(v, vt, ot);
                let v = self.owned(v, ot);
                self.declare_var(obj, ot, Some(v));
            }
        } else {
            let lt = self.ty(t);
            let p = self.place(t);
            let v = self.convert(v, vt, lt);
            self.store_place(p, lt, v);
        }
    }

    fn range_stmt(
        &mut self,
        key: Option<&'a Expr>,
        value: Option<&'a Expr>,
        define: bool,
        x: &'a Expr,
        body: &'a ast::Block,
        label: Option<String>,
    ) {
        if let TypeKind::Chan(..) = self.types().under(self.ty(x)) {
            // `for v := range ch` binds the first range variable to the values.
            return self.range_chan(key, define, x, body, label);
        }
        self.push_scope();
        let xt = self.ty(x);
        let under = self.types().under(xt).clone();
        // The range expression is evaluated once, into registers owned by the loop.
        let xr = self.var_reg(self.kind_of(xt));
        let xv = self.expr(x);
        match &under {
            TypeKind::Array(..) if value.is_some() => {
                let o = self.owned(xv, xt);
                self.mov(xr, o.r);
            }
            _ => self.mov(xr, xv.r),
        }
        let i = self.var_reg(Kind::Scalar);
        self.emit_zero(i);
        let n = self.var_reg(Kind::Scalar);
        match &under {
            TypeKind::Basic(b) if b.is_integer() => self.mov(n, xr),
            TypeKind::Basic(_) => {
                self.emit(Instr::StrLen { dst: n, s: xr });
            }
            TypeKind::Slice(_) => {
                self.emit(Instr::Len { dst: n, s: xr });
            }
            TypeKind::Array(len, _) => self.load_int(n, *len as i64),
            TypeKind::Pointer(p) => {
                let len = match self.types().under(*p) {
                    TypeKind::Array(len, _) => *len as i64,
                    _ => 0,
                };
                self.load_int(n, len)
            }
            TypeKind::Map(..) => {
                self.emit(Instr::MapIter { dst: xr, m: xr });
            }
            _ => {}
        }
        // Rotated loop: the test is at the bottom and is the back-edge.
        let is_map = matches!(under, TypeKind::Map(..));
        let to_cond = self.jump();
        let top = self.here();
        self.begin_loop(label, true);
        self.push_scope();
        let mark = self.temp_mark();
        let is_string = matches!(&under, TypeKind::Basic(b) if b.is_string());
        let key = key.filter(|k| !is_blank(k));
        let value = value.filter(|v| !is_blank(v));
        match &under {
            TypeKind::Map(k, v) => {
                let (k, v) = (*k, *v);
                if key.is_some() {
                    let kr = self.temp_for(k);
                    self.emit(Instr::MapIterKey { dst: kr, it: xr });
                    self.range_bind(
                        key,
                        define,
                        Val {
                            r: kr,
                            fresh: false,
                        },
                        k,
                    );
                }
                if value.is_some() {
                    let vr = self.temp_for(v);
                    self.emit(Instr::MapIterVal { dst: vr, it: xr });
                    self.range_bind(
                        value,
                        define,
                        Val {
                            r: vr,
                            fresh: false,
                        },
                        v,
                    );
                }
            }
            TypeKind::Basic(b) if b.is_integer() => {
                self.range_bind(key, define, Val { r: i, fresh: false }, xt);
            }
            _ if is_string => {
                let start = self.temp(Kind::Scalar);
                self.mov(start, i);
                let rn = self.temp(Kind::Scalar);
                self.emit(Instr::DecodeRune {
                    dst: rn,
                    s: xr,
                    idx: i,
                });
                self.range_bind(
                    key,
                    define,
                    Val {
                        r: start,
                        fresh: true,
                    },
                    TypeId::INT,
                );
                self.range_bind(value, define, Val { r: rn, fresh: true }, TypeId::INT32);
            }
            _ => {
                self.range_bind(key, define, Val { r: i, fresh: false }, TypeId::INT);
                if value.is_some() {
                    let et = match &under {
                        TypeKind::Slice(e) | TypeKind::Array(_, e) => *e,
                        TypeKind::Pointer(p) => match self.types().under(*p) {
                            TypeKind::Array(_, e) => *e,
                            _ => TypeId::INVALID,
                        },
                        _ => TypeId::INVALID,
                    };
                    let vr = self.temp_for(et);
                    if matches!(under, TypeKind::Slice(_)) {
                        self.emit(Instr::Index { dst: vr, s: xr, i });
                    } else {
                        self.emit(Instr::ArrIndex { dst: vr, a: xr, i });
                    }
                    self.range_bind(
                        value,
                        define,
                        Val {
                            r: vr,
                            fresh: false,
                        },
                        et,
                    );
                }
            }
        }
        self.release_temps(mark);
        self.block_stmts(&body.stmts);
        self.pop_scope();
        let cont = self.here();
        if !is_map && !is_string {
            self.emit(Instr::AddIK { dst: i, a: i, k: 1 });
        }
        self.patch_here(to_cond);
        let back = if is_map {
            let ok = self.temp(Kind::Scalar);
            self.emit(Instr::MapNext { ok, it: xr });
            self.jump_if(ok, true)
        } else {
            let c = self.temp(Kind::Scalar);
            self.emit(Instr::CmpI {
                op: minigo_bytecode::CmpOp::Lt,
                dst: c,
                a: i,
                b: n,
            });
            self.jump_if(c, true)
        };
        self.patch(back, top);
        let exit = self.here();
        self.end_loop(cont, exit);
        self.pop_scope();
    }

    /// `dst = (tag == e)` for a switch case.
    fn case_test(&mut self, tag: Option<(Reg, TypeId)>, e: &'a Expr, dst: Reg) {
        match tag {
            None => {
                self.expr_to(e, dst);
            }
            Some((tr, tt)) => {
                let et = self.ty(e);
                let (ti, ei) = (self.types().is_interface(tt), self.types().is_interface(et));
                let t = if ti {
                    tt
                } else if ei {
                    et
                } else {
                    tt
                };
                let tv = self.convert(
                    Val {
                        r: tr,
                        fresh: false,
                    },
                    tt,
                    t,
                );
                let ev = self.expr_as(e, t);
                self.equal_into(tv.r, ev.r, t, dst);
            }
        }
    }

    fn equal_into(&mut self, a: Reg, b: Reg, t: TypeId, dst: Reg) {
        use minigo_bytecode::CmpOp;
        match self.types().under(t).clone() {
            TypeKind::Basic(bk) => {
                let i = if bk.is_string() {
                    Instr::CmpS {
                        op: CmpOp::Eq,
                        dst,
                        a,
                        b,
                    }
                } else if bk.is_float() {
                    Instr::CmpF {
                        op: CmpOp::Eq,
                        dst,
                        a,
                        b,
                    }
                } else {
                    Instr::CmpI {
                        op: CmpOp::Eq,
                        dst,
                        a,
                        b,
                    }
                };
                self.emit(i);
            }
            _ => {
                let rt = self.c.rtype(t);
                self.emit(Instr::Equal { dst, a, b });
                self.emit_ext(rt);
            }
        }
    }

    fn switch_stmt(
        &mut self,
        init: &'a Option<Box<Stmt>>,
        tag: Option<&'a Expr>,
        clauses: &'a [ast::CaseClause],
        label: Option<String>,
    ) {
        self.push_scope();
        if let Some(i) = init {
            self.stmt(i);
        }
        let tag = tag.map(|t| {
            let tt = self.ty(t);
            let tt = minigo_types::lookup::default_type(tt);
            let r = self.var_reg(self.kind_of(tt));
            let v = self.expr_as(t, tt);
            self.mov(r, v.r);
            (r, tt)
        });
        let mut body_jumps: Vec<Vec<usize>> = vec![vec![]; clauses.len()];
        let mut default = None;
        for (ci, c) in clauses.iter().enumerate() {
            match &c.exprs {
                None => default = Some(ci),
                Some(es) => {
                    for e in es {
                        let mark = self.temp_mark();
                        self.set_line(e.span);
                        let d = self.temp(Kind::Scalar);
                        self.case_test(tag, e, d);
                        let j = self.jump_if(d, true);
                        body_jumps[ci].push(j);
                        self.release_temps(mark);
                    }
                }
            }
        }
        let no_match = self.jump();
        self.begin_loop(label, false);
        let mut end_jumps = vec![];
        let mut fall_from: Option<usize> = None;
        let mut starts = vec![0; clauses.len()];
        for (ci, c) in clauses.iter().enumerate() {
            starts[ci] = self.here();
            if let Some(j) = fall_from.take() {
                self.patch(j, starts[ci]);
            }
            for &j in &body_jumps[ci] {
                self.patch(j, starts[ci]);
            }
            self.block_stmts(&c.body);
            let falls = c
                .body
                .last()
                .is_some_and(|s| matches!(s.kind, StmtKind::Fallthrough));
            let j = self.jump();
            if falls {
                fall_from = Some(j);
            } else {
                end_jumps.push(j);
            }
        }
        let end = self.here();
        if let Some(j) = fall_from {
            self.patch(j, end);
        }
        match default {
            Some(d) => self.patch(no_match, starts[d]),
            None => self.patch(no_match, end),
        }
        for j in end_jumps {
            self.patch(j, end);
        }
        self.end_loop(end, end);
        self.pop_scope();
    }

    fn type_switch(
        &mut self,
        init: &'a Option<Box<Stmt>>,
        bind: Option<&'a ast::Ident>,
        x: &'a Expr,
        clauses: &'a [ast::TypeCaseClause],
        label: Option<String>,
    ) {
        self.push_scope();
        if let Some(i) = init {
            self.stmt(i);
        }
        let _ = bind;
        let xt = self.ty(x);
        let xr = self.var_reg(Kind::Ref);
        let xv = self.expr(x);
        self.mov(xr, xv.r);
        let mut body_jumps: Vec<Vec<usize>> = vec![vec![]; clauses.len()];
        let mut default = None;
        for (ci, c) in clauses.iter().enumerate() {
            match &c.types {
                None => default = Some(ci),
                Some(ts) => {
                    for te in ts {
                        let mark = self.temp_mark();
                        let d = self.temp(Kind::Scalar);
                        let is_nil = matches!(&te.kind, ExprKind::Ident(id) if id.name == "nil")
                            && self.tv(te).is_none_or(|tv| tv.mode != Mode::Type);
                        if is_nil {
                            let z = self.temp(Kind::Scalar);
                            self.emit_zero(z);
                            self.emit(Instr::CmpU {
                                op: minigo_bytecode::CmpOp::Eq,
                                dst: d,
                                a: xr,
                                b: z,
                            });
                        } else {
                            let t = self.ty(te);
                            let rt = self.c.rtype(t);
                            if self.types().is_interface(t) {
                                self.emit(Instr::Implements { dst: d, src: xr });
                            } else {
                                self.emit(Instr::IsType { dst: d, src: xr });
                            }
                            self.emit_ext(rt);
                        }
                        let j = self.jump_if(d, true);
                        body_jumps[ci].push(j);
                        self.release_temps(mark);
                    }
                }
            }
        }
        let no_match = self.jump();
        self.begin_loop(label, false);
        let mut end_jumps = vec![];
        let mut starts = vec![0; clauses.len()];
        for (ci, c) in clauses.iter().enumerate() {
            starts[ci] = self.here();
            for &j in &body_jumps[ci] {
                self.patch(j, starts[ci]);
            }
            self.push_scope();
            if let Some(imp) = &c.implicit
                && let Some(obj) = self.def_obj(imp)
            {
                let vt = self.c.obj(obj).ty;
                let v = if self.types().is_interface(vt) {
                    Val {
                        r: xr,
                        fresh: false,
                    }
                } else {
                    let d = self.temp_for(vt);
                    let rt = self.c.rtype(vt);
                    self.emit(Instr::AssertType { dst: d, src: xr });
                    self.emit_ext(rt);
                    Val { r: d, fresh: false }
                };
                let v = self.owned(v, vt);
                self.declare_var(obj, vt, Some(v));
            }
            self.block_stmts(&c.body);
            self.pop_scope();
            end_jumps.push(self.jump());
        }
        let end = self.here();
        match default {
            Some(d) => self.patch(no_match, starts[d]),
            None => self.patch(no_match, end),
        }
        for j in end_jumps {
            self.patch(j, end);
        }
        self.end_loop(end, end);
        let _ = xt;
        self.pop_scope();
    }

    fn defer_stmt(&mut self, e: &'a Expr) {
        let ExprKind::Call {
            func,
            args,
            ellipsis,
        } = &e.unparen().kind
        else {
            return;
        };
        let ftv = self.tv(func).cloned();
        if let Some(tv) = &ftv
            && let Mode::Builtin(b) = tv.mode
        {
            use minigo_types::Builtin::*;
            let name = match b {
                Print => "builtin.print",
                Println => "builtin.println",
                Panic => "builtin.panic",
                Close => {
                    if let Some(ch) = args.first() {
                        self.defer_close(ch);
                    }
                    return;
                }
                _ => {
                    self.c
                        .error(e.span, "defer of this builtin is not supported yet");
                    return;
                }
            };
            let mut regs = vec![];
            for a in args {
                let at = minigo_types::lookup::default_type(self.ty(a));
                let v = self.expr_as(a, at);
                let v = self.convert(v, at, TypeId::EMPTY_INTERFACE);
                regs.push(v.r);
            }
            let f = self.c.wrapper(Wrapper::NativeVariadic {
                name: name.to_string(),
                nargs: regs.len() as u8,
            });
            let fv = self.temp(Kind::Ref);
            self.emit(Instr::LoadFunc { dst: fv, func: f });
            self.emit(Instr::Defer {
                f: fv,
                nargs: regs.len() as u8,
            });
            self.emit_regs(&regs);
            return;
        }
        let fty = self.ty(func);
        let sig = match self.types().under(fty) {
            TypeKind::Func(s) => s.clone(),
            _ => return,
        };
        // The function value: evaluated now (method receivers are bound now).
        let fv = self.expr(func);
        let argv = self.call_args(&sig, args, ellipsis.is_some());
        self.emit(Instr::Defer {
            f: fv.r,
            nargs: argv.len() as u8,
        });
        self.emit_regs(&argv);
    }

    /// One package-level variable initialisation (in the entry function).
    pub fn global_init(&mut self, init: &'a VarInit) {
        let types: Vec<TypeId> = init
            .lhs
            .iter()
            .map(|o| o.map_or(TypeId::INVALID, |o| self.c.obj(o).ty))
            .collect();
        let types: Vec<TypeId> = if init.lhs.len() == 1 && types[0] == TypeId::INVALID {
            vec![minigo_types::lookup::default_type(self.ty(&init.rhs))]
        } else {
            types
        };
        let vals = self.values_for(std::slice::from_ref(&init.rhs), &types);
        for ((o, t), v) in init.lhs.iter().zip(types).zip(vals) {
            if let Some(o) = o
                && let Some(loc) = self.var_loc(*o)
            {
                self.store_var(loc, t, v);
            }
        }
    }
}

fn is_blank(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Ident(id) if id.name == "_")
}

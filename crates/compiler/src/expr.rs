//! Lowering of expressions: constants, variables, operators (typed at compile time),
//! conversions, calls (functions, methods, interfaces, closures, natives, builtins),
//! selectors, indexing, slicing, composite literals, function literals, type assertions.
//!
//! [`FnBuilder::expr`] returns a [`Val`]: a register holding the value (a variable's own
//! register when possible, so no copy is made to read a variable) and, for struct/array
//! values, whether the box is fresh or borrowed.

use minigo_bytecode::{CmpOp, Instr, IntKind, NO_REG, Reg};
use minigo_syntax::ast::{self, BinaryOp, Expr, ExprKind, UnaryOp};
use minigo_types::{Basic, Builtin, ConstValue, Mode, ObjKind, SelectionKind, TypeId, TypeKind};

use crate::Wrapper;
use crate::escape;
use crate::func::{FnBuilder, Kind, Val, VarLoc};

/// An assignable location.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Place {
    Var(VarLoc),
    Field {
        obj: Reg,
        idx: u16,
    },
    SliceElem {
        s: Reg,
        i: Reg,
    },
    ArrElem {
        a: Reg,
        i: Reg,
    },
    Deref {
        ptr: Reg,
    },
    MapElem {
        m: Reg,
        k: Reg,
    },
    /// `_`
    Blank,
}

impl<'a> FnBuilder<'a, '_> {
    pub fn basic_of(&self, t: TypeId) -> Option<Basic> {
        self.types().basic(t)
    }

    fn int_kind(&self, t: TypeId) -> Option<IntKind> {
        match self.basic_of(t)? {
            Basic::Int8 => Some(IntKind::I8),
            Basic::Int16 => Some(IntKind::I16),
            Basic::Int32 | Basic::UntypedRune => Some(IntKind::I32),
            Basic::Uint8 => Some(IntKind::U8),
            Basic::Uint16 => Some(IntKind::U16),
            Basic::Uint32 => Some(IntKind::U32),
            _ => None,
        }
    }

    fn is_unsigned(&self, t: TypeId) -> bool {
        self.basic_of(t).is_some_and(|b| b.is_unsigned())
    }

    fn is_float32(&self, t: TypeId) -> bool {
        self.basic_of(t) == Some(Basic::Float32)
    }

    pub fn wrap_int(&mut self, r: Reg, t: TypeId) {
        self.wrap(r, t)
    }

    fn wrap(&mut self, r: Reg, t: TypeId) {
        if let Some(k) = self.int_kind(t) {
            self.emit(Instr::Extend {
                dst: r,
                src: r,
                kind: k,
            });
        }
        if self.is_float32(t) {
            self.emit(Instr::RoundF32 { dst: r, src: r });
        }
    }

    /// Evaluates `e` into some register.
    pub fn expr(&mut self, e: &'a Expr) -> Val {
        if let Some(tv) = self.tv(e)
            && tv.mode == Mode::Const
            && let Some(v) = &tv.value
        {
            let d = self.temp_for(tv.ty);
            self.load_const(d, v, tv.ty);
            return Val { r: d, fresh: true };
        }
        match &e.kind {
            ExprKind::Paren(x) => self.expr(x),
            ExprKind::Ident(id) => {
                if self
                    .c
                    .check
                    .info
                    .uses
                    .get(&id.id)
                    .is_some_and(|o| self.c.obj(*o).kind == ObjKind::Nil)
                {
                    let d = self.temp(Kind::Ref);
                    self.emit_zero(d);
                    return Val { r: d, fresh: true };
                }
                let Some(&obj) = self.c.check.info.uses.get(&id.id) else {
                    let d = self.temp(Kind::Scalar);
                    self.emit_zero(d);
                    return Val { r: d, fresh: true };
                };
                self.load_object(obj, e)
            }
            ExprKind::Selector(x, sel) => {
                // Qualified identifier?
                if let ExprKind::Ident(pid) = &x.unparen().kind
                    && let Some(&pobj) = self.c.check.info.uses.get(&pid.id)
                    && matches!(self.c.obj(pobj).kind, ObjKind::PkgName(_))
                {
                    let obj = self.c.check.info.uses[&sel.id];
                    return self.load_object(obj, e);
                }
                let Some(s) = self.c.check.info.selections.get(&e.id) else {
                    return self.zero_temp(self.ty(e));
                };
                match s.kind {
                    SelectionKind::Field => {
                        let xt = self.ty(x);
                        let mut cur = self.expr(x);
                        let mut cur_ty = xt;
                        for &idx in &s.path {
                            let (v, t) = self.field_of(cur, cur_ty, idx as usize);
                            cur = v;
                            cur_ty = t;
                        }
                        cur
                    }
                    SelectionKind::MethodVal => self.method_value(x, &s.clone()),
                    SelectionKind::MethodExpr => {
                        let recv = s.recv;
                        let name = sel.name.clone();
                        let f = self.c.wrapper(Wrapper::Method { recv, name });
                        let d = self.temp(Kind::Ref);
                        self.emit(Instr::LoadFunc { dst: d, func: f });
                        Val { r: d, fresh: true }
                    }
                }
            }
            _ => {
                let t = self.ty(e);
                let d = self.temp_for(t);
                self.expr_to(e, d)
            }
        }
    }

    /// Whether `e` is the predeclared `nil`.
    pub fn is_nil(&self, e: &Expr) -> bool {
        matches!(&e.unparen().kind, ExprKind::Ident(id)
            if self.c.check.info.uses.get(&id.id).is_some_and(|o| self.c.obj(*o).kind == ObjKind::Nil))
    }

    fn zero_temp(&mut self, t: TypeId) -> Val {
        let d = self.temp_for(t);
        self.zero_into(d, t);
        Val { r: d, fresh: true }
    }

    /// The value of a named object used as an expression.
    fn load_object(&mut self, obj: minigo_types::ObjId, e: &Expr) -> Val {
        let o = self.c.obj(obj);
        match &o.kind {
            ObjKind::Var(_) => match self.var_loc(obj) {
                Some(loc) => self.load_var(loc, o.ty),
                None => self.zero_temp(o.ty),
            },
            ObjKind::Func(_) => {
                let f = if self.c.is_native(obj) {
                    self.c.wrapper(Wrapper::Native { obj })
                } else {
                    self.c.func_index(obj)
                };
                let d = self.temp(Kind::Ref);
                self.emit(Instr::LoadFunc { dst: d, func: f });
                Val { r: d, fresh: true }
            }
            ObjKind::Const(v) => {
                let t = self.ty(e);
                let d = self.temp_for(t);
                let v = v.clone();
                self.load_const(d, &v, t);
                Val { r: d, fresh: true }
            }
            _ => {
                let d = self.temp(Kind::Scalar);
                self.emit_zero(d);
                Val { r: d, fresh: true }
            }
        }
    }

    pub fn load_const(&mut self, d: Reg, v: &ConstValue, t: TypeId) {
        match v {
            ConstValue::Bool(b) => self.load_int(d, *b as i64),
            ConstValue::Int(i) => {
                if self.basic_of(t).is_some_and(|b| b.is_float()) {
                    let idx = self.c.const_word((*i as f64).to_bits());
                    self.emit(Instr::LoadConst { dst: d, idx });
                } else if self.types().is_interface(t) {
                    // An untyped constant converted to an interface: box as its default type.
                    let inner = self.temp(Kind::Scalar);
                    self.load_int(inner, *i as i64);
                    let rt = self.c.rtype(TypeId::INT);
                    self.emit(Instr::ToIface { dst: d, src: inner });
                    self.emit_ext(rt);
                } else {
                    self.load_int(d, *i as i64)
                }
            }
            ConstValue::Float(f) => {
                if self.basic_of(t).is_some_and(|b| b.is_integer()) {
                    self.load_int(d, *f as i64)
                } else {
                    let v = if self.is_float32(t) {
                        (*f as f32) as f64
                    } else {
                        *f
                    };
                    let idx = self.c.const_word(v.to_bits());
                    self.emit(Instr::LoadConst { dst: d, idx });
                }
            }
            ConstValue::String(s) => {
                if s.is_empty() {
                    self.emit_zero(d);
                } else {
                    let idx = self.c.const_str(s);
                    self.emit(Instr::LoadConst { dst: d, idx });
                }
            }
        }
    }

    /// Evaluates `e` into register `dst` (of `e`'s kind).
    pub fn expr_to(&mut self, e: &'a Expr, dst: Reg) -> Val {
        let t = self.ty(e);
        if let Some(tv) = self.tv(e)
            && tv.mode == Mode::Const
            && let Some(v) = &tv.value
        {
            let v = v.clone();
            self.load_const(dst, &v, t);
            return Val {
                r: dst,
                fresh: true,
            };
        }
        match &e.kind {
            ExprKind::Paren(x) => self.expr_to(x, dst),
            ExprKind::Ident(_) | ExprKind::Selector(..) => {
                let v = self.expr(e);
                self.mov(dst, v.r);
                Val {
                    r: dst,
                    fresh: v.fresh,
                }
            }
            ExprKind::Binary(op, a, b) => {
                self.binary(*op, a, b, t, dst);
                Val {
                    r: dst,
                    fresh: true,
                }
            }
            ExprKind::Unary(op, x) => self.unary(*op, x, t, dst, e),
            ExprKind::Star(x) => {
                let p = self.expr(x);
                if self.is_aggregate(t) {
                    // The pointer is the box itself.
                    self.emit(Instr::NilCheck { r: p.r });
                    self.mov(dst, p.r);
                    Val {
                        r: dst,
                        fresh: false,
                    }
                } else {
                    self.emit(Instr::Load { dst, ptr: p.r });
                    Val {
                        r: dst,
                        fresh: false,
                    }
                }
            }
            ExprKind::Call { .. } => {
                let rets = self.call_into(e, 1, Some(dst));
                match rets.first() {
                    Some(&r) => self.mov(dst, r),
                    None => self.emit_zero(dst),
                }
                Val {
                    r: dst,
                    fresh: true,
                }
            }
            ExprKind::Index(x, i) => self.index(x, i, dst, t),
            ExprKind::Slice { x, lo, hi, max } => {
                self.slice_expr(x, lo.as_deref(), hi.as_deref(), max.as_deref(), dst);
                Val {
                    r: dst,
                    fresh: true,
                }
            }
            ExprKind::CompositeLit { elems, .. } => {
                self.composite(t, elems, dst);
                Val {
                    r: dst,
                    fresh: true,
                }
            }
            ExprKind::FuncLit { .. } => {
                let captures = escape::free_vars(self.c.check, e);
                let name = self.name.clone();
                let f = self.c.func_lit(e, captures.clone(), &name);
                let mut regs = vec![];
                for obj in captures {
                    match self.var_loc(obj) {
                        Some(VarLoc::Cell(r)) | Some(VarLoc::Box(r)) => regs.push(r),
                        Some(VarLoc::Reg(r)) => {
                            // Should have been made a cell by escape analysis; box it now.
                            let c = self.temp(Kind::Ref);
                            let rt = self.c.rtype(self.c.obj(obj).ty);
                            self.emit(Instr::Alloc { dst: c });
                            self.emit_ext(rt);
                            self.emit(Instr::Store { ptr: c, src: r });
                            regs.push(c);
                        }
                        _ => {
                            let c = self.temp(Kind::Ref);
                            self.emit_zero(c);
                            regs.push(c);
                        }
                    }
                }
                self.emit(Instr::MakeClosure {
                    dst,
                    func: f,
                    ncap: regs.len() as u8,
                });
                self.emit_regs(&regs);
                Val {
                    r: dst,
                    fresh: true,
                }
            }
            ExprKind::TypeAssert(x, Some(_)) => {
                let v = self.expr(x);
                let rt = self.c.rtype(t);
                if self.types().is_interface(t) {
                    self.emit(Instr::AssertIface { dst, src: v.r });
                } else {
                    self.emit(Instr::AssertType { dst, src: v.r });
                }
                self.emit_ext(rt);
                Val {
                    r: dst,
                    fresh: false,
                }
            }
            _ => {
                self.emit_zero(dst);
                Val {
                    r: dst,
                    fresh: true,
                }
            }
        }
    }

    /// Evaluates `e` and converts it for assignment to a location of type `to`.
    pub fn expr_as(&mut self, e: &'a Expr, to: TypeId) -> Val {
        let from = self.ty(e);
        if self.types().is_interface(to)
            && !self.types().is_interface(from)
            && from != TypeId::UNTYPED_NIL
            && let Some(tv) = self.tv(e)
            && tv.mode == Mode::Const
            && let Some(v) = &tv.value
        {
            // Constant boxed into an interface: it has its own (possibly default) type.
            let v = v.clone();
            let ct = minigo_types::lookup::default_type(from);
            let inner = self.temp_for(ct);
            self.load_const(inner, &v, ct);
            return self.convert(
                Val {
                    r: inner,
                    fresh: true,
                },
                ct,
                to,
            );
        }
        let v = self.expr(e);
        self.convert(v, from, to)
    }

    /// Converts a value for assignment (`from` assignable to `to`): boxes concrete values
    /// into interfaces.
    pub fn convert(&mut self, v: Val, from: TypeId, to: TypeId) -> Val {
        if from == to || to == TypeId::INVALID {
            return v;
        }
        if self.types().is_interface(to)
            && !self.types().is_interface(from)
            && from != TypeId::UNTYPED_NIL
        {
            let owned = self.owned(v, from);
            let rt = self.c.rtype(from);
            let d = self.temp(Kind::Ref);
            self.emit(Instr::ToIface {
                dst: d,
                src: owned.r,
            });
            self.emit_ext(rt);
            return Val { r: d, fresh: true };
        }
        v
    }

    fn unary(&mut self, op: UnaryOp, x: &'a Expr, t: TypeId, dst: Reg, _e: &'a Expr) -> Val {
        match op {
            UnaryOp::Pos => {
                self.expr_to(x, dst);
            }
            UnaryOp::Neg => {
                let v = self.expr(x);
                if self.basic_of(t).is_some_and(|b| b.is_float()) {
                    self.emit(Instr::NegF { dst, src: v.r });
                } else {
                    self.emit(Instr::NegI { dst, src: v.r });
                    self.wrap(dst, t);
                }
            }
            UnaryOp::Not => {
                let v = self.expr(x);
                self.emit(Instr::Not { dst, src: v.r });
            }
            UnaryOp::BitNot => {
                let v = self.expr(x);
                self.emit(Instr::Compl { dst, src: v.r });
                self.wrap(dst, t);
            }
            UnaryOp::Addr => {
                let inner = x.unparen();
                if let ExprKind::CompositeLit { elems, .. } = &inner.kind {
                    let lt = self.ty(inner);
                    if self.is_aggregate(lt) {
                        self.composite(lt, elems, dst);
                    } else {
                        // &[]int{...} / &map...: a cell holding the value.
                        let v = self.temp_for(lt);
                        self.composite(lt, elems, v);
                        let rt = self.c.rtype(lt);
                        self.emit(Instr::Alloc { dst });
                        self.emit_ext(rt);
                        self.emit(Instr::Store { ptr: dst, src: v });
                    }
                    return Val {
                        r: dst,
                        fresh: true,
                    };
                }
                let p = self.place(x);
                let a = self.addr_of(p, self.ty(x));
                self.mov(dst, a);
            }
            UnaryOp::Recv => {
                self.recv_into(x, dst);
            }
        }
        Val {
            r: dst,
            fresh: true,
        }
    }

    /// The address of a place holding a value of type `t`.
    pub fn addr_of(&mut self, p: Place, t: TypeId) -> Reg {
        let agg = self.is_aggregate(t);
        match p {
            Place::Var(VarLoc::Box(r)) | Place::Var(VarLoc::Cell(r)) => r,
            Place::Var(VarLoc::Reg(r)) => {
                // Not expected (escape analysis makes address-taken variables cells):
                // give a pointer to a copy.
                let rt = self.c.rtype(t);
                let d = self.temp(Kind::Ref);
                self.emit(Instr::Alloc { dst: d });
                self.emit_ext(rt);
                self.emit(Instr::Store { ptr: d, src: r });
                d
            }
            Place::Var(VarLoc::Global(i)) => {
                let d = self.temp(Kind::Ref);
                if agg {
                    self.emit(Instr::LoadGlobal { dst: d, idx: i });
                } else {
                    self.emit(Instr::GlobalAddr { dst: d, idx: i });
                }
                d
            }
            Place::Field { obj, idx } => {
                let d = self.temp(Kind::Ref);
                if agg {
                    self.emit(Instr::GetField { dst: d, obj, idx });
                } else {
                    self.emit(Instr::FieldAddr { dst: d, obj, idx });
                }
                d
            }
            Place::SliceElem { s, i } => {
                let d = self.temp(Kind::Ref);
                if agg {
                    self.emit(Instr::Index { dst: d, s, i });
                } else {
                    self.emit(Instr::IndexAddr { dst: d, s, i });
                }
                d
            }
            Place::ArrElem { a, i } => {
                let d = self.temp(Kind::Ref);
                if agg {
                    self.emit(Instr::ArrIndex { dst: d, a, i });
                } else {
                    self.emit(Instr::ArrIndexAddr { dst: d, a, i });
                }
                d
            }
            Place::Deref { ptr } => ptr,
            Place::MapElem { .. } | Place::Blank => {
                let d = self.temp(Kind::Ref);
                self.emit_zero(d);
                d
            }
        }
    }

    /// Resolves an addressable (or map index) expression to a place.
    pub fn place(&mut self, e: &'a Expr) -> Place {
        match &e.kind {
            ExprKind::Paren(x) => self.place(x),
            ExprKind::Ident(id) => {
                if id.name == "_" {
                    return Place::Blank;
                }
                let obj = self
                    .c
                    .check
                    .info
                    .uses
                    .get(&id.id)
                    .or_else(|| self.c.check.info.defs.get(&id.id))
                    .copied();
                match obj.and_then(|o| self.var_loc(o)) {
                    Some(loc) => Place::Var(loc),
                    None => Place::Blank,
                }
            }
            ExprKind::Selector(x, sel) => {
                if let ExprKind::Ident(pid) = &x.unparen().kind
                    && let Some(&pobj) = self.c.check.info.uses.get(&pid.id)
                    && matches!(self.c.obj(pobj).kind, ObjKind::PkgName(_))
                {
                    let obj = self.c.check.info.uses[&sel.id];
                    return match self.var_loc(obj) {
                        Some(loc) => Place::Var(loc),
                        None => Place::Blank,
                    };
                }
                let Some(s) = self.c.check.info.selections.get(&e.id).cloned() else {
                    return Place::Blank;
                };
                let mut cur = self.expr(x);
                let mut cur_ty = self.ty(x);
                let (last, path) = s.path.split_last().expect("field path");
                for &idx in path {
                    let (v, t) = self.field_of(cur, cur_ty, idx as usize);
                    cur = v;
                    cur_ty = t;
                }
                Place::Field {
                    obj: cur.r,
                    idx: *last as u16,
                }
            }
            ExprKind::Index(x, i) => {
                let xt = self.ty(x);
                match self.types().under(xt).clone() {
                    TypeKind::Map(k, _) => {
                        let m = self.expr(x);
                        let kv = self.expr_as(i, k);
                        Place::MapElem { m: m.r, k: kv.r }
                    }
                    TypeKind::Slice(_) => {
                        let s = self.expr(x);
                        let iv = self.expr(i);
                        Place::SliceElem { s: s.r, i: iv.r }
                    }
                    TypeKind::Array(..) | TypeKind::Pointer(_) => {
                        let a = self.expr(x);
                        let iv = self.expr(i);
                        Place::ArrElem { a: a.r, i: iv.r }
                    }
                    _ => Place::Blank,
                }
            }
            ExprKind::Star(x) => {
                let p = self.expr(x);
                Place::Deref { ptr: p.r }
            }
            _ => Place::Blank,
        }
    }

    /// A copy of the place whose operand registers cannot be changed by assignments to
    /// variables (for tuple assignments, where every index is evaluated first).
    pub fn snapshot_place(&mut self, p: Place) -> Place {
        let snap = |b: &mut Self, r: Reg| {
            if b.is_var_reg(r) {
                let k = if b.is_ref_reg(r) {
                    Kind::Ref
                } else {
                    Kind::Scalar
                };
                let d = b.temp(k);
                b.mov(d, r);
                d
            } else {
                r
            }
        };
        match p {
            Place::Field { obj, idx } => Place::Field {
                obj: snap(self, obj),
                idx,
            },
            Place::SliceElem { s, i } => Place::SliceElem {
                s: snap(self, s),
                i: snap(self, i),
            },
            Place::ArrElem { a, i } => Place::ArrElem {
                a: snap(self, a),
                i: snap(self, i),
            },
            Place::Deref { ptr } => Place::Deref {
                ptr: snap(self, ptr),
            },
            Place::MapElem { m, k } => Place::MapElem {
                m: snap(self, m),
                k: snap(self, k),
            },
            other => other,
        }
    }

    /// Stores `v` (converted to `t`, the place's type) into place `p`.
    pub fn store_place(&mut self, p: Place, t: TypeId, v: Val) {
        let agg = self.is_aggregate(t);
        match p {
            Place::Blank => {}
            Place::Var(loc) => self.store_var(loc, t, v),
            Place::MapElem { m, k } => {
                let v = self.owned(v, t);
                self.emit(Instr::MapSet { m, k, v: v.r });
            }
            _ if agg => {
                let dst = self.addr_of(p, t);
                let rt = self.c.rtype(t);
                self.emit(Instr::CopyInto { dst, src: v.r });
                self.emit_ext(rt);
            }
            Place::Field { obj, idx } => {
                self.emit(Instr::SetField { obj, idx, src: v.r });
            }
            Place::SliceElem { s, i } => {
                self.emit(Instr::SetIndex { s, i, src: v.r });
            }
            Place::ArrElem { a, i } => {
                self.emit(Instr::SetArrIndex { a, i, src: v.r });
            }
            Place::Deref { ptr } => {
                self.emit(Instr::Store { ptr, src: v.r });
            }
        }
    }

    /// Reads the current value of a place (for `x op= y` and `x++`).
    pub fn load_place(&mut self, p: Place, t: TypeId) -> Val {
        match p {
            Place::Blank => self.zero_temp(t),
            Place::Var(loc) => self.load_var(loc, t),
            Place::Field { obj, idx } => {
                let d = self.temp_for(t);
                self.emit(Instr::GetField { dst: d, obj, idx });
                Val { r: d, fresh: false }
            }
            Place::SliceElem { s, i } => {
                let d = self.temp_for(t);
                self.emit(Instr::Index { dst: d, s, i });
                Val { r: d, fresh: false }
            }
            Place::ArrElem { a, i } => {
                let d = self.temp_for(t);
                self.emit(Instr::ArrIndex { dst: d, a, i });
                Val { r: d, fresh: false }
            }
            Place::Deref { ptr } => {
                let d = self.temp_for(t);
                if self.is_aggregate(t) {
                    self.mov(d, ptr);
                } else {
                    self.emit(Instr::Load { dst: d, ptr });
                }
                Val { r: d, fresh: false }
            }
            Place::MapElem { m, k } => {
                let d = self.temp_for(t);
                self.emit(Instr::MapGet { dst: d, m, k });
                Val { r: d, fresh: false }
            }
        }
    }

    // ---- operators ----

    pub fn binary(&mut self, op: BinaryOp, a: &'a Expr, b: &'a Expr, t: TypeId, dst: Reg) {
        match op {
            BinaryOp::LogAnd | BinaryOp::LogOr => {
                self.expr_to(a, dst);
                let j = self.jump_if(dst, op == BinaryOp::LogOr);
                self.expr_to(b, dst);
                self.patch_here(j);
                return;
            }
            BinaryOp::Eq
            | BinaryOp::Ne
            | BinaryOp::Lt
            | BinaryOp::Le
            | BinaryOp::Gt
            | BinaryOp::Ge => {
                self.compare(op, a, b, dst);
                return;
            }
            _ => {}
        }
        let ta = self.ty(a);
        if matches!(op, BinaryOp::Add | BinaryOp::Sub)
            && self.basic_of(ta).is_some_and(|b| b.is_integer())
            && let Some(k) = self.const_int(b)
            && let Ok(k) = i16::try_from(if op == BinaryOp::Add { k } else { -k })
        {
            let va = self.expr(a);
            self.emit(Instr::AddIK { dst, a: va.r, k });
            self.wrap(dst, ta);
            return;
        }
        let va = self.expr(a);
        let vb = self.expr(b);
        self.arith(op, va.r, vb.r, ta, self.ty(b), dst);
        let _ = t;
    }

    /// `dst = x op y` for arithmetic operators on operands of type `t` (`ty_b` is the
    /// type of a shift count).
    pub fn arith(&mut self, op: BinaryOp, x: Reg, y: Reg, t: TypeId, ty_b: TypeId, dst: Reg) {
        let b = self.basic_of(t);
        if b.is_some_and(|b| b.is_string()) {
            self.emit(Instr::Concat { dst, a: x, b: y });
            return;
        }
        if b.is_some_and(|b| b.is_float()) {
            let i = match op {
                BinaryOp::Add => Instr::AddF { dst, a: x, b: y },
                BinaryOp::Sub => Instr::SubF { dst, a: x, b: y },
                BinaryOp::Mul => Instr::MulF { dst, a: x, b: y },
                _ => Instr::DivF { dst, a: x, b: y },
            };
            self.emit(i);
            self.wrap(dst, t);
            return;
        }
        let unsigned = self.is_unsigned(t);
        let i = match op {
            BinaryOp::Add => Instr::AddI { dst, a: x, b: y },
            BinaryOp::Sub => Instr::SubI { dst, a: x, b: y },
            BinaryOp::Mul => Instr::MulI { dst, a: x, b: y },
            BinaryOp::Div if unsigned => Instr::DivU { dst, a: x, b: y },
            BinaryOp::Div => Instr::DivI { dst, a: x, b: y },
            BinaryOp::Rem if unsigned => Instr::RemU { dst, a: x, b: y },
            BinaryOp::Rem => Instr::RemI { dst, a: x, b: y },
            BinaryOp::And => Instr::And { dst, a: x, b: y },
            BinaryOp::Or => Instr::Or { dst, a: x, b: y },
            BinaryOp::Xor => Instr::Xor { dst, a: x, b: y },
            BinaryOp::AndNot => Instr::AndNot { dst, a: x, b: y },
            BinaryOp::Shl | BinaryOp::Shr => {
                if !self.is_unsigned(ty_b) {
                    self.emit(Instr::CheckShift { r: y });
                }
                match op {
                    BinaryOp::Shl => Instr::Shl { dst, a: x, b: y },
                    _ if unsigned => Instr::ShrU { dst, a: x, b: y },
                    _ => Instr::ShrI { dst, a: x, b: y },
                }
            }
            _ => Instr::AddI { dst, a: x, b: y },
        };
        self.emit(i);
        self.wrap(dst, t);
    }

    fn compare(&mut self, op: BinaryOp, a: &'a Expr, b: &'a Expr, dst: Reg) {
        let (ta, tb) = (self.ty(a), self.ty(b));
        // Comparison against nil: compare the word with 0.
        let (na, nb) = (
            self.is_nil(a) || ta == TypeId::UNTYPED_NIL,
            self.is_nil(b) || tb == TypeId::UNTYPED_NIL,
        );
        if na || nb {
            let other = if na { b } else { a };
            let v = self.expr(other);
            let z = self.temp(Kind::Scalar);
            self.emit_zero(z);
            let cop = if op == BinaryOp::Eq {
                CmpOp::Eq
            } else {
                CmpOp::Ne
            };
            self.emit(Instr::CmpU {
                op: cop,
                dst,
                a: v.r,
                b: z,
            });
            return;
        }
        let (ia, ib) = (self.types().is_interface(ta), self.types().is_interface(tb));
        let t = if ia {
            ta
        } else if ib {
            tb
        } else {
            ta
        };
        let op_of = |op: BinaryOp| match op {
            BinaryOp::Eq => CmpOp::Eq,
            BinaryOp::Ne => CmpOp::Ne,
            BinaryOp::Lt => CmpOp::Lt,
            BinaryOp::Le => CmpOp::Le,
            BinaryOp::Gt => CmpOp::Gt,
            _ => CmpOp::Ge,
        };
        // A signed integer compared with a small constant: one immediate instruction.
        let signed_int = self
            .basic_of(t)
            .is_some_and(|b| b.is_integer() && !b.is_unsigned());
        if signed_int
            && !ia
            && !ib
            && let Some(k) = self.const_int(b).and_then(|k| i16::try_from(k).ok())
        {
            let va = self.expr(a);
            self.emit(Instr::CmpIK {
                op: op_of(op),
                dst,
                a: va.r,
                k,
            });
            return;
        }
        let va = self.expr_as(a, t);
        let vb = self.expr_as(b, t);
        let (x, y) = (va.r, vb.r);
        let cop = op_of(op);
        match self.types().under(t).clone() {
            TypeKind::Basic(bk) => {
                let i = if bk.is_string() {
                    Instr::CmpS {
                        op: cop,
                        dst,
                        a: x,
                        b: y,
                    }
                } else if bk.is_float() {
                    Instr::CmpF {
                        op: cop,
                        dst,
                        a: x,
                        b: y,
                    }
                } else if bk.is_unsigned() {
                    Instr::CmpU {
                        op: cop,
                        dst,
                        a: x,
                        b: y,
                    }
                } else {
                    Instr::CmpI {
                        op: cop,
                        dst,
                        a: x,
                        b: y,
                    }
                };
                self.emit(i);
            }
            TypeKind::Chan(..) | TypeKind::Map(..) | TypeKind::Func(_) | TypeKind::Slice(_) => {
                self.emit(Instr::CmpU {
                    op: cop,
                    dst,
                    a: x,
                    b: y,
                });
            }
            _ => {
                let rt = self.c.rtype(t);
                self.emit(Instr::Equal { dst, a: x, b: y });
                self.emit_ext(rt);
                if cop == CmpOp::Ne {
                    self.emit(Instr::Not { dst, src: dst });
                }
            }
        }
    }

    // ---- indexing and slicing ----

    fn index(&mut self, x: &'a Expr, i: &'a Expr, dst: Reg, t: TypeId) -> Val {
        let xt = self.ty(x);
        match self.types().under(xt).clone() {
            TypeKind::Basic(_) => {
                let s = self.expr(x);
                let iv = self.expr(i);
                self.emit(Instr::StrIndex {
                    dst,
                    s: s.r,
                    i: iv.r,
                });
                Val {
                    r: dst,
                    fresh: true,
                }
            }
            TypeKind::Map(k, _) => {
                let m = self.expr(x);
                let kv = self.expr_as(i, k);
                self.emit(Instr::MapGet {
                    dst,
                    m: m.r,
                    k: kv.r,
                });
                Val {
                    r: dst,
                    fresh: false,
                }
            }
            TypeKind::Slice(_) => {
                let s = self.expr(x);
                let iv = self.expr(i);
                self.emit(Instr::Index {
                    dst,
                    s: s.r,
                    i: iv.r,
                });
                Val {
                    r: dst,
                    fresh: false,
                }
            }
            _ => {
                let a = self.expr(x);
                let iv = self.expr(i);
                self.emit(Instr::ArrIndex {
                    dst,
                    a: a.r,
                    i: iv.r,
                });
                let _ = t;
                Val {
                    r: dst,
                    fresh: false,
                }
            }
        }
    }

    fn slice_expr(
        &mut self,
        x: &'a Expr,
        lo: Option<&'a Expr>,
        hi: Option<&'a Expr>,
        max: Option<&'a Expr>,
        dst: Reg,
    ) {
        let xt = self.ty(x);
        let xv = self.expr(x);
        let lo_r = match lo {
            Some(e) => self.expr(e).r,
            None => {
                let z = self.temp(Kind::Scalar);
                self.emit_zero(z);
                z
            }
        };
        let hi_r = hi.map_or(NO_REG, |e| self.expr(e).r);
        let max_r = max.map_or(NO_REG, |e| self.expr(e).r);
        match self.types().under(xt).clone() {
            TypeKind::Basic(_) => {
                self.emit(Instr::StrSlice {
                    dst,
                    s: xv.r,
                    lo: lo_r,
                });
                self.emit_ext(hi_r as u32);
            }
            TypeKind::Slice(_) => {
                self.emit(Instr::SliceSlice {
                    dst,
                    s: xv.r,
                    lo: lo_r,
                });
                self.emit_ext(hi_r as u32 | (max_r as u32) << 16);
            }
            _ => {
                self.emit(Instr::ArrSlice {
                    dst,
                    a: xv.r,
                    lo: lo_r,
                });
                self.emit_ext(hi_r as u32 | (max_r as u32) << 16);
            }
        }
    }

    // ---- composite literals ----

    pub fn composite(&mut self, t: TypeId, elems: &'a [ast::Element], dst: Reg) {
        let rt = self.c.rtype(t);
        match self.types().under(t).clone() {
            TypeKind::Struct(fields) => {
                self.emit(Instr::Alloc { dst });
                self.emit_ext(rt);
                for (pos, el) in elems.iter().enumerate() {
                    let idx = match &el.key {
                        Some(k) => match &k.kind {
                            ExprKind::Ident(id) => {
                                fields.iter().position(|f| f.name == id.name).unwrap_or(pos)
                            }
                            _ => pos,
                        },
                        None => pos,
                    };
                    let Some(f) = fields.get(idx) else { continue };
                    let mark = self.temp_mark();
                    let v = self.elem_value(&el.value, f.ty);
                    self.emit(Instr::SetField {
                        obj: dst,
                        idx: idx as u16,
                        src: v.r,
                    });
                    self.release_temps(mark);
                }
            }
            TypeKind::Array(_, et) => {
                self.emit(Instr::Alloc { dst });
                self.emit_ext(rt);
                let mut next: i64 = 0;
                for el in elems {
                    if let Some(k) = &el.key {
                        next = self.const_int(k).unwrap_or(next);
                    }
                    let mark = self.temp_mark();
                    let i = self.temp(Kind::Scalar);
                    self.load_int(i, next);
                    let v = self.elem_value(&el.value, et);
                    self.emit(Instr::SetArrIndex {
                        a: dst,
                        i,
                        src: v.r,
                    });
                    self.release_temps(mark);
                    next += 1;
                }
            }
            TypeKind::Slice(et) => {
                let ert = self.c.rtype(et);
                let keyed = elems.iter().any(|e| e.key.is_some());
                if !keyed && elems.len() <= 16 {
                    let mark = self.temp_mark();
                    let mut regs = vec![];
                    for el in elems {
                        regs.push(self.elem_value(&el.value, et).r);
                    }
                    self.emit(Instr::SliceLit {
                        dst,
                        n: regs.len() as u16,
                    });
                    self.emit_ext(ert);
                    self.emit_regs(&regs);
                    self.release_temps(mark);
                    return;
                }
                // Length = highest index + 1.
                let mut next: i64 = 0;
                let mut len: i64 = 0;
                for el in elems {
                    if let Some(k) = &el.key {
                        next = self.const_int(k).unwrap_or(next);
                    }
                    next += 1;
                    len = len.max(next);
                }
                let n = self.temp(Kind::Scalar);
                self.load_int(n, len);
                self.emit(Instr::MakeSlice {
                    dst,
                    len: n,
                    cap: n,
                });
                self.emit_ext(ert);
                let mut next: i64 = 0;
                for el in elems {
                    if let Some(k) = &el.key {
                        next = self.const_int(k).unwrap_or(next);
                    }
                    let mark = self.temp_mark();
                    let i = self.temp(Kind::Scalar);
                    self.load_int(i, next);
                    let v = self.elem_value(&el.value, et);
                    if self.is_aggregate(et) {
                        let cur = self.temp(Kind::Ref);
                        self.emit(Instr::Index {
                            dst: cur,
                            s: dst,
                            i,
                        });
                        let ert = self.c.rtype(et);
                        self.emit(Instr::CopyInto { dst: cur, src: v.r });
                        self.emit_ext(ert);
                    } else {
                        self.emit(Instr::SetIndex {
                            s: dst,
                            i,
                            src: v.r,
                        });
                    }
                    self.release_temps(mark);
                    next += 1;
                }
            }
            TypeKind::Map(kt, vt) => {
                self.emit(Instr::MakeMap { dst });
                self.emit_ext(rt);
                for el in elems {
                    let mark = self.temp_mark();
                    let k = match &el.key {
                        Some(k) => self.elem_value(k, kt),
                        None => self.zero_temp(kt),
                    };
                    let v = self.elem_value(&el.value, vt);
                    self.emit(Instr::MapSet {
                        m: dst,
                        k: k.r,
                        v: v.r,
                    });
                    self.release_temps(mark);
                }
            }
            _ => self.emit_zero(dst),
        }
    }

    /// An element of a composite literal, converted and owned; elided-type inner literals
    /// (`{1, 2}` in `[]Point{{1, 2}}`, `&Point{...}` elided as `{...}` for `[]*Point`) included.
    fn elem_value(&mut self, e: &'a Expr, t: TypeId) -> Val {
        if let ExprKind::CompositeLit {
            ty: None, elems, ..
        } = &e.kind
        {
            let lt = self.ty(e);
            let lt = if lt == TypeId::INVALID { t } else { lt };
            let ptr_target = match (self.types().kind(t).clone(), self.types().kind(lt).clone()) {
                (_, TypeKind::Pointer(inner)) => Some(inner),
                (TypeKind::Pointer(inner), _) => Some(inner),
                _ => None,
            };
            if let Some(inner) = ptr_target {
                // `{...}` standing for `&T{...}`.
                let d = self.temp(Kind::Ref);
                self.composite(inner, elems, d);
                return Val { r: d, fresh: true };
            }
            let d = self.temp_for(lt);
            self.composite(lt, elems, d);
            return self.convert(Val { r: d, fresh: true }, lt, t);
        }
        let v = self.expr_as(e, t);
        self.owned(v, t)
    }

    pub fn const_int(&self, e: &Expr) -> Option<i64> {
        match &self.tv(e)?.value {
            Some(ConstValue::Int(i)) => Some(*i as i64),
            _ => None,
        }
    }

    // ---- method values ----

    fn method_value(&mut self, x: &'a Expr, s: &minigo_types::Selection) -> Val {
        let xt = self.ty(x);
        let name = match (&s.iface_method, s.method) {
            (Some(n), _) => n.clone(),
            (None, Some(m)) => self.c.obj(m).name.clone(),
            _ => String::new(),
        };
        // Bind the receiver as a value of type xt (or its address, for pointer methods
        // on addressable values: use *T as the receiver type then).
        let ptr_method = s
            .method
            .is_some_and(|m| matches!(&self.c.obj(m).kind, ObjKind::Func(fi) if fi.ptr_recv));
        let is_ptr = matches!(self.types().kind(xt), TypeKind::Pointer(_));
        let (recv_ty, recv_val) = if ptr_method && !is_ptr && s.path.is_empty() {
            let p = self.place(x);
            let a = self.addr_of(p, xt);
            let pt = self.c.check.types.pointer_of(xt).unwrap_or(xt);
            (pt, Val { r: a, fresh: true })
        } else if !ptr_method && is_ptr && s.path.is_empty() && s.iface_method.is_none() {
            // A value method through a pointer: the method value copies *x now.
            let elem = match self.types().kind(xt) {
                TypeKind::Pointer(e) => *e,
                _ => xt,
            };
            let pv = self.expr(x);
            self.emit(Instr::NilCheck { r: pv.r });
            let v = if self.is_aggregate(elem) {
                Val {
                    r: pv.r,
                    fresh: false,
                }
            } else {
                let d = self.temp_for(elem);
                self.emit(Instr::Load { dst: d, ptr: pv.r });
                Val { r: d, fresh: true }
            };
            (elem, self.owned(v, elem))
        } else {
            let v = self.expr(x);
            (xt, self.owned(v, xt))
        };
        let f = self.c.wrapper(Wrapper::Bound {
            recv: recv_ty,
            name,
        });
        let cell = if self.is_aggregate(recv_ty) {
            recv_val.r
        } else {
            let c = self.temp(Kind::Ref);
            let rt = self.c.rtype(recv_ty);
            self.emit(Instr::Alloc { dst: c });
            self.emit_ext(rt);
            self.emit(Instr::Store {
                ptr: c,
                src: recv_val.r,
            });
            c
        };
        let d = self.temp(Kind::Ref);
        self.emit(Instr::MakeClosure {
            dst: d,
            func: f,
            ncap: 1,
        });
        self.emit_regs(&[cell]);
        Val { r: d, fresh: true }
    }

    // ---- calls ----

    /// Compiles a call expression; returns its result registers (`want` is a hint).
    pub fn call(&mut self, e: &'a Expr, want: usize) -> Vec<Reg> {
        self.call_into(e, want, None)
    }

    /// Like [`Self::call`]; a direct call of a function or function value writes its first
    /// result straight into `dst` when given (the callee's return copies it there).
    pub fn call_into(&mut self, e: &'a Expr, want: usize, dst: Option<Reg>) -> Vec<Reg> {
        let _ = want;
        let ExprKind::Call {
            func,
            args,
            ellipsis,
        } = &e.kind
        else {
            return vec![];
        };
        self.set_line(e.span);
        let ftv = self.tv(func).cloned();
        // Conversion.
        if let Some(tv) = &ftv
            && tv.mode == Mode::Type
        {
            let to = self.ty(e);
            let d = self.temp_for(to);
            if let Some(a) = args.first() {
                self.conversion(a, to, d);
            }
            return vec![d];
        }
        if let Some(tv) = &ftv
            && let Mode::Builtin(b) = tv.mode
        {
            return self.builtin(b, e, args, ellipsis.is_some());
        }
        let fty = self.ty(func);
        let sig = match self.types().under(fty) {
            TypeKind::Func(s) => s.clone(),
            _ => return vec![],
        };
        // Arguments (converted to parameter types, variadic packing).
        let argv = self.call_args(&sig, args, ellipsis.is_some());
        let mut rets: Vec<Reg> = sig.results.iter().map(|&t| self.temp_for(t)).collect();
        if let (Some(d), Some(first)) = (dst, rets.first_mut()) {
            *first = d;
        }
        let fu = func.unparen();
        // Static call of a declared function (possibly qualified).
        let target_obj =
            match &fu.kind {
                ExprKind::Ident(id) => self.c.check.info.uses.get(&id.id).copied(),
                ExprKind::Selector(x, sel) => match &x.unparen().kind {
                    ExprKind::Ident(pid)
                        if self.c.check.info.uses.get(&pid.id).is_some_and(|o| {
                            matches!(self.c.obj(*o).kind, ObjKind::PkgName(_))
                        }) =>
                    {
                        self.c.check.info.uses.get(&sel.id).copied()
                    }
                    _ => None,
                },
                _ => None,
            };
        if let Some(obj) = target_obj
            && matches!(self.c.obj(obj).kind, ObjKind::Func(_))
        {
            self.set_line(e.span);
            if self.c.is_native(obj) {
                let name = self.c.func_name(obj);
                let id = self.c.native(&name);
                self.emit(Instr::CallNative {
                    id,
                    nargs: argv.len() as u8,
                    nret: rets.len() as u8,
                });
            } else {
                let f = self.c.func_index(obj);
                self.emit(Instr::Call {
                    func: f,
                    nargs: argv.len() as u8,
                    nret: rets.len() as u8,
                });
            }
            let mut regs = argv;
            regs.extend(&rets);
            self.emit_regs(&regs);
            return rets;
        }
        // Method call.
        if let ExprKind::Selector(x, _) = &fu.kind
            && let Some(s) = self.c.check.info.selections.get(&fu.id).cloned()
            && s.kind == SelectionKind::MethodVal
        {
            let xt = self.ty(x);
            let ptr_method = s
                .method
                .is_some_and(|m| matches!(&self.c.obj(m).kind, ObjKind::Func(fi) if fi.ptr_recv));
            let is_ptr = matches!(self.types().kind(xt), TypeKind::Pointer(_));
            let recv = if ptr_method && !is_ptr && s.path.is_empty() && !self.is_aggregate(xt) {
                // A pointer method on an addressable scalar variable: pass its cell.
                let p = self.place(x);
                let a = self.addr_of(p, xt);
                Val { r: a, fresh: true }
            } else {
                self.expr(x)
            };
            let recv_ty = if ptr_method && !is_ptr && s.path.is_empty() && !self.is_aggregate(xt) {
                self.c.check.types.pointer_of(xt).unwrap_or(xt)
            } else {
                xt
            };
            self.set_line(e.span);
            let r = self.call_selected_method(recv, recv_ty, &s, &argv, &sig.results);
            return r;
        }
        // Call of a function value.
        let fv = self.expr(func);
        self.set_line(e.span);
        self.emit(Instr::CallClosure {
            f: fv.r,
            nargs: argv.len() as u8,
            nret: rets.len() as u8,
        });
        let mut regs = argv;
        regs.extend(&rets);
        self.emit_regs(&regs);
        rets
    }

    /// Evaluates call arguments for signature `sig`: `f(g())` spreading, conversions to
    /// parameter types, packing of variadic arguments into a slice.
    pub fn call_args(
        &mut self,
        sig: &minigo_types::Signature,
        args: &'a [Expr],
        spread: bool,
    ) -> Vec<Reg> {
        // f(g()) where g returns several values.
        if args.len() == 1
            && let TypeKind::Tuple(ts) = self.types().kind(self.ty(&args[0])).clone()
            && ts.len() > 1
        {
            let rets = self.call(&args[0], ts.len());
            let vals: Vec<(Val, TypeId)> = rets
                .iter()
                .zip(ts)
                .map(|(&r, t)| (Val { r, fresh: true }, t))
                .collect();
            return self.pack_args(sig, vals, false);
        }
        let np = sig.params.len();
        let mut vals = vec![];
        for (i, a) in args.iter().enumerate() {
            let pt = if sig.variadic && i + 1 >= np && !spread {
                match self.types().kind(sig.params[np - 1]) {
                    TypeKind::Slice(e) => *e,
                    _ => sig.params[np - 1],
                }
            } else {
                sig.params.get(i).copied().unwrap_or(TypeId::INVALID)
            };
            let v = self.expr_as(a, pt);
            let v = self.owned(v, pt);
            // Keep arguments in registers that later arguments cannot clobber.
            let v = if self.is_var_reg(v.r) {
                let d = self.temp_for(pt);
                self.mov(d, v.r);
                Val {
                    r: d,
                    fresh: v.fresh,
                }
            } else {
                v
            };
            vals.push((v, pt));
        }
        self.pack_args(sig, vals, spread)
    }

    pub fn is_var_reg(&self, r: Reg) -> bool {
        self.var_regs.get(r as usize).copied().unwrap_or(false)
    }

    fn pack_args(
        &mut self,
        sig: &minigo_types::Signature,
        vals: Vec<(Val, TypeId)>,
        spread: bool,
    ) -> Vec<Reg> {
        let np = sig.params.len();
        if !sig.variadic || spread {
            return vals
                .iter()
                .enumerate()
                .map(|(i, (v, t))| {
                    self.convert(*v, *t, sig.params.get(i).copied().unwrap_or(*t))
                        .r
                })
                .collect();
        }
        let mut out: Vec<Reg> = vec![];
        for (i, (v, t)) in vals.iter().enumerate().take(np - 1) {
            out.push(self.convert(*v, *t, sig.params[i]).r);
        }
        let st = sig.params[np - 1];
        let et = match self.types().kind(st) {
            TypeKind::Slice(e) => *e,
            _ => st,
        };
        let extra: Vec<Reg> = vals
            .iter()
            .skip(np - 1)
            .map(|(v, t)| self.convert(*v, *t, et).r)
            .collect();
        let d = self.temp(Kind::Ref);
        if extra.is_empty() {
            self.emit_zero(d);
        } else {
            let ert = self.c.rtype(et);
            self.emit(Instr::SliceLit {
                dst: d,
                n: extra.len() as u16,
            });
            self.emit_ext(ert);
            self.emit_regs(&extra);
        }
        out.push(d);
        out
    }

    /// `T(x)`.
    fn conversion(&mut self, a: &'a Expr, to: TypeId, d: Reg) {
        let from = self.ty(a);
        let v = self.expr(a);
        let (fu, tu) = (
            self.types().under(from).clone(),
            self.types().under(to).clone(),
        );
        match (fu, tu) {
            (TypeKind::Basic(fb), TypeKind::Basic(tb)) => {
                if tb.is_string() && fb.is_integer() {
                    self.emit(Instr::RuneToStr { dst: d, src: v.r });
                } else if fb.is_integer() && tb.is_integer() {
                    self.mov(d, v.r);
                    self.wrap(d, to);
                } else if fb.is_integer() && tb.is_float() {
                    if fb.is_unsigned() {
                        self.emit(Instr::UToF { dst: d, src: v.r });
                    } else {
                        self.emit(Instr::IToF { dst: d, src: v.r });
                    }
                    self.wrap(d, to);
                } else if fb.is_float() && tb.is_integer() {
                    if tb.is_unsigned() {
                        self.emit(Instr::FToU { dst: d, src: v.r });
                    } else {
                        self.emit(Instr::FToI { dst: d, src: v.r });
                    }
                    self.wrap(d, to);
                } else if fb.is_float() && tb.is_float() {
                    self.mov(d, v.r);
                    self.wrap(d, to);
                } else {
                    self.mov(d, v.r);
                }
            }
            (TypeKind::Slice(e), TypeKind::Basic(tb)) if tb.is_string() => {
                if self.basic_of(e) == Some(Basic::Int32) {
                    self.emit(Instr::RunesToStr { dst: d, src: v.r });
                } else {
                    self.emit(Instr::BytesToStr { dst: d, src: v.r });
                }
            }
            (TypeKind::Basic(_), TypeKind::Slice(e)) => {
                if self.basic_of(e) == Some(Basic::Int32) {
                    self.emit(Instr::StrToRunes { dst: d, src: v.r });
                } else {
                    self.emit(Instr::StrToBytes { dst: d, src: v.r });
                }
            }
            (_, TypeKind::Interface(_)) => {
                let c = self.convert(v, from, to);
                self.mov(d, c.r);
            }
            _ => {
                let o = self.owned(v, from);
                self.mov(d, o.r);
            }
        }
    }

    fn builtin(&mut self, b: Builtin, e: &'a Expr, args: &'a [Expr], spread: bool) -> Vec<Reg> {
        let t = self.ty(e);
        match b {
            Builtin::Len | Builtin::Cap => {
                let d = self.temp(Kind::Scalar);
                let at = self.ty(&args[0]);
                let v = self.expr(&args[0]);
                match self.types().under(at).clone() {
                    TypeKind::Basic(_) => {
                        self.emit(Instr::StrLen { dst: d, s: v.r });
                    }
                    TypeKind::Map(..) => {
                        let id = self.c.native("builtin.maplen");
                        self.emit(Instr::CallNative {
                            id,
                            nargs: 1,
                            nret: 1,
                        });
                        self.emit_regs(&[v.r, d]);
                    }
                    TypeKind::Slice(_) => {
                        if b == Builtin::Len {
                            self.emit(Instr::Len { dst: d, s: v.r });
                        } else {
                            self.emit(Instr::Cap { dst: d, s: v.r });
                        }
                    }
                    TypeKind::Pointer(inner) => {
                        if let TypeKind::Array(n, _) = self.types().under(inner) {
                            let n = *n as i64;
                            self.load_int(d, n);
                        }
                    }
                    TypeKind::Array(n, _) => self.load_int(d, n as i64),
                    _ if b == Builtin::Cap => self.call_native("builtin.chancap", &[v.r], &[d]),
                    _ => self.call_native("builtin.chanlen", &[v.r], &[d]),
                }
                vec![d]
            }
            Builtin::Append => {
                let st = t;
                let et = match self.types().under(st) {
                    TypeKind::Slice(e) => *e,
                    _ => TypeId::INVALID,
                };
                let ert = self.c.rtype(et);
                let s = self.expr(&args[0]);
                let d = self.temp(Kind::Ref);
                self.mov(d, s.r);
                if spread && args.len() == 2 {
                    let x = self.expr(&args[1]);
                    self.emit(Instr::AppendSlice {
                        dst: d,
                        s: d,
                        t: x.r,
                    });
                    self.emit_ext(ert);
                    return vec![d];
                }
                for a in &args[1..] {
                    let mark = self.temp_mark();
                    let v = self.expr_as(a, et);
                    let v = self.owned(v, et);
                    self.emit(Instr::Append {
                        dst: d,
                        s: d,
                        v: v.r,
                    });
                    self.emit_ext(ert);
                    self.release_temps(mark);
                }
                vec![d]
            }
            Builtin::Copy => {
                let d = self.temp(Kind::Scalar);
                let et = match self.types().under(self.ty(&args[0])) {
                    TypeKind::Slice(e) => *e,
                    _ => TypeId::UINT8,
                };
                let ert = self.c.rtype(et);
                let a = self.expr(&args[0]);
                let bv = self.expr(&args[1]);
                self.emit(Instr::CopySlice {
                    dst: d,
                    a: a.r,
                    b: bv.r,
                });
                self.emit_ext(ert);
                vec![d]
            }
            Builtin::Delete => {
                let mt = self.ty(&args[0]);
                let kt = match self.types().under(mt) {
                    TypeKind::Map(k, _) => *k,
                    _ => TypeId::INVALID,
                };
                let m = self.expr(&args[0]);
                let k = self.expr_as(&args[1], kt);
                self.emit(Instr::MapDelete { m: m.r, k: k.r });
                vec![]
            }
            Builtin::Make => {
                let d = self.temp(Kind::Ref);
                let rt = self.c.rtype(t);
                match self.types().under(t).clone() {
                    TypeKind::Slice(et) => {
                        let ert = self.c.rtype(et);
                        let l = self.expr(&args[1]).r;
                        let c = if args.len() > 2 {
                            self.expr(&args[2]).r
                        } else {
                            l
                        };
                        self.emit(Instr::MakeSlice {
                            dst: d,
                            len: l,
                            cap: c,
                        });
                        self.emit_ext(ert);
                    }
                    TypeKind::Map(..) => {
                        self.emit(Instr::MakeMap { dst: d });
                        self.emit_ext(rt);
                    }
                    TypeKind::Chan(..) => {
                        self.make_chan(t, args.get(1), d);
                    }
                    _ => self.emit_zero(d),
                }
                vec![d]
            }
            Builtin::New => {
                let et = match self.types().kind(t) {
                    TypeKind::Pointer(e) => *e,
                    _ => TypeId::INVALID,
                };
                let rt = self.c.rtype(et);
                let d = self.temp(Kind::Ref);
                self.emit(Instr::Alloc { dst: d });
                self.emit_ext(rt);
                vec![d]
            }
            Builtin::Panic => {
                let v = self.expr_as(&args[0], TypeId::EMPTY_INTERFACE);
                self.set_line(e.span);
                self.emit(Instr::Panic { src: v.r });
                vec![]
            }
            Builtin::Recover => {
                let d = self.temp(Kind::Ref);
                self.emit(Instr::Recover { dst: d });
                vec![d]
            }
            Builtin::Print | Builtin::Println => {
                let mut regs = vec![];
                for a in args {
                    let at = self.ty(a);
                    let at = minigo_types::lookup::default_type(at);
                    let v = self.expr_as(a, at);
                    let v = self.convert(v, at, TypeId::EMPTY_INTERFACE);
                    regs.push(v.r);
                }
                let name = if b == Builtin::Print {
                    "builtin.print"
                } else {
                    "builtin.println"
                };
                let id = self.c.native(name);
                self.emit(Instr::CallNative {
                    id,
                    nargs: regs.len() as u8,
                    nret: 0,
                });
                self.emit_regs(&regs);
                vec![]
            }
            Builtin::Min | Builtin::Max => {
                let d = self.temp_for(t);
                self.expr_to_as(&args[0], t, d);
                let float = self.basic_of(t).is_some_and(|b| b.is_float());
                for a in &args[1..] {
                    let mark = self.temp_mark();
                    let v = self.expr_as(a, t);
                    if float {
                        let name = if b == Builtin::Min {
                            "builtin.fmin"
                        } else {
                            "builtin.fmax"
                        };
                        let id = self.c.native(name);
                        self.emit(Instr::CallNative {
                            id,
                            nargs: 2,
                            nret: 1,
                        });
                        self.emit_regs(&[d, v.r, d]);
                    } else {
                        let c = self.temp(Kind::Scalar);
                        let (x, y) = if b == Builtin::Min {
                            (v.r, d)
                        } else {
                            (d, v.r)
                        };
                        let i = if self.basic_of(t).is_some_and(|b| b.is_string()) {
                            Instr::CmpS {
                                op: CmpOp::Lt,
                                dst: c,
                                a: x,
                                b: y,
                            }
                        } else if self.is_unsigned(t) {
                            Instr::CmpU {
                                op: CmpOp::Lt,
                                dst: c,
                                a: x,
                                b: y,
                            }
                        } else {
                            Instr::CmpI {
                                op: CmpOp::Lt,
                                dst: c,
                                a: x,
                                b: y,
                            }
                        };
                        self.emit(i);
                        let j = self.jump_if(c, false);
                        self.mov(d, v.r);
                        self.patch_here(j);
                    }
                    self.release_temps(mark);
                }
                vec![d]
            }
            Builtin::Clear => {
                let v = self.expr(&args[0]);
                self.emit(Instr::Clear { x: v.r });
                vec![]
            }
            Builtin::Close => {
                if let Some(ch) = args.first() {
                    self.close_chan(ch);
                }
                vec![]
            }
        }
    }

    fn expr_to_as(&mut self, e: &'a Expr, t: TypeId, d: Reg) {
        let v = self.expr_as(e, t);
        self.mov(d, v.r);
    }
}

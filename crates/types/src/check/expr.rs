//! Expressions: identifiers, literals, composite literals, selectors, index and slice
//! expressions, type assertions, unary and binary operators (with untyped constant
//! arithmetic and the delayed typing of untyped operands), and assignability.

use minigo_syntax::Span;
use minigo_syntax::ast::{self, BinaryOp, Expr, ExprKind, UnaryOp};
use rustc_hash::FxHashSet;

use super::{Checker, FuncCtx, OMode, Operand, expr_string, is_blank};
use crate::bigint::BigInt;
use crate::constant::{self, CVal, ReprError, parse_float_lit, parse_int_lit, represent};
use crate::info::{Selection, SelectionKind};
use crate::lookup::{self, Found, default_type, deref, is_named};
use crate::objects::{ObjKind, VarKind};
use crate::ty::{Basic, Signature, TypeId, TypeKind};

/// Which untyped kind ranks higher (int < rune < float).
fn untyped_rank(t: TypeId) -> u8 {
    match t {
        TypeId::UNTYPED_INT => 1,
        TypeId::UNTYPED_RUNE => 2,
        TypeId::UNTYPED_FLOAT => 3,
        _ => 0,
    }
}

impl Checker {
    pub(super) fn op<'a>(
        &self,
        mode: OMode,
        ty: TypeId,
        val: Option<CVal>,
        e: &'a Expr,
    ) -> Operand<'a> {
        Operand {
            mode,
            ty,
            val,
            expr: Some(e),
            span: e.span,
        }
    }

    // ----- predicates on types -----

    pub(super) fn is_basic(&self, t: TypeId, f: impl Fn(Basic) -> bool) -> bool {
        self.types.basic(t).is_some_and(f)
    }

    pub(super) fn is_integer(&self, t: TypeId) -> bool {
        self.is_basic(t, Basic::is_integer)
    }

    pub(super) fn is_numeric(&self, t: TypeId) -> bool {
        self.is_basic(t, Basic::is_numeric)
    }

    pub(super) fn is_string(&self, t: TypeId) -> bool {
        self.is_basic(t, Basic::is_string)
    }

    pub(super) fn is_boolean(&self, t: TypeId) -> bool {
        self.is_basic(t, Basic::is_boolean)
    }

    pub(super) fn has_nil(&self, t: TypeId) -> bool {
        matches!(
            self.types.under(t),
            TypeKind::Pointer(_)
                | TypeKind::Func(_)
                | TypeKind::Slice(_)
                | TypeKind::Map(..)
                | TypeKind::Chan(..)
                | TypeKind::Interface(_)
        ) || t == TypeId::UNTYPED_NIL
    }

    fn is_ordered(&self, t: TypeId) -> bool {
        self.is_basic(t, |b| b.is_numeric() || b.is_string())
    }

    pub(super) fn kind_string(&self, t: TypeId) -> String {
        match self.types.under(t) {
            TypeKind::Array(..) => "array".into(),
            TypeKind::Slice(_) => "slice".into(),
            TypeKind::Struct(_) => "struct".into(),
            TypeKind::Pointer(_) => "pointer".into(),
            TypeKind::Func(_) => "func".into(),
            TypeKind::Interface(_) => "interface".into(),
            TypeKind::Map(..) => "map".into(),
            TypeKind::Chan(..) => "chan".into(),
            _ => self.tstr(t),
        }
    }

    // ----- entry points -----

    /// Checks an expression that must denote a single value.
    pub(crate) fn expr<'a>(&mut self, e: &'a Expr) -> Operand<'a> {
        self.expr_hint(e, None)
    }

    /// Like [`Checker::expr`], with the element type of an enclosing composite literal.
    pub(super) fn expr_hint<'a>(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        let mut x = self.raw_expr(e, hint);
        self.single_value(&mut x);
        self.exclude_type_builtin(&mut x);
        x
    }

    fn exclude_type_builtin(&mut self, x: &mut Operand<'_>) {
        match x.mode {
            OMode::Type => {
                let s = x.expr.map(expr_string).unwrap_or_default();
                self.error(x.span, format!("{s} (type) is not an expression"));
                x.mode = OMode::Invalid;
            }
            OMode::Builtin(_) => {
                let s = self.op_str(x);
                self.error(x.span, format!("{s} must be called"));
                x.mode = OMode::Invalid;
            }
            OMode::NoValue => {
                let s = x.expr.map(expr_string).unwrap_or_default();
                self.error(x.span, format!("{s} (no value) used as value"));
                x.mode = OMode::Invalid;
            }
            _ => {}
        }
    }

    /// Reports a multi-value expression used in single-value context.
    pub(super) fn single_value(&mut self, x: &mut Operand<'_>) {
        if x.mode == OMode::Value
            && let TypeKind::Tuple(ts) = self.types.kind(x.ty)
            && ts.len() != 1
            && x.ty != TypeId::VOID
        {
            let s = self.op_str(x);
            self.error(
                x.span,
                format!("multiple-value {s} in single-value context"),
            );
            x.mode = OMode::Invalid;
        }
    }

    /// Checks an expression that may denote a type.
    pub(crate) fn expr_or_type<'a>(&mut self, e: &'a Expr, _generic: bool) -> Operand<'a> {
        let mut x = self.raw_expr(e, None);
        self.single_value(&mut x);
        if x.mode == OMode::NoValue {
            let s = expr_string(e);
            self.error(e.span, format!("{s} (no value) used as value or type"));
            x.mode = OMode::Invalid;
        }
        x
    }

    /// Checks an expression that may produce several values (call results are split).
    pub(crate) fn multi_expr<'a>(&mut self, e: &'a Expr) -> Vec<Operand<'a>> {
        let mut x = self.raw_expr(e, None);
        self.exclude_type_builtin(&mut x);
        if x.is_invalid() {
            return vec![x];
        }
        if let TypeKind::Tuple(ts) = self.types.kind(x.ty).clone()
            && x.mode == OMode::Value
        {
            // The components keep the call expression for messages (their types are
            // never untyped, so it is never updated through them).
            return ts
                .iter()
                .map(|&t| Operand {
                    mode: OMode::Value,
                    ty: t,
                    val: None,
                    expr: Some(e),
                    span: e.span,
                })
                .collect();
        }
        vec![x]
    }

    /// Evaluates the single right-hand side of an n:1 assignment: the results of a call,
    /// or a comma-ok pair. `None` if invalid (error reported).
    pub(super) fn multi_value<'a>(
        &mut self,
        e: &'a Expr,
        comma_ok: bool,
    ) -> Option<Vec<Operand<'a>>> {
        let xs = self.multi_expr(e);
        if xs.len() == 1 && xs[0].is_invalid() {
            return None;
        }
        if xs.len() == 1 && comma_ok && matches!(xs[0].mode, OMode::MapIndex | OMode::CommaOk) {
            let ok = Operand {
                mode: OMode::Value,
                ty: TypeId::UNTYPED_BOOL,
                val: None,
                expr: None,
                span: e.span,
            };
            let mut v = xs;
            v.push(ok);
            return Some(v);
        }
        Some(xs)
    }

    /// The central dispatcher: checks `e` (any mode) and records its type.
    pub(super) fn raw_expr<'a>(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        let x = self.expr_inner(e, hint);
        let mode = if x.ty == TypeId::INVALID && !matches!(x.mode, OMode::Builtin(_)) {
            OMode::Invalid
        } else {
            x.mode
        };
        if !(matches!(x.mode, OMode::Builtin(_)) && self.info.types.contains_key(&e.id)) {
            self.record(e.id, mode, x.ty, x.val.as_ref());
        }
        x
    }

    fn expr_inner<'a>(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        match &e.kind {
            ExprKind::Ident(id) => self.ident(e, id),
            ExprKind::IntLit(s) => match parse_int_lit(s) {
                Some(v) => self.op(OMode::Const, TypeId::UNTYPED_INT, Some(CVal::Int(v)), e),
                None => {
                    self.error(e.span, "integer constant overflow");
                    Operand::invalid(e.span)
                }
            },
            ExprKind::FloatLit(s) => match parse_float_lit(s) {
                Some(v) => self.op(OMode::Const, TypeId::UNTYPED_FLOAT, Some(v), e),
                None => {
                    self.error(e.span, format!("invalid floating-point literal {s}"));
                    Operand::invalid(e.span)
                }
            },
            ExprKind::RuneLit(r) => self.op(
                OMode::Const,
                TypeId::UNTYPED_RUNE,
                Some(CVal::int(*r as i128)),
                e,
            ),
            ExprKind::StringLit(b) => self.op(
                OMode::Const,
                TypeId::UNTYPED_STRING,
                Some(CVal::Str(b.clone())),
                e,
            ),
            ExprKind::CompositeLit { ty, elems, .. } => {
                self.composite_lit(e, ty.as_deref(), elems, hint)
            }
            ExprKind::FuncLit { sig, body } => {
                let (t, params, results) = self.signature(sig, None);
                self.open_scope();
                for (n, o) in params.iter().chain(results.iter()) {
                    if let Some(n) = n {
                        self.declare_local(n, *o);
                    }
                }
                let res = match self.types.kind(t) {
                    TypeKind::Func(s) => s.results.clone(),
                    _ => vec![],
                };
                let named = results.iter().map(|(_, o)| *o).collect();
                let saved = std::mem::replace(
                    &mut self.fctx,
                    FuncCtx {
                        results: res,
                        named_results: named,
                    },
                );
                let saved_iota = self.iota.take();
                self.func_body(body);
                self.iota = saved_iota;
                self.fctx = saved;
                self.close_scope();
                self.op(OMode::Value, t, None, e)
            }
            ExprKind::Paren(x) => {
                let mut o = self.raw_expr(x, hint);
                o.expr = Some(e);
                o.span = e.span;
                o
            }
            ExprKind::Selector(x, sel) => self.selector(e, x, sel),
            ExprKind::Index(x, i) => self.index_expr(e, x, i),
            ExprKind::Slice { x, lo, hi, max } => {
                self.slice_expr(e, x, lo.as_deref(), hi.as_deref(), max.as_deref())
            }
            ExprKind::TypeAssert(x, t) => {
                let xo = self.expr(x);
                let Some(t) = t else {
                    self.error(
                        e.span,
                        "invalid syntax tree: use of .(type) outside type switch",
                    );
                    return Operand::invalid(e.span);
                };
                let tt = self.type_expr(t);
                if xo.is_invalid() || tt == TypeId::INVALID {
                    return Operand::invalid(e.span);
                }
                if !self.types.is_interface(xo.ty) {
                    let s = self.op_str(&xo);
                    self.error(
                        x.span,
                        format!("invalid operation: {s} is not an interface"),
                    );
                    return Operand::invalid(e.span);
                }
                self.check_type_assertion(&xo, tt, t.span, e, false);
                self.op(OMode::CommaOk, tt, None, e)
            }
            ExprKind::Call {
                func,
                args,
                ellipsis,
            } => self.call(e, func, args, *ellipsis),
            ExprKind::Star(x) => {
                let xo = self.expr_or_type(x, false);
                match xo.mode {
                    OMode::Invalid => Operand::invalid(e.span),
                    OMode::Type => {
                        let t = self.types.pointer(xo.ty);
                        self.op(OMode::Type, t, None, e)
                    }
                    _ => {
                        if xo.is_nil() {
                            self.error(x.span, "invalid operation: cannot indirect nil");
                            return Operand::invalid(e.span);
                        }
                        match self.types.under(xo.ty).clone() {
                            TypeKind::Pointer(el) => self.op(OMode::Variable, el, None, e),
                            _ => {
                                let s = self.op_str(&xo);
                                self.error(
                                    x.span,
                                    format!("invalid operation: cannot indirect {s}"),
                                );
                                Operand::invalid(e.span)
                            }
                        }
                    }
                }
            }
            ExprKind::Unary(op, x) => self.unary(e, *op, x, hint),
            ExprKind::Binary(op, l, r) => self.binary(e, *op, l, r),
            ExprKind::ArrayType { .. }
            | ExprKind::SliceType(_)
            | ExprKind::MapType(..)
            | ExprKind::ChanType(..)
            | ExprKind::FuncType(_)
            | ExprKind::StructType(_)
            | ExprKind::InterfaceType(_) => {
                let t = self.type_expr(e);
                if t == TypeId::INVALID {
                    return Operand::invalid(e.span);
                }
                self.op(OMode::Type, t, None, e)
            }
            ExprKind::Bad => Operand::invalid(e.span),
        }
    }

    // ----- identifiers -----

    fn ident<'a>(&mut self, e: &'a Expr, id: &ast::Ident) -> Operand<'a> {
        if is_blank(&id.name) {
            self.error(e.span, "cannot use _ as value");
            return Operand::invalid(e.span);
        }
        let Some(o) = self.lookup_name(&id.name) else {
            if matches!(
                id.name.as_str(),
                "complex" | "real" | "imag" | "complex64" | "complex128"
            ) {
                self.error(
                    e.span,
                    format!(
                        "{} is not supported (minigo has no complex numbers)",
                        id.name
                    ),
                );
            } else {
                self.error(e.span, format!("undefined: {}", id.name));
            }
            return Operand::invalid(e.span);
        };
        self.record_use(id, o);
        self.obj_operand(e, o, true)
    }

    /// The operand denoted by object `o` (resolving it first if needed).
    pub(super) fn obj_operand<'a>(
        &mut self,
        e: &'a Expr,
        o: crate::ObjId,
        mark_used: bool,
    ) -> Operand<'a> {
        // Named types are usable before their declaration is complete (`type T struct{ next *T }`).
        let named_ready =
            self.obj(o).kind == ObjKind::TypeName && self.obj(o).ty != TypeId::INVALID;
        if self.pkg.decls.contains_key(&o) && !named_ready {
            self.resolve_obj(o);
        }
        let ob = self.obj(o).clone();
        match &ob.kind {
            ObjKind::PkgName(_) => {
                self.error(
                    e.span,
                    format!("use of package {} not in selector", ob.name),
                );
                Operand::invalid(e.span)
            }
            ObjKind::Const(_) => {
                if self.universe.get("iota") == Some(&o) {
                    return match self.iota {
                        Some(v) => {
                            self.op(OMode::Const, TypeId::UNTYPED_INT, Some(CVal::int(v)), e)
                        }
                        None => {
                            self.error(e.span, "cannot use iota outside constant declaration");
                            Operand::invalid(e.span)
                        }
                    };
                }
                if ob.pkg == self.pkg.path && self.pkg.decls.contains_key(&o) {
                    self.add_dep(o);
                }
                if ob.ty == TypeId::INVALID {
                    return Operand::invalid(e.span);
                }
                let v = self
                    .cvals
                    .get(&o)
                    .cloned()
                    .unwrap_or_else(|| match &ob.kind {
                        ObjKind::Const(cv) => CVal::from_const_value(cv),
                        _ => CVal::int(0),
                    });
                self.op(OMode::Const, ob.ty, Some(v), e)
            }
            ObjKind::TypeName => {
                if ob.ty == TypeId::INVALID {
                    return Operand::invalid(e.span);
                }
                self.op(OMode::Type, ob.ty, None, e)
            }
            ObjKind::Var(k) => {
                if mark_used {
                    self.used.insert(o);
                }
                if *k == VarKind::Global && ob.pkg == self.pkg.path {
                    self.add_dep(o);
                }
                if ob.ty == TypeId::INVALID {
                    return Operand::invalid(e.span);
                }
                self.op(OMode::Variable, ob.ty, None, e)
            }
            ObjKind::Func(_) => {
                if ob.pkg == self.pkg.path {
                    self.add_dep(o);
                }
                if ob.ty == TypeId::INVALID {
                    return Operand::invalid(e.span);
                }
                self.op(OMode::Value, ob.ty, None, e)
            }
            ObjKind::Builtin(b) => self.op(OMode::Builtin(*b), TypeId::INVALID, None, e),
            ObjKind::Nil => self.op(OMode::Value, TypeId::UNTYPED_NIL, None, e),
            ObjKind::Label => Operand::invalid(e.span),
        }
    }

    pub(super) fn add_dep(&mut self, o: crate::ObjId) {
        if let Some(owner) = self.dep_owner {
            let d = self.pkg.deps.entry(owner).or_default();
            if !d.contains(&o) {
                d.push(o);
            }
        }
    }

    // ----- composite literals -----

    fn composite_lit<'a>(
        &mut self,
        e: &'a Expr,
        ty: Option<&'a Expr>,
        elems: &'a [ast::Element],
        hint: Option<TypeId>,
    ) -> Operand<'a> {
        let (typ, base) = match ty {
            Some(te) => {
                if let ExprKind::ArrayType { len: None, elem } = &te.kind {
                    // [...]T{...}: the length comes from the elements.
                    let et = self.type_expr(elem);
                    if et == TypeId::INVALID {
                        self.check_elems_loosely(elems);
                        self.record(te.id, OMode::Type, TypeId::INVALID, None);
                        return Operand::invalid(e.span);
                    }
                    let n = self.indexed_elems(elems, et, None);
                    let t = self.types.intern(TypeKind::Array(n, et));
                    self.record(te.id, OMode::Type, t, None);
                    return self.op(OMode::Value, t, None, e);
                }
                let t = self.type_expr(te);
                (t, t)
            }
            None => match hint {
                Some(h) => {
                    let (b, _) = deref(&self.types, self.types.underlying(h));
                    let b = if matches!(self.types.under(h), TypeKind::Pointer(_)) {
                        b
                    } else {
                        h
                    };
                    (h, b)
                }
                None => {
                    self.error(e.span, "invalid composite literal type: missing type");
                    self.check_elems_loosely(elems);
                    return Operand::invalid(e.span);
                }
            },
        };
        if typ == TypeId::INVALID {
            self.check_elems_loosely(elems);
            return Operand::invalid(e.span);
        }
        let u = self.under_of(base);
        match self.types.kind(u).clone() {
            TypeKind::Struct(fields) => {
                if elems.is_empty() {
                    return self.op(OMode::Value, typ, None, e);
                }
                let tname = self.tstr(base);
                let foreign = self
                    .types
                    .named_of(base)
                    .is_some_and(|n| n.pkg != self.pkg.path);
                if elems[0].key.is_some() {
                    let mut seen: FxHashSet<usize> = FxHashSet::default();
                    for el in elems {
                        let Some(k) = &el.key else {
                            self.error(
                                el.value.span,
                                "mixture of field:value and value elements in struct literal",
                            );
                            let _ = self.expr(&el.value);
                            continue;
                        };
                        let ExprKind::Ident(kid) = &k.kind else {
                            let s = expr_string(k);
                            self.error(k.span, format!("invalid field name {s} in struct literal"));
                            let _ = self.expr(&el.value);
                            continue;
                        };
                        let Some(fi) = fields.iter().position(|f| f.name == kid.name) else {
                            self.error(
                                k.span,
                                format!(
                                    "unknown field {} in struct literal of type {tname}",
                                    kid.name
                                ),
                            );
                            let _ = self.expr(&el.value);
                            continue;
                        };
                        let ft = fields[fi].ty;
                        self.record(k.id, OMode::Value, ft, None);
                        if foreign && !fields[fi].exported() {
                            self.error(
                                k.span,
                                format!("cannot refer to unexported field {} in struct literal of type {tname}", kid.name),
                            );
                        }
                        if !seen.insert(fi) {
                            self.error(
                                k.span,
                                format!("duplicate field name {} in struct literal", kid.name),
                            );
                        }
                        let mut x = self.expr_hint(&el.value, Some(ft));
                        self.assignment(&mut x, Some(ft), "struct literal");
                    }
                } else {
                    for (i, el) in elems.iter().enumerate() {
                        if let Some(k) = &el.key {
                            self.error(
                                k.span,
                                "mixture of field:value and value elements in struct literal",
                            );
                            let _ = self.expr(&el.value);
                            continue;
                        }
                        let Some(f) = fields.get(i) else {
                            let _ = self.expr(&el.value);
                            if i == fields.len() {
                                self.error(
                                    el.value.span,
                                    format!("too many values in struct literal of type {tname}"),
                                );
                            }
                            continue;
                        };
                        let mut x = self.expr_hint(&el.value, Some(f.ty));
                        if foreign && !f.exported() {
                            self.error(
                                el.value.span,
                                format!("implicit assignment to unexported field {} in struct literal of type {tname}", f.name),
                            );
                            continue;
                        }
                        self.assignment(&mut x, Some(f.ty), "struct literal");
                    }
                    if elems.len() < fields.len() {
                        let rb = match &e.kind {
                            ExprKind::CompositeLit { rbrace, .. } => *rbrace,
                            _ => e.span,
                        };
                        self.error(
                            rb,
                            format!("too few values in struct literal of type {tname}"),
                        );
                    }
                }
            }
            TypeKind::Array(n, et) => {
                self.indexed_elems(elems, et, Some(n));
            }
            TypeKind::Slice(et) => {
                self.indexed_elems(elems, et, None);
            }
            TypeKind::Map(kt, vt) => {
                let mut seen: Vec<CVal> = vec![];
                for el in elems {
                    match &el.key {
                        None => {
                            self.error(el.value.span, "missing key in map literal");
                        }
                        Some(k) => {
                            let mut kx = self.expr_hint(k, Some(kt));
                            self.assignment(&mut kx, Some(kt), "map literal");
                            if kx.mode == OMode::Const
                                && let Some(v) = &kx.val
                            {
                                if seen.contains(v) {
                                    let s = expr_string(k);
                                    self.error(k.span, format!("duplicate key {s} in map literal"));
                                } else {
                                    seen.push(v.clone());
                                }
                            }
                        }
                    }
                    let mut vx = self.expr_hint(&el.value, Some(vt));
                    self.assignment(&mut vx, Some(vt), "map literal");
                }
            }
            TypeKind::Invalid => {
                self.check_elems_loosely(elems);
                return Operand::invalid(e.span);
            }
            _ => {
                let s = self.tstr(typ);
                self.error(
                    ty.map_or(e.span, |t| t.span),
                    format!("invalid composite literal type {s}"),
                );
                self.check_elems_loosely(elems);
                return Operand::invalid(e.span);
            }
        }
        self.op(OMode::Value, typ, None, e)
    }

    fn check_elems_loosely(&mut self, elems: &[ast::Element]) {
        for el in elems {
            if let Some(k) = &el.key
                && !matches!(k.kind, ExprKind::Ident(_))
            {
                let _ = self.raw_expr(k, None);
            }
            if !matches!(el.value.kind, ExprKind::CompositeLit { ty: None, .. }) {
                let _ = self.raw_expr(&el.value, None);
            }
        }
    }

    /// Elements of an array or slice literal; returns the length (max index + 1).
    fn indexed_elems(&mut self, elems: &[ast::Element], et: TypeId, len: Option<u64>) -> u64 {
        let mut idx: u64 = 0;
        let mut max: u64 = 0;
        let mut seen: FxHashSet<u64> = FxHashSet::default();
        for el in elems {
            let mut valid_index = false;
            let at = el.key.as_ref().unwrap_or(&el.value).span;
            if let Some(k) = &el.key {
                let n = self.diags.len();
                match self.index(k, len.map(|l| l as i128)) {
                    Some(v) => {
                        idx = v as u64;
                        valid_index = true;
                    }
                    None => {
                        if self.diags.len() == n
                            && self
                                .info
                                .types
                                .get(&k.id)
                                .is_some_and(|tv| tv.ty != TypeId::INVALID)
                        {
                            let s = expr_string(k);
                            self.error(k.span, format!("index {s} must be integer constant"));
                        }
                    }
                }
            } else if let Some(n) = len
                && idx >= n
            {
                self.error(at, format!("index {idx} is out of bounds (>= {n})"));
            } else {
                valid_index = true;
            }
            if valid_index && !seen.insert(idx) {
                self.error(
                    at,
                    format!("duplicate index {idx} in array or slice literal"),
                );
            }
            let mut x = self.expr_hint(&el.value, Some(et));
            self.assignment(&mut x, Some(et), "array or slice literal");
            idx = idx.saturating_add(1);
            max = max.max(idx);
        }
        max
    }

    // ----- selectors -----

    fn selector<'a>(&mut self, e: &'a Expr, x: &'a Expr, sel: &ast::Ident) -> Operand<'a> {
        // Qualified identifier?
        if let ExprKind::Ident(xid) = &x.kind
            && let Some(po) = self.lookup_name(&xid.name)
            && let ObjKind::PkgName(path) = &self.obj(po).kind
        {
            let path = path.clone();
            self.used.insert(po);
            self.record_use(xid, po);
            let pkgname = self.obj(po).name.clone();
            let target = self
                .packages
                .iter()
                .find(|p| p.path == path)
                .and_then(|p| p.scope.get(&sel.name).copied());
            let exported = sel.name.chars().next().is_some_and(char::is_uppercase);
            let Some(o) = target else {
                self.error(sel.span, format!("undefined: {pkgname}.{}", sel.name));
                return Operand::invalid(e.span);
            };
            if !exported {
                self.error(
                    sel.span,
                    format!("name {} not exported by package {pkgname}", sel.name),
                );
                return Operand::invalid(e.span);
            }
            self.record_use(sel, o);
            return self.obj_operand(e, o, true);
        }
        let xo = self.expr_or_type(x, false);
        if xo.is_invalid() {
            return Operand::invalid(e.span);
        }
        if let OMode::Builtin(_) = xo.mode {
            let s = expr_string(x);
            self.error(x.span, format!("{s} (built-in) must be called"));
            return Operand::invalid(e.span);
        }
        if xo.is_nil() {
            self.error(
                e.span,
                format!("invalid operation: nil.{} undefined", sel.name),
            );
            return Operand::invalid(e.span);
        }
        let t = xo.ty;
        let found = lookup::lookup(&self.types, t, &sel.name);
        if xo.mode == OMode::Type {
            return self.method_expr(e, x, sel, t, found);
        }
        match found {
            Found::Missing => {
                self.missing_field_or_method(e, x, &xo, sel);
                Operand::invalid(e.span)
            }
            Found::Ambiguous => {
                let s = expr_string(e);
                self.error(sel.span, format!("ambiguous selector {s}"));
                Operand::invalid(e.span)
            }
            Found::Field { path, ty, indirect } => {
                if !self.field_visible(t, &sel.name) {
                    let s = expr_string(e);
                    self.error(
                        sel.span,
                        format!(
                            "{s} undefined (cannot refer to unexported field {})",
                            sel.name
                        ),
                    );
                    return Operand::invalid(e.span);
                }
                let mode = if xo.mode == OMode::Variable || indirect {
                    OMode::Variable
                } else {
                    OMode::Value
                };
                self.info.selections.insert(
                    e.id,
                    Selection {
                        kind: SelectionKind::Field,
                        recv: t,
                        path,
                        method: None,
                        iface_method: None,
                        ty,
                    },
                );
                self.op(mode, ty, None, e)
            }
            Found::Method {
                path,
                obj,
                indirect,
            } => {
                if self.pkg.decls.contains_key(&obj) {
                    self.resolve_obj(obj);
                }
                let ob = self.obj(obj).clone();
                if ob.pkg != self.pkg.path
                    && !sel.name.chars().next().is_some_and(char::is_uppercase)
                {
                    let s = expr_string(e);
                    self.error(
                        sel.span,
                        format!(
                            "{s} undefined (cannot refer to unexported method {})",
                            sel.name
                        ),
                    );
                    return Operand::invalid(e.span);
                }
                let ptr_recv = matches!(&ob.kind, ObjKind::Func(fi) if fi.ptr_recv);
                let is_ptr = matches!(self.types.kind(t), TypeKind::Pointer(_));
                if ptr_recv && !indirect && !is_ptr && xo.mode != OMode::Variable {
                    let ts = self.tstr(t);
                    self.error(
                        sel.span,
                        format!("cannot call pointer method {} on {ts}", sel.name),
                    );
                    return Operand::invalid(e.span);
                }
                if ob.pkg == self.pkg.path {
                    self.add_dep(obj);
                }
                if ob.ty == TypeId::INVALID {
                    return Operand::invalid(e.span);
                }
                self.info.selections.insert(
                    e.id,
                    Selection {
                        kind: SelectionKind::MethodVal,
                        recv: t,
                        path,
                        method: Some(obj),
                        iface_method: None,
                        ty: ob.ty,
                    },
                );
                self.op(OMode::Value, ob.ty, None, e)
            }
            Found::IfaceMethod { path, sig, .. } => {
                self.info.selections.insert(
                    e.id,
                    Selection {
                        kind: SelectionKind::MethodVal,
                        recv: t,
                        path,
                        method: None,
                        iface_method: Some(sel.name.clone()),
                        ty: sig,
                    },
                );
                self.op(OMode::Value, sig, None, e)
            }
        }
    }

    /// Unexported fields of another package's struct types are invisible.
    fn field_visible(&self, t: TypeId, name: &str) -> bool {
        if name.chars().next().is_some_and(char::is_uppercase) {
            return true;
        }
        let (b, _) = deref(&self.types, t);
        match self.types.named_of(b) {
            Some(n) => n.pkg == self.pkg.path,
            None => true,
        }
    }

    fn missing_field_or_method(&mut self, e: &Expr, x: &Expr, xo: &Operand<'_>, sel: &ast::Ident) {
        let s = expr_string(e);
        let t = xo.ty;
        let _ = x;
        let ts = self.tstr(t);
        let (b, is_ptr) = deref(&self.types, t);
        if is_ptr && self.types.is_interface(b) {
            self.error(
                sel.span,
                format!("{s} undefined (type {ts} is pointer to interface, not interface)"),
            );
            return;
        }
        // Suggest a differently capitalised field or method.
        let mut alt = String::new();
        for cand in [capitalize(&sel.name), decapitalize(&sel.name)] {
            if cand == sel.name {
                continue;
            }
            match lookup::lookup(&self.types, t, &cand) {
                Found::Field { .. } => {
                    alt = format!(", but does have field {cand}");
                    break;
                }
                Found::Method { .. } | Found::IfaceMethod { .. } => {
                    alt = format!(", but does have method {cand}");
                    break;
                }
                _ => {}
            }
        }
        self.error(
            sel.span,
            format!(
                "{s} undefined (type {ts} has no field or method {}{alt})",
                sel.name
            ),
        );
    }

    fn method_expr<'a>(
        &mut self,
        e: &'a Expr,
        _x: &'a Expr,
        sel: &ast::Ident,
        t: TypeId,
        found: Found,
    ) -> Operand<'a> {
        let ts = self.tstr(t);
        let s = expr_string(e);
        let (path, sig, method, iface_method, obj_ptr) = match found {
            Found::Method {
                path,
                obj,
                indirect,
            } => {
                if self.pkg.decls.contains_key(&obj) {
                    self.resolve_obj(obj);
                }
                let ob = self.obj(obj).clone();
                let ptr_recv = matches!(&ob.kind, ObjKind::Func(fi) if fi.ptr_recv);
                let is_ptr = matches!(self.types.kind(t), TypeKind::Pointer(_));
                if ptr_recv && !is_ptr && !indirect {
                    let base = self.tstr(t);
                    self.error(
                        sel.span,
                        format!(
                            "invalid method expression {s} (needs pointer receiver (*{base}).{})",
                            sel.name
                        ),
                    );
                    return Operand::invalid(e.span);
                }
                if ob.pkg == self.pkg.path {
                    self.add_dep(obj);
                }
                (path, ob.ty, Some(obj), None, ptr_recv)
            }
            Found::IfaceMethod { path, sig, .. } => {
                (path, sig, None, Some(sel.name.clone()), false)
            }
            Found::Field { .. } => {
                self.error(
                    sel.span,
                    format!("{s} undefined (type {ts} has no method {})", sel.name),
                );
                return Operand::invalid(e.span);
            }
            Found::Ambiguous => {
                self.error(sel.span, format!("ambiguous selector {s}"));
                return Operand::invalid(e.span);
            }
            Found::Missing => {
                self.error(
                    sel.span,
                    format!(
                        "{s} undefined (type {ts} has no field or method {})",
                        sel.name
                    ),
                );
                return Operand::invalid(e.span);
            }
        };
        let _ = obj_ptr;
        let TypeKind::Func(fs) = self.types.kind(sig).clone() else {
            return Operand::invalid(e.span);
        };
        let mut params = vec![t];
        params.extend(fs.params.iter().copied());
        let ft = self.types.intern(TypeKind::Func(Signature {
            params,
            results: fs.results.clone(),
            variadic: fs.variadic,
        }));
        self.info.selections.insert(
            e.id,
            Selection {
                kind: SelectionKind::MethodExpr,
                recv: t,
                path,
                method,
                iface_method,
                ty: ft,
            },
        );
        self.op(OMode::Value, ft, None, e)
    }

    // ----- index and slice -----

    fn index_expr<'a>(&mut self, e: &'a Expr, x: &'a Expr, i: &'a Expr) -> Operand<'a> {
        let xo = self.expr_or_type(x, false);
        if xo.is_invalid() {
            let _ = self.expr(i);
            return Operand::invalid(e.span);
        }
        if xo.mode == OMode::Type {
            let s = self.tstr(xo.ty);
            self.error(x.span, format!("{s} is not a generic type"));
            let _ = self.expr(i);
            return Operand::invalid(e.span);
        }
        if let OMode::Builtin(_) = xo.mode {
            let s = expr_string(x);
            self.error(x.span, format!("{s} (built-in) must be called"));
            return Operand::invalid(e.span);
        }
        let u = self.types.underlying(xo.ty);
        match self.types.kind(u).clone() {
            TypeKind::Basic(b) if b.is_string() => {
                let len = if xo.mode == OMode::Const {
                    match &xo.val {
                        Some(CVal::Str(s)) => Some(s.len() as i128),
                        _ => None,
                    }
                } else {
                    None
                };
                let iv = self.index(i, len);
                if xo.mode == OMode::Const
                    && let (Some(CVal::Str(s)), Some(iv)) = (&xo.val, iv)
                    && let Some(&b) = s.get(iv as usize)
                {
                    // Indexing a constant string yields a byte value (not a constant).
                    let _ = b;
                }
                self.op(OMode::Value, TypeId::UINT8, None, e)
            }
            TypeKind::Array(n, et) => {
                self.index(i, Some(n as i128));
                let mode = if xo.mode == OMode::Variable {
                    OMode::Variable
                } else {
                    OMode::Value
                };
                self.op(mode, et, None, e)
            }
            TypeKind::Pointer(p) if matches!(self.types.under(p), TypeKind::Array(..)) => {
                let TypeKind::Array(n, et) = self.types.under(p).clone() else {
                    unreachable!()
                };
                self.index(i, Some(n as i128));
                self.op(OMode::Variable, et, None, e)
            }
            TypeKind::Slice(et) => {
                self.index(i, None);
                self.op(OMode::Variable, et, None, e)
            }
            TypeKind::Map(kt, vt) => {
                let mut k = self.expr_hint(i, Some(kt));
                self.assignment(&mut k, Some(kt), "map index");
                self.op(OMode::MapIndex, vt, None, e)
            }
            _ => {
                let s = self.op_str(&xo);
                let lbrack = Span {
                    file: x.span.file,
                    lo: x.span.hi,
                    hi: x.span.hi + 1,
                };
                self.error(lbrack, format!("invalid operation: cannot index {s}"));
                let _ = self.expr(i);
                Operand::invalid(e.span)
            }
        }
    }

    /// Checks an index expression; `max` is the exclusive upper bound if known.
    /// Returns the constant index value if any.
    pub(super) fn index(&mut self, i: &Expr, max: Option<i128>) -> Option<i128> {
        let mut x = self.expr(i);
        if x.is_invalid() {
            return None;
        }
        // types2's isValidIndex.
        self.convert_untyped(&mut x, TypeId::INT);
        if x.is_invalid() {
            return None;
        }
        if !self.is_integer(x.ty) {
            let s = self.op_str(&x);
            self.error(
                i.span,
                format!("invalid argument: index {s} must be integer"),
            );
            return None;
        }
        if x.mode != OMode::Const {
            return None;
        }
        let v = x.val.clone().unwrap_or(CVal::int(0));
        if v.as_integer().is_some_and(|b| b.is_neg()) {
            let s = self.op_str(&x);
            self.error(
                i.span,
                format!("invalid argument: index {s} must not be negative"),
            );
            return None;
        }
        if represent(&v, Basic::Int).is_err() {
            let s = self.op_str(&x);
            self.error(i.span, format!("invalid argument: index {s} overflows int"));
            return None;
        }
        let n = v.as_i128()?;
        if let Some(m) = max
            && n >= m
        {
            self.error(
                i.span,
                format!("invalid argument: index {n} out of bounds [0:{m}]"),
            );
            return None;
        }
        Some(n)
    }

    fn slice_expr<'a>(
        &mut self,
        e: &'a Expr,
        x: &'a Expr,
        lo: Option<&'a Expr>,
        hi: Option<&'a Expr>,
        max: Option<&'a Expr>,
    ) -> Operand<'a> {
        let xo = self.expr(x);
        let check_indices = |c: &mut Checker, len: Option<i128>| {
            let mut vals = vec![];
            for ix in [lo, hi, max].into_iter().flatten() {
                vals.push((c.index(ix, len.map(|l| l + 1)), ix.span));
            }
            // Constant indices must be non-decreasing.
            let mut prev: Option<i128> = None;
            for (v, sp) in vals {
                if let Some(v) = v {
                    if let Some(p) = prev
                        && v < p
                    {
                        c.error(sp, format!("invalid slice indices: {v} < {p}"));
                    }
                    prev = Some(v);
                }
            }
        };
        if xo.is_invalid() {
            check_indices(self, None);
            return Operand::invalid(e.span);
        }
        let u = self.types.underlying(xo.ty);
        match self.types.kind(u).clone() {
            TypeKind::Basic(b) if b.is_string() => {
                if let Some(m) = max {
                    self.error(m.span, "invalid operation: 3-index slice of string");
                    check_indices(self, None);
                    return Operand::invalid(e.span);
                }
                let len = match (&xo.mode, &xo.val) {
                    (OMode::Const, Some(CVal::Str(s))) => Some(s.len() as i128),
                    _ => None,
                };
                check_indices(self, len);
                let t = if xo.ty == TypeId::UNTYPED_STRING {
                    TypeId::STRING
                } else {
                    xo.ty
                };
                self.op(OMode::Value, t, None, e)
            }
            TypeKind::Array(n, et) => {
                if xo.mode != OMode::Variable {
                    let s = self.op_str(&xo);
                    self.error(
                        e.span,
                        format!("invalid operation: {s} (slice of unaddressable value)"),
                    );
                    check_indices(self, Some(n as i128));
                    return Operand::invalid(e.span);
                }
                check_indices(self, Some(n as i128));
                let t = self.types.slice(et);
                self.op(OMode::Value, t, None, e)
            }
            TypeKind::Pointer(p) if matches!(self.types.under(p), TypeKind::Array(..)) => {
                let TypeKind::Array(n, et) = self.types.under(p).clone() else {
                    unreachable!()
                };
                check_indices(self, Some(n as i128));
                let t = self.types.slice(et);
                self.op(OMode::Value, t, None, e)
            }
            TypeKind::Slice(_) => {
                check_indices(self, None);
                self.op(OMode::Value, xo.ty, None, e)
            }
            _ => {
                let s = self.op_str(&xo);
                self.error(x.span, format!("invalid operation: cannot slice {s}"));
                check_indices(self, None);
                Operand::invalid(e.span)
            }
        }
    }

    /// Checks `x.(T)` for possibility; reports `impossible type assertion`.
    pub(super) fn check_type_assertion(
        &mut self,
        x: &Operand<'_>,
        t: TypeId,
        tspan: Span,
        e: &Expr,
        in_switch: bool,
    ) -> bool {
        if self.types.is_interface(t) {
            return true;
        }
        if let Err(cause) =
            crate::lookup::implements_in(&self.types, &self.objects, t, x.ty, &|t| self.tstr(t))
        {
            if in_switch {
                let ts = expr_string(e);
                let xs = self.op_str(x);
                let tail = cause_tail(&cause);
                self.error(tspan, format!("impossible type switch case: {ts}\n\t{xs} cannot have dynamic type {ts} {tail}"));
            } else {
                let es = expr_string(e);
                self.error(
                    e.span,
                    format!("impossible type assertion: {es}\n\t{cause}"),
                );
            }
            return false;
        }
        true
    }

    // ----- unary -----

    fn unary<'a>(
        &mut self,
        e: &'a Expr,
        op: UnaryOp,
        x: &'a Expr,
        hint: Option<TypeId>,
    ) -> Operand<'a> {
        match op {
            UnaryOp::Addr => {
                let inner = x.unparen();
                if let ExprKind::CompositeLit { .. } = &inner.kind {
                    let h = hint.and_then(|h| match self.types.under(h) {
                        TypeKind::Pointer(b) => Some(*b),
                        _ => None,
                    });
                    let xo = self.raw_expr(x, h);
                    if xo.is_invalid() {
                        return Operand::invalid(e.span);
                    }
                    let t = self.types.pointer(xo.ty);
                    return self.op(OMode::Value, t, None, e);
                }
                let xo = self.expr(x);
                if xo.is_invalid() {
                    return Operand::invalid(e.span);
                }
                if xo.mode != OMode::Variable {
                    let s = self.op_str(&xo);
                    self.error(
                        x.span,
                        format!("invalid operation: cannot take address of {s}"),
                    );
                    return Operand::invalid(e.span);
                }
                let t = self.types.pointer(xo.ty);
                self.op(OMode::Value, t, None, e)
            }
            UnaryOp::Recv => {
                let xo = self.expr(x);
                if xo.is_invalid() {
                    return Operand::invalid(e.span);
                }
                match self.types.under(xo.ty).clone() {
                    TypeKind::Chan(dir, el) => {
                        if dir == ast::ChanDir::Send {
                            let s = self.op_str(&xo);
                            self.error(
                                x.span,
                                format!(
                                    "invalid operation: cannot receive from send-only channel {s}"
                                ),
                            );
                            return Operand::invalid(e.span);
                        }
                        self.op(OMode::CommaOk, el, None, e)
                    }
                    _ => {
                        let s = self.op_str(&xo);
                        self.error(
                            x.span,
                            format!("invalid operation: cannot receive from non-channel {s}"),
                        );
                        Operand::invalid(e.span)
                    }
                }
            }
            _ => {
                let mut xo = self.expr(x);
                if xo.is_invalid() {
                    return Operand::invalid(e.span);
                }
                let ok = match op {
                    UnaryOp::Pos | UnaryOp::Neg => self.is_numeric(xo.ty),
                    UnaryOp::BitNot => self.is_integer(xo.ty),
                    UnaryOp::Not => self.is_boolean(xo.ty),
                    _ => true,
                };
                if !ok {
                    let s = self.op_str(&xo);
                    self.error(
                        x.span,
                        format!(
                            "invalid operation: operator {} not defined on {s}",
                            op.as_str()
                        ),
                    );
                    return Operand::invalid(e.span);
                }
                if xo.mode == OMode::Const {
                    let v = xo.val.clone().unwrap_or(CVal::int(0));
                    let nv = match op {
                        UnaryOp::Pos => v,
                        UnaryOp::Neg => match &v {
                            CVal::Int(i) => CVal::Int(i.neg()),
                            CVal::Rat(n, d) => CVal::Rat(n.neg(), d.clone()),
                            CVal::Float(f) => CVal::Float(-f),
                            o => o.clone(),
                        },
                        UnaryOp::Not => match v {
                            CVal::Bool(b) => CVal::Bool(!b),
                            o => o,
                        },
                        UnaryOp::BitNot => {
                            let i = v.as_integer().unwrap_or_default();
                            match self.types.basic(xo.ty) {
                                Some(b) if b.is_unsigned() => {
                                    let bits = b.int_bits().unwrap_or(64);
                                    let mask = BigInt::from_i128(1)
                                        .shl(bits as u64)
                                        .sub(&BigInt::from_i128(1));
                                    CVal::Int(i.bitop(&mask, |p, q| p ^ q))
                                }
                                _ => CVal::Int(i.not()),
                            }
                        }
                        _ => v,
                    };
                    xo.val = Some(nv);
                    xo.expr = Some(e);
                    xo.span = e.span;
                    self.overflow(&mut xo, e.span);
                    return xo;
                }
                self.op(OMode::Value, xo.ty, None, e)
            }
        }
    }

    /// types2's `overflow`: typed constants must be representable in their type;
    /// untyped integers must stay within 512 bits.
    pub(super) fn overflow(&mut self, x: &mut Operand<'_>, op_span: Span) {
        if x.mode != OMode::Const {
            return;
        }
        if !self.types.is_untyped(x.ty) {
            if let Some(b) = self.types.basic(x.ty) {
                let v = x.val.clone().unwrap_or(CVal::int(0));
                match represent(&v, b) {
                    Ok(nv) => x.val = Some(nv),
                    Err(code) => {
                        let ts = self.tstr(x.ty);
                        let s = self.op_str(x);
                        let msg = match code {
                            ReprError::Truncated => format!("{s} truncated to {ts}"),
                            ReprError::Overflow => format!("{s} overflows {ts}"),
                            ReprError::Invalid => format!("cannot convert {s} to type {ts}"),
                        };
                        self.error(x.span, msg);
                        x.mode = OMode::Invalid;
                        x.ty = TypeId::INVALID;
                    }
                }
            }
            return;
        }
        if let Some(CVal::Int(i)) = &x.val
            && i.bit_len() > 512
        {
            let opname = match x.expr.map(|e| &e.kind) {
                Some(ExprKind::Binary(op, ..)) => match op {
                    BinaryOp::Add => "addition ",
                    BinaryOp::Sub => "subtraction ",
                    BinaryOp::Mul => "multiplication ",
                    BinaryOp::Shl => "shift ",
                    _ => "",
                },
                _ => "",
            };
            self.error(op_span, format!("constant {opname}overflow"));
            x.mode = OMode::Invalid;
            x.ty = TypeId::INVALID;
        }
    }

    // ----- binary -----

    fn binary<'a>(&mut self, e: &'a Expr, op: BinaryOp, l: &'a Expr, r: &'a Expr) -> Operand<'a> {
        self.binary_impl(Some(e), e.span, op, l, r)
    }

    /// `lhs op= rhs`: the binary operation part.
    pub(super) fn binary_assign_op<'a>(
        &mut self,
        op: BinaryOp,
        l: &'a Expr,
        r: &'a Expr,
    ) -> Operand<'a> {
        let span = l.span.to(r.span);
        self.binary_impl(None, span, op, l, r)
    }

    fn mk<'a>(
        &self,
        mode: OMode,
        ty: TypeId,
        val: Option<CVal>,
        e: Option<&'a Expr>,
        span: Span,
    ) -> Operand<'a> {
        Operand {
            mode,
            ty,
            val,
            expr: e,
            span,
        }
    }

    fn binary_impl<'a>(
        &mut self,
        e: Option<&'a Expr>,
        span: Span,
        op: BinaryOp,
        l: &'a Expr,
        r: &'a Expr,
    ) -> Operand<'a> {
        let mut x = self.expr(l);
        let mut y = self.expr(r);
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid(span);
        }
        if matches!(op, BinaryOp::Shl | BinaryOp::Shr) {
            return self.shift(e, span, op, x, y);
        }
        self.match_types(&mut x, &mut y);
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid(span);
        }
        if matches!(
            op,
            BinaryOp::Eq | BinaryOp::Ne | BinaryOp::Lt | BinaryOp::Le | BinaryOp::Gt | BinaryOp::Ge
        ) {
            let Some(e) = e else {
                return Operand::invalid(span);
            };
            return self.comparison(e, op, x, y, false);
        }
        if x.ty != y.ty {
            let es = match e {
                Some(e) => expr_string(e),
                None => format!("{} {}= {}", expr_string(l), op.as_str(), expr_string(r)),
            };
            let (xs, ys) = (self.tstr(x.ty), self.tstr(y.ty));
            self.error(
                l.span,
                format!("invalid operation: {es} (mismatched types {xs} and {ys})"),
            );
            return Operand::invalid(span);
        }
        let ok = match op {
            BinaryOp::Add => self.is_basic(x.ty, |b| b.is_numeric() || b.is_string()),
            BinaryOp::Sub | BinaryOp::Mul | BinaryOp::Div => self.is_numeric(x.ty),
            BinaryOp::Rem | BinaryOp::And | BinaryOp::Or | BinaryOp::Xor | BinaryOp::AndNot => {
                self.is_integer(x.ty)
            }
            BinaryOp::LogAnd | BinaryOp::LogOr => self.is_boolean(x.ty),
            _ => true,
        };
        if !ok {
            let s = self.op_str(&x);
            self.error(
                l.span,
                format!(
                    "invalid operation: operator {} not defined on {s}",
                    op.as_str()
                ),
            );
            return Operand::invalid(span);
        }
        if matches!(op, BinaryOp::Div | BinaryOp::Rem)
            && (x.mode == OMode::Const || self.is_integer(x.ty))
            && y.mode == OMode::Const
            && y.val.as_ref().is_some_and(CVal::is_zero)
        {
            self.error(r.span, "invalid operation: division by zero");
            return Operand::invalid(span);
        }
        if x.mode == OMode::Const && y.mode == OMode::Const {
            let (xv, yv) = (
                x.val.clone().unwrap_or(CVal::int(0)),
                y.val.clone().unwrap_or(CVal::int(0)),
            );
            let int_div = self.is_integer(x.ty);
            let (xv, yv) = if self.is_basic(x.ty, Basic::is_float) {
                (xv.to_float(), yv.to_float())
            } else {
                (xv, yv)
            };
            let Some(v) = constant::binary_op(op, &xv, &yv, int_div) else {
                self.error(span, "constant overflow");
                return Operand::invalid(span);
            };
            let mut res = self.mk(OMode::Const, x.ty, Some(v), e, span);
            let opspan = Span {
                file: span.file,
                lo: l.span.hi,
                hi: r.span.lo,
            };
            self.overflow(&mut res, opspan);
            return res;
        }
        self.mk(OMode::Value, x.ty, None, e, span)
    }

    /// types2's `matchTypes`: converts an untyped operand to the other operand's type.
    pub(super) fn match_types(&mut self, x: &mut Operand<'_>, y: &mut Operand<'_>) {
        let may_convert = |c: &Checker, x: &Operand<'_>, y: &Operand<'_>| -> bool {
            let (xt, yt) = (x.ty, y.ty);
            if !c.types.is_untyped(xt) && !c.types.is_untyped(yt) {
                return false;
            }
            if c.is_numeric(xt) != c.is_numeric(yt) {
                return false;
            }
            if c.types.is_interface(xt) || c.types.is_interface(yt) {
                return true;
            }
            if c.is_boolean(xt) != c.is_boolean(yt) {
                return false;
            }
            if c.is_string(xt) != c.is_string(yt) {
                return false;
            }
            if x.is_nil() {
                return c.has_nil(yt);
            }
            if y.is_nil() {
                return c.has_nil(xt);
            }
            if matches!(c.types.under(xt), TypeKind::Pointer(_))
                || matches!(c.types.under(yt), TypeKind::Pointer(_))
            {
                return false;
            }
            true
        };
        if may_convert(self, x, y) {
            let yt = y.ty;
            self.convert_untyped(x, yt);
            if x.is_invalid() {
                return;
            }
            let xt = x.ty;
            self.convert_untyped(y, xt);
            if y.is_invalid() {
                x.mode = OMode::Invalid;
                x.ty = TypeId::INVALID;
            }
        }
    }

    pub(super) fn comparison<'a>(
        &mut self,
        e: &'a Expr,
        op: BinaryOp,
        x: Operand<'a>,
        y: Operand<'a>,
        switch_case: bool,
    ) -> Operand<'a> {
        let mut err_on_y = false;
        let mut cause = String::new();
        let mut failed = false;
        let ok = self.assignable(&x, y.ty).is_ok() || self.assignable(&y, x.ty).is_ok();
        if !ok {
            err_on_y = true;
            cause = format!(
                "mismatched types {} and {}",
                self.tstr(x.ty),
                self.tstr(y.ty)
            );
            failed = true;
        } else {
            match op {
                BinaryOp::Eq | BinaryOp::Ne => {
                    if x.is_nil() || y.is_nil() {
                        let t = if x.is_nil() { y.ty } else { x.ty };
                        if !self.has_nil(t) || (x.is_nil() && y.is_nil()) {
                            err_on_y = true;
                            failed = true;
                        }
                    } else if !lookup::comparable(&self.types, x.ty) {
                        cause = self.incomparable_cause(x.ty);
                        failed = true;
                    } else if !lookup::comparable(&self.types, y.ty) {
                        err_on_y = true;
                        cause = self.incomparable_cause(y.ty);
                        failed = true;
                    }
                }
                _ => {
                    if !self.is_ordered(x.ty) {
                        failed = true;
                    } else if !self.is_ordered(y.ty) {
                        err_on_y = true;
                        failed = true;
                    }
                }
            }
        }
        if failed {
            let errop = if err_on_y { &y } else { &x };
            if cause.is_empty() {
                let t = if errop.is_nil() {
                    "untyped nil".to_string()
                } else {
                    self.kind_string(errop.ty)
                };
                cause = format!(
                    "operator {} not defined on {t}",
                    if switch_case { "==" } else { op.as_str() }
                );
            }
            let xs = x.expr.map(expr_string).unwrap_or_default();
            let ys = y.expr.map(expr_string).unwrap_or_else(|| "true".into());
            if switch_case {
                self.error(
                    x.span,
                    format!("invalid case {xs} in switch on {ys} ({cause})"),
                );
            } else {
                let span = errop.span;
                self.error(
                    span,
                    format!("invalid operation: {xs} {} {ys} ({cause})", op.as_str()),
                );
            }
            return Operand::invalid(e.span);
        }
        if x.mode == OMode::Const && y.mode == OMode::Const {
            let (xv, yv) = (
                x.val.clone().unwrap_or(CVal::int(0)),
                y.val.clone().unwrap_or(CVal::int(0)),
            );
            let b = constant::compare(op, &xv, &yv).unwrap_or(false);
            return self.op(OMode::Const, TypeId::UNTYPED_BOOL, Some(CVal::Bool(b)), e);
        }
        // Operands are materialized: give untyped ones their default types.
        for o in [&x, &y] {
            if let Some(oe) = o.expr
                && self.types.is_untyped(o.ty)
            {
                let d = default_type(o.ty);
                self.update_expr_type(oe, d);
            }
        }
        self.op(OMode::Value, TypeId::UNTYPED_BOOL, None, e)
    }

    fn incomparable_cause(&self, t: TypeId) -> String {
        match self.types.under(t) {
            TypeKind::Slice(_) | TypeKind::Func(_) | TypeKind::Map(..) => {
                format!("{} can only be compared to nil", self.kind_string(t))
            }
            TypeKind::Struct(fields) => {
                for f in fields {
                    if !lookup::comparable(&self.types, f.ty) {
                        return format!("struct containing {} cannot be compared", self.tstr(f.ty));
                    }
                }
                String::new()
            }
            TypeKind::Array(_, el) => {
                if !lookup::comparable(&self.types, *el) {
                    return format!("{} cannot be compared", self.tstr(t));
                }
                String::new()
            }
            _ => String::new(),
        }
    }

    fn shift<'a>(
        &mut self,
        e: Option<&'a Expr>,
        span: Span,
        op: BinaryOp,
        mut x: Operand<'a>,
        mut y: Operand<'a>,
    ) -> Operand<'a> {
        let xval = if x.mode == OMode::Const {
            x.val.as_ref().and_then(CVal::as_integer)
        } else {
            None
        };
        if !(self.is_integer(x.ty) || (self.types.is_untyped(x.ty) && xval.is_some())) {
            let s = self.op_str(&x);
            self.error(
                x.span,
                format!("invalid operation: shifted operand {s} must be integer"),
            );
            return Operand::invalid(span);
        }
        let mut yval: Option<BigInt> = None;
        if y.mode == OMode::Const {
            yval = y.val.as_ref().and_then(CVal::as_integer);
            if let Some(v) = &yval
                && v.is_neg()
            {
                let s = self.op_str(&y);
                self.error(
                    y.span,
                    format!("invalid operation: negative shift count {s}"),
                );
                return Operand::invalid(span);
            }
            if self.types.is_untyped(y.ty) {
                let v = y.val.clone().unwrap_or(CVal::int(0));
                if let Err(code) =
                    represent(&v, Basic::Uint).map_err(|c| self.repr_code(&y, Basic::Uint, c))
                {
                    let s = self.op_str(&y);
                    let msg = match code {
                        ReprError::Truncated => format!("{s} truncated to uint"),
                        ReprError::Overflow => format!("{s} overflows uint"),
                        ReprError::Invalid => format!("cannot convert {s} to type uint"),
                    };
                    self.error(y.span, msg);
                    return Operand::invalid(span);
                }
            }
        } else if self.is_integer(y.ty) {
        } else if self.types.is_untyped(y.ty) {
            self.convert_untyped(&mut y, TypeId::UINT);
            if y.is_invalid() {
                return Operand::invalid(span);
            }
        } else {
            let s = self.op_str(&y);
            self.error(
                y.span,
                format!("invalid operation: shift count {s} must be integer"),
            );
            return Operand::invalid(span);
        }
        if x.mode == OMode::Const {
            if y.mode == OMode::Const {
                let s = yval.as_ref().and_then(|v| v.to_i128()).unwrap_or(i128::MAX);
                if s > 1023 - 1 + 52 {
                    let ys = self.op_str(&y);
                    self.error(
                        y.span,
                        format!("invalid operation: invalid shift count {ys}"),
                    );
                    return Operand::invalid(span);
                }
                if !self.is_integer(x.ty) {
                    x.ty = TypeId::UNTYPED_INT;
                }
                let xi = xval.unwrap_or_default();
                let v = match op {
                    BinaryOp::Shl => xi.shl(s as u64),
                    _ => xi.shr(s as u64),
                };
                let mut res = self.mk(OMode::Const, x.ty, Some(CVal::Int(v)), e, span);
                self.overflow(&mut res, span);
                return res;
            }
            if self.types.is_untyped(x.ty) {
                // Delayed: the operand takes its type from the context.
                return self.mk(OMode::Value, x.ty, None, e, span);
            }
        }
        if !self.is_integer(x.ty) {
            let s = self.op_str(&x);
            self.error(
                x.span,
                format!("invalid operation: shifted operand {s} must be integer"),
            );
            return Operand::invalid(span);
        }
        self.mk(OMode::Value, x.ty, None, e, span)
    }

    // ----- untyped conversion and assignability -----

    /// types2's representation error code: truncation is decided by the operand's type.
    fn repr_code(&self, x: &Operand<'_>, target: Basic, code: ReprError) -> ReprError {
        let xn = self.is_numeric(x.ty);
        if xn && target.is_numeric() {
            if !self.is_integer(x.ty) && target.is_integer() {
                // A float constant with an integral value that overflows is still "truncated".
                ReprError::Truncated
            } else {
                ReprError::Overflow
            }
        } else {
            let _ = code;
            ReprError::Invalid
        }
    }

    /// types2's `implicitTypeAndValue`: the type (and value) `x` takes when converted
    /// implicitly to `target`.
    fn implicit_type_and_value(
        &self,
        x: &Operand<'_>,
        target: TypeId,
    ) -> Result<(TypeId, Option<CVal>), ReprError> {
        if x.is_invalid() || !self.types.is_untyped(x.ty) || target == TypeId::INVALID {
            return Ok((x.ty, None));
        }
        if self.types.is_untyped(target) {
            if x.ty == target {
                return Ok((x.ty, None));
            }
            let (rx, rt) = (untyped_rank(x.ty), untyped_rank(target));
            if rx > 0 && rt > 0 {
                return Ok((if rx > rt { x.ty } else { target }, None));
            }
            return Err(ReprError::Invalid);
        }
        if x.is_nil() {
            return if self.has_nil(target) {
                Ok((target, None))
            } else {
                Err(ReprError::Invalid)
            };
        }
        match self.types.under(target).clone() {
            TypeKind::Basic(b) => {
                if x.mode == OMode::Const {
                    let v = x.val.clone().unwrap_or(CVal::int(0));
                    return match represent(&v, b) {
                        Ok(nv) => Ok((target, Some(nv))),
                        Err(c) => Err(self.repr_code(x, b, c)),
                    };
                }
                let ok = match x.ty {
                    TypeId::UNTYPED_BOOL => b.is_boolean(),
                    TypeId::UNTYPED_INT | TypeId::UNTYPED_RUNE | TypeId::UNTYPED_FLOAT => {
                        b.is_numeric()
                    }
                    TypeId::UNTYPED_STRING => b.is_string(),
                    _ => false,
                };
                if ok {
                    Ok((target, None))
                } else {
                    Err(ReprError::Invalid)
                }
            }
            TypeKind::Interface(it) => {
                if !it.methods.is_empty() {
                    return Err(ReprError::Invalid);
                }
                let d = default_type(x.ty);
                if x.mode == OMode::Const
                    && let Some(b) = self.types.basic(d)
                {
                    let v = x.val.clone().unwrap_or(CVal::int(0));
                    return match represent(&v, b) {
                        Ok(nv) => Ok((d, Some(nv))),
                        Err(c) => Err(self.repr_code(x, b, c)),
                    };
                }
                Ok((d, None))
            }
            _ => Err(ReprError::Invalid),
        }
    }

    /// types2's `convertUntyped`.
    pub(super) fn convert_untyped(&mut self, x: &mut Operand<'_>, target: TypeId) {
        match self.implicit_type_and_value(x, target) {
            Ok((t, v)) => self.apply_conversion(x, t, v),
            Err(code) => {
                let tu = self.types.underlying(target);
                let ts = self.tstr(tu);
                let s = self.op_str(x);
                let msg = match code {
                    ReprError::Truncated => format!("{s} truncated to {ts}"),
                    ReprError::Overflow => format!("{s} overflows {ts}"),
                    ReprError::Invalid => format!("cannot convert {s} to type {ts}"),
                };
                self.error(x.span, msg);
                x.mode = OMode::Invalid;
                x.ty = TypeId::INVALID;
            }
        }
    }

    fn apply_conversion(&mut self, x: &mut Operand<'_>, t: TypeId, v: Option<CVal>) {
        if let Some(v) = v {
            x.val = Some(v);
        }
        if t != x.ty {
            if let Some(e) = x.expr {
                self.update_untyped(e, t);
            }
            if !x.is_nil() {
                x.ty = t;
            }
        }
        if let Some(e) = x.expr
            && x.mode == OMode::Const
            && let Some(v) = &x.val
            && !self.types.is_untyped(x.ty)
        {
            let cv = self.const_value(v, x.ty);
            if let Some(tv) = self.info.types.get_mut(&e.id) {
                tv.value = Some(cv);
            }
        }
    }

    /// Updates recorded types of an untyped expression; checks delayed shift operands.
    pub(super) fn update_untyped(&mut self, e: &Expr, t: TypeId) {
        if !self.types.is_untyped(t) {
            self.check_delayed_shifts(e, t);
        }
        self.update_expr_type(e, t);
    }

    fn check_delayed_shifts(&mut self, e: &Expr, t: TypeId) {
        let mut stack = vec![e];
        let mut n = 0;
        while let Some(e) = stack.pop() {
            n += 1;
            if n > 100_000 {
                return;
            }
            let Some(tv) = self.info.types.get(&e.id) else {
                continue;
            };
            if !self.types.is_untyped(tv.ty) {
                continue;
            }
            match &e.kind {
                ExprKind::Paren(x) => stack.push(x),
                ExprKind::Unary(op, x) if !matches!(op, UnaryOp::Recv | UnaryOp::Addr) => {
                    stack.push(x)
                }
                ExprKind::Binary(op, l, r) => match op {
                    BinaryOp::Eq
                    | BinaryOp::Ne
                    | BinaryOp::Lt
                    | BinaryOp::Le
                    | BinaryOp::Gt
                    | BinaryOp::Ge => {}
                    BinaryOp::Shl | BinaryOp::Shr => {
                        if tv.mode != crate::Mode::Const && !self.is_integer(t) {
                            let ls = expr_string(l);
                            let ts = self.tstr(t);
                            self.error(l.span, format!("invalid operation: shifted operand {ls} (type {ts}) must be integer"));
                            return;
                        }
                        stack.push(l);
                    }
                    _ => {
                        stack.push(l);
                        stack.push(r);
                    }
                },
                _ => {}
            }
        }
    }

    /// Whether `x` is assignable to `t`; the error is Go's cause (possibly empty).
    pub(super) fn assignable(&self, x: &Operand<'_>, t: TypeId) -> Result<(), String> {
        if x.is_invalid() || t == TypeId::INVALID {
            return Ok(());
        }
        let v = x.ty;
        if v == t {
            return Ok(());
        }
        if self.types.is_untyped(v) {
            return match self.implicit_type_and_value(x, t) {
                Ok(_) => Ok(()),
                Err(_) => Err(String::new()),
            };
        }
        let vu = self.types.underlying(v);
        let tu = self.types.underlying(t);
        if vu == tu && (!is_named(&self.types, v) || !is_named(&self.types, t)) {
            return Ok(());
        }
        let t_ptr_iface =
            matches!(self.types.kind(tu), TypeKind::Pointer(p) if self.types.is_interface(*p));
        if self.types.is_interface(t) {
            return crate::lookup::implements_in(&self.types, &self.objects, v, t, &|t| {
                self.tstr(t)
            });
        }
        if t_ptr_iface {
            let (vs, ts) = (self.tstr(v), self.tstr(t));
            return Err(format!(
                "{vs} does not implement {ts} (type {ts} is pointer to interface, not interface)"
            ));
        }
        if self.types.is_interface(v)
            && crate::lookup::implements_in(&self.types, &self.objects, t, v, &|t| self.tstr(t))
                .is_ok()
        {
            return Err("need type assertion".into());
        }
        if let (TypeKind::Chan(ast::ChanDir::Both, ve), TypeKind::Chan(_, te)) =
            (self.types.kind(vu), self.types.kind(tu))
            && ve == te
        {
            return if !is_named(&self.types, v) || !is_named(&self.types, t) {
                Ok(())
            } else {
                Err(String::new())
            };
        }
        Err(String::new())
    }

    /// types2's `assignment`: converts untyped `x` for a target of type `t` (`None` for
    /// the blank identifier) and checks assignability, reporting
    /// `cannot use x (...) as T value in <context>`.
    pub(crate) fn assignment(&mut self, x: &mut Operand<'_>, t: Option<TypeId>, context: &str) {
        self.single_value(x);
        if x.is_invalid() {
            return;
        }
        match x.mode {
            OMode::Const | OMode::Variable | OMode::MapIndex | OMode::Value | OMode::CommaOk => {}
            _ => {
                let s = self.op_str(x);
                let ts = t.map(|t| self.tstr(t)).unwrap_or_default();
                self.error(x.span, format!("cannot assign {s} to {ts} in {context}"));
                x.mode = OMode::Invalid;
                return;
            }
        }
        if let TypeKind::Tuple(_) = self.types.kind(x.ty) {
            let s = self.op_str(x);
            self.error(x.span, format!("{s} (no value) used as value"));
            x.mode = OMode::Invalid;
            return;
        }
        if self.types.is_untyped(x.ty) {
            let mut target = t;
            if x.is_nil() {
                if t.is_none() {
                    self.error(x.span, format!("use of untyped nil in {context}"));
                    x.mode = OMode::Invalid;
                    return;
                }
            } else if t.is_none() || t.is_some_and(|t| self.types.is_interface(t)) {
                target = Some(default_type(x.ty));
            }
            let tgt = target.unwrap_or(TypeId::INVALID);
            match self.implicit_type_and_value(x, tgt) {
                Ok((nt, v)) => self.apply_conversion(x, nt, v),
                Err(code) => {
                    let s = self.op_str(x);
                    let ts = self.tstr(tgt);
                    let suffix = match code {
                        ReprError::Truncated => " (truncated)",
                        ReprError::Overflow => " (overflows)",
                        ReprError::Invalid => "",
                    };
                    self.error(
                        x.span,
                        format!("cannot use {s} as {ts} value in {context}{suffix}"),
                    );
                    x.mode = OMode::Invalid;
                    return;
                }
            }
            // Record nil with its target type.
            if x.is_nil()
                && let (Some(e), Some(t)) = (x.expr, t)
            {
                self.update_expr_type(e, t);
            }
        }
        let Some(t) = t else { return };
        if let Err(cause) = self.assignable(x, t) {
            let s = self.op_str(x);
            let ts = self.tstr(t);
            if cause.is_empty() {
                self.error(x.span, format!("cannot use {s} as {ts} value in {context}"));
            } else {
                self.error(
                    x.span,
                    format!("cannot use {s} as {ts} value in {context}: {cause}"),
                );
            }
            x.mode = OMode::Invalid;
        }
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn decapitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// `T does not implement I (missing method M)` → `(missing method M)`.
fn cause_tail(cause: &str) -> String {
    match cause.find(" (") {
        Some(i) => cause[i + 1..].to_string(),
        None => cause.to_string(),
    }
}

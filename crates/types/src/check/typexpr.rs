//! Type expressions: `int`, `*T`, `[N]T`, `map[K]V`, `struct{...}`, `interface{...}`,
//! `func(...)`, qualified `pkg.T`. Every node is recorded with [`crate::Mode::Type`].

use minigo_syntax::Diagnostic;
use minigo_syntax::ast::{Expr, ExprKind, InterfaceElem};

use super::{Checker, OMode, State, expr_string};
use crate::constant::{CVal, represent};
use crate::ty::{Basic, Field, Interface, TypeId, TypeKind};

impl Checker {
    /// Evaluates a type expression (recording it) and returns the type.
    pub(crate) fn type_expr(&mut self, e: &Expr) -> TypeId {
        let t = self.type_expr_inner(e);
        self.record(e.id, OMode::Type, t, None);
        t
    }

    pub(super) fn in_progress(&self, t: TypeId) -> bool {
        self.types
            .named_of(t)
            .and_then(|n| n.obj)
            .is_some_and(|o| self.state.get(&o) == Some(&State::InProgress))
    }

    fn type_expr_inner(&mut self, e: &Expr) -> TypeId {
        match &e.kind {
            ExprKind::Ident(_) | ExprKind::Selector(..) => {
                let x = self.expr_or_type(e, true);
                match x.mode {
                    OMode::Type => x.ty,
                    OMode::Invalid => TypeId::INVALID,
                    OMode::NoValue => {
                        let s = expr_string(e);
                        self.error(e.span, format!("{s} used as type"));
                        TypeId::INVALID
                    }
                    _ => {
                        let s = self.op_str(&x);
                        self.error(e.span, format!("{s} is not a type"));
                        TypeId::INVALID
                    }
                }
            }
            ExprKind::Paren(x) => self.type_expr(x),
            ExprKind::Star(x) => {
                let t = self.type_expr(x);
                if t == TypeId::INVALID {
                    return t;
                }
                self.types.pointer(t)
            }
            ExprKind::ArrayType { len, elem } => {
                let n = match len {
                    Some(l) => self.array_length(l),
                    None => {
                        self.error(
                            e.span,
                            "invalid use of [...] array (outside a composite literal)",
                        );
                        None
                    }
                };
                let et = self.type_expr(elem);
                match n {
                    Some(n) if et != TypeId::INVALID => self.types.intern(TypeKind::Array(n, et)),
                    _ => TypeId::INVALID,
                }
            }
            ExprKind::SliceType(el) => {
                let et = self.type_expr(el);
                if et == TypeId::INVALID {
                    return et;
                }
                self.types.slice(et)
            }
            ExprKind::MapType(k, v) => {
                let kt = self.type_expr(k);
                let vt = self.type_expr(v);
                if kt == TypeId::INVALID || vt == TypeId::INVALID {
                    return TypeId::INVALID;
                }
                self.delayed_keys.push((kt, k.span, expr_string(k)));
                self.types.intern(TypeKind::Map(kt, vt))
            }
            ExprKind::ChanType(dir, el) => {
                let et = self.type_expr(el);
                if et == TypeId::INVALID {
                    return et;
                }
                self.types.intern(TypeKind::Chan(*dir, et))
            }
            ExprKind::FuncType(sig) => self.signature(sig, None).0,
            ExprKind::StructType(fields) => {
                let mut out: Vec<Field> = vec![];
                let mut spans: Vec<minigo_syntax::Span> = vec![];
                let mut bad = false;
                for fd in fields {
                    let t = self.type_expr(&fd.ty);
                    if t == TypeId::INVALID {
                        bad = true;
                    }
                    if fd.embedded {
                        let name = embedded_name(&fd.ty);
                        let (base, is_ptr) = crate::lookup::deref(&self.types, t);
                        if t != TypeId::INVALID {
                            if is_ptr && matches!(self.types.kind(base), TypeKind::Pointer(_)) {
                                self.error(
                                    fd.ty.span,
                                    "embedded field type cannot be a pointer to a pointer",
                                );
                            } else if is_ptr
                                && self.types.is_interface(base)
                                && !self.in_progress(base)
                            {
                                self.error(
                                    fd.ty.span,
                                    "embedded field type cannot be a pointer to an interface",
                                );
                            }
                        }
                        self.add_field(&mut out, &mut spans, name, t, true, fd.ty.span);
                    } else {
                        for n in &fd.names {
                            self.add_field(&mut out, &mut spans, n.name.clone(), t, false, n.span);
                        }
                    }
                }
                let _ = bad;
                self.types.intern(TypeKind::Struct(out))
            }
            ExprKind::InterfaceType(elems) => {
                let mut methods: Vec<(String, TypeId)> = vec![];
                let mut own: Vec<(String, minigo_syntax::Span)> = vec![];
                for el in elems {
                    match el {
                        InterfaceElem::Method { name, sig } => {
                            let st = self.signature(sig, None).0;
                            if name.name == "_" {
                                self.error(name.span, "methods must have a unique non-blank name");
                                continue;
                            }
                            if let Some((_, sp)) = own.iter().find(|(n, _)| *n == name.name) {
                                let sp = *sp;
                                self.diags.push(
                                    Diagnostic::error(
                                        name.span,
                                        format!("duplicate method {}", name.name),
                                    )
                                    .with_note(
                                        sp,
                                        format!("other declaration of method {}", name.name),
                                    ),
                                );
                                continue;
                            }
                            own.push((name.name.clone(), name.span));
                            methods.push((name.name.clone(), st));
                        }
                        InterfaceElem::Embed(te) => {
                            let t = self.type_expr(te);
                            if t == TypeId::INVALID {
                                continue;
                            }
                            if self.in_progress(t) {
                                let n = expr_string(te);
                                self.error(
                                    te.span,
                                    format!("invalid recursive type: {n} refers to itself"),
                                );
                                continue;
                            }
                            let u = self.under_of(t);
                            match self.types.kind(u).clone() {
                                TypeKind::Interface(it) => {
                                    for (m, st) in it.methods {
                                        if let Some((_, prev)) =
                                            methods.iter().find(|(n, _)| *n == m)
                                        {
                                            if *prev != st {
                                                self.error(
                                                    te.span,
                                                    format!("duplicate method {m}"),
                                                );
                                            }
                                            continue;
                                        }
                                        methods.push((m, st));
                                    }
                                }
                                TypeKind::Invalid => {}
                                _ => {
                                    let s = self.tstr(t);
                                    self.error(te.span, format!("cannot use {s} in interface (type constraints are not supported)"));
                                }
                            }
                        }
                    }
                }
                methods.sort_by(|a, b| a.0.cmp(&b.0));
                self.types
                    .intern(TypeKind::Interface(Interface { methods }))
            }
            ExprKind::Bad => TypeId::INVALID,
            _ => {
                let x = self.raw_expr(e, None);
                if x.is_invalid() {
                    return TypeId::INVALID;
                }
                let s = self.op_str(&x);
                self.error(e.span, format!("{s} is not a type"));
                TypeId::INVALID
            }
        }
    }

    fn add_field(
        &mut self,
        out: &mut Vec<Field>,
        spans: &mut Vec<minigo_syntax::Span>,
        name: String,
        ty: TypeId,
        embedded: bool,
        span: minigo_syntax::Span,
    ) {
        if name != "_"
            && let Some(i) = out.iter().position(|f| f.name == name)
        {
            let sp = spans[i];
            self.diags.push(
                Diagnostic::error(span, format!("{name} redeclared"))
                    .with_note(sp, format!("other declaration of {name}")),
            );
            return;
        }
        out.push(Field { name, ty, embedded });
        spans.push(span);
    }

    /// Evaluates an array length; reports Go's errors.
    fn array_length(&mut self, l: &Expr) -> Option<u64> {
        if let ExprKind::Ident(id) = &l.kind {
            match self.lookup_name(&id.name) {
                None => {
                    self.error(
                        l.span,
                        format!(
                            "undefined array length {} or missing type constraint",
                            id.name
                        ),
                    );
                    return None;
                }
                Some(o) if !matches!(self.obj(o).kind, crate::ObjKind::Const(_)) => {
                    self.error(l.span, format!("invalid array length {}", id.name));
                    return None;
                }
                _ => {}
            }
        }
        let mut x = self.expr(l);
        if x.is_invalid() {
            return None;
        }
        if x.mode != OMode::Const {
            let s = expr_string(l);
            self.error(l.span, format!("invalid array length {s}"));
            return None;
        }
        if self.types.is_untyped(x.ty) || self.types.basic(x.ty).is_some_and(|b| b.is_integer()) {
            let v = x.val.clone().unwrap_or(CVal::int(0));
            if let Some(i) = v.as_integer() {
                if let Some(n) = i.to_i128()
                    && n >= 0
                    && represent(&v, Basic::Int).is_ok()
                {
                    if self.types.is_untyped(x.ty) {
                        self.convert_untyped(&mut x, TypeId::INT);
                    }
                    return Some(n as u64);
                }
                let s = self.op_str(&x);
                self.error(l.span, format!("invalid array length {s}"));
                return None;
            }
        }
        let s = self.op_str(&x);
        self.error(l.span, format!("array length {s} must be integer"));
        None
    }
}

/// The implicit name of an embedded field: `T`, `*T`, `pkg.T` → `T`.
pub(super) fn embedded_name(e: &Expr) -> String {
    match &e.unparen().kind {
        ExprKind::Star(x) => embedded_name(x),
        ExprKind::Ident(id) => id.name.clone(),
        ExprKind::Selector(_, sel) => sel.name.clone(),
        _ => "_".into(),
    }
}

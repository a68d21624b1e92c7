//! Declarations: collecting package-level objects, resolving them lazily in dependency
//! order (types, constants with `iota`, variables, function signatures, methods),
//! detecting invalid recursive types, and checking function bodies.

use minigo_syntax::ast::{self, Expr, FuncSig, GenDecl, TopDecl, ValueSpec};
use minigo_syntax::{Diagnostic, Span};
use rustc_hash::FxHashMap;

use super::{Checker, DeclKind, FuncCtx, OMode, Operand, State, is_blank};
use crate::constant::CVal;
use crate::lookup::default_type;
use crate::objects::{DeclRef, FuncInfo, ObjId, ObjKind, VarKind};
use crate::ty::{Signature, TypeId, TypeKind};

/// Parameter objects of a signature with their (optional) names.
pub(super) type ParamObjs = Vec<(Option<ast::Ident>, ObjId)>;

/// Strips parentheses and one `*` from a receiver type: `(*T)` → (`T`, true).
fn recv_base(e: &Expr) -> (Option<&ast::Ident>, bool) {
    let e = e.unparen();
    match &e.kind {
        ast::ExprKind::Star(x) => match &x.unparen().kind {
            ast::ExprKind::Ident(id) => (Some(id), true),
            _ => (None, true),
        },
        ast::ExprKind::Ident(id) => (Some(id), false),
        _ => (None, false),
    }
}

impl Checker {
    fn declare_pkg(&mut self, ident: &ast::Ident, obj: ObjId) {
        if is_blank(&ident.name) {
            return;
        }
        if let Some(&prev) = self.pkg.scope.get(&ident.name) {
            let pspan = self.obj(prev).span;
            self.diags.push(
                Diagnostic::error(
                    ident.span,
                    format!("{} redeclared in this block", ident.name),
                )
                .with_note(pspan, format!("other declaration of {}", ident.name)),
            );
            return;
        }
        self.pkg.scope.insert(ident.name.clone(), obj);
    }

    /// Creates the objects of all package-level declarations and imports.
    pub(super) fn collect(&mut self) {
        let files = self.pkg.files.clone();
        let path = self.pkg.path.clone();
        let pkg_idx = self.pkg.idx as u32;
        let mut methods = vec![];
        for (fi, f) in files.iter().enumerate() {
            self.pkg.file_scopes.push(FxHashMap::default());
            if f.package.name != self.pkg.name {
                self.error(
                    f.package.span,
                    format!(
                        "package {}; expected package {}",
                        f.package.name, self.pkg.name
                    ),
                );
            }
            for imp in &f.imports {
                let Some(p) = self.packages.iter().find(|p| p.path == imp.path) else {
                    self.error(imp.path_span, format!("package {} is not in std", imp.path));
                    continue;
                };
                let pname = p.name.clone();
                let (name, span, explicit) = match &imp.name {
                    Some(n) => (n.name.clone(), n.span, Some(n.name.clone())),
                    None => (pname.clone(), imp.path_span, None),
                };
                if name == "_" {
                    continue;
                }
                if name == "." {
                    self.error(span, "dot imports are not supported");
                    continue;
                }
                let obj = self.new_obj(
                    &name,
                    ObjKind::PkgName(imp.path.clone()),
                    TypeId::INVALID,
                    span,
                    &path,
                );
                if let Some(n) = &imp.name {
                    self.record_def(n, obj);
                }
                self.pkg
                    .imports
                    .push((obj, imp.span, imp.path.clone(), explicit));
                let fs = &mut self.pkg.file_scopes[fi];
                if let Some(&prev) = fs.get(&name) {
                    let pspan = self.obj(prev).span;
                    self.diags.push(
                        Diagnostic::error(span, format!("{name} redeclared in this block"))
                            .with_note(pspan, format!("other declaration of {name}")),
                    );
                    continue;
                }
                fs.insert(name, obj);
            }
            for (di, d) in f.decls.iter().enumerate() {
                match d {
                    TopDecl::Bad(_) => {}
                    TopDecl::Func(fd) => {
                        let native = fd.body.is_none() && path != "main";
                        let fi_ = FuncInfo {
                            recv: None,
                            ptr_recv: false,
                            native,
                            decl: Some(DeclRef {
                                pkg: pkg_idx,
                                file: fi as u32,
                                decl: di as u32,
                            }),
                        };
                        let obj = self.new_obj(
                            &fd.name.name,
                            ObjKind::Func(fi_),
                            TypeId::INVALID,
                            fd.name.span,
                            &path,
                        );
                        self.record_def(&fd.name, obj);
                        self.pkg
                            .decls
                            .insert(obj, DeclKind::Func { file: fi, decl: di });
                        self.pkg.order.push(obj);
                        if fd.body.is_none() && path == "main" {
                            self.missing_bodies
                                .push(Diagnostic::error(fd.name.span, "missing function body"));
                        }
                        if fd.recv.is_some() {
                            methods.push((obj, fi, di));
                            continue;
                        }
                        let special =
                            fd.name.name == "init" || (fd.name.name == "main" && path == "main");
                        if special && (!fd.sig.params.is_empty() || !fd.sig.results.is_empty()) {
                            self.error(
                                fd.name.span,
                                format!(
                                    "func {} must have no arguments and no return values",
                                    fd.name.name
                                ),
                            );
                        }
                        if fd.name.name == "init" {
                            self.pkg.init_funcs.push(obj);
                        } else {
                            self.declare_pkg(&fd.name, obj);
                        }
                    }
                    TopDecl::Gen(GenDecl::Const(specs, _)) => {
                        let mut src: Option<usize> = None;
                        for (si, spec) in specs.iter().enumerate() {
                            if !spec.values.is_empty() || spec.ty.is_some() {
                                src = Some(si);
                            }
                            let src_i = src.unwrap_or(si);
                            let nvals = specs[src_i].values.len();
                            for (ni, name) in spec.names.iter().enumerate() {
                                let obj = self.new_obj(
                                    &name.name,
                                    ObjKind::Const(crate::ConstValue::Int(0)),
                                    TypeId::INVALID,
                                    name.span,
                                    &path,
                                );
                                self.record_def(name, obj);
                                self.pkg.decls.insert(
                                    obj,
                                    DeclKind::Const {
                                        file: fi,
                                        decl: di,
                                        spec: si,
                                        src: src_i,
                                        idx: ni,
                                    },
                                );
                                self.pkg.order.push(obj);
                                self.declare_pkg(name, obj);
                            }
                            self.const_arity(spec, nvals, src_i != si);
                        }
                    }
                    TopDecl::Gen(GenDecl::Var(specs, _)) => {
                        for (si, spec) in specs.iter().enumerate() {
                            for (ni, name) in spec.names.iter().enumerate() {
                                let obj = self.new_obj(
                                    &name.name,
                                    ObjKind::Var(VarKind::Global),
                                    TypeId::INVALID,
                                    name.span,
                                    &path,
                                );
                                self.record_def(name, obj);
                                self.pkg.decls.insert(
                                    obj,
                                    DeclKind::Var {
                                        file: fi,
                                        decl: di,
                                        spec: si,
                                        idx: ni,
                                    },
                                );
                                self.pkg.order.push(obj);
                                self.declare_pkg(name, obj);
                            }
                            self.var_arity(spec);
                        }
                    }
                    TopDecl::Gen(GenDecl::Type(specs, _)) => {
                        for (si, spec) in specs.iter().enumerate() {
                            let obj = self.new_obj(
                                &spec.name.name,
                                ObjKind::TypeName,
                                TypeId::INVALID,
                                spec.name.span,
                                &path,
                            );
                            if !spec.alias {
                                let t = self.types.new_named(&spec.name.name, &path, Some(obj));
                                self.obj_mut(obj).ty = t;
                            }
                            self.record_def(&spec.name, obj);
                            self.pkg.decls.insert(
                                obj,
                                DeclKind::Type {
                                    file: fi,
                                    decl: di,
                                    spec: si,
                                },
                            );
                            self.pkg.order.push(obj);
                            self.declare_pkg(&spec.name, obj);
                        }
                    }
                }
            }
        }
        // Associate methods with their receiver base types.
        for (obj, fi, di) in methods {
            let TopDecl::Func(fd) = &files[fi].decls[di] else {
                continue;
            };
            let Some(recv) = &fd.recv else { continue };
            let (base, ptr) = recv_base(&recv.ty);
            if let ObjKind::Func(info) = &mut self.obj_mut(obj).kind {
                info.ptr_recv = ptr;
            }
            let Some(base) = base else { continue };
            let Some(&tobj) = self.pkg.scope.get(&base.name) else {
                continue;
            };
            if self.obj(tobj).kind != ObjKind::TypeName {
                continue;
            }
            let t = self.obj(tobj).ty;
            let TypeKind::Named(ni) = *self.types.kind(t) else {
                continue;
            };
            if let ObjKind::Func(info) = &mut self.obj_mut(obj).kind {
                info.recv = Some(t);
            }
            if is_blank(&fd.name.name) {
                continue;
            }
            let tname = self.types.named[ni.0 as usize].name.clone();
            if let Some((_, prev)) = self.types.named[ni.0 as usize]
                .methods
                .iter()
                .find(|(m, _)| *m == fd.name.name)
            {
                let pspan = self.obj(*prev).span;
                let at = self.at_pos(pspan);
                self.diags.push(
                    Diagnostic::error(
                        fd.name.span,
                        format!("method {}.{} already declared{at}", tname, fd.name.name),
                    )
                    .with_note(pspan, "other declaration here"),
                );
                continue;
            }
            self.types.named[ni.0 as usize]
                .methods
                .push((fd.name.name.clone(), obj));
        }
    }

    /// types2's `arity` for constant specs.
    fn const_arity(&mut self, spec: &ValueSpec, nvals: usize, inherited: bool) {
        let l = spec.names.len();
        if l < nvals && !inherited {
            self.error(spec.values[l].span, "extra init expr");
        } else if l < nvals {
            self.error(spec.span, "extra init expr");
        } else if l > nvals {
            let n = &spec.names[nvals];
            self.error(n.span, format!("missing init expr for {}", n.name));
        }
    }

    /// types2's `arity` for variable specs.
    pub(super) fn var_arity(&mut self, spec: &ValueSpec) {
        let (l, r) = (spec.names.len(), spec.values.len());
        if r == 0 {
            if spec.ty.is_none() {
                self.error(spec.span, "missing type or init expr");
            }
        } else if l < r {
            self.error(spec.values[l].span, "extra init expr");
        } else if l > r && r != 1 {
            let n = &spec.names[r];
            self.error(n.span, format!("missing init expr for {}", n.name));
        }
    }

    /// Resolves every package-level object (types first, then the rest in source order).
    pub(super) fn resolve_all(&mut self) {
        let order = self.pkg.order.clone();
        for &o in &order {
            if matches!(self.pkg.decls.get(&o), Some(DeclKind::Type { .. })) {
                self.resolve_obj(o);
            }
        }
        self.check_named_types();
        for &o in &order {
            if let Some(DeclKind::Func { .. }) = self.pkg.decls.get(&o)
                && self.obj_is_method(o)
            {
                self.resolve_obj(o);
            }
        }
        for &o in &order {
            self.resolve_obj(o);
        }
        self.check_named_types();
        self.check_delayed_keys();
    }

    pub(super) fn obj_is_method(&self, o: ObjId) -> bool {
        let ObjKind::Func(_) = &self.obj(o).kind else {
            return false;
        };
        let Some(DeclKind::Func { file, decl }) = self.pkg.decls.get(&o) else {
            return false;
        };
        matches!(&self.pkg.files[*file].decls[*decl], TopDecl::Func(fd) if fd.recv.is_some())
    }

    pub(super) fn check_delayed_keys(&mut self) {
        let keys = std::mem::take(&mut self.delayed_keys);
        for (t, span, _) in keys {
            if !crate::lookup::comparable(&self.types, t) {
                let s = self.tstr(t);
                self.error(span, format!("invalid map key type {s}"));
            }
        }
    }

    /// Ensures a package-level object of the current package is resolved.
    pub(super) fn resolve_obj(&mut self, o: ObjId) {
        let Some(&decl) = self.pkg.decls.get(&o) else {
            return;
        };
        match self.state.get(&o).copied().unwrap_or(State::Unresolved) {
            State::Done => return,
            State::InProgress => {
                self.cycle_error(o);
                return;
            }
            State::Unresolved => {}
        }
        self.state.insert(o, State::InProgress);
        let files = self.pkg.files.clone();
        let file = match decl {
            DeclKind::Const { file, .. }
            | DeclKind::Var { file, .. }
            | DeclKind::Type { file, .. }
            | DeclKind::Func { file, .. } => file,
        };
        self.with_pkg_env(file, |c| match decl {
            DeclKind::Const {
                decl,
                spec,
                src,
                idx,
                ..
            } => {
                let TopDecl::Gen(GenDecl::Const(specs, _)) = &files[file].decls[decl] else {
                    return;
                };
                let iota = specs[spec].iota as i128;
                let inherited = spec != src;
                let errspan = specs[spec].names.get(idx).map(|n| n.span);
                let prev_owner = c.dep_owner.replace(o);
                c.const_decl(
                    o,
                    &specs[src],
                    idx,
                    iota,
                    if inherited { errspan } else { None },
                );
                c.dep_owner = prev_owner;
            }
            DeclKind::Var { decl, spec, .. } => {
                let TopDecl::Gen(GenDecl::Var(specs, _)) = &files[file].decls[decl] else {
                    return;
                };
                let vs = &specs[spec];
                // All variables of the spec are resolved together when they share one
                // multi-value initialiser; otherwise each one alone.
                let objs: Vec<ObjId> = vs
                    .names
                    .iter()
                    .map(|n| c.info.defs.get(&n.id).copied().unwrap_or(o))
                    .collect();
                let prev_owner = c.dep_owner.replace(o);
                if vs.values.len() == 1 && vs.names.len() > 1 {
                    for &x in &objs {
                        c.state.insert(x, State::InProgress);
                    }
                    let lhs: Vec<Option<ObjId>> = objs.iter().map(|&x| Some(x)).collect();
                    c.init_vars(&lhs, vs, true);
                    for &x in &objs {
                        c.state.insert(x, State::Done);
                        if x != o {
                            let d = c.pkg.deps.get(&o).cloned().unwrap_or_default();
                            c.pkg.deps.insert(x, d);
                        }
                    }
                } else {
                    let idx = objs.iter().position(|&x| x == o).unwrap_or(0);
                    c.init_one_var(o, vs, idx);
                }
                c.dep_owner = prev_owner;
                c.report_unused();
            }
            DeclKind::Type { decl, spec, .. } => {
                let TopDecl::Gen(GenDecl::Type(specs, _)) = &files[file].decls[decl] else {
                    return;
                };
                c.type_decl(o, &specs[spec]);
            }
            DeclKind::Func { decl, .. } => {
                let TopDecl::Func(fd) = &files[file].decls[decl] else {
                    return;
                };
                c.func_decl_sig(o, fd);
            }
        });
        self.state.insert(o, State::Done);
    }

    fn cycle_error(&mut self, o: ObjId) {
        let name = self.obj(o).name.clone();
        let span = self.obj(o).span;
        match self.obj(o).kind {
            ObjKind::TypeName => self.error(
                span,
                format!("invalid recursive type: {name} refers to itself"),
            ),
            // Cycles through values only are reported as initialization cycles.
            ObjKind::Var(_) | ObjKind::Const(_) => {}
            _ => {}
        }
    }

    /// The underlying type of `t`, resolving its declaration first if needed.
    pub(super) fn under_of(&mut self, t: TypeId) -> TypeId {
        if let TypeKind::Named(i) = *self.types.kind(t) {
            let n = &self.types.named[i.0 as usize];
            if n.underlying == TypeId::INVALID
                && let Some(o) = n.obj
                && self.pkg.decls.contains_key(&o)
            {
                if self.state.get(&o) == Some(&State::InProgress) {
                    return TypeId::INVALID;
                }
                self.resolve_obj(o);
            }
            return self.types.named[i.0 as usize].underlying;
        }
        t
    }

    pub(super) fn type_decl(&mut self, o: ObjId, spec: &ast::TypeSpec) {
        if spec.alias {
            let t = self.type_expr(&spec.ty);
            self.obj_mut(o).ty = t;
            return;
        }
        let named = self.obj(o).ty;
        let rhs = self.type_expr(&spec.ty);
        let under = if let TypeKind::Named(ri) = *self.types.kind(rhs) {
            let ro = self.types.named[ri.0 as usize].obj;
            if ro.is_some_and(|ro| self.state.get(&ro) == Some(&State::InProgress)) {
                let rn = self.types.named[ri.0 as usize].name.clone();
                if rhs == named {
                    self.error(
                        spec.name.span,
                        format!(
                            "invalid recursive type: {} refers to itself",
                            spec.name.name
                        ),
                    );
                } else {
                    self.diags.push(
                        Diagnostic::error(
                            spec.name.span,
                            format!("invalid recursive type {}", spec.name.name),
                        )
                        .with_note(
                            spec.name.span,
                            format!("{} refers to {}", spec.name.name, rn),
                        ),
                    );
                }
                TypeId::INVALID
            } else {
                self.under_of(rhs)
            }
        } else {
            rhs
        };
        if let TypeKind::Named(i) = *self.types.kind(named) {
            self.types.named[i.0 as usize].underlying = under;
        }
        self.named_done.push((named, spec.name.span));
    }

    /// Detects invalid recursive types among the named types completed so far.
    pub(super) fn check_named_types(&mut self) {
        let list = std::mem::take(&mut self.named_done);
        for (t, span) in list {
            let mut path: Vec<TypeId> = vec![];
            if let Some(cycle) = self.find_cycle(t, &mut path, 0) {
                // Report once, at the type that starts the cycle.
                if cycle.first() != Some(&t) {
                    continue;
                }
                let names: Vec<String> = cycle
                    .iter()
                    .map(|&c| {
                        self.types
                            .named_of(c)
                            .map(|n| n.name.clone())
                            .unwrap_or_default()
                    })
                    .collect();
                if cycle.len() == 1 {
                    self.error(
                        span,
                        format!("invalid recursive type: {} refers to itself", names[0]),
                    );
                } else {
                    let mut d =
                        Diagnostic::error(span, format!("invalid recursive type {}", names[0]));
                    for (i, n) in names.iter().enumerate() {
                        let sp = self
                            .types
                            .named_of(cycle[i])
                            .and_then(|n| n.obj)
                            .map(|o| self.obj(o).span)
                            .unwrap_or(span);
                        d = d.with_note(sp, format!("{n} refers to"));
                    }
                    d = d.with_note(span, names[0].clone());
                    self.diags.push(d);
                }
                for &c in &cycle {
                    if let TypeKind::Named(i) = *self.types.kind(c) {
                        self.types.named[i.0 as usize].underlying = TypeId::INVALID;
                    }
                }
            }
        }
    }

    /// Depth-first search for a cycle of named types through struct fields and array
    /// elements (the containment relation); returns the cycle starting at its entry.
    fn find_cycle(&self, t: TypeId, path: &mut Vec<TypeId>, depth: usize) -> Option<Vec<TypeId>> {
        if depth > 10_000 {
            return None;
        }
        match self.types.kind(t) {
            TypeKind::Named(i) => {
                if let Some(pos) = path.iter().position(|&p| p == t) {
                    return Some(path[pos..].to_vec());
                }
                let u = self.types.named[i.0 as usize].underlying;
                path.push(t);
                let r = self.find_cycle(u, path, depth + 1);
                path.pop();
                r
            }
            TypeKind::Array(_, e) => self.find_cycle(*e, path, depth + 1),
            TypeKind::Struct(fields) => {
                for f in fields {
                    if let Some(c) = self.find_cycle(f.ty, path, depth + 1) {
                        return Some(c);
                    }
                }
                None
            }
            _ => None,
        }
    }

    /// Checks a constant declaration: `obj` is the `idx`th name of `spec` (the spec
    /// providing the type and values), evaluated with `iota`. `errspan` is set for
    /// inherited (implicitly repeated) initialisers.
    pub(super) fn const_decl(
        &mut self,
        o: ObjId,
        spec: &ValueSpec,
        idx: usize,
        iota: i128,
        errspan: Option<Span>,
    ) {
        if errspan.is_none() {
            return self.const_decl_inner(o, spec, idx, iota, None);
        }
        // An inherited initialiser is the source spec's expression evaluated with
        // another iota: keep the side tables describing the source spec itself.
        let mut ids = vec![];
        if let Some(t) = &spec.ty {
            collect_expr_ids(t, &mut ids);
        }
        if let Some(v) = spec.values.get(idx) {
            collect_expr_ids(v, &mut ids);
        }
        let saved: Vec<_> = ids
            .iter()
            .map(|id| (*id, self.info.types.get(id).cloned()))
            .collect();
        self.const_decl_inner(o, spec, idx, iota, errspan);
        for (id, tv) in saved {
            if let Some(tv) = tv {
                self.info.types.insert(id, tv);
            }
        }
    }

    fn const_decl_inner(
        &mut self,
        o: ObjId,
        spec: &ValueSpec,
        idx: usize,
        iota: i128,
        errspan: Option<Span>,
    ) {
        let saved = self.iota.replace(iota);
        let ndiag = self.diags.len();
        let typ = spec.ty.as_ref().map(|t| self.type_expr(t));
        if let Some(t) = typ
            && t != TypeId::INVALID
            && !matches!(self.types.under(t), TypeKind::Basic(b) if *b != crate::ty::Basic::UntypedNil)
        {
            let s = self.tstr(t);
            let sp = spec.ty.as_ref().map_or(spec.span, |e| e.span);
            self.error(sp, format!("invalid constant type {s}"));
            self.obj_mut(o).ty = TypeId::INVALID;
            self.iota = saved;
            return;
        }
        let Some(e) = spec.values.get(idx) else {
            self.obj_mut(o).ty = TypeId::INVALID;
            self.iota = saved;
            return;
        };
        let mut x = self.expr(e);
        if !x.is_invalid() && x.mode != OMode::Const {
            let s = self.op_str(&x);
            self.error(e.span, format!("{s} is not constant"));
            x.mode = OMode::Invalid;
        }
        if !x.is_invalid()
            && let Some(t) = typ
        {
            self.assignment(&mut x, Some(t), "constant declaration");
        }
        if let Some(sp) = errspan {
            for d in &mut self.diags[ndiag..] {
                d.span = sp;
            }
        }
        self.iota = saved;
        if x.is_invalid() {
            self.obj_mut(o).ty = TypeId::INVALID;
            return;
        }
        let val = x.val.clone().unwrap_or(CVal::int(0));
        let cv = self.const_value(&val, x.ty);
        let ob = self.obj_mut(o);
        ob.ty = x.ty;
        ob.kind = ObjKind::Const(cv);
        self.cvals.insert(o, val);
    }

    /// Initialises one package-level variable of a spec that does not use a single
    /// multi-value initialiser.
    fn init_one_var(&mut self, o: ObjId, spec: &ValueSpec, idx: usize) {
        let typ = spec.ty.as_ref().map(|t| self.type_expr(t));
        let Some(e) = spec.values.get(idx) else {
            self.obj_mut(o).ty = typ.unwrap_or(TypeId::INVALID);
            return;
        };
        let mut x = self.expr(e);
        let saved_hint = self.alias_hint.take();
        self.alias_hint = alias_spelling(spec.ty.as_ref(), typ);
        let t = self.init_var_type(&mut x, typ, "variable declaration");
        self.alias_hint = saved_hint;
        self.obj_mut(o).ty = t;
    }

    /// types2's `initVar`: assigns `x` to a variable of declared type `typ` (or the
    /// default type of `x`) and returns the variable's type.
    pub(super) fn init_var_type(
        &mut self,
        x: &mut Operand<'_>,
        typ: Option<TypeId>,
        context: &str,
    ) -> TypeId {
        self.last_init_failed = true;
        if x.is_invalid() {
            return typ.unwrap_or(TypeId::INVALID);
        }
        let t = match typ {
            Some(t) => t,
            None => {
                if x.ty == TypeId::UNTYPED_NIL {
                    self.error(x.span, format!("use of untyped nil in {context}"));
                    return TypeId::INVALID;
                }
                default_type(x.ty)
            }
        };
        self.assignment(x, Some(t), context);
        self.last_init_failed = x.is_invalid();
        t
    }

    /// Initialises variables `lhs` (None for `_`) from a var spec; sets their types.
    pub(super) fn init_vars(&mut self, lhs: &[Option<ObjId>], spec: &ValueSpec, _global: bool) {
        let typ = spec.ty.as_ref().map(|t| self.type_expr(t));
        let saved_hint = self.alias_hint.take();
        self.alias_hint = alias_spelling(spec.ty.as_ref(), typ);
        self.init_vars_inner(lhs, spec, typ);
        self.alias_hint = saved_hint;
    }

    fn init_vars_inner(&mut self, lhs: &[Option<ObjId>], spec: &ValueSpec, typ: Option<TypeId>) {
        // A variable whose initialisation failed counts as used (no follow-on error).
        let set = |c: &mut Checker, o: Option<ObjId>, t: TypeId| {
            if let Some(o) = o {
                c.obj_mut(o).ty = t;
                if c.last_init_failed {
                    c.used.insert(o);
                }
            }
        };
        let (l, r) = (lhs.len(), spec.values.len());
        if r == 1 && l > 1 {
            let rhs = self.multi_value(&spec.values[0], l == 2);
            match rhs {
                Some(vals) if vals.len() == l => {
                    for (i, mut x) in vals.into_iter().enumerate() {
                        let t = self.init_var_type(&mut x, typ, "variable declaration");
                        set(self, lhs[i], t);
                    }
                    return;
                }
                Some(vals) => {
                    let e = &spec.values[0];
                    let msg = self.mismatch_msg(l, e, vals.len());
                    self.error(e.span, msg);
                }
                None => {}
            }
            self.last_init_failed = true;
            for &o in lhs {
                set(self, o, typ.unwrap_or(TypeId::INVALID));
            }
            return;
        }
        for (i, &o) in lhs.iter().enumerate() {
            match spec.values.get(i) {
                Some(e) => {
                    let mut x = self.expr(e);
                    let t = self.init_var_type(&mut x, typ, "variable declaration");
                    set(self, o, t);
                }
                None => {
                    self.last_init_failed = false;
                    set(self, o, typ.unwrap_or(TypeId::INVALID))
                }
            }
        }
        for e in spec.values.iter().skip(l) {
            let _ = self.multi_expr(e);
        }
    }

    /// `assignment mismatch: 2 variables but f() returns 1 value`.
    pub(super) fn mismatch_msg(&self, nl: usize, e: &Expr, nr: usize) -> String {
        let vars = if nl == 1 { "variable" } else { "variables" };
        let vals = if nr == 1 { "value" } else { "values" };
        if let ast::ExprKind::Call { func, .. } = &e.unparen().kind {
            format!(
                "assignment mismatch: {nl} {vars} but {} returns {nr} {vals}",
                super::expr_string(func)
            )
        } else {
            format!("assignment mismatch: {nl} {vars} but {nr} {vals}")
        }
    }

    /// Resolves a function or method signature (creating parameter objects).
    fn func_decl_sig(&mut self, o: ObjId, fd: &ast::FuncDecl) {
        let mut recv_ty = None;
        if let Some(recv) = &fd.recv {
            let t = self.type_expr(&recv.ty);
            recv_ty = Some(t);
            self.check_receiver(o, recv, t);
        }
        let (sig, _, _) = self.signature(&fd.sig, fd.recv.as_ref().zip(recv_ty));
        self.obj_mut(o).ty = sig;
        // Method/field name clash.
        if let ObjKind::Func(FuncInfo { recv: Some(rt), .. }) = &self.obj(o).kind {
            let rt = *rt;
            let u = self.under_of(rt);
            if let TypeKind::Struct(fields) = self.types.kind(u)
                && let Some(f) = fields.iter().find(|f| f.name == fd.name.name)
            {
                let _ = f;
                self.error(
                    fd.name.span,
                    format!("field and method with the same name {}", fd.name.name),
                );
            }
        }
    }

    fn check_receiver(&mut self, o: ObjId, recv: &ast::Param, t: TypeId) {
        if t == TypeId::INVALID {
            return;
        }
        let (base, _) = crate::lookup::deref(&self.types, t);
        let base_ok = match self.types.kind(base) {
            TypeKind::Named(i) => {
                let n = &self.types.named[i.0 as usize];
                if n.pkg != self.pkg.path {
                    Err(format!(
                        "cannot define new methods on non-local type {}",
                        self.tstr(base)
                    ))
                } else {
                    let u = self.under_of(base);
                    if matches!(
                        self.types.kind(u),
                        TypeKind::Pointer(_) | TypeKind::Interface(_)
                    ) {
                        Err(format!(
                            "invalid receiver type {} (pointer or interface type)",
                            self.tstr(base)
                        ))
                    } else {
                        Ok(())
                    }
                }
            }
            TypeKind::Basic(_) => Err(format!(
                "cannot define new methods on non-local type {}",
                self.tstr(base)
            )),
            _ => Err(format!("invalid receiver type {}", self.tstr(t))),
        };
        if let Err(msg) = base_ok {
            let sp = recv.name.as_ref().map_or(recv.ty.span, |n| n.span);
            self.error(sp, msg);
            if let ObjKind::Func(info) = &mut self.obj_mut(o).kind {
                info.recv = None;
            }
        }
    }

    /// Builds a signature type; creates (but does not declare) parameter objects and
    /// records their definitions. Returns (type, params incl. receiver first, results).
    pub(super) fn signature(
        &mut self,
        sig: &FuncSig,
        recv: Option<(&ast::Param, TypeId)>,
    ) -> (TypeId, ParamObjs, ParamObjs) {
        let mut pobjs = vec![];
        if let Some((r, t)) = recv
            && let Some(n) = &r.name
        {
            let o = self.new_var(n, VarKind::Param, t);
            self.record_def(n, o);
            pobjs.push((Some(n.clone()), o));
        }
        let mut params = vec![];
        let mut variadic = false;
        for (i, p) in sig.params.iter().enumerate() {
            let mut t = self.type_expr(&p.ty);
            if p.variadic {
                if i + 1 != sig.params.len() {
                    self.error(p.ty.span, "can only use ... with final parameter in list");
                } else {
                    variadic = true;
                }
                t = self.types.slice(t);
            }
            params.push(t);
            if let Some(n) = &p.name {
                let o = self.new_var(n, VarKind::Param, t);
                self.record_def(n, o);
                pobjs.push((Some(n.clone()), o));
            }
        }
        let mut results = vec![];
        let mut robjs = vec![];
        for p in &sig.results {
            let t = self.type_expr(&p.ty);
            if p.variadic {
                self.error(p.ty.span, "can only use ... with final parameter in list");
            }
            results.push(t);
            if let Some(n) = &p.name {
                let o = self.new_var(n, VarKind::Result, t);
                self.record_def(n, o);
                robjs.push((Some(n.clone()), o));
            }
        }
        let ty = self.types.intern(TypeKind::Func(Signature {
            params,
            results,
            variadic,
        }));
        (ty, pobjs, robjs)
    }

    /// Checks the bodies of all functions and methods of the package.
    pub(super) fn check_bodies(&mut self) {
        let files = self.pkg.files.clone();
        for (fi, f) in files.iter().enumerate() {
            for d in &f.decls {
                let TopDecl::Func(fd) = d else { continue };
                let Some(body) = &fd.body else { continue };
                let Some(&o) = self.info.defs.get(&fd.name.id) else {
                    continue;
                };
                self.cur_file = fi;
                let prev_owner = self.dep_owner.replace(o);
                self.scopes.clear();
                self.open_scope();
                // Declare the parameters (their objects were created with the signature).
                let mut params = vec![];
                if let Some(r) = &fd.recv
                    && let Some(n) = &r.name
                {
                    params.push(n);
                }
                for p in fd.sig.params.iter().chain(fd.sig.results.iter()) {
                    if let Some(n) = &p.name {
                        params.push(n);
                    }
                }
                for n in params {
                    if let Some(&po) = self.info.defs.get(&n.id) {
                        self.declare_local(n, po);
                    }
                }
                let results = match self.types.kind(self.obj(o).ty) {
                    TypeKind::Func(s) => s.results.clone(),
                    _ => vec![],
                };
                let named: Vec<ObjId> = fd
                    .sig
                    .results
                    .iter()
                    .filter_map(|p| {
                        p.name
                            .as_ref()
                            .and_then(|n| self.info.defs.get(&n.id).copied())
                    })
                    .collect();
                self.fctx = FuncCtx {
                    results,
                    named_results: named,
                };
                self.func_body(body);
                self.check_delayed_keys();
                self.fctx = FuncCtx::default();
                self.scopes.clear();
                self.dep_owner = prev_owner;
                self.report_unused();
            }
        }
    }

    /// Checks a function body (in the current, already opened function scope).
    pub(super) fn func_body(&mut self, body: &ast::Block) {
        self.stmt_list(&body.stmts, super::stmt::Ctx::default());
        self.check_labels(body);
        if !self.fctx.results.is_empty() && !self.is_terminating_list(&body.stmts) {
            let sp = Span {
                file: body.span.file,
                lo: body.span.hi.saturating_sub(1),
                hi: body.span.hi,
            };
            self.error(sp, "missing return");
        }
    }

    /// A local `const` declaration group.
    pub(super) fn local_const_decl(&mut self, specs: &[ValueSpec]) {
        let mut src: Option<usize> = None;
        for (si, spec) in specs.iter().enumerate() {
            if !spec.values.is_empty() || spec.ty.is_some() {
                src = Some(si);
            }
            let src_i = src.unwrap_or(si);
            let inherited = src_i != si;
            let mut objs = vec![];
            for (ni, name) in spec.names.iter().enumerate() {
                let path = self.pkg.path.clone();
                let o = self.new_obj(
                    &name.name,
                    ObjKind::Const(crate::ConstValue::Int(0)),
                    TypeId::INVALID,
                    name.span,
                    &path,
                );
                if specs[src_i].values.len() <= ni {
                    objs.push((name, o));
                    continue;
                }
                self.const_decl(
                    o,
                    &specs[src_i],
                    ni,
                    spec.iota as i128,
                    inherited.then_some(name.span),
                );
                objs.push((name, o));
            }
            self.const_arity(spec, specs[src_i].values.len(), inherited);
            for (name, o) in objs {
                self.declare_local(name, o);
            }
        }
    }

    /// A local `var` declaration.
    pub(super) fn local_var_decl(&mut self, specs: &[ValueSpec]) {
        for spec in specs {
            let mut objs = vec![];
            for n in &spec.names {
                let o = self.new_var(n, VarKind::Local, TypeId::INVALID);
                objs.push(Some(o));
            }
            self.init_vars(&objs, spec, false);
            self.var_arity(spec);
            for (n, o) in spec.names.iter().zip(&objs) {
                if let Some(o) = o
                    && self.declare_local(n, *o)
                {
                    self.locals.push(*o);
                }
            }
        }
    }

    /// A local `type` declaration group.
    pub(super) fn local_type_decl(&mut self, specs: &[ast::TypeSpec]) {
        for spec in specs {
            let path = self.pkg.path.clone();
            let o = self.new_obj(
                &spec.name.name,
                ObjKind::TypeName,
                TypeId::INVALID,
                spec.name.span,
                &path,
            );
            if spec.alias {
                let t = self.type_expr(&spec.ty);
                self.obj_mut(o).ty = t;
                self.declare_local(&spec.name, o);
                continue;
            }
            let t = self.types.new_named(&spec.name.name, &path, Some(o));
            self.obj_mut(o).ty = t;
            // The type's scope starts at its name, so it may refer to itself.
            self.declare_local(&spec.name, o);
            let rhs = self.type_expr(&spec.ty);
            let under = if rhs == t {
                self.error(
                    spec.name.span,
                    format!(
                        "invalid recursive type: {} refers to itself",
                        spec.name.name
                    ),
                );
                TypeId::INVALID
            } else {
                self.types.underlying(rhs)
            };
            if let TypeKind::Named(i) = *self.types.kind(t) {
                self.types.named[i.0 as usize].underlying = under;
            }
            self.named_done.push((t, spec.name.span));
            self.check_named_types();
            self.check_delayed_keys();
        }
    }
}

/// `byte`/`rune` as written in a declaration's type (Go prints the alias name).
pub(super) fn alias_spelling(e: Option<&Expr>, t: Option<TypeId>) -> Option<(TypeId, String)> {
    let (e, t) = (e?.unparen(), t?);
    let s = super::expr_string(e);
    let mentions = |w: &str| {
        s.match_indices(w).any(|(i, _)| {
            let before = s[..i]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric() && c != '_' && c != '.');
            let after = s[i + w.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric() && c != '_');
            before && after
        })
    };
    (mentions("byte") || mentions("rune")).then_some((t, s))
}

/// The node ids of an expression tree (for saving and restoring side-table entries).
fn collect_expr_ids(e: &Expr, out: &mut Vec<ast::NodeId>) {
    use ast::ExprKind as K;
    let mut stack = vec![e];
    while let Some(e) = stack.pop() {
        out.push(e.id);
        match &e.kind {
            K::Ident(_)
            | K::IntLit(_)
            | K::FloatLit(_)
            | K::RuneLit(_)
            | K::StringLit(_)
            | K::Bad => {}
            K::CompositeLit { ty, elems, .. } => {
                stack.extend(ty.as_deref());
                for el in elems {
                    stack.extend(el.key.as_ref());
                    stack.push(&el.value);
                }
            }
            K::FuncLit { .. } | K::FuncType(_) | K::StructType(_) | K::InterfaceType(_) => {}
            K::Paren(x)
            | K::Star(x)
            | K::Unary(_, x)
            | K::SliceType(x)
            | K::ChanType(_, x)
            | K::Selector(x, _) => stack.push(x),
            K::Index(a, b) | K::Binary(_, a, b) | K::MapType(a, b) => {
                stack.push(a);
                stack.push(b);
            }
            K::Slice { x, lo, hi, max } => {
                stack.push(x);
                stack.extend([lo, hi, max].into_iter().flatten().map(|b| &**b));
            }
            K::TypeAssert(x, t) => {
                stack.push(x);
                stack.extend(t.as_deref());
            }
            K::Call { func, args, .. } => {
                stack.push(func);
                stack.extend(args.iter());
            }
            K::ArrayType { len, elem } => {
                stack.extend(len.as_deref());
                stack.push(elem);
            }
        }
    }
}

//! Field and method lookup, method sets, interface satisfaction, and the type relations
//! (identity, assignability, comparability) the compiler also needs at run-time setup.

use rustc_hash::FxHashSet;

use crate::info::{Selection, SelectionKind};
use crate::objects::{ObjId, ObjKind, Object};
use crate::ty::{Basic, TypeId, TypeKind, TypeTable};

/// The detailed result of a field/method lookup.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Found {
    Missing,
    Ambiguous,
    Field {
        path: Vec<u32>,
        ty: TypeId,
        indirect: bool,
    },
    Method {
        path: Vec<u32>,
        obj: ObjId,
        indirect: bool,
    },
    IfaceMethod {
        path: Vec<u32>,
        sig: TypeId,
        indirect: bool,
    },
}

/// `*T` → `(T, true)`, otherwise `(t, false)`.
pub(crate) fn deref(types: &TypeTable, t: TypeId) -> (TypeId, bool) {
    match types.kind(t) {
        TypeKind::Pointer(e) => (*e, true),
        _ => (t, false),
    }
}

fn func_is_ptr_recv(objects: &[Object], obj: ObjId) -> bool {
    matches!(&objects[obj.0 as usize].kind, ObjKind::Func(fi) if fi.ptr_recv)
}

/// go/types' `lookupFieldOrMethod` (breadth-first through embedded fields).
pub(crate) fn lookup(types: &TypeTable, t: TypeId, name: &str) -> Found {
    if name == "_" {
        return Found::Missing;
    }
    let (typ, is_ptr) = deref(types, t);
    if is_ptr && types.is_interface(typ) {
        return Found::Missing;
    }
    struct Entry {
        ty: TypeId,
        path: Vec<u32>,
        indirect: bool,
        multiples: bool,
    }
    let mut current = vec![Entry {
        ty: typ,
        path: vec![],
        indirect: is_ptr,
        multiples: false,
    }];
    let mut seen: FxHashSet<TypeId> = FxHashSet::default();
    while !current.is_empty() {
        let mut next: Vec<Entry> = vec![];
        let mut found: Option<Found> = None;
        let mut count = 0;
        for e in &current {
            let mut ty = e.ty;
            if let Some(n) = types.named_of(ty) {
                if !seen.insert(ty) {
                    continue;
                }
                if let Some((_, obj)) = n.methods.iter().find(|(m, _)| m == name) {
                    count += 1;
                    if e.multiples {
                        count += 1;
                    }
                    found = Some(Found::Method {
                        path: e.path.clone(),
                        obj: *obj,
                        indirect: e.indirect,
                    });
                    continue;
                }
                ty = n.underlying;
            }
            match types.kind(ty) {
                TypeKind::Struct(fields) => {
                    for (i, f) in fields.iter().enumerate() {
                        let mut path = e.path.clone();
                        path.push(i as u32);
                        if f.name == name {
                            count += 1;
                            if e.multiples {
                                count += 1;
                            }
                            found = Some(Found::Field {
                                path,
                                ty: f.ty,
                                indirect: e.indirect,
                            });
                            continue;
                        }
                        if f.embedded && found.is_none() {
                            let (et, p) = deref(types, f.ty);
                            next.push(Entry {
                                ty: et,
                                path,
                                indirect: e.indirect || p,
                                multiples: e.multiples,
                            });
                        }
                    }
                }
                TypeKind::Interface(it) => {
                    if let Some((_, sig)) = it.methods.iter().find(|(m, _)| m == name) {
                        count += 1;
                        if e.multiples {
                            count += 1;
                        }
                        found = Some(Found::IfaceMethod {
                            path: e.path.clone(),
                            sig: *sig,
                            indirect: e.indirect,
                        });
                    }
                }
                _ => {}
            }
        }
        if count > 1 {
            return Found::Ambiguous;
        }
        if let Some(f) = found {
            return f;
        }
        // Consolidate entries of the same type at the same depth.
        let mut merged: Vec<Entry> = vec![];
        for e in next {
            if let Some(m) = merged.iter_mut().find(|m| m.ty == e.ty) {
                m.multiples = true;
            } else {
                merged.push(e);
            }
        }
        current = merged;
    }
    Found::Missing
}

/// Builds the public [`Selection`] for a lookup result (`None` for not found/ambiguous).
pub(crate) fn selection_of(
    types: &TypeTable,
    objects: &[Object],
    recv: TypeId,
    name: &str,
    found: &Found,
) -> Option<Selection> {
    Some(match found {
        Found::Missing | Found::Ambiguous => return None,
        Found::Field { path, ty, .. } => Selection {
            kind: SelectionKind::Field,
            recv,
            path: path.clone(),
            method: None,
            iface_method: None,
            ty: *ty,
        },
        Found::Method { path, obj, .. } => Selection {
            kind: SelectionKind::MethodVal,
            recv,
            path: path.clone(),
            method: Some(*obj),
            iface_method: None,
            ty: objects[obj.0 as usize].ty,
        },
        Found::IfaceMethod { path, sig, .. } => {
            let _ = types;
            Selection {
                kind: SelectionKind::MethodVal,
                recv,
                path: path.clone(),
                method: None,
                iface_method: Some(name.to_string()),
                ty: *sig,
            }
        }
    })
}

/// go/types' `LookupFieldOrMethod`: the field or method `name` of a value of type `t`
/// (auto-dereferencing `*T`, promoting through embedded fields). `None` when absent or
/// ambiguous. The selection's kind is `Field` or `MethodVal`.
pub fn lookup_field_or_method(
    types: &TypeTable,
    objects: &[Object],
    t: TypeId,
    name: &str,
) -> Option<Selection> {
    let f = lookup(types, t, name);
    selection_of(types, objects, t, name, &f)
}

/// Collects the names of all methods reachable from `t` through embedding.
fn candidate_methods(types: &TypeTable, t: TypeId) -> Vec<String> {
    let mut names: Vec<String> = vec![];
    let mut seen: FxHashSet<TypeId> = FxHashSet::default();
    let mut stack = vec![deref(types, t).0];
    while let Some(ty) = stack.pop() {
        if !seen.insert(ty) {
            continue;
        }
        if let Some(n) = types.named_of(ty) {
            names.extend(n.methods.iter().map(|(m, _)| m.clone()));
        }
        match types.under(ty) {
            TypeKind::Struct(fields) => {
                for f in fields {
                    if f.embedded {
                        stack.push(deref(types, f.ty).0);
                    }
                }
            }
            TypeKind::Interface(it) => names.extend(it.methods.iter().map(|(m, _)| m.clone())),
            _ => {}
        }
    }
    names.sort();
    names.dedup();
    names
}

/// The method set of `t` (a type `T` or a pointer `*T`), including promoted methods,
/// sorted by name. For interfaces, the interface's methods.
pub fn method_set(types: &TypeTable, objects: &[Object], t: TypeId) -> Vec<(String, Selection)> {
    let mut out = vec![];
    let is_ptr = matches!(types.kind(t), TypeKind::Pointer(_));
    for name in candidate_methods(types, t) {
        let f = lookup(types, t, &name);
        let ok = match &f {
            Found::Method { obj, indirect, .. } => {
                !func_is_ptr_recv(objects, *obj) || *indirect || is_ptr
            }
            Found::IfaceMethod { .. } => true,
            _ => false,
        };
        if ok && let Some(sel) = selection_of(types, objects, t, &name, &f) {
            out.push((name, sel));
        }
    }
    out
}

/// Methods of an interface type (empty if `t` is not an interface).
pub(crate) fn iface_methods(types: &TypeTable, t: TypeId) -> Vec<(String, TypeId)> {
    match types.under(t) {
        TypeKind::Interface(it) => it.methods.clone(),
        _ => vec![],
    }
}

fn func_string(name: &str, sig: TypeId, fmt: &dyn Fn(TypeId) -> String) -> String {
    let s = fmt(sig);
    format!("{name}{}", s.strip_prefix("func").unwrap_or(&s))
}

/// Whether `t` implements interface `iface`; the error is Go's explanation
/// (`T does not implement I (missing method M)`), spelled from package `pkg`'s view.
pub(crate) fn implements_in(
    types: &TypeTable,
    objects: &[Object],
    t: TypeId,
    iface: TypeId,
    fmt: &dyn Fn(TypeId) -> String,
) -> Result<(), String> {
    let want = iface_methods(types, iface);
    let tn = fmt(t);
    let iname = fmt(iface);
    let fail = |cause: String| Err(format!("{tn} does not implement {iname} {cause}"));
    if types.is_interface(t) {
        let have = iface_methods(types, t);
        for (m, sig) in &want {
            match have.iter().find(|(n, _)| n == m) {
                None => return fail(format!("(missing method {m})")),
                Some((_, hs)) if hs != sig => {
                    return fail(format!(
                        "(wrong type for method {m})\n\t\thave {}\n\t\twant {}",
                        func_string(m, *hs, fmt),
                        func_string(m, *sig, fmt)
                    ));
                }
                _ => {}
            }
        }
        return Ok(());
    }
    let is_ptr = matches!(types.kind(t), TypeKind::Pointer(_));
    for (m, sig) in &want {
        let (have_sig, ptr_problem) = match lookup(types, t, m) {
            Found::Method { obj, indirect, .. } => (
                objects[obj.0 as usize].ty,
                func_is_ptr_recv(objects, obj) && !indirect && !is_ptr,
            ),
            Found::IfaceMethod { sig, .. } => (sig, false),
            Found::Field { .. } => {
                return fail(format!("({tn}.{m} is a field, not a method)"));
            }
            Found::Ambiguous => return fail(format!("(ambiguous selector {tn}.{m})")),
            Found::Missing => {
                // A method whose name differs only in case?
                for cand in candidate_methods(types, t) {
                    if cand.to_lowercase() == m.to_lowercase() && cand != *m {
                        let hs = match lookup(types, t, &cand) {
                            Found::Method { obj, .. } => {
                                func_string(&cand, objects[obj.0 as usize].ty, fmt)
                            }
                            Found::IfaceMethod { sig, .. } => func_string(&cand, sig, fmt),
                            _ => continue,
                        };
                        let ws = func_string(m, *sig, fmt);
                        return fail(format!(
                            "(missing method {m})\n\t\thave {hs}\n\t\twant {ws}"
                        ));
                    }
                }
                return fail(format!("(missing method {m})"));
            }
        };
        if have_sig != *sig {
            return fail(format!(
                "(wrong type for method {m})\n\t\thave {}\n\t\twant {}",
                func_string(m, have_sig, fmt),
                func_string(m, *sig, fmt)
            ));
        }
        if ptr_problem {
            return fail(format!("(method {m} has pointer receiver)"));
        }
    }
    Ok(())
}

/// Whether `t` implements the interface `iface`; the error text is Go's reason.
pub fn implements(
    types: &TypeTable,
    objects: &[Object],
    t: TypeId,
    iface: TypeId,
) -> Result<(), String> {
    implements_in(types, objects, t, iface, &|x| types.display_in(x, "main"))
}

/// The default type of an untyped type (`untyped int` → `int`, `untyped rune` → `int32`...).
pub fn default_type(t: TypeId) -> TypeId {
    match t {
        TypeId::UNTYPED_BOOL => TypeId::BOOL,
        TypeId::UNTYPED_INT => TypeId::INT,
        TypeId::UNTYPED_RUNE => TypeId::INT32,
        TypeId::UNTYPED_FLOAT => TypeId::FLOAT64,
        TypeId::UNTYPED_STRING => TypeId::STRING,
        _ => t,
    }
}

/// Go's type identity (types are hash-consed, so this is id equality).
pub fn identical(a: TypeId, b: TypeId) -> bool {
    a == b
}

/// Whether `t` is a "named type" in the spec's sense (defined or predeclared).
pub(crate) fn is_named(types: &TypeTable, t: TypeId) -> bool {
    matches!(types.kind(t), TypeKind::Named(_) | TypeKind::Basic(_))
}

/// Go's assignability of a value of (typed, or untyped nil) type `v` to type `t`.
/// Untyped constants must be checked for representability separately.
pub fn assignable_to(types: &TypeTable, objects: &[Object], v: TypeId, t: TypeId) -> bool {
    if v == t || v == TypeId::INVALID || t == TypeId::INVALID {
        return true;
    }
    let vu = types.underlying(v);
    let tu = types.underlying(t);
    if v == TypeId::UNTYPED_NIL {
        return matches!(
            types.kind(tu),
            TypeKind::Pointer(_)
                | TypeKind::Func(_)
                | TypeKind::Slice(_)
                | TypeKind::Map(..)
                | TypeKind::Chan(..)
                | TypeKind::Interface(_)
        );
    }
    if let TypeKind::Basic(b) = types.kind(v)
        && b.is_untyped()
    {
        // Untyped values: assignable to their default type's kind or an interface.
        if types.is_interface(t) {
            return iface_methods(types, t).is_empty();
        }
        return match types.kind(tu) {
            TypeKind::Basic(tb) => untyped_compatible(*b, *tb),
            _ => false,
        };
    }
    if vu == tu && (!is_named(types, v) || !is_named(types, t)) {
        return true;
    }
    if types.is_interface(t) && implements(types, objects, v, t).is_ok() {
        return true;
    }
    if let (TypeKind::Chan(minigo_syntax::ast::ChanDir::Both, ve), TypeKind::Chan(_, te)) =
        (types.kind(vu), types.kind(tu))
        && ve == te
        && (!is_named(types, v) || !is_named(types, t))
    {
        return true;
    }
    false
}

/// Whether an untyped basic kind may become basic type `t` (ignoring the value).
pub(crate) fn untyped_compatible(u: Basic, t: Basic) -> bool {
    match u {
        Basic::UntypedBool => t.is_boolean(),
        Basic::UntypedString => t.is_string(),
        Basic::UntypedInt | Basic::UntypedRune | Basic::UntypedFloat => t.is_numeric(),
        _ => false,
    }
}

/// Go's comparability (`==` allowed): not slices, maps, funcs, or structs/arrays of them.
pub fn comparable(types: &TypeTable, t: TypeId) -> bool {
    let mut seen = FxHashSet::default();
    comparable_rec(types, t, &mut seen)
}

fn comparable_rec(types: &TypeTable, t: TypeId, seen: &mut FxHashSet<TypeId>) -> bool {
    if !seen.insert(t) {
        return true;
    }
    match types.under(t) {
        TypeKind::Invalid => true,
        TypeKind::Basic(b) => *b != Basic::UntypedNil,
        TypeKind::Pointer(_) | TypeKind::Chan(..) | TypeKind::Interface(_) => true,
        TypeKind::Struct(fields) => {
            let fs: Vec<TypeId> = fields.iter().map(|f| f.ty).collect();
            fs.into_iter().all(|f| comparable_rec(types, f, seen))
        }
        TypeKind::Array(_, e) => comparable_rec(types, *e, seen),
        _ => false,
    }
}

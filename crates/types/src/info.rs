//! What the checker learns, recorded in side tables keyed by AST node ids.
//!
//! Modelled on `go/types.Info`: the compiler walks the original AST and asks these tables
//! for the type of every expression, the object every identifier denotes, and the path of
//! every field or method selection.

use minigo_syntax::ast::{Expr, NodeId};
use rustc_hash::FxHashMap;

use crate::objects::{Builtin, ConstValue, ObjId};
use crate::ty::TypeId;

/// How an expression may be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A call of a function without results.
    NoValue,
    /// A builtin function name (only valid as the callee of a call).
    Builtin(Builtin),
    /// A type (in a conversion `T(x)`, a composite literal, `make`, `new`...).
    Type,
    /// A constant; `TypeAndValue::value` holds it.
    Const,
    /// An addressable variable (`x`, `*p`, `s[i]`, `a[i]` of addressable `a`, `p.f`...).
    Variable,
    /// A map index expression `m[k]`: assignable but not addressable; comma-ok capable.
    MapIndex,
    /// A value that may also be used in comma-ok form (`<-ch`, `x.(T)`).
    CommaOk,
    /// Any other value.
    Value,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TypeAndValue {
    pub mode: Mode,
    /// The expression's type. For untyped constants this is the type the constant was
    /// finally converted to by its context (`var x float64 = 1` records `float64` for
    /// `1`), or its default type when nothing converted it. For a multi-value call, a tuple.
    pub ty: TypeId,
    /// The constant value (converted to `ty`'s representation) when `mode == Const`.
    pub value: Option<ConstValue>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SelectionKind {
    /// `x.f` selects a struct field.
    Field,
    /// `x.m` selects a method (called or used as a method value).
    MethodVal,
    /// `T.m` / `(*T).m`: a method expression.
    MethodExpr,
}

/// A resolved field or method selection `x.name` (not a qualified identifier `pkg.Name`).
#[derive(Clone, Debug, PartialEq)]
pub struct Selection {
    pub kind: SelectionKind,
    /// The type of `x` (for a method expression, the type `T` or `*T`).
    pub recv: TypeId,
    /// Indices of the embedded fields walked through to reach the field or method's
    /// receiver, outermost first; for `Field`, the last element is the selected field's
    /// own index. Each step dereferences automatically if the value reached is a pointer.
    pub path: Vec<u32>,
    /// The method's function object, for methods of named (non-interface) types.
    pub method: Option<ObjId>,
    /// Set when the method is an interface method (reached through an interface value or
    /// an embedded interface field): its name.
    pub iface_method: Option<String>,
    /// The type of the selector expression (field type, or the method value's func type).
    pub ty: TypeId,
}

/// One package-level variable initialisation, in Go's dependency order.
#[derive(Clone, Debug, PartialEq)]
pub struct VarInit {
    /// The variables assigned; `None` for `_`.
    pub lhs: Vec<Option<ObjId>>,
    /// The initialiser (a clone of the AST expression; node ids are preserved so the side
    /// tables apply). One expression for all `lhs` when it is a multi-value call.
    pub rhs: Expr,
}

#[derive(Debug, Default)]
pub struct Info {
    /// Every expression node (including type expressions and the callee of calls).
    pub types: FxHashMap<NodeId, TypeAndValue>,
    /// Identifiers that declare an object (variables, params, results, receivers, consts,
    /// types, funcs, labels, type-switch clause implicits).
    pub defs: FxHashMap<NodeId, ObjId>,
    /// Identifiers that refer to an object (including the `Sel` ident of `pkg.Name`).
    pub uses: FxHashMap<NodeId, ObjId>,
    /// Selector expressions (keyed by the `Selector` expr's id) that select a field or method.
    pub selections: FxHashMap<NodeId, Selection>,
}

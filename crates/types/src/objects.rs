//! Objects: what a name denotes (variable, constant, type, function, builtin, package...).
//!
//! Every declared name gets one [`Object`] in the program-wide object vector, addressed by
//! [`ObjId`]. The checker's `defs`/`uses` tables map identifier nodes to objects.

use minigo_syntax::Span;

use crate::ty::TypeId;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjId(pub u32);

/// An exact compile-time constant. Untyped integer constants are kept in `i128`
/// (Go requires at least 256 bits; minigo reports `constant overflow` beyond i128),
/// floats in `f64`. Rune constants are `Int`.
#[derive(Clone, Debug, PartialEq)]
pub enum ConstValue {
    Bool(bool),
    Int(i128),
    Float(f64),
    String(Vec<u8>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Copy,
    Delete,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Recover,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VarKind {
    /// A package-level variable.
    Global,
    /// A local variable (including range/switch/select bindings and type switch clause vars).
    Local,
    /// A function parameter (including a method receiver).
    Param,
    /// A named result parameter.
    Result,
}

/// Where a function's declaration lives: `packages[pkg].files[file].decls[decl]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DeclRef {
    pub pkg: u32,
    pub file: u32,
    pub decl: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FuncInfo {
    /// For methods: the receiver's base named type `T` (for both `T` and `*T` receivers).
    pub recv: Option<TypeId>,
    /// The receiver is `*T`.
    pub ptr_recv: bool,
    /// Declared without a body in a built-in package source: implemented in Rust,
    /// looked up by [`Object::qualified_name`].
    pub native: bool,
    pub decl: Option<DeclRef>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ObjKind {
    Var(VarKind),
    Const(ConstValue),
    TypeName,
    /// A declared function or method. The object's `ty` is its signature without receiver.
    Func(FuncInfo),
    Builtin(Builtin),
    /// An imported package name; holds the package path (`unicode/utf8`).
    PkgName(String),
    /// The predeclared `nil`.
    Nil,
    Label,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Object {
    pub name: String,
    pub kind: ObjKind,
    /// The object's type (`INVALID` for packages, labels and builtins).
    pub ty: TypeId,
    /// The declaring identifier's span (default span for predeclared objects).
    pub span: Span,
    /// The path of the package declaring it (`main`, `strings`...); empty for the universe.
    pub pkg: String,
}

impl Object {
    /// `pkg.Name` for functions, `pkg.Type.Method` / `pkg.(*Type).Method` for methods:
    /// the name natives are registered under and tracebacks print. `recv_name` is the
    /// receiver type's name for methods.
    pub fn qualified_name(&self, recv_name: Option<(&str, bool)>) -> String {
        match recv_name {
            Some((t, true)) => format!("{}.(*{}).{}", self.pkg, t, self.name),
            Some((t, false)) => format!("{}.{}.{}", self.pkg, t, self.name),
            None => format!("{}.{}", self.pkg, self.name),
        }
    }
}

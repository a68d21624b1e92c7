//! Go types, interned in a [`TypeTable`].
//!
//! Structural types (pointers, slices, maps, funcs, structs, interfaces...) are
//! hash-consed, so two `TypeId`s are equal exactly when Go's type identity says the types
//! are identical. Named types (from `type T ...` declarations, and the predeclared basic
//! types) are unique per declaration; their underlying type is filled in after the
//! declaration is resolved, which is why [`NamedType`] lives in a separate, mutable vector.

use minigo_syntax::ast::ChanDir;
use rustc_hash::FxHashMap;

use crate::objects::ObjId;

/// An interned type. Compare with `==` for Go type identity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub u32);

/// Index into [`TypeTable::named`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NamedIdx(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Basic {
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    String,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedString,
    /// The type of the predeclared `nil`.
    UntypedNil,
}

impl Basic {
    pub fn is_untyped(self) -> bool {
        matches!(
            self,
            Basic::UntypedBool
                | Basic::UntypedInt
                | Basic::UntypedRune
                | Basic::UntypedFloat
                | Basic::UntypedString
                | Basic::UntypedNil
        )
    }

    pub fn is_integer(self) -> bool {
        use Basic::*;
        matches!(
            self,
            Int | Int8
                | Int16
                | Int32
                | Int64
                | Uint
                | Uint8
                | Uint16
                | Uint32
                | Uint64
                | Uintptr
                | UntypedInt
                | UntypedRune
        )
    }

    pub fn is_unsigned(self) -> bool {
        use Basic::*;
        matches!(self, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }

    pub fn is_float(self) -> bool {
        matches!(self, Basic::Float32 | Basic::Float64 | Basic::UntypedFloat)
    }

    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float()
    }

    pub fn is_string(self) -> bool {
        matches!(self, Basic::String | Basic::UntypedString)
    }

    pub fn is_boolean(self) -> bool {
        matches!(self, Basic::Bool | Basic::UntypedBool)
    }

    /// Size in bits of a sized integer type (int/uint/uintptr are 64-bit in minigo).
    pub fn int_bits(self) -> Option<u32> {
        use Basic::*;
        Some(match self {
            Int8 | Uint8 => 8,
            Int16 | Uint16 => 16,
            Int32 | Uint32 => 32,
            Int | Int64 | Uint | Uint64 | Uintptr => 64,
            _ => return None,
        })
    }

    /// Go's name for the type (`untyped int` for untyped kinds).
    pub fn name(self) -> &'static str {
        use Basic::*;
        match self {
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            String => "string",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
        }
    }
}

/// A struct field. Embedded fields have `embedded: true` and the type's name as `name`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Field {
    pub name: String,
    pub ty: TypeId,
    pub embedded: bool,
}

impl Field {
    /// Exported = starts with an upper-case letter (Go's rule).
    pub fn exported(&self) -> bool {
        self.name.chars().next().is_some_and(char::is_uppercase)
    }
}

/// A function signature. For a variadic function the last parameter's type is `[]T`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Signature {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    pub variadic: bool,
}

/// An interface's complete method set (own and embedded methods), sorted by name.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Interface {
    /// `(name, signature type)`; the signature is a `TypeKind::Func` without receiver.
    pub methods: Vec<(String, TypeId)>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TypeKind {
    /// The type of an erroneous expression; never reported twice.
    Invalid,
    /// A predeclared basic type (`int`, `untyped float`...). `byte`/`rune` are aliases
    /// of `uint8`/`int32` and have the same `TypeId`.
    Basic(Basic),
    /// A defined type; see [`TypeTable::named`].
    Named(NamedIdx),
    Pointer(TypeId),
    Slice(TypeId),
    Array(u64, TypeId),
    Map(TypeId, TypeId),
    Chan(ChanDir, TypeId),
    Struct(Vec<Field>),
    Func(Signature),
    Interface(Interface),
    /// The result type of a call with zero or several results (never the type of a variable).
    Tuple(Vec<TypeId>),
}

/// A type declared with `type Name T` (including the predeclared `error`).
#[derive(Clone, Debug)]
pub struct NamedType {
    /// The declared name, e.g. `Point`.
    pub name: String,
    /// The package path it belongs to (`main`, `strings`, `time`...); empty for `error`.
    pub pkg: String,
    /// The underlying type; `Invalid` until resolved. Never itself a `Named`.
    pub underlying: TypeId,
    /// Methods declared with this type (or a pointer to it) as receiver, in declaration
    /// order: `(name, function object)`. The function object's signature excludes the
    /// receiver; [`crate::objects::FuncInfo::ptr_recv`] says whether the receiver is `*T`.
    pub methods: Vec<(String, ObjId)>,
    /// The type name object.
    pub obj: Option<ObjId>,
}

/// How named types are qualified when spelled.
#[derive(Clone, Copy)]
enum Qual<'a> {
    All,
    None,
    Except(&'a str),
}

/// All types of one program.
#[derive(Debug)]
pub struct TypeTable {
    kinds: Vec<TypeKind>,
    intern: FxHashMap<TypeKind, TypeId>,
    pub named: Vec<NamedType>,
}

/// Well-known types, created first so that their ids are constants.
impl TypeId {
    pub const INVALID: TypeId = TypeId(0);
    pub const BOOL: TypeId = TypeId(1);
    pub const INT: TypeId = TypeId(2);
    pub const INT8: TypeId = TypeId(3);
    pub const INT16: TypeId = TypeId(4);
    pub const INT32: TypeId = TypeId(5);
    pub const INT64: TypeId = TypeId(6);
    pub const UINT: TypeId = TypeId(7);
    pub const UINT8: TypeId = TypeId(8);
    pub const UINT16: TypeId = TypeId(9);
    pub const UINT32: TypeId = TypeId(10);
    pub const UINT64: TypeId = TypeId(11);
    pub const UINTPTR: TypeId = TypeId(12);
    pub const FLOAT32: TypeId = TypeId(13);
    pub const FLOAT64: TypeId = TypeId(14);
    pub const STRING: TypeId = TypeId(15);
    pub const UNTYPED_BOOL: TypeId = TypeId(16);
    pub const UNTYPED_INT: TypeId = TypeId(17);
    pub const UNTYPED_RUNE: TypeId = TypeId(18);
    pub const UNTYPED_FLOAT: TypeId = TypeId(19);
    pub const UNTYPED_STRING: TypeId = TypeId(20);
    pub const UNTYPED_NIL: TypeId = TypeId(21);
    /// `interface{}` (= `any`).
    pub const EMPTY_INTERFACE: TypeId = TypeId(22);
    /// The empty tuple: the type of a call to a function without results.
    pub const VOID: TypeId = TypeId(23);
}

const BASICS: [Basic; 21] = [
    Basic::Bool,
    Basic::Int,
    Basic::Int8,
    Basic::Int16,
    Basic::Int32,
    Basic::Int64,
    Basic::Uint,
    Basic::Uint8,
    Basic::Uint16,
    Basic::Uint32,
    Basic::Uint64,
    Basic::Uintptr,
    Basic::Float32,
    Basic::Float64,
    Basic::String,
    Basic::UntypedBool,
    Basic::UntypedInt,
    Basic::UntypedRune,
    Basic::UntypedFloat,
    Basic::UntypedString,
    Basic::UntypedNil,
];

impl Default for TypeTable {
    fn default() -> Self {
        Self::new()
    }
}

impl TypeTable {
    pub fn new() -> TypeTable {
        let mut t = TypeTable {
            kinds: vec![],
            intern: FxHashMap::default(),
            named: vec![],
        };
        t.intern(TypeKind::Invalid);
        for b in BASICS {
            t.intern(TypeKind::Basic(b));
        }
        let e = t.intern(TypeKind::Interface(Interface { methods: vec![] }));
        debug_assert_eq!(e, TypeId::EMPTY_INTERFACE);
        let v = t.intern(TypeKind::Tuple(vec![]));
        debug_assert_eq!(v, TypeId::VOID);
        t
    }

    /// Returns the id of a structural type, creating it if new.
    pub fn intern(&mut self, kind: TypeKind) -> TypeId {
        if let Some(&id) = self.intern.get(&kind) {
            return id;
        }
        let id = TypeId(self.kinds.len() as u32);
        self.kinds.push(kind.clone());
        self.intern.insert(kind, id);
        id
    }

    /// Creates a new named type (its underlying type is set later with `set_underlying`).
    pub fn new_named(&mut self, name: &str, pkg: &str, obj: Option<ObjId>) -> TypeId {
        let idx = NamedIdx(self.named.len() as u32);
        self.named.push(NamedType {
            name: name.to_string(),
            pkg: pkg.to_string(),
            underlying: TypeId::INVALID,
            methods: vec![],
            obj,
        });
        self.intern(TypeKind::Named(idx))
    }

    pub fn kind(&self, t: TypeId) -> &TypeKind {
        &self.kinds[t.0 as usize]
    }

    pub fn len(&self) -> usize {
        self.kinds.len()
    }

    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty()
    }

    pub fn named_of(&self, t: TypeId) -> Option<&NamedType> {
        match self.kind(t) {
            TypeKind::Named(i) => Some(&self.named[i.0 as usize]),
            _ => None,
        }
    }

    /// Go's underlying type: follows named types to their structural/basic type.
    pub fn underlying(&self, t: TypeId) -> TypeId {
        match self.kind(t) {
            TypeKind::Named(i) => self.named[i.0 as usize].underlying,
            _ => t,
        }
    }

    /// The kind of the underlying type.
    pub fn under(&self, t: TypeId) -> &TypeKind {
        self.kind(self.underlying(t))
    }

    /// The id of an already-interned structural type, without creating it.
    pub fn lookup(&self, kind: &TypeKind) -> Option<TypeId> {
        self.intern.get(kind).copied()
    }

    /// `*elem` if it exists (the checker interns the pointer types the program uses).
    pub fn pointer_of(&self, elem: TypeId) -> Option<TypeId> {
        self.lookup(&TypeKind::Pointer(elem))
    }

    pub fn pointer(&mut self, elem: TypeId) -> TypeId {
        self.intern(TypeKind::Pointer(elem))
    }

    pub fn slice(&mut self, elem: TypeId) -> TypeId {
        self.intern(TypeKind::Slice(elem))
    }

    pub fn tuple(&mut self, elems: Vec<TypeId>) -> TypeId {
        self.intern(TypeKind::Tuple(elems))
    }

    pub fn basic(&self, t: TypeId) -> Option<Basic> {
        match self.under(t) {
            TypeKind::Basic(b) => Some(*b),
            _ => None,
        }
    }

    pub fn is_interface(&self, t: TypeId) -> bool {
        matches!(self.under(t), TypeKind::Interface(_))
    }

    pub fn is_untyped(&self, t: TypeId) -> bool {
        matches!(self.kind(t), TypeKind::Basic(b) if b.is_untyped())
    }

    /// Go's spelling of a type as `%T` and error messages print it: `main.Point`,
    /// `[]int`, `map[string]*main.Node`, `func(int) string`, `struct { X int }`...
    /// `qualify` decides whether named types get their package prefix (`%T` always
    /// qualifies; compiler errors do not qualify types of package main).
    pub fn display(&self, t: TypeId, qualify: bool) -> String {
        let mut s = String::new();
        self.write_type(&mut s, t, if qualify { Qual::All } else { Qual::None });
        s
    }

    /// Spells a type as Go's compiler errors do inside package `pkg`: named types of
    /// other packages are qualified (`strings.Builder`), those of `pkg` are not.
    pub fn display_in(&self, t: TypeId, pkg: &str) -> String {
        let mut s = String::new();
        self.write_type(&mut s, t, Qual::Except(pkg));
        s
    }

    fn write_type(&self, s: &mut String, t: TypeId, q: Qual<'_>) {
        match self.kind(t) {
            TypeKind::Invalid => s.push_str("invalid type"),
            TypeKind::Basic(b) => s.push_str(b.name()),
            TypeKind::Named(i) => {
                let n = &self.named[i.0 as usize];
                let qualify = match q {
                    Qual::All => true,
                    Qual::None => false,
                    Qual::Except(p) => p != n.pkg,
                };
                if qualify && !n.pkg.is_empty() {
                    // Go qualifies with the package name, the last element of its
                    // import path: `*fs.PathError`, `*rand.Rand`.
                    s.push_str(n.pkg.rsplit('/').next().unwrap_or(&n.pkg));
                    s.push('.');
                }
                s.push_str(&n.name);
            }
            TypeKind::Pointer(e) => {
                s.push('*');
                self.write_type(s, *e, q);
            }
            TypeKind::Slice(e) => {
                s.push_str("[]");
                self.write_type(s, *e, q);
            }
            TypeKind::Array(n, e) => {
                s.push_str(&format!("[{n}]"));
                self.write_type(s, *e, q);
            }
            TypeKind::Map(k, v) => {
                s.push_str("map[");
                self.write_type(s, *k, q);
                s.push(']');
                self.write_type(s, *v, q);
            }
            TypeKind::Chan(d, e) => {
                s.push_str(match d {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                // `chan (<-chan int)`: without parentheses it would read as `chan<- chan int`.
                let parens = *d == ChanDir::Both
                    && matches!(self.kind(*e), TypeKind::Chan(ChanDir::Recv, _));
                if parens {
                    s.push('(');
                }
                self.write_type(s, *e, q);
                if parens {
                    s.push(')');
                }
            }
            TypeKind::Struct(fields) => {
                s.push_str("struct {");
                for (i, f) in fields.iter().enumerate() {
                    s.push_str(if i == 0 { " " } else { "; " });
                    if !f.embedded {
                        s.push_str(&f.name);
                        s.push(' ');
                    }
                    self.write_type(s, f.ty, q);
                }
                s.push_str(if fields.is_empty() { "}" } else { " }" });
            }
            TypeKind::Func(sig) => {
                s.push_str("func");
                self.write_sig(s, sig, q);
            }
            TypeKind::Interface(it) => {
                if it.methods.is_empty() {
                    s.push_str("interface {}");
                } else {
                    s.push_str("interface {");
                    for (i, (name, sig)) in it.methods.iter().enumerate() {
                        s.push_str(if i == 0 { " " } else { "; " });
                        s.push_str(name);
                        if let TypeKind::Func(sig) = self.kind(*sig) {
                            self.write_sig(s, sig, q);
                        }
                    }
                    s.push_str(" }");
                }
            }
            TypeKind::Tuple(elems) => {
                s.push('(');
                for (i, e) in elems.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_type(s, *e, q);
                }
                s.push(')');
            }
        }
    }

    fn write_sig(&self, s: &mut String, sig: &Signature, q: Qual<'_>) {
        s.push('(');
        for (i, p) in sig.params.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if sig.variadic && i == sig.params.len() - 1 {
                s.push_str("...");
                match self.kind(*p) {
                    TypeKind::Slice(e) => self.write_type(s, *e, q),
                    _ => self.write_type(s, *p, q),
                }
            } else {
                self.write_type(s, *p, q);
            }
        }
        s.push(')');
        match sig.results.len() {
            0 => {}
            1 => {
                s.push(' ');
                self.write_type(s, sig.results[0], q);
            }
            _ => {
                s.push_str(" (");
                for (i, r) in sig.results.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_type(s, *r, q);
                }
                s.push(')');
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn well_known_ids_match_the_table() {
        let t = TypeTable::new();
        assert_eq!(t.kind(TypeId::INT), &TypeKind::Basic(Basic::Int));
        assert_eq!(
            t.kind(TypeId::UNTYPED_NIL),
            &TypeKind::Basic(Basic::UntypedNil)
        );
        assert_eq!(t.kind(TypeId::STRING), &TypeKind::Basic(Basic::String));
        assert_eq!(t.kind(TypeId::VOID), &TypeKind::Tuple(vec![]));
    }

    #[test]
    fn structural_types_are_interned() {
        let mut t = TypeTable::new();
        let a = t.slice(TypeId::INT);
        let b = t.slice(TypeId::INT);
        assert_eq!(a, b);
        let m = t.intern(TypeKind::Map(TypeId::STRING, a));
        assert_eq!(t.display(m, true), "map[string][]int");
    }

    #[test]
    fn named_types_are_qualified_by_package_name() {
        let mut t = TypeTable::new();
        let pe = t.new_named("PathError", "io/fs", None);
        let p = t.intern(TypeKind::Pointer(pe));
        assert_eq!(t.display(p, true), "*fs.PathError");
        assert_eq!(t.display_in(p, "io/fs"), "*PathError");
        assert_eq!(t.display_in(p, "main"), "*fs.PathError");
    }
}

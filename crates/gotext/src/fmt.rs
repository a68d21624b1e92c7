//! Go's `fmt` printing engine: `Sprintf`, `Sprint`, `Sprintln`, `Errorf`.
//!
//! The VM converts each operand into a [`Node`] tree (type descriptor,
//! optional method handle, value) and calls [`sprintf`] / [`sprint`] /
//! [`sprintln`] / [`errorf`]. The engine is a port of Go's `fmt/print.go`
//! (`doPrintf`, `printArg`, `printValue`, `handleMethods`, `badVerb`) and
//! `fmt/format.go`, so output matches `go run` byte for byte, error forms
//! included.
//!
//! # Building trees
//! * Top-level operands are the *dynamic* values of the `any` arguments: a
//!   nil interface argument is [`Val::Nil`]; never [`Val::Interface`].
//! * Nested interface-typed places (struct fields, slice/array elements, map
//!   keys and values of interface type) are [`Val::Interface`] wrapping the
//!   dynamic value, so `%#v` can print `interface {}(nil)` and map keys sort
//!   like Go's `internal/fmtsort`.
//! * [`Node::methods`] is set when calling `Error()` / `String()` on that
//!   value is legal for its dynamic type (method sets are the VM's business).
//!   The engine itself suppresses calls beneath unexported struct fields, as
//!   Go does (`reflect.Value.CanInterface` is false there).
//! * [`Val::Pointer::elem`] must be filled for a non-nil pointer operand at
//!   the top level whose element is a struct, array, slice or map (printed
//!   `&{...}`); elsewhere Go prints the address, so `None` is fine (filling
//!   it for nested pointers is harmless and only used by the rare error form
//!   `%!s(*T=&{...})`).
//! * Addresses are printed in hex; any stable non-zero numbers will do.
//!
//! Interface-keyed maps order keys of different dynamic types by type name
//! (Go uses runtime type-descriptor addresses, which cannot be reproduced).

mod format;
mod printer;
mod sort;

#[cfg(test)]
#[rustfmt::skip]
mod oracle_cases;
#[cfg(test)]
mod tests;

use std::sync::Arc;

/// Go's `reflect.Kind`, restricted to what minigo has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
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
    Pointer,
    Struct,
    Array,
    Slice,
    Map,
    Interface,
    Func,
    Chan,
    /// The type of the untyped nil operand (`fmt.Println(nil)`).
    Nil,
}

impl Kind {
    /// Whether this is one of the integer kinds (signed or unsigned).
    pub fn is_integer(self) -> bool {
        use Kind::*;
        matches!(
            self,
            Int | Int8 | Int16 | Int32 | Int64 | Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr
        )
    }
}

/// A Go type as `fmt` needs it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TypeDesc {
    /// Go's `%T` text: `int`, `main.Point`, `[]string`, `map[string]int`,
    /// `*main.T`, `func(int) string`, `interface {}`, `struct { X int }`.
    pub name: String,
    pub kind: Kind,
    /// For arrays and slices: the element's kind (`Uint8` makes `%s %q %x
    /// %X` treat the value as bytes, even when empty). `None` otherwise.
    pub elem: Option<Kind>,
}

impl TypeDesc {
    /// A type without element information.
    pub fn new(name: impl Into<String>, kind: Kind) -> Arc<TypeDesc> {
        Arc::new(TypeDesc {
            name: name.into(),
            kind,
            elem: None,
        })
    }

    /// An array or slice type with the given element kind.
    pub fn with_elem(name: impl Into<String>, kind: Kind, elem: Kind) -> Arc<TypeDesc> {
        Arc::new(TypeDesc {
            name: name.into(),
            kind,
            elem: Some(elem),
        })
    }
}

/// Which stringification method the engine wants called.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MethodKind {
    /// `Error() string` (takes precedence, as in Go).
    Error,
    /// `String() string`.
    String,
}

/// The methods of a value's dynamic type that `fmt` may call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Methods {
    /// Opaque to the engine; passed back to [`Host::call_method`].
    pub handle: u64,
    pub has_error: bool,
    pub has_string: bool,
}

/// One operand (or part of one) to format.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub ty: Arc<TypeDesc>,
    /// `Some` if the dynamic type has `Error()` and/or `String()` and calling
    /// it is legal.
    pub methods: Option<Methods>,
    pub val: Val,
}

impl Node {
    /// A node without methods.
    pub fn new(ty: Arc<TypeDesc>, val: Val) -> Node {
        Node {
            ty,
            methods: None,
            val,
        }
    }

    /// The untyped nil operand (`fmt.Println(nil)` prints `<nil>`).
    pub fn nil() -> Node {
        Node::new(TypeDesc::new("<nil>", Kind::Nil), Val::Nil)
    }
}

/// A struct field.
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    /// Field name (for embedded fields, the type name without package).
    pub name: String,
    /// Whether the name is exported; methods are never called on values
    /// reached through unexported fields.
    pub exported: bool,
    pub node: Node,
}

/// The value part of a [`Node`]; which variant goes with which [`Kind`] is
/// noted per variant.
#[derive(Clone, Debug, PartialEq)]
pub enum Val {
    /// Kind `Bool`.
    Bool(bool),
    /// Kinds `Int`..`Int64` (sign-extended).
    Int(i64),
    /// Kinds `Uint`..`Uintptr`.
    Uint(u64),
    /// Kinds `Float32` (value must be exactly an `f32`) and `Float64`.
    Float(f64),
    /// Kind `String`: Go strings are bytes, not necessarily UTF-8.
    Str(Vec<u8>),
    /// Kind `Pointer`; `addr` 0 is nil. See the module docs for `elem`.
    Pointer {
        addr: usize,
        elem: Option<Box<Node>>,
    },
    /// Kind `Struct`.
    Struct(Vec<Field>),
    /// Kind `Array`.
    Array(Vec<Node>),
    /// Kind `Slice`; `elems` `None` is a nil slice. `addr` is the data
    /// pointer, printed only by `%p` (0 for nil).
    Slice {
        addr: usize,
        elems: Option<Vec<Node>>,
    },
    /// Kind `Map`, entries in any order; `None` is a nil map. `addr` is
    /// printed only by `%p`.
    Map {
        addr: usize,
        entries: Option<Vec<(Node, Node)>>,
    },
    /// Kind `Interface`: a nested interface-typed place. `None` is a nil
    /// interface.
    Interface(Option<Box<Node>>),
    /// Kind `Func`; `addr` 0 is nil.
    Func { addr: usize },
    /// Kind `Chan`; `addr` 0 is nil.
    Chan { addr: usize },
    /// Kind `Nil`: the untyped nil operand.
    Nil,
}

/// Callbacks into the VM.
pub trait Host {
    /// Calls the value's `Error()` (`which == MethodKind::Error`) or
    /// `String()` method. `Err(text)` if it panicked, where `text` is the
    /// panic value formatted as `%v` would (e.g. `boom`, or
    /// `runtime error: invalid memory address or nil pointer dereference`).
    fn call_method(&mut self, handle: u64, which: MethodKind) -> Result<Vec<u8>, String>;
}

/// A [`Host`] for trees without methods; calling it is a bug.
pub struct NoMethods;

impl Host for NoMethods {
    fn call_method(&mut self, _handle: u64, _which: MethodKind) -> Result<Vec<u8>, String> {
        Err("gotext: no method host".to_string())
    }
}

/// Go's `fmt.Sprintf`.
pub fn sprintf(format: &[u8], args: &[Node], host: &mut dyn Host) -> Vec<u8> {
    let mut p = printer::Printer::new(host, false);
    p.do_printf(format, args);
    p.into_buf()
}

/// Go's `fmt.Sprint`: operands formatted with `%v`, separated by a space
/// when neither neighbour is a string.
pub fn sprint(args: &[Node], host: &mut dyn Host) -> Vec<u8> {
    let mut p = printer::Printer::new(host, false);
    p.do_print(args);
    p.into_buf()
}

/// Go's `fmt.Sprintln`: operands formatted with `%v`, always separated by
/// spaces, plus a trailing newline.
pub fn sprintln(args: &[Node], host: &mut dyn Host) -> Vec<u8> {
    let mut p = printer::Printer::new(host, false);
    p.do_println(args);
    p.into_buf()
}

/// Go's `fmt.Errorf` (Go 1.20+ semantics): returns the message and the
/// indexes (into `args`, ascending, deduplicated) of the error operands
/// wrapped by `%w`. No index: `errors.New(msg)`; one: a `*fmt.wrapError`
/// (`Unwrap() error`); several: a `*fmt.wrapErrors` (`Unwrap() []error`).
pub fn errorf(format: &[u8], args: &[Node], host: &mut dyn Host) -> (Vec<u8>, Vec<usize>) {
    let mut p = printer::Printer::new(host, true);
    p.do_printf(format, args);
    let mut wrapped = std::mem::take(&mut p.wrapped_errs);
    let reordered = p.reordered;
    let buf = p.into_buf();
    if wrapped.len() > 1 && reordered {
        wrapped.sort_unstable();
    }
    let mut out: Vec<usize> = Vec::new();
    for (i, &a) in wrapped.iter().enumerate() {
        if i > 0 && wrapped[i - 1] == a {
            continue;
        }
        if args[a].methods.is_some_and(|m| m.has_error) {
            out.push(a);
        }
    }
    (buf, out)
}

//! A compiled program: function prototypes, constants, globals, runtime type descriptors.
//!
//! The compiler produces a [`Program`]; the VM loads it once (materialising string
//! constants as heap objects) and runs it. Nothing here depends on the front end, so the
//! VM can be built and tested without the compiler.

use crate::instr::Instr;

/// A compiled function (top-level function, method, closure body or generated wrapper).
#[derive(Clone, Debug, Default)]
pub struct FuncProto {
    /// Go's name as tracebacks print it: `main.main`, `main.(*Stack).Push`, `main.main.func1`.
    pub name: String,
    /// Parameters (receiver first for methods) occupy registers `0..nparams`.
    pub nparams: u16,
    pub nresults: u16,
    /// Total registers of a frame.
    pub nregs: u16,
    /// Bit `r` set = register `r` holds references (scanned by the garbage collector).
    pub ptr_regs: Vec<u64>,
    pub code: Vec<Instr>,
    /// Source line of each instruction (same length as `code`).
    pub lines: Vec<u32>,
    /// Index into [`Program::files`].
    pub file: u32,
    /// Number of captured words a closure of this function carries.
    pub ncaptures: u16,
    /// Hidden from tracebacks (the generated program entry, wrappers).
    pub hidden: bool,
    /// For functions that defer: the pc of the epilogue (`RunDefers`, then `Ret` of the
    /// result variables) where a frame resumes after one of its deferred calls recovered.
    pub recover_pc: Option<u32>,
}

impl FuncProto {
    pub fn is_ptr_reg(&self, r: usize) -> bool {
        self.ptr_regs
            .get(r / 64)
            .is_some_and(|w| w >> (r % 64) & 1 == 1)
    }

    pub fn set_ptr_reg(&mut self, r: usize) {
        if self.ptr_regs.len() <= r / 64 {
            self.ptr_regs.resize(r / 64 + 1, 0);
        }
        self.ptr_regs[r / 64] |= 1 << (r % 64);
    }
}

/// A constant of the pool; `LoadConst` reads it.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    /// An integer or the bits of a float.
    Word(u64),
    /// A string, materialised as an immutable heap object when the program is loaded.
    Str(Vec<u8>),
}

/// Runtime type id: index into [`Program::rtypes`].
pub type RTypeId = u32;

/// What the runtime needs to know about a type: its `%T` name, its shape (for
/// formatting, equality, hashing, zero values and the collector), and for named types
/// the method table used by interface calls.
#[derive(Clone, Debug)]
pub struct RType {
    /// `%T` spelling: `int`, `main.Point`, `[]string`, `*main.Node`.
    pub name: String,
    pub kind: RKind,
    /// Methods callable through an interface holding a value of this type:
    /// `(symbol, function)` sorted by symbol id.
    pub methods: Vec<(u32, u32)>,
    /// The function implementing `Error() string` / `String() string`, if any (for fmt).
    pub error_method: Option<u32>,
    pub string_method: Option<u32>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum RKind {
    Bool,
    /// Any integer type; `bits` 8/16/32/64.
    Int {
        bits: u8,
        signed: bool,
    },
    Float {
        bits: u8,
    },
    String,
    Pointer(RTypeId),
    Slice(RTypeId),
    Array(u64, RTypeId),
    Map(RTypeId, RTypeId),
    /// Direction: 0 both, 1 send-only, 2 receive-only.
    Chan(u8, RTypeId),
    Func,
    /// Method symbols, sorted.
    Interface(Vec<u32>),
    Struct(Vec<RField>),
    /// The type of untyped nil (never the dynamic type of an interface).
    Nil,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RField {
    pub name: String,
    pub ty: RTypeId,
    pub embedded: bool,
    pub exported: bool,
}

impl RKind {
    /// Values of this type are references (heap pointers or 0) in registers and slots.
    pub fn is_ref(&self) -> bool {
        !matches!(
            self,
            RKind::Bool | RKind::Int { .. } | RKind::Float { .. } | RKind::Nil
        )
    }

    /// Structs and arrays: values live in boxes that the compiler copies on assignment.
    pub fn is_aggregate(&self) -> bool {
        matches!(self, RKind::Struct(_) | RKind::Array(..))
    }
}

/// Types and functions the VM itself must know about.
#[derive(Clone, Debug, Default)]
pub struct WellKnown {
    /// The dynamic type of runtime panics (`runtime.Error`): a struct with one string field.
    pub runtime_error: RTypeId,
    /// The dynamic type of `errors.New`-style values the VM creates (a `*struct{s string}`).
    pub string_type: RTypeId,
    pub int_type: RTypeId,
    pub error_iface: RTypeId,
    /// `Error` and `String` method symbols.
    pub sym_error: u32,
    pub sym_string: u32,
}

/// A package-level variable.
#[derive(Clone, Debug)]
pub struct Global {
    pub name: String,
    pub ty: RTypeId,
}

#[derive(Clone, Debug, Default)]
pub struct Program {
    pub funcs: Vec<FuncProto>,
    /// Qualified names of native functions (`strings.Index`), resolved by the VM at load.
    pub natives: Vec<String>,
    pub consts: Vec<Const>,
    pub globals: Vec<Global>,
    pub rtypes: Vec<RType>,
    /// Method names (interned).
    pub symbols: Vec<String>,
    /// Source file names, for tracebacks.
    pub files: Vec<String>,
    /// The generated entry function: initialises packages, then calls `main.main`.
    pub entry: u32,
    pub well_known: WellKnown,
}

impl Program {
    pub fn symbol(&self, name: &str) -> Option<u32> {
        self.symbols
            .iter()
            .position(|s| s == name)
            .map(|i| i as u32)
    }
}

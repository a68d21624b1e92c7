//! minigo's compiler: checked AST → bytecode [`Program`].
//!
//! The compiler is a pipeline:
//! 1. **lower** (`func.rs`, `expr.rs`, `stmt.rs`): walks each function's AST with the
//!    checker's side tables and emits register-based instructions. Jumps hold absolute
//!    targets at this stage. An escape pre-pass (`escape.rs`) decides which variables
//!    live in heap cells (captured by closures or address-taken).
//! 2. **safepoints** (`passes.rs`): inserts `Safepoint` at every function entry and before
//!    every backward jump (loop back-edges), remapping jump targets and line tables.
//! 3. **race** (future, `-race` only): instruments memory accesses.
//! 4. **resolve**: turns absolute jump targets into relative offsets.
//! 5. **verify** (debug builds): checks operand registers and jump targets are in range.
//!
//! Runtime type descriptors ([`RType`]) are created on demand for every type the code
//! needs at run time (allocation, interfaces, equality, fmt), and method tables with the
//! wrapper functions they need (promoted methods, pointer-to-value adapters) are built
//! at the end.

mod conc;
mod escape;
mod expr;
mod func;
mod passes;
mod stmt;

use minigo_bytecode::{
    Const, FuncProto, Global, Program, RField, RKind, RType, RTypeId, WellKnown,
};
use minigo_syntax::{Diagnostic, SourceMap, Span, ast};
use minigo_types::{CheckResult, ObjId, ObjKind, SelectionKind, TypeId, TypeKind};
use rustc_hash::FxHashMap;

pub use passes::{insert_safepoints, resolve_jumps, verify};

/// Compiles a checked program whose sources are in `sources`.
pub fn compile(check: &CheckResult, sources: &SourceMap) -> Result<Program, Vec<Diagnostic>> {
    let mut c = Compiler::new(check, sources);
    c.compile_all();
    if !c.errors.is_empty() {
        return Err(c.errors);
    }
    Ok(c.prog)
}

/// What a function-table slot will be compiled from.
#[derive(Clone)]
pub(crate) enum FuncSource<'a> {
    /// A top-level function or method declaration.
    Decl(ObjId),
    /// A function literal, with the variables it captures (in capture order).
    Lit {
        expr: &'a ast::Expr,
        captures: Vec<ObjId>,
        name: String,
    },
    /// A generated adapter (method wrappers, method values).
    Wrapper(Wrapper),
    /// The program entry: package initialisation, then `main.main`.
    Entry,
}

/// Generated functions.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Wrapper {
    /// Method `name` of type `recv` (possibly promoted through embedded fields, possibly
    /// called on a pointer while declared on the value): takes the receiver as stored in
    /// an interface (a value of type `recv`) plus the arguments.
    Method { recv: TypeId, name: String },
    /// A method value `x.M`: a closure capturing the receiver (in a cell) that calls
    /// `Method { recv, name }`.
    Bound { recv: TypeId, name: String },
    /// A native function or builtin-like callee used as a value (`defer fmt.Println(x)`,
    /// `f := strings.ToUpper`).
    Native { obj: ObjId },
    /// A native taking `nargs` interface arguments (`defer println(a, b)`).
    NativeVariadic { name: String, nargs: u8 },
}

pub(crate) struct Compiler<'a> {
    pub check: &'a CheckResult,
    pub prog: Program,
    pub errors: Vec<Diagnostic>,
    rtypes: FxHashMap<TypeId, RTypeId>,
    rtype_src: Vec<TypeId>,
    symbols: FxHashMap<String, u32>,
    natives: FxHashMap<String, u16>,
    /// Function object → function index.
    funcs: FxHashMap<ObjId, u32>,
    wrappers: FxHashMap<Wrapper, u32>,
    /// Slots waiting to be compiled.
    queue: Vec<(u32, FuncSource<'a>)>,
    pub globals: FxHashMap<ObjId, u32>,
    consts_int: FxHashMap<u64, u32>,
    consts_str: FxHashMap<Vec<u8>, u32>,
    file_ids: FxHashMap<String, u32>,
    pub sources: &'a SourceMap,
    lit_counter: FxHashMap<String, u32>,
}

impl<'a> Compiler<'a> {
    fn new(check: &'a CheckResult, sources: &'a SourceMap) -> Compiler<'a> {
        Compiler {
            check,
            prog: Program::default(),
            errors: vec![],
            rtypes: FxHashMap::default(),
            rtype_src: vec![],
            symbols: FxHashMap::default(),
            natives: FxHashMap::default(),
            funcs: FxHashMap::default(),
            wrappers: FxHashMap::default(),
            queue: vec![],
            globals: FxHashMap::default(),
            consts_int: FxHashMap::default(),
            consts_str: FxHashMap::default(),
            file_ids: FxHashMap::default(),
            sources,
            lit_counter: FxHashMap::default(),
        }
    }

    pub fn types(&self) -> &'a minigo_types::TypeTable {
        &self.check.types
    }

    pub fn obj(&self, id: ObjId) -> &'a minigo_types::Object {
        &self.check.objects[id.0 as usize]
    }

    pub fn error(&mut self, span: Span, msg: impl Into<String>) {
        self.errors.push(Diagnostic::error(span, msg));
    }

    fn compile_all(&mut self) {
        // Globals, in package order.
        for pkg in &self.check.packages {
            let mut names: Vec<(&String, &ObjId)> = pkg.scope.iter().collect();
            names.sort_by_key(|(_, id)| id.0);
            for (_, &id) in names {
                if let ObjKind::Var(_) = self.obj(id).kind {
                    let ty = self.obj(id).ty;
                    let rt = self.rtype(ty);
                    let idx = self.prog.globals.len() as u32;
                    self.prog.globals.push(Global {
                        name: format!("{}.{}", self.obj(id).pkg, self.obj(id).name),
                        ty: rt,
                    });
                    self.globals.insert(id, idx);
                }
            }
        }
        let entry = self.new_slot(FuncSource::Entry);
        self.prog.entry = entry;
        self.well_known();
        self.drain_queue();
        // Method tables may need wrappers, whose code may need new types: iterate.
        let mut done = 0;
        loop {
            let n = self.rtype_src.len();
            for i in done..n {
                self.fill_methods(i as u32);
            }
            done = n;
            self.drain_queue();
            if self.rtype_src.len() == done {
                break;
            }
        }
        let mut syms: Vec<(String, u32)> =
            self.symbols.iter().map(|(k, v)| (k.clone(), *v)).collect();
        syms.sort_by_key(|s| s.1);
        self.prog.symbols = syms.into_iter().map(|s| s.0).collect();
        let mut files: Vec<(String, u32)> =
            self.file_ids.iter().map(|(k, v)| (k.clone(), *v)).collect();
        files.sort_by_key(|f| f.1);
        self.prog.files = files.into_iter().map(|f| f.0).collect();
    }

    fn drain_queue(&mut self) {
        while let Some((slot, src)) = self.queue.pop() {
            let proto = func::compile_function(self, slot, src);
            self.prog.funcs[slot as usize] = proto;
        }
    }

    fn well_known(&mut self) {
        let mut wk = WellKnown::default();
        if let Some(rt) = self.lookup_type("runtime", "errorString") {
            wk.runtime_error = self.rtype(rt);
        } else {
            // A stand-in so that runtime errors work without the runtime package.
            let s = self.rtype(TypeId::STRING);
            let id = self.prog.rtypes.len() as u32;
            self.prog.rtypes.push(RType {
                name: "runtime.errorString".into(),
                kind: RKind::Struct(vec![RField {
                    name: "s".into(),
                    ty: s,
                    embedded: false,
                    exported: false,
                }]),
                methods: vec![],
                error_method: None,
                string_method: None,
            });
            self.rtype_src.push(TypeId::INVALID);
            wk.runtime_error = id;
        }
        wk.string_type = self.rtype(TypeId::STRING);
        wk.int_type = self.rtype(TypeId::INT);
        wk.sym_error = self.symbol("Error() string");
        wk.sym_string = self.symbol("String() string");
        self.prog.well_known = wk;
    }

    /// A package-level type by package path and name.
    pub fn lookup_type(&self, pkg: &str, name: &str) -> Option<TypeId> {
        let p = self.check.packages.iter().find(|p| p.path == pkg)?;
        let id = *p.scope.get(name)?;
        match self.obj(id).kind {
            ObjKind::TypeName => Some(self.obj(id).ty),
            _ => None,
        }
    }

    /// The symbol of method `name` with signature `sig` (a func type): interface
    /// satisfaction at run time compares names *and* signatures, as Go does.
    pub fn method_symbol(&mut self, name: &str, sig: TypeId) -> u32 {
        let s = self.types().display(sig, true);
        let key = format!("{name}{}", s.strip_prefix("func").unwrap_or(&s));
        self.symbol(&key)
    }

    pub fn symbol(&mut self, name: &str) -> u32 {
        if let Some(&s) = self.symbols.get(name) {
            return s;
        }
        let s = self.symbols.len() as u32;
        self.symbols.insert(name.to_string(), s);
        s
    }

    pub fn file_id(&mut self, span: Span) -> u32 {
        let name = self
            .sources
            .files
            .get(span.file.0 as usize)
            .map(|f| f.name.clone())
            .unwrap_or_default();
        let n = self.file_ids.len() as u32;
        *self.file_ids.entry(name).or_insert(n)
    }

    pub fn native(&mut self, name: &str) -> u16 {
        if let Some(&n) = self.natives.get(name) {
            return n;
        }
        let n = self.prog.natives.len() as u16;
        self.prog.natives.push(name.to_string());
        self.natives.insert(name.to_string(), n);
        n
    }

    pub fn const_word(&mut self, w: u64) -> u32 {
        if let Some(&i) = self.consts_int.get(&w) {
            return i;
        }
        let i = self.prog.consts.len() as u32;
        self.prog.consts.push(Const::Word(w));
        self.consts_int.insert(w, i);
        i
    }

    pub fn const_str(&mut self, s: &[u8]) -> u32 {
        if let Some(&i) = self.consts_str.get(s) {
            return i;
        }
        let i = self.prog.consts.len() as u32;
        self.prog.consts.push(Const::Str(s.to_vec()));
        self.consts_str.insert(s.to_vec(), i);
        i
    }

    fn new_slot(&mut self, src: FuncSource<'a>) -> u32 {
        let slot = self.prog.funcs.len() as u32;
        self.prog.funcs.push(FuncProto::default());
        self.queue.push((slot, src));
        slot
    }

    /// The function index of a declared function or method.
    pub fn func_index(&mut self, obj: ObjId) -> u32 {
        if let Some(&i) = self.funcs.get(&obj) {
            return i;
        }
        let i = self.new_slot(FuncSource::Decl(obj));
        self.funcs.insert(obj, i);
        i
    }

    pub fn wrapper(&mut self, w: Wrapper) -> u32 {
        if let Some(&i) = self.wrappers.get(&w) {
            return i;
        }
        let i = self.new_slot(FuncSource::Wrapper(w.clone()));
        self.wrappers.insert(w, i);
        i
    }

    pub fn func_lit(&mut self, e: &'a ast::Expr, captures: Vec<ObjId>, outer_name: &str) -> u32 {
        let n = self.lit_counter.entry(outer_name.to_string()).or_insert(0);
        *n += 1;
        let name = format!("{outer_name}.func{n}");
        self.new_slot(FuncSource::Lit {
            expr: e,
            captures,
            name,
        })
    }

    /// Whether the function object is a native (bodyless declaration in a built-in package).
    pub fn is_native(&self, obj: ObjId) -> bool {
        matches!(&self.obj(obj).kind, ObjKind::Func(fi) if fi.native)
    }

    /// The qualified name of a function object (native registry key / traceback name).
    pub fn func_name(&self, obj: ObjId) -> String {
        let o = self.obj(obj);
        match &o.kind {
            ObjKind::Func(fi) => match fi.recv {
                Some(r) => {
                    let tn = self
                        .types()
                        .named_of(r)
                        .map(|n| n.name.clone())
                        .unwrap_or_default();
                    o.qualified_name(Some((&tn, fi.ptr_recv)))
                }
                None => o.qualified_name(None),
            },
            _ => o.name.clone(),
        }
    }

    // ---- runtime types ----

    /// The runtime type descriptor of `t` (created on first use).
    pub fn rtype(&mut self, t: TypeId) -> RTypeId {
        if let Some(&r) = self.rtypes.get(&t) {
            return r;
        }
        let id = self.prog.rtypes.len() as u32;
        self.rtypes.insert(t, id);
        self.rtype_src.push(t);
        self.prog.rtypes.push(RType {
            name: self.types().display(t, true),
            kind: RKind::Nil,
            methods: vec![],
            error_method: None,
            string_method: None,
        });
        let types = self.types();
        let kind = match types.under(t).clone() {
            TypeKind::Basic(b) => {
                use minigo_types::Basic::*;
                match b {
                    Bool | UntypedBool => RKind::Bool,
                    Int | Int64 | UntypedInt => RKind::Int {
                        bits: 64,
                        signed: true,
                    },
                    Int8 => RKind::Int {
                        bits: 8,
                        signed: true,
                    },
                    Int16 => RKind::Int {
                        bits: 16,
                        signed: true,
                    },
                    Int32 | UntypedRune => RKind::Int {
                        bits: 32,
                        signed: true,
                    },
                    Uint | Uint64 | Uintptr => RKind::Int {
                        bits: 64,
                        signed: false,
                    },
                    Uint8 => RKind::Int {
                        bits: 8,
                        signed: false,
                    },
                    Uint16 => RKind::Int {
                        bits: 16,
                        signed: false,
                    },
                    Uint32 => RKind::Int {
                        bits: 32,
                        signed: false,
                    },
                    Float32 => RKind::Float { bits: 32 },
                    Float64 | UntypedFloat => RKind::Float { bits: 64 },
                    String | UntypedString => RKind::String,
                    UntypedNil => RKind::Nil,
                }
            }
            TypeKind::Pointer(e) => RKind::Pointer(self.rtype(e)),
            TypeKind::Slice(e) => RKind::Slice(self.rtype(e)),
            TypeKind::Array(n, e) => RKind::Array(n, self.rtype(e)),
            TypeKind::Map(k, v) => RKind::Map(self.rtype(k), self.rtype(v)),
            TypeKind::Chan(d, e) => RKind::Chan(
                match d {
                    ast::ChanDir::Both => 0,
                    ast::ChanDir::Send => 1,
                    ast::ChanDir::Recv => 2,
                },
                self.rtype(e),
            ),
            TypeKind::Func(_) => RKind::Func,
            TypeKind::Interface(it) => {
                let mut syms: Vec<u32> = it
                    .methods
                    .iter()
                    .map(|(n, sig)| self.method_symbol(n, *sig))
                    .collect();
                syms.sort();
                RKind::Interface(syms)
            }
            TypeKind::Struct(fields) => RKind::Struct(
                fields
                    .iter()
                    .map(|f| RField {
                        name: f.name.clone(),
                        ty: self.rtype(f.ty),
                        embedded: f.embedded,
                        exported: f.exported(),
                    })
                    .collect(),
            ),
            TypeKind::Tuple(_) | TypeKind::Invalid | TypeKind::Named(_) => RKind::Nil,
        };
        self.prog.rtypes[id as usize].kind = kind;
        id
    }

    /// Builds the method table of runtime type `id` (for interface calls and fmt).
    fn fill_methods(&mut self, id: RTypeId) {
        let t = self.rtype_src[id as usize];
        if t == TypeId::INVALID || self.types().is_interface(t) {
            return;
        }
        let has_methods = match self.types().kind(t) {
            TypeKind::Named(_) => true,
            TypeKind::Pointer(e) => matches!(self.types().kind(*e), TypeKind::Named(_)),
            TypeKind::Struct(fs) => fs.iter().any(|f| f.embedded),
            _ => false,
        } || matches!(self.types().under(t), TypeKind::Struct(fs) if fs.iter().any(|f| f.embedded));
        if !has_methods {
            return;
        }
        let set = minigo_types::lookup::method_set(self.types(), &self.check.objects, t);
        let mut table = vec![];
        let mut error_method = None;
        let mut string_method = None;
        for (name, sel) in set {
            if sel.kind == SelectionKind::Field {
                continue;
            }
            let f = self.wrapper(Wrapper::Method {
                recv: t,
                name: name.clone(),
            });
            let sym = self.method_symbol(&name, sel.ty);
            table.push((sym, f));
            let sig_ok = matches!(self.types().kind(sel.ty), TypeKind::Func(s) if s.params.is_empty() && s.results.len() == 1 && s.results[0] == TypeId::STRING);
            if sig_ok && name == "Error" {
                error_method = Some(f);
            }
            if sig_ok && name == "String" {
                string_method = Some(f);
            }
        }
        table.sort_by_key(|m| m.0);
        let rt = &mut self.prog.rtypes[id as usize];
        rt.methods = table;
        rt.error_method = error_method;
        rt.string_method = string_method;
    }
}

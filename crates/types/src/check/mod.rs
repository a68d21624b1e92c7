//! The checker's state and shared machinery: objects and scopes, operands, recording
//! into [`Info`], error reporting, and the per-package driver.

mod call;
mod decl;
mod expr;
mod exprstring;
mod initorder;
mod stmt;
mod typexpr;

use std::rc::Rc;

use minigo_syntax::ast::{self, Expr, ExprKind, NodeId};
use minigo_syntax::{Diagnostic, Span};
use rustc_hash::{FxHashMap, FxHashSet};

use crate::constant::CVal;
use crate::info::{Info, Mode, TypeAndValue};
use crate::lookup::default_type;
use crate::objects::{Builtin, ConstValue, ObjId, ObjKind, Object, VarKind};
use crate::ty::{Basic, Interface, Signature, TypeId, TypeKind, TypeTable};
use crate::{Package, PackageSource};

pub(crate) use exprstring::expr_string;

/// An operand's mode (like [`Mode`], plus `Invalid`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum OMode {
    Invalid,
    NoValue,
    Builtin(Builtin),
    Type,
    Const,
    Variable,
    MapIndex,
    CommaOk,
    Value,
}

/// The result of checking an expression.
#[derive(Clone, Debug)]
pub(crate) struct Operand<'a> {
    pub mode: OMode,
    pub ty: TypeId,
    pub val: Option<CVal>,
    /// The expression (for messages and type updates); `None` for synthesized operands.
    pub expr: Option<&'a Expr>,
    pub span: Span,
}

impl<'a> Operand<'a> {
    pub fn invalid(span: Span) -> Operand<'a> {
        Operand {
            mode: OMode::Invalid,
            ty: TypeId::INVALID,
            val: None,
            expr: None,
            span,
        }
    }

    pub fn is_invalid(&self) -> bool {
        self.mode == OMode::Invalid || self.ty == TypeId::INVALID
    }

    pub fn is_nil(&self) -> bool {
        self.ty == TypeId::UNTYPED_NIL
    }
}

/// Resolution state of a package-level object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum State {
    Unresolved,
    InProgress,
    Done,
}

/// Where a package-level object is declared.
#[derive(Clone, Copy, Debug)]
pub(crate) enum DeclKind {
    /// `decls[decl]` is a const group; `spec` declares the name, `src` provides type and
    /// values (differs for implicit repetition), `idx` is the name's index.
    Const {
        file: usize,
        decl: usize,
        spec: usize,
        src: usize,
        idx: usize,
    },
    Var {
        file: usize,
        decl: usize,
        spec: usize,
        idx: usize,
    },
    Type {
        file: usize,
        decl: usize,
        spec: usize,
    },
    Func {
        file: usize,
        decl: usize,
    },
}

/// The function whose body is being checked.
#[derive(Clone, Debug, Default)]
pub(crate) struct FuncCtx {
    pub results: Vec<TypeId>,
    pub named_results: Vec<ObjId>,
}

#[derive(Default)]
pub(crate) struct Scope {
    pub names: FxHashMap<String, ObjId>,
}

/// State for the package being checked.
#[derive(Default)]
pub(crate) struct PkgCtx {
    pub idx: usize,
    pub path: String,
    pub name: String,
    pub files: Rc<Vec<ast::File>>,
    pub scope: FxHashMap<String, ObjId>,
    /// Import names per file.
    pub file_scopes: Vec<FxHashMap<String, ObjId>>,
    pub decls: FxHashMap<ObjId, DeclKind>,
    /// Package-level objects in declaration order (including methods and init funcs).
    pub order: Vec<ObjId>,
    pub init_funcs: Vec<ObjId>,
    /// Imported package objects: (obj, spec span, path, explicit name).
    pub imports: Vec<(ObjId, Span, String, Option<String>)>,
    /// Dependencies (package-level vars and funcs referenced) of each var/func object.
    pub deps: FxHashMap<ObjId, Vec<ObjId>>,
}

pub(crate) struct Checker {
    pub types: TypeTable,
    pub objects: Vec<Object>,
    pub info: Info,
    pub diags: Vec<Diagnostic>,
    pub universe: FxHashMap<String, ObjId>,
    pub packages: Vec<Package>,
    /// Exact values of constants.
    pub cvals: FxHashMap<ObjId, CVal>,
    pub state: FxHashMap<ObjId, State>,
    pub used: FxHashSet<ObjId>,
    pub pkg: PkgCtx,
    pub cur_file: usize,
    pub scopes: Vec<Scope>,
    pub fctx: FuncCtx,
    /// The package-level var/func whose dependencies are being collected.
    pub dep_owner: Option<ObjId>,
    /// The value of `iota` when checking a constant declaration.
    pub iota: Option<i128>,
    /// Local variables declared (checked for use at the end).
    pub locals: Vec<ObjId>,
    /// Type-switch binders: (binder span, name, clause objects).
    pub ts_binders: Vec<(Span, String, Vec<ObjId>)>,
    /// Map key types to check for comparability once all types are complete.
    pub delayed_keys: Vec<(TypeId, Span, String)>,
    /// Named types whose declarations completed (to check for invalid recursion).
    pub named_done: Vec<(TypeId, Span)>,
    pub error_type: TypeId,
    /// A type spelled by an alias name in the declaration being checked (`byte`, `rune`).
    pub alias_hint: Option<(TypeId, String)>,
    /// `missing function body` errors (gc reports them only when there are no others).
    pub missing_bodies: Vec<Diagnostic>,
    /// Set by `init_var_type` when the initialisation failed.
    pub last_init_failed: bool,
    /// File names and line starts (by `FileId`), when the caller provided sources.
    pub positions: Vec<(String, Vec<usize>)>,
}

pub(crate) fn is_blank(name: &str) -> bool {
    name == "_"
}

impl Checker {
    pub fn new() -> Checker {
        let mut c = Checker {
            types: TypeTable::new(),
            objects: vec![],
            info: Info::default(),
            diags: vec![],
            universe: FxHashMap::default(),
            packages: vec![],
            cvals: FxHashMap::default(),
            state: FxHashMap::default(),
            used: FxHashSet::default(),
            pkg: PkgCtx::default(),
            cur_file: 0,
            scopes: vec![],
            fctx: FuncCtx::default(),
            dep_owner: None,
            iota: None,
            locals: vec![],
            ts_binders: vec![],
            delayed_keys: vec![],
            named_done: vec![],
            error_type: TypeId::INVALID,
            alias_hint: None,
            missing_bodies: vec![],
            last_init_failed: false,
            positions: vec![],
        };
        c.init_universe();
        c
    }

    fn init_universe(&mut self) {
        let basics = [
            ("bool", TypeId::BOOL),
            ("int", TypeId::INT),
            ("int8", TypeId::INT8),
            ("int16", TypeId::INT16),
            ("int32", TypeId::INT32),
            ("rune", TypeId::INT32),
            ("int64", TypeId::INT64),
            ("uint", TypeId::UINT),
            ("uint8", TypeId::UINT8),
            ("byte", TypeId::UINT8),
            ("uint16", TypeId::UINT16),
            ("uint32", TypeId::UINT32),
            ("uint64", TypeId::UINT64),
            ("uintptr", TypeId::UINTPTR),
            ("float32", TypeId::FLOAT32),
            ("float64", TypeId::FLOAT64),
            ("string", TypeId::STRING),
            ("any", TypeId::EMPTY_INTERFACE),
        ];
        for (n, t) in basics {
            self.universe_obj(n, ObjKind::TypeName, t);
        }
        // error: a named interface type with pkg "".
        let err_obj = ObjId(self.objects.len() as u32);
        let et = self.types.new_named("error", "", Some(err_obj));
        let sig = self.types.intern(TypeKind::Func(Signature {
            params: vec![],
            results: vec![TypeId::STRING],
            variadic: false,
        }));
        let iface = self.types.intern(TypeKind::Interface(Interface {
            methods: vec![("Error".into(), sig)],
        }));
        if let TypeKind::Named(i) = self.types.kind(et).clone() {
            self.types.named[i.0 as usize].underlying = iface;
        }
        self.universe_obj("error", ObjKind::TypeName, et);
        self.error_type = et;
        self.universe_obj(
            "true",
            ObjKind::Const(ConstValue::Bool(true)),
            TypeId::UNTYPED_BOOL,
        );
        self.universe_obj(
            "false",
            ObjKind::Const(ConstValue::Bool(false)),
            TypeId::UNTYPED_BOOL,
        );
        self.universe_obj(
            "iota",
            ObjKind::Const(ConstValue::Int(0)),
            TypeId::UNTYPED_INT,
        );
        self.universe_obj("nil", ObjKind::Nil, TypeId::UNTYPED_NIL);
        let builtins = [
            ("append", Builtin::Append),
            ("cap", Builtin::Cap),
            ("clear", Builtin::Clear),
            ("close", Builtin::Close),
            ("copy", Builtin::Copy),
            ("delete", Builtin::Delete),
            ("len", Builtin::Len),
            ("make", Builtin::Make),
            ("max", Builtin::Max),
            ("min", Builtin::Min),
            ("new", Builtin::New),
            ("panic", Builtin::Panic),
            ("print", Builtin::Print),
            ("println", Builtin::Println),
            ("recover", Builtin::Recover),
        ];
        for (n, b) in builtins {
            self.universe_obj(n, ObjKind::Builtin(b), TypeId::INVALID);
        }
        let t = self.universe["true"];
        self.cvals.insert(t, CVal::Bool(true));
        let f = self.universe["false"];
        self.cvals.insert(f, CVal::Bool(false));
    }

    fn universe_obj(&mut self, name: &str, kind: ObjKind, ty: TypeId) -> ObjId {
        let id = self.new_obj(name, kind, ty, Span::default(), "");
        self.universe.insert(name.to_string(), id);
        id
    }

    pub fn new_obj(
        &mut self,
        name: &str,
        kind: ObjKind,
        ty: TypeId,
        span: Span,
        pkg: &str,
    ) -> ObjId {
        let id = ObjId(self.objects.len() as u32);
        self.objects.push(Object {
            name: name.to_string(),
            kind,
            ty,
            span,
            pkg: pkg.to_string(),
        });
        id
    }

    pub fn obj(&self, id: ObjId) -> &Object {
        &self.objects[id.0 as usize]
    }

    pub fn obj_mut(&mut self, id: ObjId) -> &mut Object {
        &mut self.objects[id.0 as usize]
    }

    // ----- diagnostics -----

    /// Reports an error; a multi-line message keeps its first line as the message and
    /// the rest (Go's indented `have`/`want` details) as help.
    pub fn error(&mut self, span: Span, msg: impl Into<String>) {
        let msg: String = msg.into();
        match msg.split_once('\n') {
            Some((first, rest)) => {
                let help = rest.lines().map(str::trim).collect::<Vec<_>>().join("\n");
                self.diags
                    .push(Diagnostic::error(span, first).with_help(help));
            }
            None => self.diags.push(Diagnostic::error(span, msg)),
        }
    }

    pub fn error_help(&mut self, span: Span, msg: impl Into<String>, help: impl Into<String>) {
        self.diags
            .push(Diagnostic::error(span, msg).with_help(help));
    }

    /// ` at file.go:L:C` for a span when source names are known (empty otherwise).
    pub fn at_pos(&self, span: Span) -> String {
        let Some((name, starts)) = self.positions.get(span.file.0 as usize) else {
            return String::new();
        };
        let off = span.lo as usize;
        let line = match starts.binary_search(&off) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let col = off - starts.get(line).copied().unwrap_or(0) + 1;
        format!(" at {name}:{}:{col}", line + 1)
    }

    /// Spells a type for messages in the current package, as types2 does
    /// (`interface{}`, `struct{X int}`, `strings.Builder`).
    pub fn tstr(&self, t: TypeId) -> String {
        if let Some((ht, name)) = &self.alias_hint
            && *ht == t
        {
            return name.clone();
        }
        let mut s = String::new();
        self.write_msg_type(&mut s, t, 0);
        s
    }

    fn write_msg_type(&self, s: &mut String, t: TypeId, depth: usize) {
        if depth > 50 {
            s.push('…');
            return;
        }
        let d = depth + 1;
        match self.types.kind(t) {
            TypeKind::Named(i) => {
                let n = &self.types.named[i.0 as usize];
                if !n.pkg.is_empty() && n.pkg != self.pkg.path {
                    let pname = self
                        .packages
                        .iter()
                        .find(|p| p.path == n.pkg)
                        .map_or(n.pkg.as_str(), |p| p.name.as_str());
                    s.push_str(pname);
                    s.push('.');
                }
                s.push_str(&n.name);
            }
            TypeKind::Pointer(e) => {
                s.push('*');
                self.write_msg_type(s, *e, d);
            }
            TypeKind::Slice(e) => {
                s.push_str("[]");
                self.write_msg_type(s, *e, d);
            }
            TypeKind::Array(n, e) => {
                s.push_str(&format!("[{n}]"));
                self.write_msg_type(s, *e, d);
            }
            TypeKind::Map(k, v) => {
                s.push_str("map[");
                self.write_msg_type(s, *k, d);
                s.push(']');
                self.write_msg_type(s, *v, d);
            }
            TypeKind::Chan(dir, e) => {
                s.push_str(match dir {
                    ast::ChanDir::Both => "chan ",
                    ast::ChanDir::Send => "chan<- ",
                    ast::ChanDir::Recv => "<-chan ",
                });
                let paren = *dir != ast::ChanDir::Send
                    && matches!(self.types.kind(*e), TypeKind::Chan(ast::ChanDir::Recv, _));
                if paren {
                    s.push('(');
                }
                self.write_msg_type(s, *e, d);
                if paren {
                    s.push(')');
                }
            }
            TypeKind::Struct(fields) => {
                s.push_str("struct{");
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        s.push_str("; ");
                    }
                    if !f.embedded {
                        s.push_str(&f.name);
                        s.push(' ');
                    }
                    self.write_msg_type(s, f.ty, d);
                }
                s.push('}');
            }
            TypeKind::Func(sig) => {
                s.push_str("func");
                self.write_msg_sig(s, sig, d);
            }
            TypeKind::Interface(it) => {
                s.push_str("interface{");
                for (i, (name, sig)) in it.methods.iter().enumerate() {
                    if i > 0 {
                        s.push_str("; ");
                    }
                    s.push_str(name);
                    if let TypeKind::Func(sig) = self.types.kind(*sig) {
                        self.write_msg_sig(s, sig, d);
                    }
                }
                s.push('}');
            }
            TypeKind::Tuple(ts) => {
                s.push('(');
                for (i, e) in ts.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_msg_type(s, *e, d);
                }
                s.push(')');
            }
            _ => s.push_str(&self.types.display(t, false)),
        }
    }

    fn write_msg_sig(&self, s: &mut String, sig: &Signature, d: usize) {
        s.push('(');
        for (i, p) in sig.params.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            if sig.variadic && i + 1 == sig.params.len() {
                s.push_str("...");
                match self.types.kind(*p) {
                    TypeKind::Slice(e) => self.write_msg_type(s, *e, d),
                    _ => self.write_msg_type(s, *p, d),
                }
            } else {
                self.write_msg_type(s, *p, d);
            }
        }
        s.push(')');
        match sig.results.len() {
            0 => {}
            1 => {
                s.push(' ');
                self.write_msg_type(s, sig.results[0], d);
            }
            _ => {
                s.push_str(" (");
                for (i, r) in sig.results.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    self.write_msg_type(s, *r, d);
                }
                s.push(')');
            }
        }
    }

    /// Go's operand description: `x (variable of type int)`, `1 (untyped int constant)`.
    pub fn op_str(&self, x: &Operand<'_>) -> String {
        if x.is_nil() && x.mode != OMode::Type {
            return "nil".into();
        }
        let expr = match &x.expr {
            Some(e) => expr_string(e),
            None => match (&x.mode, &x.val) {
                (OMode::Type, _) => self.tstr(x.ty),
                (OMode::Const, Some(v)) => v.go_string(),
                _ => String::new(),
            },
        };
        let mut s = String::new();
        if !expr.is_empty() {
            s.push_str(&expr);
            s.push_str(" (");
        }
        let mut has_type = false;
        match x.mode {
            OMode::Invalid | OMode::NoValue | OMode::Builtin(_) | OMode::Type => {}
            _ => {
                if self.types.is_untyped(x.ty) {
                    if let TypeKind::Basic(b) = self.types.kind(x.ty) {
                        s.push_str(b.name());
                        s.push(' ');
                    }
                } else {
                    has_type = true;
                }
            }
        }
        s.push_str(match x.mode {
            OMode::Invalid => "invalid operand",
            OMode::NoValue => "no value",
            OMode::Builtin(_) => "built-in",
            OMode::Type => "type",
            OMode::Const => "constant",
            OMode::Variable => "variable",
            OMode::MapIndex => "map index expression",
            OMode::CommaOk => "comma, ok expression",
            OMode::Value => "value",
        });
        if x.mode == OMode::Const
            && let Some(v) = &x.val
        {
            let vs = v.go_string();
            if vs != expr {
                s.push(' ');
                s.push_str(&vs);
            }
        }
        if has_type {
            if x.ty != TypeId::INVALID {
                s.push_str(" of type ");
                s.push_str(&self.tstr(x.ty));
            } else {
                s.push_str(" with invalid type");
            }
        }
        if !expr.is_empty() {
            s.push(')');
        }
        s
    }

    // ----- recording -----

    pub fn record(&mut self, id: NodeId, mode: OMode, ty: TypeId, val: Option<&CVal>) {
        let m = match mode {
            OMode::Invalid => Mode::Value,
            OMode::NoValue => Mode::NoValue,
            OMode::Builtin(b) => Mode::Builtin(b),
            OMode::Type => Mode::Type,
            OMode::Const => Mode::Const,
            OMode::Variable => Mode::Variable,
            OMode::MapIndex => Mode::MapIndex,
            OMode::CommaOk => Mode::CommaOk,
            OMode::Value => Mode::Value,
        };
        let value = if m == Mode::Const {
            val.map(|v| self.const_value(v, ty))
        } else {
            None
        };
        self.info
            .types
            .insert(id, TypeAndValue { mode: m, ty, value });
    }

    pub fn const_value(&self, v: &CVal, ty: TypeId) -> ConstValue {
        let b = self.types.basic(ty).unwrap_or(Basic::UntypedInt);
        let b = match b {
            Basic::UntypedFloat => Basic::Float64,
            b => b,
        };
        v.to_const_value(b)
    }

    pub fn record_def(&mut self, id: &ast::Ident, obj: ObjId) {
        self.info.defs.insert(id.id, obj);
    }

    pub fn record_use(&mut self, id: &ast::Ident, obj: ObjId) {
        self.info.uses.insert(id.id, obj);
    }

    /// Updates the recorded type (and value) of an untyped expression tree once its
    /// final type is known (types2's `updateExprType`).
    pub fn update_expr_type(&mut self, e: &Expr, target: TypeId) {
        let mut stack = vec![e];
        while let Some(e) = stack.pop() {
            let Some(tv) = self.info.types.get(&e.id) else {
                continue;
            };
            if !self.types.is_untyped(tv.ty) {
                continue;
            }
            let old = tv.ty;
            match &e.kind {
                ExprKind::Paren(x) => stack.push(x),
                ExprKind::Unary(op, x)
                    if !matches!(op, ast::UnaryOp::Recv | ast::UnaryOp::Addr) =>
                {
                    stack.push(x)
                }
                ExprKind::Binary(op, l, r) => {
                    use ast::BinaryOp::*;
                    match op {
                        Eq | Ne | Lt | Le | Gt | Ge => {}
                        Shl | Shr => stack.push(l),
                        _ => {
                            stack.push(l);
                            stack.push(r);
                        }
                    }
                }
                _ => {}
            }
            // Comparison results stay untyped bool until converted themselves.
            let new_ty = if old == TypeId::UNTYPED_NIL && !self.types.is_untyped(target) {
                target
            } else if old == TypeId::UNTYPED_NIL {
                old
            } else {
                target
            };
            let tv = self.info.types.get_mut(&e.id).expect("present");
            tv.ty = new_ty;
            if let Some(v) = tv.value.take() {
                let cv = CVal::from_const_value(&v);
                let b = self.types.basic(new_ty);
                let cv2 = match b {
                    Some(b) => crate::constant::represent(&cv, b).unwrap_or(cv),
                    None => cv,
                };
                let nv = match b {
                    Some(b) if !b.is_untyped() => cv2.to_const_value(b),
                    _ => v,
                };
                self.info.types.get_mut(&e.id).expect("present").value = Some(nv);
            }
        }
    }

    /// Gives every still-untyped recorded expression its default type.
    pub fn default_untyped_records(&mut self) {
        let ids: Vec<NodeId> = self
            .info
            .types
            .iter()
            .filter(|(_, tv)| tv.ty != TypeId::UNTYPED_NIL && self.types.is_untyped(tv.ty))
            .map(|(k, _)| *k)
            .collect();
        for id in ids {
            let tv = self.info.types.get_mut(&id).expect("present");
            let d = default_type(tv.ty);
            tv.ty = d;
            if let Some(v) = &tv.value {
                let b = match d {
                    TypeId::FLOAT64 => Basic::Float64,
                    TypeId::INT32 => Basic::Int32,
                    TypeId::STRING => Basic::String,
                    TypeId::BOOL => Basic::Bool,
                    _ => Basic::Int,
                };
                tv.value = Some(CVal::from_const_value(v).to_const_value(b));
            }
        }
    }

    // ----- scopes -----

    pub fn open_scope(&mut self) {
        self.scopes.push(Scope::default());
    }

    pub fn close_scope(&mut self) {
        self.scopes.pop();
    }

    /// Declares a local object in the innermost scope (reporting redeclarations).
    pub fn declare_local(&mut self, ident: &ast::Ident, obj: ObjId) -> bool {
        self.record_def(ident, obj);
        if is_blank(&ident.name) {
            return true;
        }
        if let Some(s) = self.scopes.last_mut() {
            if let Some(&prev) = s.names.get(&ident.name) {
                let pspan = self.obj(prev).span;
                self.diags.push(
                    Diagnostic::error(
                        ident.span,
                        format!("{} redeclared in this block", ident.name),
                    )
                    .with_note(pspan, format!("other declaration of {}", ident.name)),
                );
                return false;
            }
            s.names.insert(ident.name.clone(), obj);
        }
        true
    }

    /// Looks a name up through local scopes, the file scope, the package scope and the universe.
    pub fn lookup_name(&self, name: &str) -> Option<ObjId> {
        for s in self.scopes.iter().rev() {
            if let Some(&o) = s.names.get(name) {
                return Some(o);
            }
        }
        if let Some(fs) = self.pkg.file_scopes.get(self.cur_file)
            && let Some(&o) = fs.get(name)
        {
            return Some(o);
        }
        if let Some(&o) = self.pkg.scope.get(name) {
            return Some(o);
        }
        self.universe.get(name).copied()
    }

    pub fn new_var(&mut self, ident: &ast::Ident, kind: VarKind, ty: TypeId) -> ObjId {
        let path = self.pkg.path.clone();
        self.new_obj(&ident.name, ObjKind::Var(kind), ty, ident.span, &path)
    }

    /// Runs `f` in the package-level environment of file `file` (used to resolve
    /// package-level declarations lazily from anywhere).
    pub fn with_pkg_env<R>(&mut self, file: usize, f: impl FnOnce(&mut Checker) -> R) -> R {
        let scopes = std::mem::take(&mut self.scopes);
        let fctx = std::mem::take(&mut self.fctx);
        let cur_file = std::mem::replace(&mut self.cur_file, file);
        let iota = self.iota.take();
        let locals = std::mem::take(&mut self.locals);
        let binders = std::mem::take(&mut self.ts_binders);
        let r = f(self);
        self.locals = locals;
        self.ts_binders = binders;
        self.scopes = scopes;
        self.fctx = fctx;
        self.cur_file = cur_file;
        self.iota = iota;
        r
    }

    // ----- driver -----

    pub fn check_package(&mut self, src: PackageSource) {
        let idx = self.packages.len();
        let name = src
            .files
            .first()
            .map(|f| f.package.name.clone())
            .unwrap_or_else(|| src.path.clone());
        self.pkg = PkgCtx {
            idx,
            path: src.path.clone(),
            name: name.clone(),
            files: Rc::new(src.files),
            file_scopes: vec![],
            ..PkgCtx::default()
        };
        self.collect();
        self.resolve_all();
        self.check_bodies();
        let var_inits = self.init_order();
        self.check_unused_imports();
        if self.pkg.path == "main"
            && !self
                .pkg
                .scope
                .get("main")
                .is_some_and(|&o| matches!(self.obj(o).kind, ObjKind::Func(_)))
        {
            // A link-time error in gc: reported only when nothing else is wrong.
            let span = self
                .pkg
                .files
                .first()
                .map_or(Span::default(), |f| f.package.span);
            self.missing_bodies.push(Diagnostic::error(
                span,
                "function main is undeclared in the main package",
            ));
        }
        let files =
            Rc::try_unwrap(std::mem::take(&mut self.pkg.files)).unwrap_or_else(|rc| (*rc).clone());
        let pkg = std::mem::take(&mut self.pkg);
        self.packages.push(Package {
            path: pkg.path,
            name,
            files,
            scope: pkg.scope,
            var_inits,
            init_funcs: pkg.init_funcs,
        });
    }

    fn check_unused_imports(&mut self) {
        let imports = std::mem::take(&mut self.pkg.imports);
        for (obj, span, path, name) in &imports {
            if !self.used.contains(obj) {
                let elem = path.rsplit('/').next().unwrap_or(path);
                let msg = match name {
                    Some(n) if n != elem => format!("{:?} imported as {} and not used", path, n),
                    _ => format!("{:?} imported and not used", path),
                };
                self.error(*span, msg);
            }
        }
        self.pkg.imports = imports;
    }

    /// Reports unused local variables and type-switch binders.
    pub fn report_unused(&mut self) {
        let locals = std::mem::take(&mut self.locals);
        for o in locals {
            if !self.used.contains(&o) {
                let ob = self.obj(o);
                if !is_blank(&ob.name) {
                    let msg = format!("declared and not used: {}", ob.name);
                    let span = ob.span;
                    self.error(span, msg);
                }
            }
        }
        let binders = std::mem::take(&mut self.ts_binders);
        for (span, name, objs) in binders {
            if !objs.iter().any(|o| self.used.contains(o)) && !is_blank(&name) {
                self.error(span, format!("declared and not used: {name}"));
            }
        }
    }
}

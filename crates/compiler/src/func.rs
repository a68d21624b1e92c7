//! The per-function builder: registers, variables, emission helpers, and the
//! compilation of each kind of function (declarations, literals, wrappers, the entry).
//!
//! Registers have one kind for the whole function (scalar or reference, see the
//! bytecode crate's docs); temporaries are recycled per kind at the end of each
//! statement, variables at the end of their scope.
//!
//! Variables live in one of four places ([`VarLoc`]): a register; a heap cell whose
//! address is in a register (variables captured by closures or whose address is taken);
//! a struct/array box whose address is in a register (aggregates are always boxed, and
//! assignment copies into the box); or a global slot.

use minigo_bytecode::{FuncProto, Instr, Reg};
use minigo_syntax::{Span, ast};
use minigo_types::{ObjId, ObjKind, SelectionKind, TypeId, TypeKind};
use rustc_hash::{FxHashMap, FxHashSet};

use crate::{Compiler, FuncSource, Wrapper, escape, passes};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Scalar,
    Ref,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum VarLoc {
    Reg(Reg),
    Cell(Reg),
    Box(Reg),
    Global(u32),
}

/// An expression's value: the register holding it, and whether a struct/array value is a
/// fresh box owned by nobody (`fresh`) or borrowed from a variable, field or element (so
/// it must be copied before being stored anywhere).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Val {
    pub r: Reg,
    pub fresh: bool,
}

pub(crate) struct Loop {
    pub label: Option<String>,
    pub breaks: Vec<usize>,
    pub continues: Vec<usize>,
    /// `false` for switch/select: `continue` skips them.
    pub is_loop: bool,
}

pub(crate) struct FnBuilder<'a, 'c> {
    pub c: &'c mut Compiler<'a>,
    pub name: String,
    pub code: Vec<Instr>,
    pub lines: Vec<u32>,
    pub line: u32,
    pub file: minigo_syntax::FileId,
    kinds: Vec<Kind>,
    free: [Vec<Reg>; 2],
    temps: Vec<Reg>,
    pub vars: FxHashMap<ObjId, VarLoc>,
    /// Registers that hold (or once held) a register-resident variable: values read from
    /// them must be copied before other assignments of the same statement run.
    pub var_regs: Vec<bool>,
    scopes: Vec<Vec<Reg>>,
    pub loops: Vec<Loop>,
    /// Result variables, in order.
    pub results: Vec<(VarLoc, TypeId)>,
    pub result_types: Vec<TypeId>,
    /// Variables that must live in cells.
    pub escaping: FxHashSet<ObjId>,
    pub has_defer: bool,
    /// Jumps to the epilogue (functions with defers).
    pub epilogue_jumps: Vec<usize>,
    pub pending_label: Option<String>,
    pub too_large: bool,
}

const MAX_REGS: usize = 65000;

impl<'a, 'c> FnBuilder<'a, 'c> {
    pub fn new(c: &'c mut Compiler<'a>, name: String, file: minigo_syntax::FileId) -> Self {
        FnBuilder {
            c,
            name,
            code: vec![],
            lines: vec![],
            line: 0,
            file,
            kinds: vec![],
            free: [vec![], vec![]],
            temps: vec![],
            vars: FxHashMap::default(),
            var_regs: vec![],
            scopes: vec![vec![]],
            loops: vec![],
            results: vec![],
            result_types: vec![],
            escaping: FxHashSet::default(),
            has_defer: false,
            epilogue_jumps: vec![],
            pending_label: None,
            too_large: false,
        }
    }

    // ---- types ----

    pub fn types(&self) -> &'a minigo_types::TypeTable {
        self.c.types()
    }

    pub fn kind_of(&self, t: TypeId) -> Kind {
        match self.types().under(t) {
            TypeKind::Basic(b) if !b.is_string() && *b != minigo_types::Basic::UntypedNil => {
                Kind::Scalar
            }
            TypeKind::Basic(_) => Kind::Ref,
            TypeKind::Tuple(_) | TypeKind::Invalid => Kind::Scalar,
            _ => Kind::Ref,
        }
    }

    pub fn is_aggregate(&self, t: TypeId) -> bool {
        matches!(
            self.types().under(t),
            TypeKind::Struct(_) | TypeKind::Array(..)
        )
    }

    pub fn tv(&self, e: &ast::Expr) -> Option<&'a minigo_types::TypeAndValue> {
        self.c.check.info.types.get(&e.id)
    }

    pub fn ty(&self, e: &ast::Expr) -> TypeId {
        self.tv(e).map_or(TypeId::INVALID, |t| t.ty)
    }

    // ---- registers ----

    fn new_reg(&mut self, k: Kind) -> Reg {
        let r = self.kinds.len();
        if r >= MAX_REGS {
            self.too_large = true;
            return 0;
        }
        self.kinds.push(k);
        r as Reg
    }

    /// A temporary register of kind `k`, recycled at the end of the statement.
    pub fn temp(&mut self, k: Kind) -> Reg {
        let r = match self.free[k as usize].pop() {
            Some(r) => r,
            None => self.new_reg(k),
        };
        self.temps.push(r);
        r
    }

    pub fn is_ref_reg(&self, r: Reg) -> bool {
        self.kinds.get(r as usize) == Some(&Kind::Ref)
    }

    pub fn temp_for(&mut self, t: TypeId) -> Reg {
        let k = self.kind_of(t);
        self.temp(k)
    }

    pub fn temp_mark(&self) -> usize {
        self.temps.len()
    }

    pub fn release_temps(&mut self, mark: usize) {
        while self.temps.len() > mark {
            let r = self.temps.pop().expect("len checked");
            let k = self.kinds[r as usize];
            self.free[k as usize].push(r);
        }
    }

    /// A register for a variable, recycled when its scope ends.
    pub fn var_reg(&mut self, k: Kind) -> Reg {
        let r = match self.free[k as usize].pop() {
            Some(r) => r,
            None => self.new_reg(k),
        };
        self.scopes.last_mut().expect("scope").push(r);
        r
    }

    pub fn push_scope(&mut self) {
        self.scopes.push(vec![]);
    }

    pub fn pop_scope(&mut self) {
        if let Some(regs) = self.scopes.pop() {
            for r in regs {
                let k = self.kinds[r as usize];
                self.free[k as usize].push(r);
            }
        }
    }

    // ---- emission ----

    pub fn emit(&mut self, i: Instr) -> usize {
        self.code.push(i);
        self.lines.push(self.line);
        self.code.len() - 1
    }

    pub fn emit_ext(&mut self, val: u32) {
        self.emit(Instr::Ext { val });
    }

    pub fn emit_regs(&mut self, regs: &[Reg]) {
        for chunk in regs.chunks(3) {
            let mut r = [0; 3];
            r[..chunk.len()].copy_from_slice(chunk);
            self.emit(Instr::Regs { r });
        }
    }

    pub fn here(&self) -> usize {
        self.code.len()
    }

    /// Emits a jump whose target is patched later.
    pub fn jump(&mut self) -> usize {
        self.emit(Instr::Jmp { off: -1 })
    }

    pub fn jump_to(&mut self, target: usize) {
        self.emit(Instr::Jmp { off: target as i32 });
    }

    /// Emits a conditional jump taken when `cond` is `when`.
    pub fn jump_if(&mut self, cond: Reg, when: bool) -> usize {
        if when {
            self.emit(Instr::Jt { cond, off: -1 })
        } else {
            self.emit(Instr::Jf { cond, off: -1 })
        }
    }

    /// Sets the absolute target of the jump at `at` (relative offsets come later).
    pub fn patch(&mut self, at: usize, target: usize) {
        let t = target as i32;
        match &mut self.code[at] {
            Instr::Jmp { off } | Instr::Jt { off, .. } | Instr::Jf { off, .. } => *off = t,
            _ => unreachable!("patching a non-jump"),
        }
    }

    pub fn patch_here(&mut self, at: usize) {
        let h = self.here();
        self.patch(at, h);
    }

    pub fn set_line(&mut self, span: Span) {
        if span.file == self.file {
            self.line = self.c.sources.line(span) as u32;
        }
    }

    pub fn load_int(&mut self, dst: Reg, v: i64) {
        if let Ok(small) = i32::try_from(v) {
            self.emit(Instr::LoadInt { dst, val: small });
        } else {
            let idx = self.c.const_word(v as u64);
            self.emit(Instr::LoadConst { dst, idx });
        }
    }

    pub fn mov(&mut self, dst: Reg, src: Reg) {
        if dst != src {
            self.emit(Instr::Move { dst, src });
        }
    }

    // ---- variables ----

    /// Records where variable `obj` lives.
    pub fn bind_var(&mut self, obj: ObjId, loc: VarLoc) {
        if let VarLoc::Reg(r) = loc {
            let r = r as usize;
            if self.var_regs.len() <= r {
                self.var_regs.resize(r + 1, false);
            }
            self.var_regs[r] = true;
        }
        self.vars.insert(obj, loc);
    }

    /// Declares local variable `obj` of type `t` (zero-initialised unless `init` is given;
    /// `init` must be converted to `t` already and owned if it is an aggregate).
    pub fn declare_var(&mut self, obj: ObjId, t: TypeId, init: Option<Val>) -> VarLoc {
        let rt_needed = self.is_aggregate(t) || self.escaping.contains(&obj);
        let loc = if self.is_aggregate(t) {
            let r = self.var_reg(Kind::Ref);
            match init {
                Some(v) => {
                    let v = self.owned(v, t);
                    self.mov(r, v.r)
                }
                None => self.zero_into(r, t),
            }
            VarLoc::Box(r)
        } else if self.escaping.contains(&obj) {
            let r = self.var_reg(Kind::Ref);
            let rt = self.c.rtype(t);
            self.emit(Instr::Alloc { dst: r });
            self.emit_ext(rt);
            if let Some(v) = init {
                self.emit(Instr::Store { ptr: r, src: v.r });
            }
            VarLoc::Cell(r)
        } else {
            let k = self.kind_of(t);
            let r = self.var_reg(k);
            match init {
                Some(v) => self.mov(r, v.r),
                None => self.emit_zero(r),
            }
            VarLoc::Reg(r)
        };
        let _ = rt_needed;
        self.bind_var(obj, loc);
        loc
    }

    pub fn emit_zero(&mut self, r: Reg) {
        self.emit(Instr::LoadInt { dst: r, val: 0 });
    }

    /// Writes the zero value of `t` into `r` (a fresh box for aggregates).
    pub fn zero_into(&mut self, r: Reg, t: TypeId) {
        if self.is_aggregate(t) {
            let rt = self.c.rtype(t);
            self.emit(Instr::Alloc { dst: r });
            self.emit_ext(rt);
        } else {
            self.emit_zero(r);
        }
    }

    /// `v` as an owned value: borrowed struct/array boxes are copied.
    pub fn owned(&mut self, v: Val, t: TypeId) -> Val {
        if v.fresh || !self.is_aggregate(t) {
            return Val {
                r: v.r,
                fresh: true,
            };
        }
        let rt = self.c.rtype(t);
        let d = self.temp(Kind::Ref);
        self.emit(Instr::Clone { dst: d, src: v.r });
        self.emit_ext(rt);
        Val { r: d, fresh: true }
    }

    pub fn load_var(&mut self, loc: VarLoc, t: TypeId) -> Val {
        match loc {
            VarLoc::Reg(r) | VarLoc::Box(r) => Val { r, fresh: false },
            VarLoc::Cell(c) => {
                let d = self.temp_for(t);
                self.emit(Instr::Load { dst: d, ptr: c });
                Val { r: d, fresh: false }
            }
            VarLoc::Global(i) => {
                let d = self.temp_for(t);
                self.emit(Instr::LoadGlobal { dst: d, idx: i });
                Val { r: d, fresh: false }
            }
        }
    }

    /// Stores `v` (already converted to `t`) into a variable.
    pub fn store_var(&mut self, loc: VarLoc, t: TypeId, v: Val) {
        if self.is_aggregate(t) {
            let rt = self.c.rtype(t);
            let dst = match loc {
                VarLoc::Box(r) | VarLoc::Reg(r) => r,
                VarLoc::Cell(c) => {
                    let d = self.temp(Kind::Ref);
                    self.emit(Instr::Load { dst: d, ptr: c });
                    d
                }
                VarLoc::Global(i) => {
                    let d = self.temp(Kind::Ref);
                    self.emit(Instr::LoadGlobal { dst: d, idx: i });
                    d
                }
            };
            self.emit(Instr::CopyInto { dst, src: v.r });
            self.emit_ext(rt);
            return;
        }
        match loc {
            VarLoc::Reg(r) | VarLoc::Box(r) => self.mov(r, v.r),
            VarLoc::Cell(c) => {
                self.emit(Instr::Store { ptr: c, src: v.r });
            }
            VarLoc::Global(i) => {
                self.emit(Instr::StoreGlobal { src: v.r, idx: i });
            }
        }
    }

    /// The location of a variable object (local, captured, or global).
    pub fn var_loc(&self, obj: ObjId) -> Option<VarLoc> {
        self.vars
            .get(&obj)
            .copied()
            .or_else(|| self.c.globals.get(&obj).map(|&g| VarLoc::Global(g)))
    }

    // ---- function bodies ----

    /// Declares the parameters (already in registers `0..n`: receiver first) of a function.
    fn params(
        &mut self,
        recv: Option<(&ast::Param, TypeId)>,
        sig: &ast::FuncSig,
        types: &[TypeId],
    ) -> u16 {
        let mut ps: Vec<(&ast::Param, TypeId)> = vec![];
        if let Some(r) = recv {
            ps.push(r);
        }
        ps.extend(sig.params.iter().zip(types.iter().copied()));
        let mut regs = vec![];
        for &(_, t) in &ps {
            let k = self.kind_of(t);
            let r = self.new_reg(k);
            regs.push(r);
        }
        for (&(p, t), r) in ps.iter().zip(regs) {
            let Some(name) = &p.name else { continue };
            let Some(&obj) = self.c.check.info.defs.get(&name.id) else {
                continue;
            };
            if self.is_aggregate(t) {
                self.vars.insert(obj, VarLoc::Box(r));
            } else if self.escaping.contains(&obj) {
                let cell = self.var_reg(Kind::Ref);
                let rt = self.c.rtype(t);
                self.emit(Instr::Alloc { dst: cell });
                self.emit_ext(rt);
                self.emit(Instr::Store { ptr: cell, src: r });
                self.vars.insert(obj, VarLoc::Cell(cell));
            } else {
                self.bind_var(obj, VarLoc::Reg(r));
            }
        }
        ps.len() as u16
    }

    fn declare_results(&mut self, sig: &ast::FuncSig, result_types: &[TypeId]) {
        self.result_types = result_types.to_vec();
        for (i, &t) in result_types.iter().enumerate() {
            let named = sig
                .results
                .get(i)
                .and_then(|p| p.name.as_ref())
                .and_then(|n| self.c.check.info.defs.get(&n.id).copied());
            match named {
                Some(obj) => {
                    let loc = self.declare_var(obj, t, None);
                    self.results.push((loc, t));
                }
                None => {
                    if self.has_defer {
                        let k = self.kind_of(t);
                        let r = self.var_reg(k);
                        self.zero_into(r, t);
                        let loc = if self.is_aggregate(t) {
                            VarLoc::Box(r)
                        } else {
                            VarLoc::Reg(r)
                        };
                        self.results.push((loc, t));
                    }
                }
            }
        }
    }

    /// Compiles a function body: statements, then the implicit return, then (for
    /// functions with defers) the epilogue.
    fn body(&mut self, body: &'a ast::Block) -> Option<u32> {
        self.block_stmts(&body.stmts);
        self.set_line(Span {
            lo: body.span.hi.saturating_sub(1),
            ..body.span
        });
        // Falling off the end: only possible without results (the checker enforces
        // terminating statements otherwise).
        if self.has_defer {
            let j = self.jump();
            self.epilogue_jumps.push(j);
            let epilogue = self.here();
            for j in std::mem::take(&mut self.epilogue_jumps) {
                self.patch(j, epilogue);
            }
            self.emit(Instr::RunDefers);
            let mark = self.temp_mark();
            let mut regs = vec![];
            let results = self.results.clone();
            for (loc, t) in results {
                let v = self.load_var(loc, t);
                let v = self.owned(v, t);
                regs.push(v.r);
            }
            self.emit(Instr::Ret {
                n: regs.len() as u8,
            });
            self.emit_regs(&regs);
            self.release_temps(mark);
            Some(epilogue as u32)
        } else {
            let mut regs = vec![];
            let results = self.results.clone();
            let mark = self.temp_mark();
            for (loc, t) in results {
                let v = self.load_var(loc, t);
                let v = self.owned(v, t);
                regs.push(v.r);
            }
            self.emit(Instr::Ret {
                n: regs.len() as u8,
            });
            self.emit_regs(&regs);
            self.release_temps(mark);
            None
        }
    }

    pub fn finish(
        self,
        nparams: u16,
        nresults: u16,
        recover_pc: Option<u32>,
        hidden: bool,
        file: u32,
    ) -> FuncProto {
        let mut proto = FuncProto {
            name: self.name.clone(),
            nparams,
            nresults,
            nregs: self.kinds.len() as u16,
            ptr_regs: vec![],
            code: self.code,
            lines: self.lines,
            file,
            ncaptures: 0,
            hidden,
            recover_pc,
        };
        for (i, k) in self.kinds.iter().enumerate() {
            if *k == Kind::Ref {
                proto.set_ptr_reg(i);
            }
        }
        passes::insert_safepoints(&mut proto);
        passes::resolve_jumps(&mut proto);
        if cfg!(debug_assertions)
            && let Err(e) = passes::verify(&proto)
        {
            panic!("internal compiler error in {}: {e}", proto.name);
        }
        proto
    }
}

/// Compiles function-table slot `slot` from its source.
pub(crate) fn compile_function<'a>(
    c: &mut Compiler<'a>,
    slot: u32,
    src: FuncSource<'a>,
) -> FuncProto {
    let _ = slot;
    match src {
        FuncSource::Decl(obj) => {
            let name = c.func_name(obj);
            let Some(decl) = find_decl(c, obj) else {
                return FuncProto {
                    name,
                    ..Default::default()
                };
            };
            let span = decl.span;
            let file = c.file_id(span);
            let sig_ty = c.obj(obj).ty;
            let (param_types, result_types) = match c.types().kind(sig_ty) {
                TypeKind::Func(s) => (s.params.clone(), s.results.clone()),
                _ => (vec![], vec![]),
            };
            let recv_ty = match &c.obj(obj).kind {
                ObjKind::Func(fi) => fi.recv.map(|r| {
                    if fi.ptr_recv {
                        c.check.types.pointer_of(r).unwrap_or(r)
                    } else {
                        r
                    }
                }),
                _ => None,
            };
            let mut b = FnBuilder::new(c, name, span.file);
            b.set_line(decl.name.span);
            let Some(body) = &decl.body else {
                return b.finish(0, 0, None, false, file);
            };
            b.escaping = escape::escaping_vars(
                b.c.check,
                body,
                decl.sig.results.as_slice(),
                decl.recv.as_ref(),
                &decl.sig.params,
            );
            b.has_defer = escape::has_defer(body);
            let recv = decl.recv.as_ref().zip(recv_ty);
            let nparams = b.params(recv, &decl.sig, &param_types);
            b.declare_results(&decl.sig, &result_types);
            let rpc = b.body(body);
            let too_large = b.too_large;
            let p = b.finish(nparams, result_types.len() as u16, rpc, false, file);
            if too_large {
                c.error(
                    span,
                    "function too large to compile (more than 65000 registers)",
                );
            }
            p
        }
        FuncSource::Lit {
            expr,
            captures,
            name,
        } => {
            let ast::ExprKind::FuncLit { sig, body } = &expr.kind else {
                return FuncProto {
                    name,
                    ..Default::default()
                };
            };
            let file = c.file_id(expr.span);
            let sig_ty = c
                .check
                .info
                .types
                .get(&expr.id)
                .map_or(TypeId::INVALID, |t| t.ty);
            let (param_types, result_types) = match c.types().kind(sig_ty) {
                TypeKind::Func(s) => (s.params.clone(), s.results.clone()),
                _ => (vec![], vec![]),
            };
            let mut b = FnBuilder::new(c, name, expr.span.file);
            b.set_line(expr.span);
            b.escaping =
                escape::escaping_vars(b.c.check, body, sig.results.as_slice(), None, &sig.params);
            b.has_defer = escape::has_defer(body);
            let nparams = b.params(None, sig, &param_types);
            // Captured variables: cells or boxes, loaded from the closure.
            for (i, &obj) in captures.iter().enumerate() {
                let r = b.var_reg(Kind::Ref);
                b.emit(Instr::LoadCapture {
                    dst: r,
                    idx: i as u16,
                });
                let t = b.c.obj(obj).ty;
                let loc = if b.is_aggregate(t) {
                    VarLoc::Box(r)
                } else {
                    VarLoc::Cell(r)
                };
                b.vars.insert(obj, loc);
            }
            b.declare_results(sig, &result_types);
            let rpc = b.body(body);
            let mut p = b.finish(nparams, result_types.len() as u16, rpc, false, file);
            p.ncaptures = captures.len() as u16;
            p
        }
        FuncSource::Wrapper(w) => compile_wrapper(c, w),
        FuncSource::Entry => compile_entry(c),
    }
}

fn find_decl<'a>(c: &Compiler<'a>, obj: ObjId) -> Option<&'a ast::FuncDecl> {
    let ObjKind::Func(fi) = &c.obj(obj).kind else {
        return None;
    };
    let d = fi.decl?;
    let pkg = c.check.packages.get(d.pkg as usize)?;
    match pkg.files.get(d.file as usize)?.decls.get(d.decl as usize)? {
        ast::TopDecl::Func(f) => Some(f),
        _ => None,
    }
}

/// The program entry: initialise every package's variables in order, run `init`
/// functions, call `main.main`.
fn compile_entry(c: &mut Compiler<'_>) -> FuncProto {
    let check = c.check;
    let mut b = FnBuilder::new(c, "runtime.main".to_string(), minigo_syntax::FileId(0));
    for pkg in &check.packages {
        for init in &pkg.var_inits {
            b.set_line(init.rhs.span);
            let mark = b.temp_mark();
            b.escaping = escape::escaping_in_expr(check, &init.rhs);
            b.global_init(init);
            b.release_temps(mark);
        }
        for &f in &pkg.init_funcs {
            let idx = b.c.func_index(f);
            b.emit(Instr::Call {
                func: idx,
                nargs: 0,
                nret: 0,
            });
        }
    }
    if let Some(main) = check.packages.iter().find(|p| p.path == "main")
        && let Some(&m) = main.scope.get("main")
    {
        let idx = b.c.func_index(m);
        b.emit(Instr::Call {
            func: idx,
            nargs: 0,
            nret: 0,
        });
    }
    b.emit(Instr::Ret { n: 0 });
    b.finish(0, 0, None, true, 0)
}

/// Generated adapters (see [`Wrapper`]).
fn compile_wrapper(c: &mut Compiler<'_>, w: Wrapper) -> FuncProto {
    match w {
        Wrapper::Method { recv, name } => {
            let sel = minigo_types::lookup::lookup_field_or_method(
                c.types(),
                &c.check.objects,
                recv,
                &name,
            );
            let tn = c.types().display(recv, true);
            let mut b = FnBuilder::new(c, format!("{tn}.{name}"), minigo_syntax::FileId(0));
            let Some(sel) = sel else {
                return b.finish(0, 0, None, true, 0);
            };
            let sig = match b.types().kind(sel.ty) {
                TypeKind::Func(s) => s.clone(),
                _ => return b.finish(0, 0, None, true, 0),
            };
            let rk = b.kind_of(recv);
            let rreg = b.new_reg(rk);
            let mut args = vec![];
            for &p in &sig.params {
                let k = b.kind_of(p);
                args.push(b.new_reg(k));
            }
            let nparams = 1 + args.len() as u16;
            let rets = b.call_selected_method(
                Val {
                    r: rreg,
                    fresh: false,
                },
                recv,
                &sel,
                &args,
                &sig.results,
            );
            b.emit(Instr::Ret {
                n: rets.len() as u8,
            });
            b.emit_regs(&rets);
            b.finish(nparams, sig.results.len() as u16, None, true, 0)
        }
        Wrapper::Bound { recv, name } => {
            let sel = minigo_types::lookup::lookup_field_or_method(
                c.types(),
                &c.check.objects,
                recv,
                &name,
            );
            let tn = c.types().display(recv, true);
            let m = c.wrapper(Wrapper::Method {
                recv,
                name: name.clone(),
            });
            let mut b = FnBuilder::new(c, format!("{tn}.{name}-fm"), minigo_syntax::FileId(0));
            let Some(sel) = sel else {
                return b.finish(0, 0, None, true, 0);
            };
            let sig = match b.types().kind(sel.ty) {
                TypeKind::Func(s) => s.clone(),
                _ => return b.finish(0, 0, None, true, 0),
            };
            let mut args = vec![];
            for &p in &sig.params {
                let k = b.kind_of(p);
                args.push(b.new_reg(k));
            }
            let cell = b.temp(Kind::Ref);
            b.emit(Instr::LoadCapture { dst: cell, idx: 0 });
            let rv = if b.is_aggregate(recv) {
                cell
            } else {
                let k = b.kind_of(recv);
                let d = b.temp(k);
                b.emit(Instr::Load { dst: d, ptr: cell });
                d
            };
            let mut all = vec![rv];
            all.extend(&args);
            let rets: Vec<Reg> = sig.results.iter().map(|&t| b.temp_for(t)).collect();
            b.emit(Instr::Call {
                func: m,
                nargs: all.len() as u8,
                nret: rets.len() as u8,
            });
            let mut regs = all.clone();
            regs.extend(&rets);
            b.emit_regs(&regs);
            b.emit(Instr::Ret {
                n: rets.len() as u8,
            });
            b.emit_regs(&rets);
            let mut p = b.finish(args.len() as u16, sig.results.len() as u16, None, true, 0);
            p.ncaptures = 1;
            p
        }
        Wrapper::NativeVariadic { name, nargs } => {
            let id = c.native(&name);
            let mut b = FnBuilder::new(c, name, minigo_syntax::FileId(0));
            let args: Vec<Reg> = (0..nargs).map(|_| b.new_reg(Kind::Ref)).collect();
            b.emit(Instr::CallNative { id, nargs, nret: 0 });
            b.emit_regs(&args);
            b.emit(Instr::Ret { n: 0 });
            b.finish(nargs as u16, 0, None, true, 0)
        }
        Wrapper::Native { obj } => {
            let name = c.func_name(obj);
            let sig = match c.types().kind(c.obj(obj).ty) {
                TypeKind::Func(s) => s.clone(),
                _ => minigo_types::Signature {
                    params: vec![],
                    results: vec![],
                    variadic: false,
                },
            };
            let id = c.native(&name);
            let mut b = FnBuilder::new(c, name, minigo_syntax::FileId(0));
            let mut args = vec![];
            for &p in &sig.params {
                let k = b.kind_of(p);
                args.push(b.new_reg(k));
            }
            let rets: Vec<Reg> = sig.results.iter().map(|&t| b.temp_for(t)).collect();
            b.emit(Instr::CallNative {
                id,
                nargs: args.len() as u8,
                nret: rets.len() as u8,
            });
            let mut regs = args.clone();
            regs.extend(&rets);
            b.emit_regs(&regs);
            b.emit(Instr::Ret {
                n: rets.len() as u8,
            });
            b.emit_regs(&rets);
            b.finish(args.len() as u16, rets.len() as u16, None, true, 0)
        }
    }
}

impl<'a> FnBuilder<'a, '_> {
    /// Calls the method selected by `sel` on receiver `recv_val` of type `recv_ty`:
    /// walks embedded fields, adapts between pointer and value receivers, and calls it
    /// statically or through an interface. Returns the result registers.
    pub fn call_selected_method(
        &mut self,
        recv_val: Val,
        recv_ty: TypeId,
        sel: &minigo_types::Selection,
        args: &[Reg],
        results: &[TypeId],
    ) -> Vec<Reg> {
        let (mut cur, mut cur_ty) = (recv_val, recv_ty);
        for &idx in &sel.path {
            let (v, t) = self.field_of(cur, cur_ty, idx as usize);
            cur = v;
            cur_ty = t;
        }
        let rets: Vec<Reg> = results.iter().map(|&t| self.temp_for(t)).collect();
        if let Some(iname) = &sel.iface_method {
            let sym = self.c.method_symbol(iname, sel.ty);
            self.emit(Instr::CallIface {
                recv: cur.r,
                method: sym as u16,
                nargs: args.len() as u8,
                nret: rets.len() as u8,
            });
            let mut regs = args.to_vec();
            regs.extend(&rets);
            self.emit_regs(&regs);
            return rets;
        }
        let Some(m) = sel.method else { return rets };
        let ptr_recv = matches!(&self.c.obj(m).kind, ObjKind::Func(fi) if fi.ptr_recv);
        let is_ptr = matches!(self.types().kind(cur_ty), TypeKind::Pointer(_));
        let recv_arg = match (ptr_recv, is_ptr) {
            (true, true) => cur.r,
            (false, false) => self.owned(cur, cur_ty).r,
            (true, false) => {
                // Pointer method on an addressable value: its box is its address.
                // (Scalars reached here are always in cells: see escape analysis.)
                cur.r
            }
            (false, true) => {
                let elem = match self.types().kind(cur_ty) {
                    TypeKind::Pointer(e) => *e,
                    _ => cur_ty,
                };
                if self.is_aggregate(elem) {
                    self.owned(
                        Val {
                            r: cur.r,
                            fresh: false,
                        },
                        elem,
                    )
                    .r
                } else {
                    let d = self.temp_for(elem);
                    self.emit(Instr::Load { dst: d, ptr: cur.r });
                    d
                }
            }
        };
        let f = self.c.func_index(m);
        let mut all = vec![recv_arg];
        all.extend_from_slice(args);
        if self.c.is_native(m) {
            let name = self.c.func_name(m);
            let id = self.c.native(&name);
            self.emit(Instr::CallNative {
                id,
                nargs: all.len() as u8,
                nret: rets.len() as u8,
            });
        } else {
            self.emit(Instr::Call {
                func: f,
                nargs: all.len() as u8,
                nret: rets.len() as u8,
            });
        }
        let mut regs = all;
        regs.extend(&rets);
        self.emit_regs(&regs);
        rets
    }

    /// Field `idx` of a struct value or pointer-to-struct `v` of type `t`: `(value, field type)`.
    pub fn field_of(&mut self, v: Val, t: TypeId, idx: usize) -> (Val, TypeId) {
        let st = match self.types().kind(t) {
            TypeKind::Pointer(e) => *e,
            _ => t,
        };
        let fty = match self.types().under(st) {
            TypeKind::Struct(fs) => fs.get(idx).map_or(TypeId::INVALID, |f| f.ty),
            _ => TypeId::INVALID,
        };
        let d = self.temp_for(fty);
        self.emit(Instr::GetField {
            dst: d,
            obj: v.r,
            idx: idx as u16,
        });
        (Val { r: d, fresh: false }, fty)
    }

    /// Makes sure selections are looked at for their kind (silences unused warnings).
    pub fn _sel_kind(sel: &minigo_types::Selection) -> SelectionKind {
        sel.kind
    }
}

//! Lowering of the concurrency statements and expressions: `go`, `make(chan T, n)`,
//! send, receive (and its comma-ok form), `close`, `cap` of a channel, `for range` over
//! a channel, and `select`.
//!
//! All of them become calls of VM natives (`builtin.go`, `builtin.makechan`,
//! `builtin.chansend`, `builtin.chanrecv`, `builtin.chanrecv2`, `builtin.close`,
//! `builtin.chancap`, `builtin.select`: crates/vm/src/sched.rs). A native that must wait
//! parks its goroutine and runs again when it is readied, so the argument registers of
//! a blocking call must still hold the same values then: they are evaluated before the
//! call and nothing between the park and the resume writes them.
//!
//! `select` evaluates every channel operand and every value to send in source order,
//! as Go does, then calls `builtin.select` with `[has_default, (chan, is_send, value)*]`;
//! it returns the chosen case index (-1 for `default`), the received value and ok, and
//! a chain of compare-and-branch picks the clause.

use minigo_bytecode::{CmpOp, Instr, Reg};
use minigo_syntax::ast::{self, AssignOp, Expr, ExprKind, StmtKind, UnaryOp};
use minigo_types::{Mode, TypeId, TypeKind};

use crate::Wrapper;
use crate::func::{FnBuilder, Kind, Val};

impl<'a> FnBuilder<'a, '_> {
    /// `CallNative` of the native `name` with its argument and result registers.
    pub(crate) fn call_native(&mut self, name: &str, args: &[Reg], rets: &[Reg]) {
        let id = self.c.native(name);
        self.emit(Instr::CallNative {
            id,
            nargs: args.len() as u8,
            nret: rets.len() as u8,
        });
        let mut regs = args.to_vec();
        regs.extend_from_slice(rets);
        self.emit_regs(&regs);
    }

    /// The element type of channel type `t`.
    pub fn chan_elem(&self, t: TypeId) -> TypeId {
        match self.types().under(t) {
            TypeKind::Chan(_, e) => *e,
            _ => TypeId::INVALID,
        }
    }

    /// `go f(args)`: the function value and the arguments are evaluated here, in the
    /// calling goroutine.
    pub fn go_stmt(&mut self, s: &'a ast::Stmt, e: &'a Expr) {
        let ExprKind::Call {
            func,
            args,
            ellipsis,
        } = &e.unparen().kind
        else {
            return;
        };
        if let Some(tv) = self.tv(func).cloned()
            && let Mode::Builtin(b) = tv.mode
        {
            if b == minigo_types::Builtin::Close
                && let Some(ch) = args.first()
            {
                let c = self.expr(ch);
                let fv = self.close_func_value();
                self.call_native("builtin.go", &[fv, c.r], &[]);
                return;
            }
            self.c
                .error(s.span, "go with this builtin function is not supported yet");
            return;
        }
        let fty = self.ty(func);
        let sig = match self.types().under(fty) {
            TypeKind::Func(s) => s.clone(),
            _ => return,
        };
        let fv = self.expr(func);
        let argv = self.call_args(&sig, args, ellipsis.is_some());
        if argv.len() > 250 {
            self.c
                .error(s.span, "go statement with more than 250 argument words");
            return;
        }
        let mut regs = vec![fv.r];
        regs.extend(argv);
        self.call_native("builtin.go", &regs, &[]);
    }

    /// `make(chan T)` / `make(chan T, n)` into `d`.
    pub fn make_chan(&mut self, t: TypeId, size: Option<&'a Expr>, d: Reg) {
        let elem = self.chan_elem(t);
        let rt = self.c.rtype(elem);
        let er = self.temp(Kind::Scalar);
        self.load_int(er, i64::from(rt));
        let n = match size {
            Some(e) => self.expr(e).r,
            None => {
                let z = self.temp(Kind::Scalar);
                self.load_int(z, 0);
                z
            }
        };
        self.call_native("builtin.makechan", &[er, n], &[d]);
    }

    /// `ch <- v`.
    pub fn send_stmt(&mut self, ch: &'a Expr, value: &'a Expr) {
        let elem = self.chan_elem(self.ty(ch));
        let c = self.expr(ch);
        let v = self.expr_as(value, elem);
        let v = self.owned(v, elem);
        self.call_native("builtin.chansend", &[c.r, v.r], &[]);
    }

    /// `<-ch` into `dst`.
    pub fn recv_into(&mut self, ch: &'a Expr, dst: Reg) {
        let c = self.expr(ch);
        self.call_native("builtin.chanrecv", &[c.r], &[dst]);
    }

    /// `v, ok := <-ch`: the value and ok.
    pub fn recv2(&mut self, ch: &'a Expr) -> Vec<(Val, TypeId)> {
        let elem = self.chan_elem(self.ty(ch));
        let c = self.expr(ch);
        let d = self.temp_for(elem);
        let ok = self.temp(Kind::Scalar);
        self.call_native("builtin.chanrecv2", &[c.r], &[d, ok]);
        vec![
            (Val { r: d, fresh: true }, elem),
            (Val { r: ok, fresh: true }, TypeId::BOOL),
        ]
    }

    /// `close(ch)`.
    pub fn close_chan(&mut self, ch: &'a Expr) {
        let c = self.expr(ch);
        self.call_native("builtin.close", &[c.r], &[]);
    }

    /// `defer close(ch)`: a generated function that closes its argument.
    pub fn defer_close(&mut self, ch: &'a Expr) {
        let c = self.expr(ch);
        let fv = self.close_func_value();
        self.emit(Instr::Defer { f: fv, nargs: 1 });
        self.emit_regs(&[c.r]);
    }

    /// A function value that closes its argument (for `defer close(ch)`, `go close(ch)`).
    fn close_func_value(&mut self) -> Reg {
        let f = self.c.wrapper(Wrapper::NativeVariadic {
            name: "builtin.close".to_string(),
            nargs: 1,
        });
        let fv = self.temp(Kind::Ref);
        self.emit(Instr::LoadFunc { dst: fv, func: f });
        fv
    }

    /// `for v := range ch`: receive until the channel is closed and drained.
    pub fn range_chan(
        &mut self,
        value: Option<&'a Expr>,
        define: bool,
        x: &'a Expr,
        body: &'a ast::Block,
        label: Option<String>,
    ) {
        self.push_scope();
        let elem = self.chan_elem(self.ty(x));
        let c = self.var_reg(Kind::Ref);
        let xv = self.expr(x);
        self.mov(c, xv.r);
        let top = self.here();
        self.begin_loop(label, true);
        self.push_scope();
        let mark = self.temp_mark();
        let v = self.temp_for(elem);
        let ok = self.temp(Kind::Scalar);
        self.call_native("builtin.chanrecv2", &[c], &[v, ok]);
        let exit_jump = self.jump_if(ok, false);
        self.range_bind(value, define, Val { r: v, fresh: true }, elem);
        self.release_temps(mark);
        self.block_stmts(&body.stmts);
        self.pop_scope();
        self.jump_to(top);
        let exit = self.here();
        self.patch(exit_jump, exit);
        self.end_loop(top, exit);
        self.pop_scope();
    }

    /// `select { ... }`.
    pub fn select_stmt(&mut self, clauses: &'a [ast::CommClause], label: Option<String>) {
        self.push_scope();
        // Operands, in source order.
        let mut regs: Vec<Reg> = Vec::new();
        let has_default = self.temp(Kind::Scalar);
        regs.push(has_default);
        let mut default = None;
        // Per clause: its case index, and for receives (lhs, define, element type).
        let mut case_of: Vec<Option<i64>> = Vec::new();
        let mut ncases = 0i64;
        for (ci, cl) in clauses.iter().enumerate() {
            let Some(comm) = &cl.comm else {
                default = Some(ci);
                case_of.push(None);
                continue;
            };
            let (c, is_send, v) = match &comm.kind {
                StmtKind::Send { ch, value } => {
                    let elem = self.chan_elem(self.ty(ch));
                    let c = self.expr(ch);
                    let cr = self.temp(Kind::Ref);
                    self.mov(cr, c.r);
                    let v = self.expr_as(value, elem);
                    let v = self.owned(v, elem);
                    let vr = self.temp_for(elem);
                    self.mov(vr, v.r);
                    (cr, 1, vr)
                }
                _ => {
                    let Some(ch) = recv_operand(comm) else {
                        case_of.push(None);
                        continue;
                    };
                    let c = self.expr(ch);
                    let cr = self.temp(Kind::Ref);
                    self.mov(cr, c.r);
                    let z = self.temp(Kind::Scalar);
                    self.load_int(z, 0);
                    (cr, 0, z)
                }
            };
            let k = self.temp(Kind::Scalar);
            self.load_int(k, is_send);
            regs.extend([c, k, v]);
            case_of.push(Some(ncases));
            ncases += 1;
        }
        if regs.len() > 250 {
            self.c.error(
                clauses.first().map_or(Default::default(), |c| c.span),
                "select with more than 83 cases is not supported",
            );
            self.pop_scope();
            return;
        }
        self.load_int(has_default, i64::from(default.is_some()));
        let idx = self.var_reg(Kind::Scalar);
        let val = self.var_reg(Kind::Scalar);
        let ok = self.var_reg(Kind::Scalar);
        self.call_native("builtin.select", &regs, &[idx, val, ok]);
        self.begin_loop(label, false);
        let mut ends = vec![];
        for (ci, cl) in clauses.iter().enumerate() {
            let want = case_of.get(ci).copied().flatten().unwrap_or(-1);
            if cl.comm.is_some() && case_of.get(ci).copied().flatten().is_none() {
                continue;
            }
            let mark = self.temp_mark();
            let t = self.temp(Kind::Scalar);
            self.emit(Instr::CmpIK {
                op: CmpOp::Eq,
                dst: t,
                a: idx,
                k: want as i16,
            });
            let skip = self.jump_if(t, false);
            self.release_temps(mark);
            self.push_scope();
            if let Some(comm) = &cl.comm {
                self.set_line(comm.span);
                self.bind_recv(comm, val, ok);
            }
            self.block_stmts(&cl.body);
            self.pop_scope();
            ends.push(self.jump());
            self.patch_here(skip);
        }
        let end = self.here();
        for j in ends {
            self.patch(j, end);
        }
        self.end_loop(end, end);
        self.pop_scope();
    }

    /// Binds a receive clause's `v[, ok] := <-ch` / `v[, ok] = <-ch` from the select's
    /// result registers.
    fn bind_recv(&mut self, comm: &'a ast::Stmt, val: Reg, ok: Reg) {
        let StmtKind::Assign { lhs, op, rhs } = &comm.kind else {
            return;
        };
        let Some(ch) = rhs.first().and_then(|r| match &r.unparen().kind {
            ExprKind::Unary(UnaryOp::Recv, ch) => Some(ch),
            _ => None,
        }) else {
            return;
        };
        let elem = self.chan_elem(self.ty(ch));
        let define = *op == AssignOp::Define;
        let mark = self.temp_mark();
        // Copy out of the shared result registers into registers of the right kind.
        let v = self.temp_for(elem);
        self.mov(v, val);
        self.range_bind(lhs.first(), define, Val { r: v, fresh: true }, elem);
        if lhs.len() > 1 {
            self.range_bind(
                lhs.get(1),
                define,
                Val {
                    r: ok,
                    fresh: false,
                },
                TypeId::BOOL,
            );
        }
        self.release_temps(mark);
    }
}

/// The channel operand of a receive clause (`<-ch`, `v := <-ch`, `v, ok = <-ch`).
fn recv_operand(comm: &ast::Stmt) -> Option<&Expr> {
    let e = match &comm.kind {
        StmtKind::Expr(e) => e,
        StmtKind::Assign { rhs, .. } => rhs.first()?,
        _ => return None,
    };
    match &e.unparen().kind {
        ExprKind::Unary(UnaryOp::Recv, ch) => Some(ch),
        _ => None,
    }
}

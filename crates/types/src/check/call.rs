//! Calls: function and method calls (argument passing, variadics, `f(g())`),
//! conversions `T(x)`, and the builtin functions.

use minigo_syntax::Span;
use minigo_syntax::ast::{Expr, ExprKind, UnaryOp};

use super::{Checker, OMode, Operand, expr_string};
use crate::constant::{CVal, compare, represent};
use crate::lookup::default_type;
use crate::objects::Builtin;
use crate::ty::{Basic, Signature, TypeId, TypeKind};

fn builtin_name(b: Builtin) -> &'static str {
    match b {
        Builtin::Append => "append",
        Builtin::Cap => "cap",
        Builtin::Clear => "clear",
        Builtin::Close => "close",
        Builtin::Copy => "copy",
        Builtin::Delete => "delete",
        Builtin::Len => "len",
        Builtin::Make => "make",
        Builtin::Max => "max",
        Builtin::Min => "min",
        Builtin::New => "new",
        Builtin::Panic => "panic",
        Builtin::Print => "print",
        Builtin::Println => "println",
        Builtin::Recover => "recover",
    }
}

/// (minimum argument count, variadic)
fn builtin_arity(b: Builtin) -> (usize, bool) {
    match b {
        Builtin::Append | Builtin::Make | Builtin::Max | Builtin::Min => (1, true),
        Builtin::Cap
        | Builtin::Clear
        | Builtin::Close
        | Builtin::Len
        | Builtin::New
        | Builtin::Panic => (1, false),
        Builtin::Copy | Builtin::Delete => (2, false),
        Builtin::Print | Builtin::Println => (0, true),
        Builtin::Recover => (0, false),
    }
}

impl Checker {
    fn rparen_span(e: &Expr) -> Span {
        Span {
            file: e.span.file,
            lo: e.span.hi.saturating_sub(1),
            hi: e.span.hi,
        }
    }

    pub(super) fn call<'a>(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        ellipsis: Option<Span>,
    ) -> Operand<'a> {
        let f = self.expr_or_type(func, false);
        match f.mode {
            OMode::Invalid => {
                self.use_exprs(args);
                Operand::invalid(e.span)
            }
            OMode::Type => {
                let t = f.ty;
                if args.len() != 1 {
                    let ts = expr_string(func);
                    if args.is_empty() {
                        self.error(
                            Self::rparen_span(e),
                            format!("missing argument in conversion to {ts}"),
                        );
                    } else {
                        self.error(
                            args[1].span,
                            format!("too many arguments in conversion to {ts}"),
                        );
                    }
                    self.use_exprs(args);
                    return Operand::invalid(e.span);
                }
                if let Some(sp) = ellipsis {
                    let ts = expr_string(func);
                    self.error(sp, format!("invalid use of ... in conversion to {ts}"));
                    self.use_exprs(args);
                    return Operand::invalid(e.span);
                }
                let x = self.expr(&args[0]);
                if x.is_invalid() {
                    return Operand::invalid(e.span);
                }
                self.conversion(x, t, func, e)
            }
            OMode::Builtin(b) => self.builtin(e, func, b, args, ellipsis),
            _ => {
                let sig = match self.types.under(f.ty).clone() {
                    TypeKind::Func(s) => s,
                    _ => {
                        let s = self.op_str(&f);
                        self.error(
                            func.span,
                            format!("invalid operation: cannot call non-function {s}"),
                        );
                        self.use_exprs(args);
                        return Operand::invalid(e.span);
                    }
                };
                let ops = self.eval_args(args);
                let Some(ops) = ops else {
                    return self.call_result(e, &sig);
                };
                self.arguments(e, func, &sig, ops, args, ellipsis);
                self.call_result(e, &sig)
            }
        }
    }

    fn call_result<'a>(&mut self, e: &'a Expr, sig: &Signature) -> Operand<'a> {
        match sig.results.len() {
            0 => self.op(OMode::NoValue, TypeId::VOID, None, e),
            1 => self.op(OMode::Value, sig.results[0], None, e),
            _ => {
                let t = self.types.tuple(sig.results.clone());
                self.op(OMode::Value, t, None, e)
            }
        }
    }

    /// Checks expressions only for their side tables (after an error).
    pub(super) fn use_exprs(&mut self, args: &[Expr]) {
        for a in args {
            let _ = self.raw_expr(a, None);
        }
    }

    /// Evaluates call arguments, spreading a single multi-value call. `None` if any is invalid.
    fn eval_args<'a>(&mut self, args: &'a [Expr]) -> Option<Vec<Operand<'a>>> {
        let mut ops = vec![];
        let mut bad = false;
        if args.len() == 1 {
            let xs = self.multi_expr(&args[0]);
            for x in xs {
                if x.is_invalid() {
                    bad = true;
                }
                ops.push(x);
            }
        } else {
            for a in args {
                let x = self.expr(a);
                if x.is_invalid() {
                    bad = true;
                }
                ops.push(x);
            }
        }
        if bad { None } else { Some(ops) }
    }

    /// types2's `typesSummary`.
    fn types_summary(&self, list: &[TypeId], variadic: bool, has_dots: bool) -> String {
        let mut res = vec![];
        for (i, &t) in list.iter().enumerate() {
            let mut s = if t == TypeId::INVALID {
                "unknown type".to_string()
            } else if self.types.is_untyped(t) {
                if self.is_numeric(t) {
                    "number".to_string()
                } else {
                    self.tstr(t).replace("untyped ", "")
                }
            } else {
                self.tstr(t)
            };
            if variadic
                && i + 1 == list.len()
                && let TypeKind::Slice(el) = self.types.kind(t)
            {
                s = format!("...{}", self.tstr(*el));
            }
            if has_dots && i + 1 == list.len() {
                s.push_str("...");
            }
            res.push(s);
        }
        format!("({})", res.join(", "))
    }

    /// Checks argument count and assignability against a signature.
    fn arguments(
        &mut self,
        call: &Expr,
        func: &Expr,
        sig: &Signature,
        mut ops: Vec<Operand<'_>>,
        args: &[Expr],
        ellipsis: Option<Span>,
    ) {
        let nargs = ops.len();
        let npars = sig.params.len();
        let ddd = ellipsis.is_some();
        let fname = expr_string(func);
        let mut params: Vec<TypeId> = sig.params.clone();
        if ddd {
            if !sig.variadic {
                self.error(
                    call.span,
                    format!("cannot use ... in call to non-variadic {fname}"),
                );
                return;
            }
            if args.len() == 1 && nargs > 1 {
                self.error(
                    call.span,
                    format!(
                        "cannot use ... with {}-valued {}",
                        nargs,
                        expr_string(&args[0])
                    ),
                );
                return;
            }
        } else if sig.variadic && nargs + 1 >= npars {
            // Expand the variadic parameter to one parameter per argument.
            let last = params.pop().unwrap_or(TypeId::INVALID);
            let el = match self.types.kind(last) {
                TypeKind::Slice(e) => *e,
                _ => TypeId::INVALID,
            };
            while params.len() < nargs {
                params.push(el);
            }
        }
        if nargs != params.len() {
            let (at, q) = if nargs > params.len() {
                (ops[params.len()].span, "too many")
            } else if nargs > 0 {
                (ops[nargs - 1].span, "not enough")
            } else {
                (call.span, "not enough")
            };
            let have: Vec<TypeId> = ops.iter().map(|o| o.ty).collect();
            let hs = self.types_summary(&have, false, ddd);
            let ws = self.types_summary(&sig.params, sig.variadic, false);
            self.error(
                at,
                format!("{q} arguments in call to {fname}\n\thave {hs}\n\twant {ws}"),
            );
            return;
        }
        let ctx = format!("argument to {fname}");
        for (x, &p) in ops.iter_mut().zip(params.iter()) {
            self.assignment(x, Some(p), &ctx);
        }
    }

    /// types2's `conversion`.
    fn conversion<'a>(
        &mut self,
        mut x: Operand<'a>,
        t: TypeId,
        func: &Expr,
        e: &'a Expr,
    ) -> Operand<'a> {
        let tu = self.types.underlying(t);
        let const_type =
            matches!(self.types.kind(tu), TypeKind::Basic(b) if *b != Basic::UntypedNil);
        // Spell the type as written (`byte`, `[]byte`), as Go does for aliases.
        let tname = match &func.unparen().kind {
            ExprKind::Ident(_) | ExprKind::Selector(..) => self.tstr(t),
            _ => expr_string(func.unparen()),
        };
        let tname = match &func.unparen().kind {
            ExprKind::Ident(id) if matches!(id.name.as_str(), "byte" | "rune") => id.name.clone(),
            _ if expr_string(func.unparen()).contains("byte")
                || expr_string(func.unparen()).contains("rune") =>
            {
                expr_string(func.unparen())
            }
            _ => tname,
        };
        let mut ok = false;
        let mut cause = String::new();
        let const_arg = x.mode == OMode::Const;
        if const_arg && const_type {
            let b = self.types.basic(t).unwrap_or(Basic::Int);
            let v = x.val.clone().unwrap_or(CVal::int(0));
            match represent(&v, b) {
                Ok(nv) if self.types.is_untyped(x.ty) || self.numeric_kind_ok(x.ty, b) => {
                    x.val = Some(nv);
                    ok = true;
                }
                Ok(_) | Err(_) => {
                    if self.is_integer(x.ty) && b.is_string() {
                        let cp = v.as_i128().filter(|&i| {
                            (0..=0x10FFFF).contains(&i) && !(0xD800..0xE000).contains(&i)
                        });
                        let ch = cp
                            .and_then(|c| char::from_u32(c as u32))
                            .unwrap_or('\u{FFFD}');
                        x.val = Some(CVal::Str(ch.to_string().into_bytes()));
                        ok = true;
                    } else if self.is_integer(x.ty) && b.is_integer() {
                        let vs = v.go_string();
                        self.error(x.span, format!("constant {vs} overflows {tname}"));
                        return Operand::invalid(e.span);
                    } else if self.is_numeric(x.ty) && b.is_numeric() {
                        // Float constant to integer/float conversion that is not representable.
                        match represent(&v, b) {
                            Err(_) => {}
                            Ok(nv) => {
                                x.val = Some(nv);
                                ok = true;
                            }
                        }
                    }
                }
            }
        } else {
            match self.convertible(&x, t) {
                Ok(()) => {
                    ok = true;
                    x.mode = OMode::Value;
                    x.val = None;
                }
                Err(c) => cause = c,
            }
        }
        if !ok {
            let s = self.op_str(&x);
            if cause.is_empty() {
                self.error(x.span, format!("cannot convert {s} to type {tname}"));
            } else {
                self.error(
                    x.span,
                    format!("cannot convert {s} to type {tname}: {cause}"),
                );
            }
            return Operand::invalid(e.span);
        }
        if self.types.is_untyped(x.ty)
            && let Some(xe) = x.expr
        {
            let fin = if self.types.is_interface(t) || (const_arg && !const_type) || x.is_nil() {
                default_type(x.ty)
            } else if const_arg && self.is_integer(x.ty) && self.is_string(t) {
                x.ty
            } else {
                t
            };
            if x.is_nil() {
                self.update_expr_type(xe, t);
            } else {
                self.update_untyped(xe, fin);
            }
        }
        let mode = if x.mode == OMode::Const && const_type {
            OMode::Const
        } else {
            OMode::Value
        };
        self.op(mode, t, if mode == OMode::Const { x.val } else { None }, e)
    }

    /// A typed constant converted between numeric kinds is fine when representable.
    fn numeric_kind_ok(&self, from: TypeId, to: Basic) -> bool {
        match self.types.basic(from) {
            Some(fb) => {
                (fb.is_numeric() && to.is_numeric())
                    || (fb.is_string() && to.is_string())
                    || (fb.is_boolean() && to.is_boolean())
            }
            None => false,
        }
    }

    fn is_bytes_or_runes(&self, t: TypeId) -> bool {
        match self.types.under(t) {
            TypeKind::Slice(el) => {
                matches!(self.types.basic(*el), Some(Basic::Uint8 | Basic::Int32))
            }
            _ => false,
        }
    }

    /// types2's `convertibleTo` (non-constant conversions).
    fn convertible(&self, x: &Operand<'_>, t: TypeId) -> Result<(), String> {
        let cause = match self.assignable(x, t) {
            Ok(()) => return Ok(()),
            Err(c) => c,
        };
        let v = x.ty;
        let vu = self.types.underlying(v);
        let tu = self.types.underlying(t);
        if vu == tu {
            return Ok(());
        }
        if let (TypeKind::Pointer(vb), TypeKind::Pointer(tb)) =
            (self.types.kind(v), self.types.kind(t))
            && self.types.underlying(*vb) == self.types.underlying(*tb)
        {
            return Ok(());
        }
        let int_or_float = |t: TypeId| self.is_basic(t, |b| b.is_integer() || b.is_float());
        if int_or_float(vu) && int_or_float(tu) {
            return Ok(());
        }
        if (self.is_integer(vu) || self.is_bytes_or_runes(vu)) && self.is_string(tu) {
            return Ok(());
        }
        if self.is_string(vu) && self.is_bytes_or_runes(tu) {
            return Ok(());
        }
        if let TypeKind::Slice(se) = self.types.kind(vu) {
            match self.types.kind(tu) {
                TypeKind::Array(_, ae) if ae == se => return Ok(()),
                TypeKind::Pointer(p) => {
                    if let TypeKind::Array(_, ae) = self.types.under(*p)
                        && ae == se
                    {
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        Err(cause)
    }

    /// Whether an expression contains a (non-conversion) call or a receive.
    fn has_call_or_recv(&self, e: &Expr) -> bool {
        let mut stack = vec![e];
        while let Some(e) = stack.pop() {
            match &e.kind {
                ExprKind::Call { func, args, .. } => {
                    let is_conv = self
                        .info
                        .types
                        .get(&func.id)
                        .is_some_and(|tv| tv.mode == crate::Mode::Type);
                    let is_const = self
                        .info
                        .types
                        .get(&e.id)
                        .is_some_and(|tv| tv.mode == crate::Mode::Const);
                    if !is_conv && !is_const {
                        return true;
                    }
                    stack.extend(args.iter());
                }
                ExprKind::Unary(UnaryOp::Recv, _) => return true,
                ExprKind::Unary(_, x)
                | ExprKind::Paren(x)
                | ExprKind::Star(x)
                | ExprKind::Selector(x, _) => stack.push(x),
                ExprKind::Binary(_, l, r) | ExprKind::Index(l, r) => {
                    stack.push(l);
                    stack.push(r);
                }
                ExprKind::Slice { x, lo, hi, max } => {
                    stack.push(x);
                    stack.extend([lo, hi, max].into_iter().flatten().map(|b| &**b));
                }
                ExprKind::TypeAssert(x, _) => stack.push(x),
                ExprKind::CompositeLit { elems, .. } => {
                    for el in elems {
                        if let Some(k) = &el.key {
                            stack.push(k);
                        }
                        stack.push(&el.value);
                    }
                }
                _ => {}
            }
        }
        false
    }

    fn record_builtin_sig(
        &mut self,
        func: &Expr,
        b: Builtin,
        params: Vec<TypeId>,
        results: Vec<TypeId>,
        variadic: bool,
    ) {
        let t = self.types.intern(TypeKind::Func(Signature {
            params,
            results,
            variadic,
        }));
        let mut f = func;
        loop {
            self.record(f.id, OMode::Builtin(b), t, None);
            match &f.kind {
                ExprKind::Paren(x) => f = x,
                _ => break,
            }
        }
    }

    fn builtin<'a>(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        b: Builtin,
        args: &'a [Expr],
        ellipsis: Option<Span>,
    ) -> Operand<'a> {
        let name = builtin_name(b);
        if let Some(sp) = ellipsis
            && b != Builtin::Append
        {
            self.error(
                sp,
                format!("invalid operation: invalid use of ... with built-in {name}"),
            );
            self.use_exprs(args);
            return Operand::invalid(e.span);
        }
        let (min, variadic) = builtin_arity(b);
        let mut ops: Vec<Operand<'a>> = vec![];
        let nargs;
        if matches!(b, Builtin::Make | Builtin::New) {
            nargs = args.len();
        } else {
            let mut bad = false;
            if args.len() == 1 {
                for x in self.multi_expr(&args[0]) {
                    bad |= x.is_invalid();
                    ops.push(x);
                }
            } else {
                for a in args {
                    let mut x = self.raw_expr(a, None);
                    self.single_value(&mut x);
                    match x.mode {
                        OMode::Type | OMode::Builtin(_) | OMode::NoValue => {
                            let s = expr_string(a);
                            let msg = match x.mode {
                                OMode::Type => format!("{s} (type) is not an expression"),
                                OMode::NoValue => format!("{s} (no value) used as value"),
                                _ => format!("{s} (built-in) must be called"),
                            };
                            self.error(a.span, msg);
                            bad = true;
                        }
                        _ => bad |= x.is_invalid(),
                    }
                    ops.push(x);
                }
            }
            nargs = ops.len();
            if bad {
                return Operand::invalid(e.span);
            }
        }
        let msg = if nargs < min {
            Some("not enough")
        } else if !variadic && nargs > min {
            Some("too many")
        } else {
            None
        };
        if let Some(m) = msg {
            let cs = expr_string(e);
            self.error(
                Self::rparen_span(e),
                format!(
                    "invalid operation: {m} arguments for {cs} (expected {min}, found {nargs})"
                ),
            );
            if matches!(b, Builtin::Make | Builtin::New) {
                self.use_exprs(args);
            }
            return Operand::invalid(e.span);
        }
        match b {
            Builtin::Append => {
                let mut x = ops.remove(0);
                let s = x.ty;
                let el = match self.types.under(s) {
                    TypeKind::Slice(el) => *el,
                    _ => {
                        let cause = if x.is_nil() {
                            "have untyped nil".to_string()
                        } else {
                            format!("have {}", self.op_str(&x))
                        };
                        self.error(
                            x.span,
                            format!("first argument to append must be a slice; {cause}"),
                        );
                        return Operand::invalid(e.span);
                    }
                };
                if ops.len() == 1 && ellipsis.is_some() {
                    let bytes = self.types.slice(TypeId::UINT8);
                    if self.assignable(&x, bytes).is_ok() && self.is_string(ops[0].ty) {
                        let yt = ops[0].ty;
                        if self.types.is_untyped(yt)
                            && let Some(ye) = ops[0].expr
                        {
                            self.update_untyped(ye, TypeId::STRING);
                        }
                        self.record_builtin_sig(func, b, vec![s, yt], vec![s], true);
                        return self.op(OMode::Value, s, None, e);
                    }
                }
                let sl = self.types.slice(el);
                let sig = Signature {
                    params: vec![s, sl],
                    results: vec![s],
                    variadic: true,
                };
                let mut all = vec![std::mem::replace(&mut x, Operand::invalid(e.span))];
                all.extend(ops);
                self.arguments(e, func, &sig, all, args, ellipsis);
                self.record_builtin_sig(func, b, vec![s, sl], vec![s], true);
                self.op(OMode::Value, s, None, e)
            }
            Builtin::Cap | Builtin::Len => {
                let x = &ops[0];
                let mut u = self.types.underlying(x.ty);
                if let TypeKind::Pointer(p) = self.types.kind(u)
                    && let TypeKind::Array(..) = self.types.under(*p)
                {
                    u = self.types.underlying(*p);
                }
                let mut mode = OMode::Invalid;
                let mut val = None;
                match self.types.kind(u).clone() {
                    TypeKind::Basic(bb) if bb.is_string() && b == Builtin::Len => {
                        if x.mode == OMode::Const {
                            mode = OMode::Const;
                            if let Some(CVal::Str(sv)) = &x.val {
                                val = Some(CVal::int(sv.len() as i128));
                            }
                        } else {
                            mode = OMode::Value;
                        }
                    }
                    TypeKind::Array(n, _) => {
                        mode = OMode::Value;
                        if !self.has_call_or_recv(&args[0]) {
                            mode = OMode::Const;
                            val = Some(CVal::int(n as i128));
                        }
                    }
                    TypeKind::Slice(_) | TypeKind::Chan(..) => mode = OMode::Value,
                    TypeKind::Map(..) if b == Builtin::Len => mode = OMode::Value,
                    _ => {}
                }
                if mode == OMode::Invalid {
                    let s = self.op_str(x);
                    self.error(x.span, format!("invalid argument: {s} for built-in {name}"));
                    return Operand::invalid(e.span);
                }
                let xt = x.ty;
                if self.types.is_untyped(xt)
                    && let Some(xe) = x.expr
                    && mode != OMode::Const
                {
                    self.update_untyped(xe, default_type(xt));
                }
                self.record_builtin_sig(func, b, vec![default_type(xt)], vec![TypeId::INT], false);
                self.op(mode, TypeId::INT, val, e)
            }
            Builtin::Clear => {
                let x = &ops[0];
                if !matches!(
                    self.types.under(x.ty),
                    TypeKind::Map(..) | TypeKind::Slice(_)
                ) {
                    let s = self.op_str(x);
                    self.error(x.span, format!("invalid argument: cannot clear {s}: argument must be (or constrained by) map or slice"));
                    return Operand::invalid(e.span);
                }
                let xt = x.ty;
                self.record_builtin_sig(func, b, vec![xt], vec![], false);
                self.op(OMode::NoValue, TypeId::VOID, None, e)
            }
            Builtin::Close => {
                let x = &ops[0];
                match self.types.under(x.ty) {
                    TypeKind::Chan(dir, _) => {
                        if *dir == minigo_syntax::ast::ChanDir::Recv {
                            let s = self.op_str(x);
                            self.error(
                                x.span,
                                format!("invalid operation: cannot close receive-only channel {s}"),
                            );
                            return Operand::invalid(e.span);
                        }
                    }
                    _ => {
                        let s = self.op_str(x);
                        self.error(
                            x.span,
                            format!("invalid operation: cannot close non-channel {s}"),
                        );
                        return Operand::invalid(e.span);
                    }
                }
                let xt = x.ty;
                self.record_builtin_sig(func, b, vec![xt], vec![], false);
                self.op(OMode::NoValue, TypeId::VOID, None, e)
            }
            Builtin::Copy => {
                let (x, y) = (&ops[0], &ops[1]);
                let dst = match self.types.under(x.ty) {
                    TypeKind::Slice(el) => Some(*el),
                    _ => None,
                };
                let src = if self.is_string(y.ty) {
                    Some(TypeId::UINT8)
                } else {
                    match self.types.under(y.ty) {
                        TypeKind::Slice(el) => Some(*el),
                        _ => None,
                    }
                };
                let (Some(d), Some(sr)) = (dst, src) else {
                    let (xs, ys) = (self.op_str(x), self.op_str(y));
                    self.error(
                        x.span,
                        format!(
                            "invalid argument: copy expects slice arguments; found {xs} and {ys}"
                        ),
                    );
                    return Operand::invalid(e.span);
                };
                if d != sr {
                    let (xs, ys, ds, ss) =
                        (self.op_str(x), self.op_str(y), self.tstr(d), self.tstr(sr));
                    self.error(x.span, format!("invalid argument: arguments to copy {xs} and {ys} have different element types {ds} and {ss}"));
                    return Operand::invalid(e.span);
                }
                let (xt, mut yt) = (x.ty, y.ty);
                if self.types.is_untyped(yt) {
                    if let Some(ye) = y.expr {
                        self.update_untyped(ye, TypeId::STRING);
                    }
                    yt = TypeId::STRING;
                }
                self.record_builtin_sig(func, b, vec![xt, yt], vec![TypeId::INT], false);
                self.op(OMode::Value, TypeId::INT, None, e)
            }
            Builtin::Delete => {
                let mut it = ops.into_iter();
                let x = it.next().unwrap_or(Operand::invalid(e.span));
                let mut k = it.next().unwrap_or(Operand::invalid(e.span));
                let TypeKind::Map(kt, _) = self.types.under(x.ty).clone() else {
                    let s = self.op_str(&x);
                    self.error(x.span, format!("invalid argument: {s} is not a map"));
                    return Operand::invalid(e.span);
                };
                self.assignment(&mut k, Some(kt), "argument to delete");
                let xt = x.ty;
                self.record_builtin_sig(func, b, vec![xt, kt], vec![], false);
                self.op(OMode::NoValue, TypeId::VOID, None, e)
            }
            Builtin::Make => {
                let t = self.type_expr(&args[0]);
                if t == TypeId::INVALID {
                    for a in &args[1..] {
                        let _ = self.raw_expr(a, None);
                    }
                    return Operand::invalid(e.span);
                }
                let min = match self.types.under(t) {
                    TypeKind::Slice(_) => 2,
                    TypeKind::Map(..) | TypeKind::Chan(..) => 1,
                    _ => {
                        let s = expr_string(&args[0]);
                        self.error(args[0].span, format!("invalid argument: cannot make {s}; type must be slice, map, or channel"));
                        self.use_exprs(&args[1..]);
                        return Operand::invalid(e.span);
                    }
                };
                if nargs < min || min + 1 < nargs {
                    let cs = expr_string(e);
                    self.error(
                        e.span,
                        format!(
                            "invalid operation: {cs} expects {min} or {} arguments; found {nargs}",
                            min + 1
                        ),
                    );
                    self.use_exprs(&args[1..]);
                    return Operand::invalid(e.span);
                }
                let mut sizes = vec![];
                let mut params = vec![t];
                for a in &args[1..] {
                    if let Some(v) = self.index(a, None) {
                        sizes.push(v);
                    }
                    params.push(
                        self.info
                            .types
                            .get(&a.id)
                            .map(|tv| tv.ty)
                            .unwrap_or(TypeId::INT),
                    );
                }
                if sizes.len() == 2 && sizes[0] > sizes[1] {
                    self.error(
                        args[1].span,
                        "invalid argument: length and capacity swapped",
                    );
                }
                self.record_builtin_sig(func, b, params, vec![t], false);
                self.op(OMode::Value, t, None, e)
            }
            Builtin::Max | Builtin::Min => {
                let mut x: Option<Operand<'a>> = None;
                for mut a in ops.clone() {
                    if !self.is_basic(a.ty, |bb| bb.is_numeric() || bb.is_string()) {
                        let s = self.op_str(&a);
                        self.error(a.span, format!("invalid argument: {s} cannot be ordered"));
                        return Operand::invalid(e.span);
                    }
                    let Some(mut cur) = x.take() else {
                        x = Some(a);
                        continue;
                    };
                    self.match_types(&mut cur, &mut a);
                    if cur.is_invalid() || a.is_invalid() {
                        return Operand::invalid(e.span);
                    }
                    if cur.ty != a.ty {
                        let (cs, as_, ae) = (
                            self.tstr(cur.ty),
                            self.tstr(a.ty),
                            a.expr.map(expr_string).unwrap_or_default(),
                        );
                        self.error(a.span, format!("invalid argument: mismatched types {cs} (previous argument) and {as_} (type of {ae})"));
                        return Operand::invalid(e.span);
                    }
                    if cur.mode == OMode::Const && a.mode == OMode::Const {
                        let op = if b == Builtin::Max {
                            minigo_syntax::ast::BinaryOp::Gt
                        } else {
                            minigo_syntax::ast::BinaryOp::Lt
                        };
                        let (av, cv) = (
                            a.val.clone().unwrap_or(CVal::int(0)),
                            cur.val.clone().unwrap_or(CVal::int(0)),
                        );
                        if compare(op, &av, &cv).unwrap_or(false) {
                            cur = a;
                        }
                    } else {
                        cur.mode = OMode::Value;
                        cur.val = None;
                    }
                    x = Some(cur);
                }
                let Some(mut x) = x else {
                    return Operand::invalid(e.span);
                };
                if x.mode != OMode::Const {
                    x.mode = OMode::Value;
                    self.assignment(
                        &mut x,
                        Some(TypeId::EMPTY_INTERFACE),
                        &format!("argument to built-in {name}"),
                    );
                    if x.is_invalid() {
                        return Operand::invalid(e.span);
                    }
                }
                let t = x.ty;
                for a in &ops {
                    if let Some(ae) = a.expr {
                        if self.types.is_untyped(t) {
                            self.update_expr_type(ae, t);
                        } else {
                            self.update_untyped(ae, t);
                        }
                    }
                }
                let params = vec![t; ops.len()];
                self.record_builtin_sig(func, b, params, vec![t], false);
                let mode = x.mode;
                self.op(mode, t, if mode == OMode::Const { x.val } else { None }, e)
            }
            Builtin::New => {
                let t = self.type_expr(&args[0]);
                if t == TypeId::INVALID {
                    return Operand::invalid(e.span);
                }
                let p = self.types.pointer(t);
                self.record_builtin_sig(func, b, vec![t], vec![p], false);
                self.op(OMode::Value, p, None, e)
            }
            Builtin::Panic => {
                let mut x = ops.remove(0);
                self.assignment(&mut x, Some(TypeId::EMPTY_INTERFACE), "argument to panic");
                if x.is_invalid() {
                    return Operand::invalid(e.span);
                }
                self.record_builtin_sig(func, b, vec![TypeId::EMPTY_INTERFACE], vec![], false);
                self.op(OMode::NoValue, TypeId::VOID, None, e)
            }
            Builtin::Print | Builtin::Println => {
                let mut params = vec![];
                for mut a in ops {
                    self.assignment(&mut a, None, &format!("argument to built-in {name}"));
                    if a.is_invalid() {
                        return Operand::invalid(e.span);
                    }
                    params.push(a.ty);
                }
                self.record_builtin_sig(func, b, params, vec![], false);
                self.op(OMode::NoValue, TypeId::VOID, None, e)
            }
            Builtin::Recover => {
                self.record_builtin_sig(func, b, vec![], vec![TypeId::EMPTY_INTERFACE], false);
                self.op(OMode::Value, TypeId::EMPTY_INTERFACE, None, e)
            }
        }
    }
}

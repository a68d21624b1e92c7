//! Go's short expression printer (`syntax.String`), used in error messages:
//! `x + y`, `f(a, b)`, `[]int{…}`, `func(x int) {…}`.

use minigo_syntax::ast::{ChanDir, Expr, ExprKind, FuncSig, InterfaceElem, UnaryOp};

use crate::constant::{go_quote, quote_rune};

pub(crate) fn expr_string(e: &Expr) -> String {
    let mut s = String::new();
    write_expr(&mut s, e, 0);
    s
}

fn write_sig(s: &mut String, sig: &FuncSig, depth: usize) {
    s.push('(');
    for (i, p) in sig.params.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        if let Some(n) = &p.name {
            s.push_str(&n.name);
            s.push(' ');
        }
        if p.variadic {
            s.push_str("...");
        }
        write_expr(s, &p.ty, depth + 1);
    }
    s.push(')');
    if sig.results.is_empty() {
        return;
    }
    s.push(' ');
    let paren = sig.results.len() > 1 || sig.results[0].name.is_some();
    if paren {
        s.push('(');
    }
    for (i, p) in sig.results.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        if let Some(n) = &p.name {
            s.push_str(&n.name);
            s.push(' ');
        }
        write_expr(s, &p.ty, depth + 1);
    }
    if paren {
        s.push(')');
    }
}

fn write_expr(s: &mut String, e: &Expr, depth: usize) {
    if depth > 200 {
        s.push('…');
        return;
    }
    let d = depth + 1;
    match &e.kind {
        ExprKind::Ident(id) => s.push_str(&id.name),
        ExprKind::IntLit(t) | ExprKind::FloatLit(t) => s.push_str(t),
        ExprKind::RuneLit(r) => s.push_str(&quote_rune(*r)),
        ExprKind::StringLit(b) => s.push_str(&go_quote(b)),
        ExprKind::CompositeLit { ty, elems, .. } => {
            if let Some(t) = ty {
                write_expr(s, t, d);
            }
            s.push_str(if elems.is_empty() { "{}" } else { "{…}" });
        }
        ExprKind::FuncLit { sig, .. } => {
            s.push_str("func");
            write_sig(s, sig, d);
            s.push_str(" {…}");
        }
        ExprKind::Paren(x) => {
            s.push('(');
            write_expr(s, x, d);
            s.push(')');
        }
        ExprKind::Selector(x, sel) => {
            write_expr(s, x, d);
            s.push('.');
            s.push_str(&sel.name);
        }
        ExprKind::Index(x, i) => {
            write_expr(s, x, d);
            s.push('[');
            write_expr(s, i, d);
            s.push(']');
        }
        ExprKind::Slice { x, lo, hi, max } => {
            write_expr(s, x, d);
            s.push('[');
            if let Some(l) = lo {
                write_expr(s, l, d);
            }
            s.push(':');
            if let Some(h) = hi {
                write_expr(s, h, d);
            }
            if let Some(m) = max {
                s.push(':');
                write_expr(s, m, d);
            }
            s.push(']');
        }
        ExprKind::TypeAssert(x, t) => {
            write_expr(s, x, d);
            s.push_str(".(");
            match t {
                Some(t) => write_expr(s, t, d),
                None => s.push_str("type"),
            }
            s.push(')');
        }
        ExprKind::Call {
            func,
            args,
            ellipsis,
        } => {
            write_expr(s, func, d);
            s.push('(');
            for (i, a) in args.iter().enumerate() {
                if i > 0 {
                    s.push_str(", ");
                }
                write_expr(s, a, d);
            }
            if ellipsis.is_some() {
                s.push_str("...");
            }
            s.push(')');
        }
        ExprKind::Star(x) => {
            s.push('*');
            write_expr(s, x, d);
        }
        ExprKind::Unary(op, x) => {
            s.push_str(match op {
                UnaryOp::Recv => "<-",
                o => o.as_str(),
            });
            write_expr(s, x, d);
        }
        ExprKind::Binary(op, l, r) => {
            write_expr(s, l, d);
            s.push(' ');
            s.push_str(op.as_str());
            s.push(' ');
            write_expr(s, r, d);
        }
        ExprKind::ArrayType { len, elem } => {
            s.push('[');
            match len {
                Some(l) => write_expr(s, l, d),
                None => s.push_str("..."),
            }
            s.push(']');
            write_expr(s, elem, d);
        }
        ExprKind::SliceType(e) => {
            s.push_str("[]");
            write_expr(s, e, d);
        }
        ExprKind::MapType(k, v) => {
            s.push_str("map[");
            write_expr(s, k, d);
            s.push(']');
            write_expr(s, v, d);
        }
        ExprKind::ChanType(dir, e) => {
            s.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            write_expr(s, e, d);
        }
        ExprKind::FuncType(sig) => {
            s.push_str("func");
            write_sig(s, sig, d);
        }
        ExprKind::StructType(fields) => {
            s.push_str("struct{");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                let names: Vec<&str> = f.names.iter().map(|n| n.name.as_str()).collect();
                if !names.is_empty() {
                    s.push_str(&names.join(", "));
                    s.push(' ');
                }
                write_expr(s, &f.ty, d);
            }
            s.push('}');
        }
        ExprKind::InterfaceType(elems) => {
            s.push_str("interface{");
            for (i, el) in elems.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                match el {
                    InterfaceElem::Method { name, sig } => {
                        s.push_str(&name.name);
                        write_sig(s, sig, d);
                    }
                    InterfaceElem::Embed(t) => write_expr(s, t, d),
                }
            }
            s.push('}');
        }
        ExprKind::Bad => s.push_str("BadExpr"),
    }
}

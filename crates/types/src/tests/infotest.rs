//! Completeness of the side tables: every expression of every valid corpus program has a
//! `types` entry, every identifier a `defs`/`uses` entry, every field/method selector a
//! selection; constants carry the right values.

use minigo_syntax::ast::{
    self, Expr, ExprKind, FuncSig, GenDecl, InterfaceElem, Stmt, StmtKind, TopDecl,
};

use super::corpus::{check_program, corpus_programs, stdlib_sources};
use super::{check_ok, in_main};
use crate::{CheckResult, ConstValue, Mode, ObjKind, SelectionKind, TypeId};

/// Collects problems with the side tables for one file.
struct Walker<'r> {
    res: &'r CheckResult,
    problems: Vec<String>,
}

impl Walker<'_> {
    fn ident_def_or_use(&mut self, id: &ast::Ident, what: &str) {
        if id.name == "_" {
            return;
        }
        if !self.res.info.defs.contains_key(&id.id) && !self.res.info.uses.contains_key(&id.id) {
            self.problems.push(format!(
                "{what} ident {} at {} has no def/use",
                id.name, id.span.lo
            ));
        }
    }

    fn def(&mut self, id: &ast::Ident) {
        if id.name != "_" && !self.res.info.defs.contains_key(&id.id) {
            self.problems
                .push(format!("ident {} at {} has no def", id.name, id.span.lo));
        }
    }

    fn sig(&mut self, sig: &FuncSig) {
        for p in sig.params.iter().chain(sig.results.iter()) {
            if let Some(n) = &p.name {
                self.def(n);
            }
            self.expr(&p.ty);
        }
    }

    fn expr(&mut self, e: &Expr) {
        // Qualified identifiers: the package ident has a use, the selector a use.
        if let ExprKind::Selector(x, sel) = &e.kind
            && let ExprKind::Ident(xid) = &x.kind
            && let Some(o) = self.res.info.uses.get(&xid.id)
            && matches!(self.res.objects[o.0 as usize].kind, ObjKind::PkgName(_))
        {
            if !self.res.info.uses.contains_key(&sel.id) {
                self.problems
                    .push(format!("qualified {}.{} has no use", xid.name, sel.name));
            }
            self.has_type(e);
            return;
        }
        self.has_type(e);
        match &e.kind {
            ExprKind::Ident(id) => self.ident_def_or_use(id, "expr"),
            ExprKind::IntLit(_)
            | ExprKind::FloatLit(_)
            | ExprKind::RuneLit(_)
            | ExprKind::StringLit(_)
            | ExprKind::Bad => {}
            ExprKind::CompositeLit { ty, elems, .. } => {
                if let Some(t) = ty {
                    self.expr(t);
                }
                let is_struct = self.res.info.types.get(&e.id).is_some_and(|tv| {
                    let mut t = tv.ty;
                    if let crate::TypeKind::Pointer(b) = self.res.types.kind(t) {
                        t = *b;
                    }
                    matches!(self.res.types.under(t), crate::TypeKind::Struct(_))
                });
                for el in elems {
                    if let Some(k) = &el.key {
                        if is_struct {
                            self.has_type(k);
                        } else {
                            self.expr(k);
                        }
                    }
                    self.expr(&el.value);
                }
            }
            ExprKind::FuncLit { sig, body } => {
                self.sig(sig);
                self.block(body);
            }
            ExprKind::Paren(x)
            | ExprKind::Star(x)
            | ExprKind::Unary(_, x)
            | ExprKind::SliceType(x) => self.expr(x),
            ExprKind::ChanType(_, x) => self.expr(x),
            ExprKind::Selector(x, _) => {
                self.expr(x);
                let is_type = self
                    .res
                    .info
                    .types
                    .get(&e.id)
                    .is_some_and(|tv| tv.mode == Mode::Type);
                if !is_type && !self.res.info.selections.contains_key(&e.id) {
                    self.problems
                        .push(format!("selector at {} has no selection", e.span.lo));
                }
            }
            ExprKind::Index(x, i) | ExprKind::Binary(_, x, i) | ExprKind::MapType(x, i) => {
                self.expr(x);
                self.expr(i);
            }
            ExprKind::Slice { x, lo, hi, max } => {
                self.expr(x);
                for i in [lo, hi, max].into_iter().flatten() {
                    self.expr(i);
                }
            }
            ExprKind::TypeAssert(x, t) => {
                self.expr(x);
                if let Some(t) = t {
                    self.expr(t);
                }
            }
            ExprKind::Call { func, args, .. } => {
                self.expr(func);
                for a in args {
                    self.expr(a);
                }
            }
            ExprKind::ArrayType { len, elem } => {
                if let Some(l) = len {
                    self.expr(l);
                }
                self.expr(elem);
            }
            ExprKind::FuncType(sig) => self.sig(sig),
            ExprKind::StructType(fields) => {
                for f in fields {
                    self.expr(&f.ty);
                }
            }
            ExprKind::InterfaceType(elems) => {
                for el in elems {
                    match el {
                        InterfaceElem::Method { sig, .. } => self.sig(sig),
                        InterfaceElem::Embed(t) => self.expr(t),
                    }
                }
            }
        }
    }

    fn has_type(&mut self, e: &Expr) {
        match self.res.info.types.get(&e.id) {
            None => self.problems.push(format!(
                "expr at {} ({:?}) has no type",
                e.span.lo,
                short(&e.kind)
            )),
            Some(tv) => {
                if tv.ty == TypeId::INVALID && !matches!(tv.mode, Mode::Builtin(_)) {
                    self.problems.push(format!(
                        "expr at {} has invalid type: {}",
                        e.span.lo,
                        short(&e.kind)
                    ));
                }
                if tv.mode == Mode::Const && tv.value.is_none() {
                    self.problems
                        .push(format!("constant at {} has no value", e.span.lo));
                }
                if self.res.types.is_untyped(tv.ty) && tv.ty != TypeId::UNTYPED_NIL {
                    self.problems
                        .push(format!("expr at {} is still untyped", e.span.lo));
                }
            }
        }
    }

    fn block(&mut self, b: &ast::Block) {
        for s in &b.stmts {
            self.stmt(s);
        }
    }

    fn gen_decl(&mut self, g: &GenDecl) {
        match g {
            GenDecl::Var(specs, _) | GenDecl::Const(specs, _) => {
                for s in specs {
                    for n in &s.names {
                        self.def(n);
                    }
                    if let Some(t) = &s.ty {
                        self.expr(t);
                    }
                    for v in &s.values {
                        self.expr(v);
                    }
                }
            }
            GenDecl::Type(specs, _) => {
                for s in specs {
                    self.def(&s.name);
                    self.expr(&s.ty);
                }
            }
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Decl(g) => self.gen_decl(g),
            StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => self.expr(e),
            StmtKind::Send { ch, value } => {
                self.expr(ch);
                self.expr(value);
            }
            StmtKind::IncDec { x, .. } => self.expr(x),
            StmtKind::Assign { lhs, rhs, .. } => {
                for e in lhs.iter().chain(rhs.iter()) {
                    self.expr(e);
                }
            }
            StmtKind::Return(rs) => {
                for e in rs {
                    self.expr(e);
                }
            }
            StmtKind::Break(l) | StmtKind::Continue(l) => {
                if let Some(l) = l {
                    self.ident_def_or_use(l, "label");
                }
            }
            StmtKind::Fallthrough | StmtKind::Empty | StmtKind::Bad => {}
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.expr(cond);
                self.block(then);
                if let Some(e) = els {
                    self.stmt(e);
                }
            }
            StmtKind::Switch { init, tag, clauses } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(t) = tag {
                    self.expr(t);
                }
                for c in clauses {
                    for e in c.exprs.iter().flatten() {
                        self.expr(e);
                    }
                    for s in &c.body {
                        self.stmt(s);
                    }
                }
            }
            StmtKind::TypeSwitch {
                init, x, clauses, ..
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.expr(x);
                for c in clauses {
                    if let Some(imp) = &c.implicit {
                        self.def(imp);
                    }
                    for e in c.types.iter().flatten() {
                        self.expr(e);
                    }
                    for s in &c.body {
                        self.stmt(s);
                    }
                }
            }
            StmtKind::Select(clauses) => {
                for c in clauses {
                    if let Some(cs) = &c.comm {
                        self.stmt(cs);
                    }
                    for s in &c.body {
                        self.stmt(s);
                    }
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(c) = cond {
                    self.expr(c);
                }
                if let Some(p) = post {
                    self.stmt(p);
                }
                self.block(body);
            }
            StmtKind::Range {
                key,
                value,
                x,
                body,
                ..
            } => {
                for e in [key, value].into_iter().flatten() {
                    self.expr(e);
                }
                self.expr(x);
                self.block(body);
            }
            StmtKind::Labeled { label, stmt } => {
                self.def(label);
                self.stmt(stmt);
            }
        }
    }

    fn file(&mut self, f: &ast::File) {
        for d in &f.decls {
            match d {
                TopDecl::Func(fd) => {
                    self.def(&fd.name);
                    if let Some(r) = &fd.recv {
                        if let Some(n) = &r.name {
                            self.def(n);
                        }
                        self.expr(&r.ty);
                    }
                    self.sig(&fd.sig);
                    if let Some(b) = &fd.body {
                        self.block(b);
                    }
                }
                TopDecl::Gen(g) => self.gen_decl(g),
                TopDecl::Bad(_) => {}
            }
        }
    }
}

fn short(k: &ExprKind) -> String {
    let s = format!("{k:?}");
    s.chars().take(60).collect()
}

pub(crate) fn problems_of(res: &CheckResult) -> Vec<String> {
    let mut w = Walker {
        res,
        problems: vec![],
    };
    for p in &res.packages {
        for f in &p.files {
            w.file(f);
        }
    }
    w.problems
}

#[test]
fn every_expression_of_the_corpus_is_recorded() {
    let std = stdlib_sources();
    let mut failures = vec![];
    for (name, src) in corpus_programs() {
        let Some((res, _)) = check_program(&src, &std) else {
            continue;
        };
        if !res.diagnostics.is_empty() {
            continue;
        }
        let p = problems_of(&res);
        if !p.is_empty() {
            failures.push(format!(
                "{name}:\n  {}",
                p.iter().take(8).cloned().collect::<Vec<_>>().join("\n  ")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} programs with incomplete info:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

const BIG: &str = r#"package main

import (
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

type Point struct{ X, Y int }

type Rect struct {
	Point
	W, H float64
	tags map[string][]int
}

func (r Rect) Area() float64  { return r.W * r.H }
func (r *Rect) Name() string  { return "rect" }
func (p Point) Dist() int      { return p.X*p.X + p.Y*p.Y }

type Celsius float64

const (
	A = iota * 10
	B
	C
	D string = "d"
)

var global = compute(3)

func compute(n int) int { return n * len(names) }

var names = []string{"a", "b"}

func pair() (int, string) { return 1, "x" }

func variadic(prefix string, xs ...int) int {
	total := 0
	for _, x := range xs {
		total += x
	}
	return total + len(prefix)
}

func main() {
	var s Shape = &Rect{Point: Point{1, 2}, W: 2, H: 3}
	fmt.Println(s.Area(), s.Name(), A, B, C, D, global)
	r := Rect{W: 1}
	r.X = 5
	fmt.Println(r.Dist(), r.Point.Y)
	m := map[string]int{"a": 1}
	v, ok := m["a"]
	if n, isRect := s.(*Rect); isRect {
		fmt.Println(n.W, v, ok)
	}
	switch x := s.(type) {
	case *Rect:
		fmt.Println(x.H)
	case nil:
	default:
		_ = x
	}
	arr := [...]int{1, 2, 3}
	sl := arr[1:]
	sl = append(sl, 4, 5)
	sl = append(sl, sl...)
	bs := append([]byte("hi"), "there"...)
	fmt.Println(len(arr), cap(sl), bs[0], string(bs), []rune("héllo"))
	var sb strings.Builder
	sb.WriteString("x")
	fmt.Println(sb.String(), variadic("p", 1, 2), variadic("q", sl...))
	f := func(a, b int) int { return a - b }
	g := Point.Dist
	h := (*Rect).Name
	k := r.Dist
	fmt.Println(f(3, 1), g(Point{3, 4}), h(&r), k())
	ch := make(chan int, 3)
	ch <- 1
	close(ch)
	for x := range ch {
		fmt.Println(x)
	}
	for i := range 3 {
		fmt.Println(i)
	}
	var c Celsius = 36.6
	fmt.Printf("%.1f %T\n", c, c)
	p := new(Point)
	p.Y = 3
	q := &Point{1, 2}
	fmt.Println(*p, q.X, float64(c)*2, int64(7)<<2, 1<<3, ^0, -5%3, !ok)
	i, str := pair()
	fmt.Println(i, str, min(1, 2.5), max(i, 2))
	x := 1
	var shift uint = 3
	var y int64 = 1 << shift
	fmt.Println(x<<shift, y)
	delete(m, "a")
	copy(sl, []int{9})
	clear(m)
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(e)
		}
	}()
outer:
	for j := 0; j < 3; j++ {
		for {
			if j == 1 {
				continue outer
			}
			break outer
		}
	}
	type local struct{ a int }
	l := local{a: 1}
	fmt.Println(l.a, len("const"), len(arr))
	var iface interface{} = l
	_, isLocal := iface.(local)
	fmt.Println(isLocal, r.tags == nil, s != nil)
	select {
	case ch <- 1:
	case z, ok2 := <-ch:
		fmt.Println(z, ok2)
	default:
	}
	goto_free := struct {
		A int
		B []string
	}{1, nil}
	fmt.Println(goto_free)
}
"#;

#[test]
fn big_program_has_complete_info() {
    let res = check_ok(BIG);
    let p = problems_of(&res);
    assert!(p.is_empty(), "{}", p.join("\n"));
}

/// The recorded value and type of the first expression whose source text matches.
fn tv_of(res: &CheckResult, src: &str, text: &str) -> (Mode, String, Option<ConstValue>) {
    let text_t = text.split('\n').next().unwrap_or(text);
    let pos = src
        .find(text)
        .unwrap_or_else(|| panic!("{text} not in source")) as u32;
    let end = pos + text_t.len() as u32;
    // Find the expression node with exactly this span.
    let mut best = None;
    let main = res.packages.last().expect("main");
    let mut all = vec![];
    fn collect<'e>(e: &'e Expr, out: &mut Vec<&'e Expr>) {
        out.push(e);
        match &e.kind {
            ExprKind::Paren(x)
            | ExprKind::Unary(_, x)
            | ExprKind::Star(x)
            | ExprKind::Selector(x, _) => collect(x, out),
            ExprKind::Binary(_, l, r) | ExprKind::Index(l, r) => {
                collect(l, out);
                collect(r, out);
            }
            ExprKind::Call { func, args, .. } => {
                collect(func, out);
                for a in args {
                    collect(a, out);
                }
            }
            ExprKind::CompositeLit { elems, .. } => {
                for el in elems {
                    collect(&el.value, out);
                }
            }
            _ => {}
        }
    }
    fn stmts<'e>(ss: &'e [Stmt], out: &mut Vec<&'e Expr>) {
        for s in ss {
            match &s.kind {
                StmtKind::Expr(e) => collect(e, out),
                StmtKind::Assign { lhs, rhs, .. } => {
                    for e in lhs.iter().chain(rhs) {
                        collect(e, out);
                    }
                }
                StmtKind::Decl(GenDecl::Var(specs, _) | GenDecl::Const(specs, _)) => {
                    for sp in specs {
                        for v in &sp.values {
                            collect(v, out);
                        }
                    }
                }
                _ => {}
            }
        }
    }
    for d in &main.files[0].decls {
        match d {
            TopDecl::Func(fd) => stmts(&fd.body.as_ref().expect("body").stmts, &mut all),
            TopDecl::Gen(GenDecl::Var(specs, _) | GenDecl::Const(specs, _)) => {
                for sp in specs {
                    for v in &sp.values {
                        collect(v, &mut all);
                    }
                }
            }
            _ => {}
        }
    }
    for e in all {
        if e.span.lo == pos && e.span.hi == end {
            best = Some(e);
        }
    }
    let e = best.unwrap_or_else(|| panic!("no expression spans {text}"));
    let tv = res.info.types.get(&e.id).expect("recorded");
    (tv.mode, res.types.display(tv.ty, false), tv.value.clone())
}

#[test]
fn constants_carry_converted_values() {
    let src = in_main(
        "var f float64 = 1\nvar b byte = 'a' + 1\nconst big = 1 << 100\nvar s = big >> 98\nvar r = 7 / 2.0\nvar t = \"a\" + \"b\"\nvar i8 int8 = -128\nvar u = ^uint8(0)\nvar sh int64 = 1 << 3\n_, _, _, _, _, _, _, _ = f, b, s, r, t, i8, u, sh",
    );
    let res = check_ok(&src);
    assert_eq!(
        tv_of(&res, &src, "1\nvar b"),
        (Mode::Const, "float64".into(), Some(ConstValue::Float(1.0)))
    );
    assert_eq!(
        tv_of(&res, &src, "'a' + 1"),
        (Mode::Const, "uint8".into(), Some(ConstValue::Int(98)))
    );
    assert_eq!(
        tv_of(&res, &src, "'a'"),
        (Mode::Const, "uint8".into(), Some(ConstValue::Int(97)))
    );
    assert_eq!(
        tv_of(&res, &src, "big >> 98"),
        (Mode::Const, "int".into(), Some(ConstValue::Int(4)))
    );
    assert_eq!(
        tv_of(&res, &src, "7 / 2.0"),
        (Mode::Const, "float64".into(), Some(ConstValue::Float(3.5)))
    );
    assert_eq!(
        tv_of(&res, &src, "\"a\" + \"b\""),
        (
            Mode::Const,
            "string".into(),
            Some(ConstValue::String(b"ab".to_vec()))
        )
    );
    assert_eq!(
        tv_of(&res, &src, "-128"),
        (Mode::Const, "int8".into(), Some(ConstValue::Int(-128)))
    );
    assert_eq!(
        tv_of(&res, &src, "^uint8(0)"),
        (Mode::Const, "uint8".into(), Some(ConstValue::Int(255)))
    );
    assert_eq!(
        tv_of(&res, &src, "1 << 3"),
        (Mode::Const, "int64".into(), Some(ConstValue::Int(8)))
    );
}

#[test]
fn selections_and_objects() {
    let src = "package main\ntype In struct{ v int }\nfunc (i *In) M() int { return i.v }\ntype Out struct{ *In; w int }\nfunc main() {\n\to := Out{&In{1}, 2}\n\t_ = o.v\n\t_ = o.M()\n\t_ = o.w\n}\n";
    let res = check_ok(src);
    let mut sels: Vec<_> = res
        .info
        .selections
        .values()
        .map(|s| (s.kind, s.path.clone(), s.method.is_some()))
        .collect();
    sels.sort_by_key(|s| format!("{s:?}"));
    assert!(
        sels.contains(&(SelectionKind::Field, vec![0, 0], false)),
        "{sels:?}"
    );
    assert!(
        sels.contains(&(SelectionKind::MethodVal, vec![0], true)),
        "{sels:?}"
    );
    assert!(
        sels.contains(&(SelectionKind::Field, vec![1], false)),
        "{sels:?}"
    );
}

#[test]
fn inherited_constant_initialisers_keep_their_own_values() {
    let src =
        "package main\nconst (\n\tA = iota * 10\n\tB\n\tC\n)\nfunc main() { _, _, _ = A, B, C }\n";
    let res = check_ok(src);
    let main = res.packages.last().expect("main");
    let ast::TopDecl::Gen(GenDecl::Const(specs, _)) = &main.files[0].decls[0] else {
        panic!("const decl")
    };
    let tv = &res.info.types[&specs[0].values[0].id];
    assert_eq!(tv.value, Some(ConstValue::Int(0)));
    let vals: Vec<_> = ["A", "B", "C"]
        .iter()
        .map(|n| {
            res.objects
                .iter()
                .find(|o| o.name == *n)
                .map(|o| o.kind.clone())
        })
        .collect();
    assert_eq!(
        vals,
        vec![
            Some(ObjKind::Const(ConstValue::Int(0))),
            Some(ObjKind::Const(ConstValue::Int(10))),
            Some(ObjKind::Const(ConstValue::Int(20)))
        ]
    );
}

#[test]
fn public_lookup_helpers() {
    let src = "package main\ntype Base struct{}\nfunc (Base) V() {}\nfunc (*Base) P() {}\ntype Outer struct {\n\t*Base\n\tn int\n}\ntype Val struct{ Base }\nfunc (Val) Own() {}\ntype I interface{ V(); P() }\nfunc main() {}\n";
    let mut res = check_ok(src);
    let ty = |res: &CheckResult, name: &str| {
        res.objects
            .iter()
            .find(|o| o.name == name && o.kind == ObjKind::TypeName)
            .map(|o| o.ty)
            .expect("type")
    };
    let (outer, val, base, iface) = (
        ty(&res, "Outer"),
        ty(&res, "Val"),
        ty(&res, "Base"),
        ty(&res, "I"),
    );
    let pval = res.types.pointer(val);
    let pbase = res.types.pointer(base);
    let res = res;
    let names = |t| {
        crate::method_set(&res.types, &res.objects, t)
            .into_iter()
            .map(|(n, _)| n)
            .collect::<Vec<_>>()
    };
    assert_eq!(names(base), vec!["V"]);
    assert_eq!(names(pbase), vec!["P", "V"]);
    assert_eq!(
        names(outer),
        vec!["P", "V"],
        "promoted through an embedded pointer"
    );
    assert_eq!(names(val), vec!["Own", "V"]);
    assert_eq!(names(pval), vec!["Own", "P", "V"]);
    assert!(crate::implements(&res.types, &res.objects, outer, iface).is_ok());
    assert_eq!(
        crate::implements(&res.types, &res.objects, val, iface),
        Err("Val does not implement I (method P has pointer receiver)".to_string())
    );
    assert!(crate::implements(&res.types, &res.objects, pval, iface).is_ok());
    let sel = crate::lookup_field_or_method(&res.types, &res.objects, outer, "P").expect("P");
    assert_eq!(
        (sel.kind, sel.path.clone(), sel.method.is_some()),
        (SelectionKind::MethodVal, vec![0], true)
    );
    let f = crate::lookup_field_or_method(&res.types, &res.objects, outer, "n").expect("n");
    assert_eq!(
        (f.kind, f.path, f.ty),
        (SelectionKind::Field, vec![1], TypeId::INT)
    );
    assert!(crate::comparable(&res.types, outer));
    assert!(crate::assignable_to(&res.types, &res.objects, pval, iface));
    assert!(!crate::assignable_to(&res.types, &res.objects, val, iface));
    assert_eq!(crate::default_type(TypeId::UNTYPED_RUNE), TypeId::INT32);
}

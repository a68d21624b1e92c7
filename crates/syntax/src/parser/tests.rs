//! Parser tests: AST snapshots over small programs covering every construct, error
//! recovery expectations (message and `line:col`), span checks by re-parsing, node-id
//! uniqueness, hostile nesting, and a random-input robustness test.

use crate::ast::{Expr, ExprKind, File, Stmt, StmtKind};
use crate::dump::dump_expr;
use crate::post::{Node, walk};
use crate::span::{FileId, SourceFile};
use crate::{ParseResult, dump, parse_source};

fn parse(src: &str) -> ParseResult {
    parse_source(FileId(0), src.as_bytes(), 0)
}

/// Diagnostics rendered as `line:col: message`, one per line.
fn diags(src: &str, r: &ParseResult) -> String {
    let sf = SourceFile::new("x.go", src);
    let mut out = String::new();
    for d in &r.diagnostics {
        let (l, c) = sf.line_col(d.span.lo as usize);
        out.push_str(&format!("{l}:{c}: {}\n", d.message));
    }
    out
}

/// Parses `src` and renders the tree plus diagnostics.
fn check(src: &str) -> String {
    let r = parse(src);
    dump(&r.file) + &diags(src, &r)
}

#[test]
fn debug_print() {
    // `MINIGO_DEBUG_SRC=file.go cargo test debug_print -- --nocapture` prints a parse.
    if let Ok(path) = std::env::var("MINIGO_DEBUG_SRC") {
        let src = std::fs::read_to_string(path).unwrap_or_default();
        println!("{}", check(&src));
    }
}

/// Small programs covering the grammar; each becomes one snapshot.
const PROGRAMS: &[(&str, &str)] = &[
    (
        "imports",
        r#"package main

import "fmt"
import m "math"
import (
	"os"
	. "strings"
	_ "unicode/utf8"
)
"#,
    ),
    (
        "const_iota",
        "package p
const Pi = 3.14
const (
	A = iota
	B
	_
	C, D int = iota, iota * 2
	E
)
const e, f = 'x', \"s\"
",
    ),
    (
        "var_forms",
        "package p
var a int
var b, c = 1, 2
var d float64 = 1.5
var (
	e []string
	f = map[string]int{}
	g, h int = 3, 4
)
",
    ),
    (
        "type_decls",
        "package p
type A int
type B = A
type (
	C []int
	D map[string][]*C
	E [4][2]byte
	F [...]int
	G chan int
	H chan<- string
	I <-chan bool
	J func(int, string) (bool, error)
	K *struct{}
	L interface{}
	M (int)
	N pkg.T
)
",
    ),
    (
        "struct_types",
        "package p
type S struct {
	a, b int
	c    string `json:\"c\"`
	T
	*U
	pkg.V
	*pkg.W \"tag\"
	f func() int
	x struct{ y int }
}
",
    ),
    (
        "interface_types",
        "package p
type I interface {
	M()
	N(a int, b ...string) (int, error)
	fmt.Stringer
	J
}
",
    ),
    (
        "func_params",
        "package p
func a()
func b(int)
func c(int, string) bool
func d(x int)
func e(x, y int, z string) (r int)
func f(x ...int)
func g(int, ...string)
func h() (int, error)
func i() (a, b int)
func j(a, b int, c ...float64) func(int) int { return nil }
func k(p *int, q []int, r map[int]int, s chan<- int, t func()) {}
func l(fmt.Stringer, ...interface{}) {}
func m(a [3]int) [3]int { return a }
func n(_ int, _ string) {}
",
    ),
    (
        "methods",
        "package p
func (t T) Value() int { return t.x }
func (t *T) Ptr(n int) { t.x = n }
func (T) Anon() {}
func (*T) AnonPtr() {}
",
    ),
    (
        "precedence",
        "package p
var a = 1 + 2*3 - 4/5%6
var b = x || y && z
var c = a == b || c != d && e < f
var d = 1 << 2 >> 3 &^ 4 & 5 | 6 ^ 7
var e = -x * +y
var f = !a && ^b == c
var g = *p + &q
var h = <-ch + 1
var i = a < b == (c > d)
var j = x + y + z
var k = f(x)[i].y.z(1, 2)
",
    ),
    (
        "postfix",
        "package p
var a = x.y.z
var b = f(1)(2)
var c = s[1:2]
var d = s[:2]
var e = s[1:]
var f = s[:]
var g = s[1:2:3]
var h = s[:2:3]
var i = v.(int)
var j = v.(*T).f
var k = f(xs...)
var l = f(a, b...)
var m = f(a, b,)
var n = m[k][j]
var o = pkg.F(x)
var q = x.(interface{ M() })
",
    ),
    (
        "composite_literals",
        "package p
var a = T{}
var b = T{1, 2}
var c = T{X: 1, Y: 2}
var d = []int{1, 2, 3}
var e = [...]string{\"a\", \"b\"}
var f = [2][]int{{1}, {2, 3}}
var g = map[string]Point{\"o\": {0, 0}, \"x\": {X: 1}}
var h = map[Point]string{{1, 2}: \"a\"}
var i = []*Point{{1, 2}, &Point{3, 4}}
var j = struct{ a int }{1}
var k = pkg.T{A: 1}
var l = &T{}
var m = []int{
	1,
	2,
}
var n = [3]int{2: 1, 0: 5}
",
    ),
    (
        "func_literals_and_conversions",
        "package p
var a = func() {}
var b = func(x int) int { return x * 2 }(3)
var c = []byte(\"abc\")
var d = (*T)(nil)
var e = (<-chan int)(ch)
var f = make(chan int, 10)
var g = make(<-chan int)
var h = make(chan<- int)
var i = make([]int, 0, 10)
var j = new(map[string]int)
var k = func(f func() int) int { return f() }
var l = string(rune(65))
var m = (func())(nil)
var n = interface{}(1)
var o = struct{}{}
",
    ),
    (
        "literals",
        r#"package p
var a = 0x_FF + 0o17 + 017 + 0b101 + 1_000
var b = 1.5 + .5 + 1e9 + 0x1p-2
var c = 'a' + '\n' + '\x41' + '\u00e9' + '\''
var d = "tab\there\"q\" \xff \u00e9"
var e = `raw \n
string`
"#,
    ),
    (
        "simple_statements",
        "package p
func f() {
	x := 1
	a, b := 1, 2
	x = 3
	a, b = b, a
	x += 1
	x -= 1
	x *= 2
	x /= 2
	x %= 2
	x &= 1
	x |= 1
	x ^= 1
	x <<= 1
	x >>= 1
	x &^= 1
	x++
	x--
	ch <- x
	<-ch
	f(x)
	m[k] = v
	*p = 1
	s.f = 2
	_ = x
	;
}
",
    ),
    (
        "if_statements",
        "package p
func f() {
	if x {
	}
	if x := f(); x > 0 {
		return
	} else if y := 2; y < x {
		x++
	} else {
		x--
	}
	if p := (Point{1, 2}); p.X == 1 {
	}
	if x == (T{}) {
	}
	if v, ok := m[k]; ok {
	}
	if f(T{}) {
	}
	if []int{1}[0] == 1 {
	}
	if func() bool { return T{} == x }() {
	}
}
",
    ),
    (
        "for_statements",
        "package p
func f() {
	for {
		break
	}
	for x < 10 {
		x++
	}
	for i := 0; i < 10; i++ {
		continue
	}
	for ; ; {
	}
	for i := 0; i < n; {
	}
	for ; i < n; i++ {
	}
	for i, v := range xs {
	}
	for i := range xs {
	}
	for k, v = range m {
	}
	for range ch {
	}
	for _, x := range []int{1, 2} {
	}
	for i := range 10 {
	}
}
",
    ),
    (
        "switch_statements",
        "package p
func f() {
	switch {
	}
	switch x {
	case 1, 2:
		f()
		fallthrough
	case 3:
	default:
		g()
	}
	switch x := f(); x {
	case T{}.y:
	}
	switch x := f(); {
	case x > 1:
	}
	switch f(); {
	}
	switch v := i.(type) {
	case nil:
	case int, *T:
		println(v)
	case []string, map[string]int, func(int) bool, chan<- int:
	default:
	}
	switch i.(type) {
	case error:
	}
	switch x := 1; y := x.(type) {
	}
}
",
    ),
    (
        "select_statements",
        "package p
func f() {
	select {
	case v := <-ch:
		use(v)
	case v, ok := <-ch:
	case x = <-ch:
	case <-done:
		return
	case out <- 1:
	default:
	}
	select {}
}
",
    ),
    (
        "other_statements",
        "package p
func f() (int, error) {
	go worker(ch)
	defer mu.Unlock()
	defer func() { recover() }()
	var x, y int
	const c = 1
	type T struct{}
	{
		x := 2
		_ = x
	}
outer:
	for {
		for {
			break outer
			continue outer
		}
	}
empty:
	return x, nil
}
",
    ),
    (
        "edge_cases",
        "package p
type S struct{ a, b int; c string }
type I interface{ m(); n() int }
type C1 chan<- chan int
type C2 chan (<-chan int)
type C3 <-chan <-chan int
type F func() (func(), error)
type G func(x (int)) (int)
var mexpr = (*T).M
var mexpr2 = T.M
var anon = []struct{ a int }{{1}, {2}}
var mk = map[[2]int]string{{1, 2}: \"a\"}
var pa = &[3]int{}
var π = 3.14
var neg = int8(-1)
var a, b = f()
var rc = <-ch
func f() (int) {
	if x { return 1 }
	T{}.M()
	[]int{1}[0]++
	*p++
	x = - -y + ^^z
	ok := !!b
	q := *&x
	r := &*p
	s := <-<-ch
	f(append(a, b...)...)
	switch t := (x).(type) {
	case interface{ M() }:
		_ = t
	}
	if _, ok := <-ch; !ok {
	}
	for x := range f(T{}) {
	}
	switch (T{}) {
	}
	defer func() {
		if r := recover(); r != nil {
		}
	}()
	go func(x int) {}(1)
	select {
	case <-time.After(1):
	}
L:
}
",
    ),
];

#[test]
fn snapshots() {
    for (name, src) in PROGRAMS {
        insta::assert_snapshot!(*name, check(src));
    }
}

#[test]
fn example_programs_parse_cleanly() {
    for (name, src) in PROGRAMS {
        let r = parse(src);
        assert_eq!(diags(src, &r), "", "program {name}");
    }
}

/// Every expression's and statement's span, cut out of the source and parsed again in a
/// neutral context, yields the same tree: spans cover exactly their node.
#[test]
fn spans_reparse_to_the_same_tree() {
    for (name, src) in PROGRAMS {
        let r = parse(src);
        let mut nodes = Vec::new();
        walk(&r.file, &mut |n| nodes.push(n));
        for n in nodes {
            match n {
                Node::Expr(e) => check_expr_span(name, src, e),
                Node::Stmt(s) => check_stmt_span(name, src, s),
            }
        }
    }
}

fn check_expr_span(name: &str, src: &str, e: &Expr) {
    // Bad nodes and literal bodies with an elided type cannot stand alone.
    if matches!(
        e.kind,
        ExprKind::Bad | ExprKind::CompositeLit { ty: None, .. }
    ) {
        return;
    }
    let text = &src[e.span.range()];
    let wrapped = format!("package p; var _ = ({text})");
    let r = parse(&wrapped);
    assert_eq!(
        diags(&wrapped, &r),
        "",
        "{name}: expression span {:?} text {text:?}",
        e.span
    );
    let got = match &r.file.decls[0] {
        crate::ast::TopDecl::Gen(crate::ast::GenDecl::Var(specs, _)) => {
            match &specs[0].values[0].kind {
                ExprKind::Paren(inner) => dump_expr(inner),
                _ => panic!("unexpected reparse shape"),
            }
        }
        _ => panic!("unexpected reparse shape"),
    };
    assert_eq!(got, dump_expr(e), "{name}: expression span text {text:?}");
}

fn check_stmt_span(name: &str, src: &str, s: &Stmt) {
    // Statements whose text alone is not a statement in a block.
    if matches!(s.kind, StmtKind::Bad | StmtKind::Empty) {
        return;
    }
    let text = &src[s.span.range()];
    let wrapped = format!("package p\nfunc _() {{\n{text}\n}}\n");
    let r = parse(&wrapped);
    let d = diags(&wrapped, &r);
    // A lone `break`/`continue`/`fallthrough` is fine syntactically; labels too.
    assert_eq!(d, "", "{name}: statement span {:?} text {text:?}", s.span);
    let File { decls, .. } = &r.file;
    let body = match &decls[0] {
        crate::ast::TopDecl::Func(f) => f.body.as_ref().expect("body"),
        _ => panic!("unexpected reparse shape"),
    };
    assert_eq!(body.stmts.len(), 1, "{name}: {text:?}");
    let mut a = String::new();
    let mut b = String::new();
    for (out, st) in [(&mut a, &body.stmts[0]), (&mut b, s)] {
        let f = File {
            package: r.file.package.clone(),
            imports: vec![],
            decls: vec![crate::ast::TopDecl::Func(crate::ast::FuncDecl {
                recv: None,
                name: r.file.package.clone(),
                sig: crate::ast::FuncSig {
                    params: vec![],
                    results: vec![],
                    span: st.span,
                },
                body: Some(crate::ast::Block {
                    stmts: vec![st.clone()],
                    span: st.span,
                }),
                span: st.span,
            })],
            span: st.span,
        };
        *out = dump(&f);
    }
    assert_eq!(a, b, "{name}: statement text {text:?}");
}

#[test]
fn node_ids_are_unique_and_start_at_first_id() {
    for (name, src) in PROGRAMS {
        let r = parse_source(FileId(3), src.as_bytes(), 1000);
        let mut ids = Vec::new();
        collect_ids(&r.file, &mut ids);
        let n = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), n, "{name}: duplicate ids");
        assert!(ids.first().is_none_or(|&i| i >= 1000), "{name}");
        assert!(ids.last().is_none_or(|&i| i < r.next_id), "{name}");
        assert_eq!(r.file.span.file, FileId(3));
    }
}

/// Collects all node ids by scanning the `Debug` rendering (covers every `Ident`).
fn collect_ids(f: &File, out: &mut Vec<u32>) {
    let text = format!("{f:?}");
    for part in text.split("NodeId(").skip(1) {
        let num: String = part.chars().take_while(|c| c.is_ascii_digit()).collect();
        out.push(num.parse().expect("node id"));
    }
}

#[test]
fn type_switch_clauses_get_fresh_implicit_idents() {
    let src =
        "package p\nfunc f() {\n\tswitch v := x.(type) {\n\tcase int:\n\tcase string:\n\t}\n}\n";
    let r = parse(src);
    let crate::ast::TopDecl::Func(f) = &r.file.decls[0] else {
        panic!()
    };
    let StmtKind::TypeSwitch {
        bind: Some(bind),
        clauses,
        ..
    } = &f.body.as_ref().unwrap().stmts[0].kind
    else {
        panic!("not a type switch")
    };
    let a = clauses[0].implicit.as_ref().unwrap();
    let b = clauses[1].implicit.as_ref().unwrap();
    assert_eq!((a.name.as_str(), a.span), ("v", bind.span));
    assert_eq!((b.name.as_str(), b.span), ("v", bind.span));
    assert!(a.id != b.id && a.id != bind.id && b.id != bind.id);
}

#[test]
fn spans_are_byte_ranges_in_the_given_file() {
    let src = "package p\n\nfunc f() {\n\tx := a + b*c\n}\n";
    let r = parse_source(FileId(7), src.as_bytes(), 0);
    let crate::ast::TopDecl::Func(f) = &r.file.decls[0] else {
        panic!()
    };
    let s = &f.body.as_ref().unwrap().stmts[0];
    assert_eq!(&src[s.span.range()], "x := a + b*c");
    assert_eq!(s.span.file, FileId(7));
    let StmtKind::Assign { rhs, .. } = &s.kind else {
        panic!()
    };
    assert_eq!(&src[rhs[0].span.range()], "a + b*c");
    assert_eq!(&src[f.span.range()], "func f() {\n\tx := a + b*c\n}");
    assert_eq!(
        &src[f.body.as_ref().unwrap().span.range()],
        "{\n\tx := a + b*c\n}"
    );
}

/// Programs with several errors: every error is reported once, with Go's wording.
#[test]
fn error_recovery() {
    let cases: &[(&str, &str)] = &[
        (
            "package main

import \"fmt\"

func main() {
	x := 1 2
	fmt.Println(x
	y := [3]int{1, 2
	if x == 1 {
	} else for {
	}
	z := )
	var a int =
	return
}

func f( {
}

func g() {
	h(a b)
	k := map[string]int{\"a\": 1 \"b\": 2}
}
",
            "6:9: syntax error: unexpected literal 2 at end of statement
7:15: syntax error: unexpected newline in argument list; possibly missing comma or )
8:18: syntax error: unexpected newline in composite literal; possibly missing comma or }
10:9: syntax error: else must be followed by if or statement block
12:7: syntax error: unexpected ), expected expression
14:2: syntax error: unexpected keyword return, expected expression
17:9: syntax error: unexpected { in parameter list; possibly missing comma or )
21:6: syntax error: unexpected name b in argument list; possibly missing comma or )
22:29: syntax error: unexpected literal \"b\" in composite literal; possibly missing comma or }
",
        ),
        ("", "1:1: expected 'package', found 'EOF'\n"),
        ("func main() {}", "1:1: expected 'package', found 'func'\n"),
        (
            "package",
            "1:8: syntax error: unexpected EOF, expected name\n",
        ),
        (
            "package p\nfunc f() {\n\tgoto L\n}\n",
            "3:2: goto not supported\n",
        ),
        (
            "package p\nfunc f[T any](x T) {}\ntype L[T any] struct{}\ntype A [N]int\n",
            "2:7: generic type parameters are not supported\n3:7: generic type parameters are not supported\n",
        ),
        (
            "package p\nx := 1\nfunc f() {}\ny++\n",
            "2:1: syntax error: non-declaration statement outside function body\n4:1: syntax error: non-declaration statement outside function body\n",
        ),
        (
            "package p\nfunc f() {\n\tif x {\n\t}\n\telse {\n\t}\n}\n",
            "5:2: syntax error: unexpected keyword else, expected }\n",
        ),
        (
            "package p\nfunc f() {\n\tif x == T{} {\n\t}\n}\n",
            "3:14: syntax error: unexpected { at end of statement\n",
        ),
        (
            "package p\nfunc f() {\n\tif x\n\t{\n\t}\n}\n",
            "3:6: syntax error: unexpected newline, expected { after if clause\n",
        ),
        (
            "package p\nfunc f() {\n\tif {\n\t}\n\tfor i := 0; i < 3; j := 1 {\n\t}\n}\n",
            "3:5: syntax error: missing condition in if statement\n5:23: syntax error: cannot declare in post statement of for loop\n",
        ),
        (
            "package p\nfunc f() {\n\tgo (f())\n\tdefer x\n\t_ = x.(type)\n}\n",
            "3:5: expression in go must not be parenthesized\n4:8: expression in defer must be function call\n5:6: use of .(type) outside type switch\n",
        ),
        (
            "package p\nfunc f(a int, b) {}\nfunc () m() {}\nfunc (a, b T) n() {}\n",
            "2:15: syntax error: mixed named and unnamed parameters\n3:9: method has no receiver\n4:15: method has multiple receivers\n",
        ),
        (
            "package p\nvar x = 1i\nvar s = \"abc\nvar r = 'ab'\n",
            "2:9: imaginary literals not supported\n3:9: string literal not terminated\n4:9: more than one character in rune literal\n",
        ),
        (
            "package p\nfunc f() {\n\tx := []int{1, 2, 3}[1:2:]\n\ty := s[1::3]\n}\n",
            "3:26: final index required in 3-index slice\n4:11: middle index required in 3-index slice\n",
        ),
        (
            "package p\nfunc f() {\n\tswitch x {\n\tcase 1:\n\tfoo bar\n\t}\n}\n",
            "5:6: syntax error: unexpected name bar at end of statement\n",
        ),
        (
            "package p\nfunc f() {\n\tselect {\n\tcase x + 1:\n\t}\n}\n",
            "4:7: select case must be send or receive (possibly with assignment)\n",
        ),
        (
            "package p\nimport \"fmt\"\nfunc f() {}\nimport \"os\"\n",
            "4:1: syntax error: imports must appear before other declarations\n",
        ),
        (
            "package p\nfunc f() {\n\ta, b\n\tc, d++\n}\n",
            "3:6: syntax error: unexpected newline, expected := or = or comma\n4:6: syntax error: unexpected ++, expected := or = or comma\n",
        ),
        (
            "package p\nfunc f() {\n\tx := 1\n",
            "4:1: syntax error: unexpected EOF, expected }\n",
        ),
        (
            "package p\nfunc f()\n{\n\tx := 1\n}\nfunc g() {}\n",
            "3:1: syntax error: unexpected semicolon or newline before {\n",
        ),
        (
            "package p\nfunc f() {\n\tif x := 1 {\n\t}\n\tswitch y := 2 {\n\t}\n}\n",
            "3:7: syntax error: cannot use x := 1 as value\n5:11: syntax error: cannot use y := 2 as value\n",
        ),
        (
            "package p\n\nvar x = @\n",
            "3:9: invalid character U+0040 '@'\n",
        ),
    ];
    let mut failures = String::new();
    for (src, want) in cases {
        let r = parse(src);
        let got = diags(src, &r);
        if got != *want {
            failures.push_str(&format!(
                "--- source:\n{src}\n--- want:\n{want}--- got:\n{got}\n"
            ));
        }
    }
    assert!(failures.is_empty(), "{failures}");
}

/// Inputs nested far beyond the limits: each must return (no stack overflow while
/// parsing, dropping or walking) with one nesting diagnostic and a small tree.
#[test]
fn hostile_nesting() {
    const N: usize = 100_000;
    let rep = |s: &str, n: usize| s.repeat(n);
    let cases: Vec<(&str, String)> = vec![
        (
            "parens",
            format!("package p\nvar x = {}1{}\n", rep("(", N), rep(")", N)),
        ),
        (
            "braces",
            format!("package p\nfunc f() {}{}\n", rep("{", N), rep("}", N)),
        ),
        ("brackets", format!("package p\nvar x = {}\n", rep("[", N))),
        (
            "unary minus",
            format!("package p\nvar x = {}1\n", rep("- ", N)),
        ),
        (
            "unary not",
            format!("package p\nvar x = {}b\n", rep("!", N)),
        ),
        ("receive", format!("package p\nvar x = {}c\n", rep("<-", N))),
        (
            "pointer type",
            format!("package p\nvar x {}int\n", rep("*", N)),
        ),
        (
            "slice type",
            format!("package p\nvar x {}int\n", rep("[]", N)),
        ),
        (
            "chan type",
            format!("package p\nvar x {}int\n", rep("chan ", N)),
        ),
        (
            "map type",
            format!("package p\nvar x {}int\n", rep("map[int]", N)),
        ),
        (
            "func type",
            format!("package p\nvar x {}int\n", rep("func() ", N)),
        ),
        (
            "selectors",
            format!("package p\nvar x = a{}\n", rep(".b", N)),
        ),
        ("calls", format!("package p\nvar x = f{}\n", rep("()", N))),
        ("index", format!("package p\nvar x = a{}\n", rep("[0]", N))),
        ("binary", format!("package p\nvar x = 1{}\n", rep("+1", N))),
        (
            "binary then error",
            format!("package p\nvar x = 1{} )\n", rep("+1", N)),
        ),
        (
            "else if",
            format!(
                "package p\nfunc f() {{ if a {{}} {} }}\n",
                rep("else if a {} ", N)
            ),
        ),
        (
            "labels",
            format!("package p\nfunc f() {{ {} }}\n", rep("L: ", N)),
        ),
        (
            "unclosed",
            format!("package p\nfunc f() {{ x := {}\n", rep("(", N)),
        ),
        (
            "composite",
            format!("package p\nvar x = {}{}\n", rep("T{", N), rep("}", N)),
        ),
    ];
    for (name, src) in cases {
        let r = parse(&src);
        assert!(
            r.diagnostics
                .iter()
                .any(|d| d.message == "exceeded maximum nesting depth of 1000"),
            "{name}: {:?}",
            r.diagnostics
                .iter()
                .map(|d| &d.message)
                .take(3)
                .collect::<Vec<_>>()
        );
        assert!(r.file.decls.len() <= 1, "{name}: tree should be small");
        let _ = dump(&r.file);
    }
}

/// Nesting within the limits parses normally (and its tree can be walked and dropped).
#[test]
fn moderate_nesting_is_fine() {
    let n = 500;
    let src = format!(
        "package p\nvar x = {}1{}\nvar y = 1{}\n",
        "(".repeat(n),
        ")".repeat(n),
        "+1".repeat(2000)
    );
    let r = parse(&src);
    assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
    let _ = dump(&r.file);
}

/// A tiny deterministic generator (xorshift) so the robustness test needs no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Random token soups (built from Go fragments) and random bytes never make the parser
/// panic, and every result can be dumped and its ids are unique.
#[test]
fn random_inputs_never_panic() {
    const FRAGMENTS: &[&str] = &[
        "package",
        "p",
        "\n",
        ";",
        "func",
        "f",
        "(",
        ")",
        "{",
        "}",
        "[",
        "]",
        "x",
        "int",
        ":=",
        "=",
        ",",
        ".",
        ":",
        "...",
        "if",
        "else",
        "for",
        "range",
        "switch",
        "case",
        "default",
        "select",
        "go",
        "defer",
        "return",
        "break",
        "continue",
        "goto",
        "fallthrough",
        "var",
        "const",
        "type",
        "struct",
        "interface",
        "map",
        "chan",
        "<-",
        "*",
        "&",
        "+",
        "-",
        "!",
        "^",
        "==",
        "&&",
        "||",
        "1",
        "1.5",
        "'a'",
        "\"s\"",
        "`r`",
        "import",
        "++",
        "--",
        "+=",
        "x.(type)",
        "T{}",
        "nil",
        " ",
        "/*c*/",
        "//c\n",
        "0x",
        "1e",
        "\"\\q\"",
        "@",
        "~",
        "[]int{",
    ];
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for i in 0..400 {
        let mut src = String::from("package p\n");
        let n = rng.below(60);
        for _ in 0..n {
            src.push_str(FRAGMENTS[rng.below(FRAGMENTS.len())]);
            if rng.below(3) == 0 {
                src.push(' ');
            }
        }
        let r = parse(&src);
        let _ = dump(&r.file);
        let mut ids = Vec::new();
        collect_ids(&r.file, &mut ids);
        let n = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), n, "duplicate ids for input {i}: {src:?}");
    }
    for _ in 0..300 {
        let n = rng.below(200);
        let bytes: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
        let r = parse_source(FileId(0), &bytes, 0);
        let _ = dump(&r.file);
        let mut with_pkg = b"package p\n".to_vec();
        with_pkg.extend(&bytes);
        let r = parse_source(FileId(0), &with_pkg, 0);
        let _ = dump(&r.file);
    }
}

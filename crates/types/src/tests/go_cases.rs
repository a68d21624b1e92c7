//! Invalid programs with the errors Go reports (Go 1.19 output from `go build`,
//! adapted to Go 1.22 wording where the two differ).

use super::check_err;

#[test]
fn go_assigns() {
    check_err(
        r#"package main

const c = 1

func main() {
	var s string
	var n int
	s = n
	n = "x"
	c = 2
	"a" = s
	s += 1
	s++
	m := map[string]struct{ X int }{}
	m["a"].X = 1
	a, b := 1, 2
	a, b = b
	a = 1, 2
	_, _ = a, b
}
"#,
        &[
            "8:6: cannot use n (variable of type int) as string value in assignment",
            "9:6: cannot use \"x\" (untyped string constant) as int value in assignment",
            "10:2: cannot assign to c (neither addressable nor a map index expression)",
            "11:2: cannot assign to \"a\" (neither addressable nor a map index expression)",
            "12:2: invalid operation: s += 1 (mismatched types string and untyped int)",
            "13:2: invalid operation: s++ (non-numeric type string)",
            "15:2: cannot assign to struct field m[\"a\"].X in map",
            "17:9: assignment mismatch: 2 variables but 1 value",
            "18:6: assignment mismatch: 1 variable but 2 values",
        ],
    );
}

#[test]
fn go_builtins() {
    check_err(
        r#"package main

func main() {
	x := 1
	_ = len(x)
	_ = cap(map[int]int{})
	_ = make(int)
	_ = make([]int)
	_ = make([]int, 1, 2, 3)
	_ = make([]int, 5, 2)
	_ = append(x, 1)
	_ = append([]int{}, "a")
	copy([]int{}, []string{})
	copy(1, 2)
	delete(x, 1)
	delete(map[string]int{}, 1)
	_ = new(1)
	close(x)
	_ = min(1, "a")
	_ = max([]int{})
	_ = len()
	_ = len(1, 2)
	f := len
	clear(x)
	_ = make([]int, -1)
	_ = make([]int, "a")
	var y = println(1)
}
"#,
        &[
            "5:10: invalid argument: x (variable of type int) for built-in len",
            "6:10: invalid argument: map[int]int{} (value of type map[int]int) for built-in cap",
            "7:11: invalid argument: cannot make int; type must be slice, map, or channel",
            "8:6: invalid operation: make([]int) expects 2 or 3 arguments; found 1",
            "9:6: invalid operation: make([]int, 1, 2, 3) expects 2 or 3 arguments; found 4",
            "10:18: invalid argument: length and capacity swapped",
            "11:13: first argument to append must be a slice; have x (variable of type int)",
            "12:22: cannot use \"a\" (untyped string constant) as int value in argument to append",
            "13:7: invalid argument: arguments to copy []int{} (value of type []int) and []string{} (value of type []string) have different element types int and string",
            "14:7: invalid argument: copy expects slice arguments; found 1 (untyped int constant) and 2 (untyped int constant)",
            "14:7: too many errors",
        ],
    );
}

#[test]
fn go_calls() {
    check_err(
        r#"package main

func f(a int, b string) {}
func g(xs ...int)        {}
func h() (int, string)   { return 1, "" }
func k() (int, int)      { return 1, 2 }

func main() {
	f(1)
	f(1, "a", 3)
	f("a", 1)
	f()
	g(1, 2, "x")
	xs := []int{1}
	g(xs)
	g(1, xs...)
	f(h())
	f(k())
	f(1, xs...)
	var x int
	x()
	g(xs...)
}
"#,
        &[
            "9:4: not enough arguments in call to f",
            "10:12: too many arguments in call to f",
            "11:4: cannot use \"a\" (untyped string constant) as int value in argument to f",
            "11:9: cannot use 1 (untyped int constant) as string value in argument to f",
            "12:2: not enough arguments in call to f",
            "13:10: cannot use \"x\" (untyped string constant) as int value in argument to g",
            "15:4: cannot use xs (variable of type []int) as int value in argument to g",
            "16:7: too many arguments in call to g",
            "18:4: cannot use k() (value of type int) as string value in argument to f",
            "19:2: cannot use ... in call to non-variadic f",
            "19:2: too many errors",
        ],
    );
}

#[test]
fn go_chans() {
    check_err(
        r#"package main

func main() {
	var r <-chan int
	var s chan<- int
	r <- 1
	_ = <-s
	close(r)
	for range s {
	}
	var c chan int
	s = c
	r = c
	c = r
	x := 1
	x <- 1
	_ = <-x
	for a, b := range c {
		_, _ = a, b
	}
	c <- "a"
}
"#,
        &[
            "6:2: invalid operation: cannot send to receive-only channel r (variable of type <-chan int)",
            "7:8: invalid operation: cannot receive from send-only channel s (variable of type chan<- int)",
            "8:8: invalid operation: cannot close receive-only channel r (variable of type <-chan int)",
            "9:12: cannot range over s (variable of type chan<- int): receive from send-only channel",
            "14:6: cannot use r (variable of type <-chan int) as chan int value in assignment",
            "16:2: invalid operation: cannot send to non-channel x (variable of type int)",
            "17:8: invalid operation: cannot receive from non-channel x (variable of type int)",
            "18:9: range over c (variable of type chan int) permits only one iteration variable",
            "21:7: cannot use \"a\" (untyped string constant) as int value in send",
        ],
    );
}

#[test]
fn go_compare() {
    check_err(
        r#"package main

type S struct{ a []int }

func main() {
	var s1, s2 S
	_ = s1 == s2
	m := map[int]int{}
	_ = m == m
	_ = m == nil
	f := func() {}
	_ = f == nil
	_ = f == f
	var x int
	var y int64
	_ = x == y
	_ = x == "a"
	_ = nil == nil
	var arr [2][]int
	_ = arr == arr
	_ = x < "b"
	var b bool
	_ = b < b
	var i interface{}
	_ = i == x
	var p *int
	_ = p < p
}
"#,
        &[
            "7:6: invalid operation: s1 == s2 (struct containing []int cannot be compared)",
            "9:6: invalid operation: m == m (map can only be compared to nil)",
            "13:6: invalid operation: f == f (func can only be compared to nil)",
            "16:11: invalid operation: x == y (mismatched types int and int64)",
            "17:11: invalid operation: x == \"a\" (mismatched types int and untyped string)",
            "18:13: invalid operation: nil == nil (operator == not defined on untyped nil)",
            "20:6: invalid operation: arr == arr ([2][]int cannot be compared)",
            "21:10: invalid operation: x < \"b\" (mismatched types int and untyped string)",
            "23:6: invalid operation: b < b (operator < not defined on bool)",
            "27:6: invalid operation: p < p (operator < not defined on pointer)",
            "27:6: too many errors",
        ],
    );
}

#[test]
fn go_conds() {
    check_err(
        r#"package main

func main() {
	x := 1
	if x {
	}
	for x {
	}
	for i := 0; i; i++ {
	}
	switch {
	case x:
	}
}
"#,
        &[
            "5:5: non-boolean condition in if statement",
            "7:6: non-boolean condition in for statement",
            "9:14: non-boolean condition in for statement",
            "12:7: invalid case x in switch on true (mismatched types int and bool)",
        ],
    );
}

#[test]
fn go_consts() {
    check_err(
        r#"package main

func main() {
	const a int8 = 100
	const b = a * 2
	var c byte = 300
	d := byte(300)
	e := int8(-129)
	const f = 10 / 0
	const g = 10.0 / 0
	x := 0
	h := 10 % x
	i := 10 / 0
	var j uint = -1
	var k int = 1e100
	var l int = 2.5
	_, _, _, _, _, _, _, _ = c, d, e, h, i, j, k, l
	const big = 1 << 64
	m := big
	_ = m
}
"#,
        &[
            "5:12: a * 2 (constant 200 of type int8) overflows int8",
            "6:15: cannot use 300 (untyped int constant) as byte value in variable declaration (overflows)",
            "7:12: constant 300 overflows byte",
            "8:12: constant -129 overflows int8",
            "9:17: invalid operation: division by zero",
            "10:19: invalid operation: division by zero",
            "13:12: invalid operation: division by zero",
            "14:15: cannot use -1 (untyped int constant) as uint value in variable declaration (overflows)",
            "15:14: cannot use 1e100 (untyped float constant 1e+100) as int value in variable declaration (truncated)",
            "16:14: cannot use 2.5 (untyped float constant) as int value in variable declaration (truncated)",
            "16:14: too many errors",
        ],
    );
}

#[test]
fn go_conv() {
    check_err(
        r#"package main

type S struct{ X int }
type T struct{ X int }
type U struct{ Y int }

func main() {
	a := string(1.5)
	b := int("a")
	c := []byte(5)
	d := float64("x")
	s := S{}
	t := T(s)
	u := U(s)
	var p *int
	q := (*float64)(p)
	r := string(65)
	_, _, _, _, _, _, _, _ = a, b, c, d, t, u, q, r
	_ = int(2.5)
	_ = uint8(256)
	_ = float32(1e100)
}
"#,
        &[
            "8:14: cannot convert 1.5 (untyped float constant) to type string",
            "9:11: cannot convert \"a\" (untyped string constant) to type int",
            "10:14: cannot convert 5 (untyped int constant) to type []byte",
            "11:15: cannot convert \"x\" (untyped string constant) to type float64",
            "14:9: cannot convert s (variable of type S) to type U",
            "16:18: cannot convert p (variable of type *int) to type *float64",
            "19:10: cannot convert 2.5 (untyped float constant) to type int",
            "20:12: constant 256 overflows uint8",
            "21:14: cannot convert 1e100 (untyped float constant 1e+100) to type float32",
        ],
    );
}

#[test]
fn go_deferstmt() {
    check_err(
        r#"package main

func f() int { return 1 }

func main() {
	go f()
	defer int(3)
	go len("abc")
	defer recover()
	defer panic(1)
	defer print(1)
	defer append([]int{}, 1)
}
"#,
        &[
            "7:8: defer requires function call, not conversion int(3) (constant 3 of type int)",
            "8:5: go discards result of len(\"abc\") (constant 3 of type int)",
            "12:8: defer discards result of append([]int{}, 1) (value of type []int)",
        ],
    );
}

#[test]
fn go_dupfields() {
    check_err(
        r#"package main

type S struct {
	A int
	A string
}

type I interface {
	M()
	M()
}

func main() {}
"#,
        &["5:2: A redeclared", "10:2: duplicate method M"],
    );
}

#[test]
fn go_ifaces() {
    check_err(
        r#"package main

type I interface {
	M()
	N(int) string
}
type A struct{}

func (A) M() {}

type B struct{}

func (*B) M()            {}
func (*B) N(int) string { return "" }

type C struct{}

func (C) M()         {}
func (C) N() string { return "" }

type D struct{ N int }

func (D) M() {}

func main() {
	var i I
	i = A{}
	i = B{}
	i = C{}
	i = D{}
	i = &B{}
	var e interface{} = 1
	var n int = e
	var j interface{ M() } = i
	i = j
	_ = n
	_ = i.(A)
	_ = i.(*B)
	x := 3
	_ = x.(int)
}
"#,
        &[
            "27:6: cannot use A{} (value of type A) as I value in assignment: A does not implement I (missing method N)",
            "28:6: cannot use B{} (value of type B) as I value in assignment: B does not implement I (method M has pointer receiver)",
            "29:6: cannot use C{} (value of type C) as I value in assignment: C does not implement I (wrong type for method N)",
            "30:6: cannot use D{} (value of type D) as I value in assignment: D does not implement I (D.N is a field, not a method)",
            "33:14: cannot use e (variable of type interface{}) as int value in variable declaration: need type assertion",
            "35:6: cannot use j (variable of type interface{M()}) as I value in assignment: interface{M()} does not implement I (missing method N)",
            "37:6: impossible type assertion: i.(A)",
            "40:6: invalid operation: x (variable of type int) is not an interface",
        ],
    );
}

#[test]
fn go_imports() {
    check_err(
        r#"package main

import (
	f "fmt"
	"os"
	"strings"
)

func main() {
	_ = strings
	var x int
	_ = x
}
"#,
        &[
            "4:2: \"fmt\" imported as f and not used",
            "5:2: \"os\" imported and not used",
            "6:2: \"strings\" imported and not used",
            "10:6: use of package strings not in selector",
        ],
    );
}

#[test]
fn go_index() {
    check_err(
        r#"package main

func f() [3]int { return [3]int{} }

func main() {
	a := [3]int{}
	_ = a[3]
	_ = a[-1]
	_ = a["x"]
	s := "abc"
	_ = s[5]
	_ = "abc"[5]
	_ = f()[1:]
	_ = s[1:2:3]
	_ = a[2:1]
	x := 1
	_ = x[0]
	_ = x[1:]
	_ = a[1.5]
	m := map[string]int{}
	_ = m[1]
	_ = a[:4]
}
"#,
        &[
            "7:8: invalid argument: index 3 out of bounds [0:3]",
            "8:8: invalid argument: index -1 (constant of type int) must not be negative",
            "9:8: cannot convert \"x\" (untyped string constant) to type int",
            "12:12: invalid argument: index 5 out of bounds [0:3]",
            "13:6: invalid operation: f() (value of type [3]int) (slice of unaddressable value)",
            "14:12: invalid operation: 3-index slice of string",
            "15:10: invalid slice indices: 1 < 2",
            "17:7: invalid operation: cannot index x (variable of type int)",
            "18:6: invalid operation: cannot slice x (variable of type int)",
            "19:8: 1.5 (untyped float constant) truncated to int",
            "19:8: too many errors",
        ],
    );
}

#[test]
fn go_initcycle() {
    check_err(
        r#"package main

var x = f()

func f() int { return y }

var y = x

var z int = z

func main() {}
"#,
        &[
            "3:5: initialization cycle for x",
            "9:5: initialization cycle: z refers to itself",
        ],
    );
}

#[test]
fn go_labels() {
    check_err(
        r#"package main

func main() {
L1:
	x := 1
	_ = x
L2:
	switch {
	case true:
		continue L2
	}
L3:
	for {
		break L3
	}
	for {
		break L4
	}
L3:
	for {
	}
}
"#,
        &[
            "4:1: label L1 defined and not used",
            "10:12: invalid continue label L2",
            "17:9: break label not defined: L4",
            "19:1: label L3 already defined at main.go:12:1",
        ],
    );
}

#[test]
fn go_lits() {
    check_err(
        r#"package main

type P struct{ X, Y int }

func main() {
	_ = P{Z: 1}
	_ = P{X: 1, X: 2}
	_ = P{1, 2, 3}
	_ = P{1}
	_ = P{X: 1, 2}
	_ = map[string]int{"a": 1, "a": 2}
	_ = [2]int{1, 2, 3}
	_ = []int{0: 1, 0: 2}
	_ = [3]int{5: 1}
	_ = []int{"a"}
	_ = map[string]int{1: 1}
	_ = map[string]int{1}
	_ = int{1}
	_ = [...]int{1, 2}
	var a [...]int
	_ = a
}
"#,
        &[
            "6:8: unknown field Z in struct literal of type P",
            "7:14: duplicate field name X in struct literal",
            "8:14: too many values in struct literal of type P",
            "9:9: too few values in struct literal of type P",
            "10:14: mixture of field:value and value elements in struct literal",
            "11:29: duplicate key \"a\" in map literal",
            "12:19: index 2 is out of bounds (>= 2)",
            "13:18: duplicate index 0 in array or slice literal",
            "14:13: invalid argument: index 5 out of bounds [0:3]",
            "15:12: cannot use \"a\" (untyped string constant) as int value in array or slice literal",
            "15:12: too many errors",
        ],
    );
}

#[test]
fn go_methodexpr() {
    check_err(
        r#"package main

type T struct{}

func (t *T) P() {}
func (t T) V()  {}

type I interface{ M() }

func main() {
	_ = T.P
	_ = (*T).P
	_ = T.V
	_ = (*T).V
	_ = T.X
	_ = I.M
	T{}.P()
	var t T
	t.P()
	t.Z()
	_ = t.v
}
"#,
        &[
            "11:8: invalid method expression T.P (needs pointer receiver (*T).P)",
            "15:8: T.X undefined (type T has no field or method X)",
            "17:6: cannot call pointer method P on T",
            "20:4: t.Z undefined (type T has no field or method Z)",
            "21:8: t.v undefined (type T has no field or method v, but does have method V)",
        ],
    );
}

#[test]
fn go_misc() {
    check_err(
        r#"package main

func g()

func main() {
	x := nil
	_ = _
	f := len
	type T int
	_ = T
	_ = iota
	const c = g
	var n int = nil
	_, _ = x, f
}
"#,
        &[
            "6:7: use of untyped nil in assignment",
            "7:6: cannot use _ as value",
            "8:7: len (built-in) must be called",
            "10:6: T (type) is not an expression",
            "11:6: cannot use iota outside constant declaration",
            "12:12: g (value of type func()) is not constant",
            "13:14: cannot use nil as int value in variable declaration",
        ],
    );
}

#[test]
fn go_misc2() {
    check_err(
        r#"package main

import "fmt"

type T struct{ M int }

func (T) M() {}

type U int

func (U) A() {}
func (*U) A() {}

func init() {}

func main() {
	init()
	fmt
	x := fmt.Println
	var y int
	y.z = 1
	_ = x
}
"#,
        &[
            "7:10: field and method with the same name M",
            "12:11: method U.A already declared at main.go:11:10",
            "17:2: undefined: init",
            "18:2: use of package fmt not in selector",
            "21:4: y.z undefined (type int has no field or method z)",
        ],
    );
}

#[test]
fn go_recursive() {
    check_err(
        r#"package main

type A struct{ b B }
type B struct{ a A }
type C struct{ c C }
type D [2]D
type E *E
type F []F

func main() {}
"#,
        &[
            "3:6: invalid recursive type A",
            "5:6: invalid recursive type: C refers to itself",
            "6:6: invalid recursive type: D refers to itself",
        ],
    );
}

#[test]
fn go_returns() {
    check_err(
        r#"package main

func a() int {
	return "x"
}

func b() (int, string) {
	return
}

func c() (x int, s string) {
	return 1
}

func d() {
	return nil
}

func e() (int, error) {
	return 1, 2
}

func f() int {
	for {
		break
	}
}

func g(x int) int {
	if x > 0 {
		return 1
	}
}

func h(x int) int {
	switch x {
	case 1:
		return 1
	}
}

func i(x int) int {
	for {
	}
}

func j(x int) int {
	panic("x")
}

func k(x int) int {
	switch {
	default:
		return 1
	}
}

func main() {}
"#,
        &[
            "4:9: cannot use \"x\" (untyped string constant) as int value in return statement",
            "8:2: not enough return values",
            "12:9: not enough return values",
            "16:9: too many return values",
            "20:12: cannot use 2 (constant of type int) as error value in return statement: int does not implement error (missing method Error)",
            "27:1: missing return",
            "33:1: missing return",
            "40:1: missing return",
        ],
    );
}

#[test]
fn go_selectors() {
    check_err(
        r#"package main

import "strings"

type A struct{ X int }
type B struct{ X int }
type C struct {
	A
	B
}

func main() {
	var c C
	_ = c.X
	var sb strings.Builder
	_ = sb.buf
	_ = strings.repeat
	_ = strings.Nope
	var p **A
	_ = p.X
	_ = c.x
}
"#,
        &[
            "14:8: ambiguous selector c.X",
            "16:9: sb.buf undefined (cannot refer to unexported field buf)",
            "17:14: undefined: strings.repeat",
            "18:14: undefined: strings.Nope",
            "20:8: p.X undefined (type **A has no field or method X)",
            "21:8: c.x undefined (type C has no field or method x)",
        ],
    );
}

#[test]
fn go_shifts() {
    check_err(
        r#"package main

func main() {
	var s uint = 2
	var f float64 = 1
	_ = f << 2
	_ = 1 << -1
	_ = 1.5 << 2
	var g float64 = 1 << s
	h := 1.0 << s
	var i int = 2.0 << s
	_ = "a" << 1
	_ = 1 << "a"
	_, _, _ = g, h, i
	_ = 1 << 10000
}
"#,
        &[
            "6:6: invalid operation: shifted operand f (variable of type float64) must be integer",
            "7:11: invalid operation: negative shift count -1 (untyped int constant)",
            "8:6: invalid operation: shifted operand 1.5 (untyped float constant) must be integer",
            "9:18: invalid operation: shifted operand 1 (type float64) must be integer",
            "10:7: invalid operation: shifted operand 1.0 (type float64) must be integer",
            "12:6: invalid operation: shifted operand \"a\" (untyped string constant) must be integer",
            "13:11: cannot convert \"a\" (untyped string constant) to type uint",
            "15:11: invalid operation: invalid shift count 10000 (untyped int constant)",
        ],
    );
}

#[test]
fn go_shortvar() {
    check_err(
        r#"package main

func f() (int, int) { return 1, 2 }

func main() {
	a, b := 1
	c, d := f(), 1
	e := f()
	g, h, i := f()
	_, _ = a, b
	_, _, _, _, _ = c, d, e, g, h
	_ = i
}
"#,
        &[
            "6:10: assignment mismatch: 2 variables but 1 value",
            "7:10: multiple-value f() (value of type (int, int)) in single-value context",
            "8:7: assignment mismatch: 1 variable but f returns 2 values",
            "9:13: assignment mismatch: 3 variables but f returns 2 values",
        ],
    );
}

#[test]
fn go_shortvar2() {
    check_err(
        r#"package main

func main() {
	x, y := 1, 2
	x, y := 3, 4
	_ = x
	_ = y
	var z int
	z, _ := 5, 6
	a, a := 1, 2
}
"#,
        &[
            "5:7: no new variables on left side of :=",
            "8:6: declared and not used: z",
            "9:7: no new variables on left side of :=",
            "10:2: declared and not used: a",
            "10:5: a repeated on left side of :=",
        ],
    );
}

#[test]
fn go_switches() {
    check_err(
        r#"package main

func main() {
	x := 1
	switch x {
	case 1, 2:
	case 2:
	case "a":
	}
	var s string
	switch s {
	case "a", "a":
	}
	switch y := 5; y {
	case 1:
		fallthrough
	case 2:
		fallthrough
	}
	fallthrough
}
"#,
        &[
            "7:7: duplicate case 2 (constant of type int) in expression switch",
            "8:7: cannot convert \"a\" (untyped string constant) to type int",
            "12:12: duplicate case \"a\" (constant of type string) in expression switch",
            "18:3: cannot fallthrough final case in switch",
            "20:2: fallthrough statement out of place",
        ],
    );
}

#[test]
fn go_typeswitch() {
    check_err(
        r#"package main

type I interface{ M() }
type T struct{}

func (t *T) M() {}

func main() {
	var i I
	switch v := i.(type) {
	case T:
	case *T, *T:
	}
	x := 1
	switch x.(type) {
	}
	var e interface{}
	switch e.(type) {
	case int, int:
	case nil, nil:
	}
}
"#,
        &[
            "10:9: declared and not used: v",
            "11:7: impossible type switch case: T",
            "12:11: duplicate case *T in type switch",
            "15:9: x (variable of type int) is not an interface",
            "19:12: duplicate case int in type switch",
            "20:12: duplicate case nil in type switch",
        ],
    );
}

#[test]
fn go_unused_closure() {
    check_err(
        r#"package main

func main() {
	a := 1
	b := 2
	f := func() { _ = a }
	f()
	b = 3
	c := 0
	c++
	var d int
	d += 1
}
"#,
        &["5:2: declared and not used: b"],
    );
}

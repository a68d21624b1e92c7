//! Small valid and invalid programs covering the checker's rules.

use super::{check_err, check_ok, in_main};

#[test]
fn hello() {
    check_ok("package main\nimport \"fmt\"\nfunc main() { fmt.Println(\"hi\", 1, 2.5) }\n");
}

/// Valid programs with tricky corners; each must check without diagnostics.
const VALID: &[&str] = &[
    // shadowing builtins and predeclared names
    "len := 3\nappend := \"x\"\ntrue := false\n_, _, _ = len, append, true",
    "type int string\nvar x int = \"s\"\n_ = x",
    // constants and iota
    "const (\n\tA = iota * 10\n\tB\n\t_\n\tD\n)\nconst (\n\tE, F = iota, iota + 1\n\tG, H\n)\nvar x [D]int\n_ = x[20]\n_, _, _, _ = E, F, G, H",
    "type W int\nconst (\n\tX W = iota\n\tY\n)\nvar y W = Y\n_ = y",
    "const big = 1 << 100\nvar x = big >> 98\nconst f = 7 / 2.0\nvar i int = 2.0\nvar r rune = 'a'\nvar b byte = 'z' - 1\n_, _, _, _ = x, f * 2, i, r + rune(b)",
    "var a [len(\"abc\")]int\nvar b [len(a) * 2]int\n_ = b[5]",
    "const s = \"con\" + \"cat\"\nconst n = len(s)\nvar x [n]byte\n_ = x",
    "x := 1.5\ny := int(x)\nz := float32(y) / 2\nu := uint(1) << 63\n_, _ = z, u",
    "const c = -5 % 3\nconst d = 7 &^ 5\nconst e = ^0\nconst g = 1 << 62\n_, _, _, _ = c, d, e, g",
    // shifts with non-constant counts
    "n := 3\nx := 1 << n\nvar y int64 = 1 << n\nvar z = uint8(1) << n\n_, _, _ = x, y, z",
    "var s uint = 2\nvar f = float64(int(1) << s)\nvar g = 1 << s + 1\nvar h int32 = 1<<s | 2\n_, _, _ = f, g, h",
    // strings, bytes, runes
    "s := \"héllo\"\nfor i, r := range s {\n\t_, _ = i, r\n}\nb := []byte(s)\nrs := []rune(s)\n_ = string(b) + string(rs) + string(rs[0]) + string(rune(65))\nc := s[1]\n_ = c + 1",
    "b := make([]byte, 3)\nn := copy(b, \"abc\")\nb = append(b, \"de\"...)\n_ = n",
    // composite literals
    "type P struct{ X, Y int }\nps := []P{{1, 2}, {X: 3}}\npp := []*P{{1, 2}, &P{3, 4}}\nm := map[P]string{{1, 2}: \"a\"}\nmm := map[string][]int{\"a\": {1, 2}}\narr := [...][2]int{{1, 2}, {3, 4}}\n_, _, _, _, _ = ps, pp, m, mm, arr",
    "x := struct {\n\tA int\n\tB string\n}{1, \"b\"}\n_ = x.A",
    // pointers and addressability
    "x := 1\np := &x\n*p++\n*p += 2\npp := &p\n**pp = 3\na := [3]int{}\npa := &a\npa[1] = 2\nfor i, v := range pa {\n\t_, _ = i, v\n}\n_ = len(pa)",
    "type T struct{ f [2]int }\nvar t T\nt.f[1] = 3\nps := &t\nps.f[0] = 1\nm := map[string]*T{}\nm[\"a\"].f[0] = 1",
    // maps and comma-ok forms
    "m := map[string]int{}\nif v, ok := m[\"a\"]; ok {\n\t_ = v\n}\nvar i interface{} = 1\nn, ok := i.(int)\nch := make(chan int, 1)\nv, ok2 := <-ch\nvar ok3 bool\n_, ok3 = m[\"b\"]\n_, _, _, _ = n, ok, v, ok2\n_ = ok3",
    // switches
    "x := 2\nswitch {\ncase x > 1:\n\tfallthrough\ncase x > 0:\ndefault:\n}\nswitch y := x * 2; y {\ncase 1, 2:\ncase 4:\n\tbreak\n}",
    "var i interface{} = 1\nswitch v := i.(type) {\ncase int, string:\n\t_ = v\ncase nil:\n\t_ = v\ncase error:\n\t_ = v.Error()\n}",
    // labels
    "outer:\nfor i := 0; i < 3; i++ {\n\tswitch i {\n\tcase 1:\n\t\tcontinue outer\n\tcase 2:\n\t\tbreak outer\n\t}\n}",
    "L:\nselect {\ndefault:\n\tbreak L\n}",
    // closures and function values
    "counter := func() func() int {\n\tc := 0\n\treturn func() int { c++; return c }\n}()\n_ = counter()\nvar f func(int) int\nf = func(x int) int {\n\tif x == 0 {\n\t\treturn 0\n\t}\n\treturn f(x - 1)\n}\n_ = f(3)",
    "x := 0\ninc := func() { x++ }\ninc()",
    "for i := range 3 {\n\tdefer func() { _ = i }()\n}\nfor range 2 {\n}\nvar n int64 = 5\nfor j := range n {\n\tvar k int64 = j\n\t_ = k\n}",
    // channels and select
    "c := make(chan int)\nvar r <-chan int = c\nvar s chan<- int = c\ngo func() { s <- 1 }()\nselect {\ncase v := <-r:\n\t_ = v\ncase v, ok := <-c:\n\t_, _ = v, ok\ncase s <- 2:\n}\nclose(s)\nfor v := range r {\n\t_ = v\n}",
    // builtins
    "s := []int{1}\ns = append(s, s...)\n_ = cap(s) + len(s)\nm := map[int]int{}\ndelete(m, 1)\nclear(m)\nclear(s)\np := new(int)\n*p = min(1, 2, 3) + max(4, 5)\n_ = max(1.5, 2)\nf := min(\"a\", \"b\")\n_ = f\nprint(1, \"a\")\nprintln()\ndefer func() { _ = recover() }()",
    "var c chan int = make(chan int, 10)\n_ = len(c) + cap(c)\nvar a [4]int\nconst n = len(a)\n_ = n",
];

#[test]
fn valid_programs() {
    for body in VALID {
        check_ok(&in_main(body));
    }
}

/// Whole valid files (declarations at package level).
const VALID_FILES: &[&str] = &[
    // types referring to themselves through indirections
    "package main\ntype List struct{ next *List; v int }\ntype F func(F) F\ntype M map[string]M\ntype S []S\ntype C chan C\ntype I interface{ Next() I }\nfunc main() {\n\tl := List{}\n\t_ = l.next\n\tvar f F\n\t_ = f\n\tvar m M\n\t_ = m[\"a\"][\"b\"]\n\tvar i I\n\t_ = i\n\tvar s S\n\tvar c C\n\t_, _ = s, c\n}\n",
    // methods, embedding, promotion, interface satisfaction
    "package main\nimport \"fmt\"\ntype Animal interface{ Sound() string; Name() string }\ntype Base struct{ name string }\nfunc (b *Base) Name() string { return b.name }\ntype Dog struct {\n\t*Base\n\tage int\n}\nfunc (d Dog) Sound() string { return \"woof\" }\ntype Named interface{ Name() string }\nvar _ Animal = Dog{}\nvar _ Named = &Base{}\nfunc main() {\n\td := Dog{&Base{\"rex\"}, 3}\n\tvar a Animal = d\n\tfmt.Println(a.Name(), a.Sound(), d.name, d.Base.name)\n\tf := d.Sound\n\tg := Dog.Sound\n\th := (*Base).Name\n\tfmt.Println(f(), g(d), h(d.Base))\n}\n",
    "package main\ntype S []int\nfunc (s S) Len() int { return len(s) }\nfunc (s *S) Push(x int) { *s = append(*s, x) }\ntype MyErr struct{ msg string }\nfunc (e *MyErr) Error() string { return e.msg }\nfunc find() error { return &MyErr{\"x\"} }\ntype Coded interface {\n\terror\n\tCode() int\n}\nfunc main() {\n\tvar s S\n\ts.Push(1)\n\t_ = s.Len()\n\terr := find()\n\tif me, ok := err.(*MyErr); ok {\n\t\t_ = me.msg\n\t}\n\tvar c Coded\n\tif c != nil {\n\t\t_ = c.Error()\n\t}\n}\n",
    // package-level initialisation order and functions referring to later declarations
    "package main\nvar a = b + c\nvar b = f()\nvar c = 2\nfunc f() int { return c * 2 }\nvar x, y = pair()\nfunc pair() (int, string) { return 1, \"s\" }\nfunc main() { _, _, _ = a, x, y }\n",
    // terminating statements
    "package main\nfunc a(x int) int {\n\tif x > 0 {\n\t\treturn 1\n\t} else if x < 0 {\n\t\treturn -1\n\t} else {\n\t\treturn 0\n\t}\n}\nfunc b() int {\n\tfor {\n\t}\n}\nfunc c() int {\n\tpanic(\"x\")\n}\nfunc d(x int) int {\n\tswitch x {\n\tcase 1:\n\t\treturn 1\n\tdefault:\n\t\treturn 2\n\t}\n}\nfunc e() int {\n\tselect {}\n}\nfunc f(x interface{}) int {\n\tswitch x.(type) {\n\tcase int:\n\t\treturn 1\n\tdefault:\n\t\tpanic(1)\n\t}\n}\nfunc g() (n int) {\n\tn = 2\n\treturn\n}\nfunc h(x int) int {\nL:\n\tfor {\n\t\tif x > 0 {\n\t\t\tcontinue L\n\t\t}\n\t\treturn 1\n\t}\n}\nfunc main() { _, _, _, _, _, _, _, _ = a(1), b, c, d(1), e, f(1), g(), h(1) }\n",
    // init functions, blank identifiers
    "package main\nvar initialized bool\nfunc init() { initialized = true }\nfunc init() {}\nvar _ = 5\nfunc _() {}\nfunc main() {}\n",
    // method sets through embedded interfaces
    "package main\ntype Reader interface{ Read() string }\ntype Writer interface{ Write(s string) }\ntype RW interface {\n\tReader\n\tWriter\n}\ntype file struct{ Reader }\nfunc (file) Write(s string) {}\nfunc main() {\n\tvar rw RW = file{}\n\t_ = rw\n\tvar r Reader = rw\n\t_ = r.Read\n}\n",
    // typed constant arithmetic with named types
    "package main\ntype Duration int64\nconst (\n\tNanosecond Duration = 1\n\tSecond = 1000000000 * Nanosecond\n)\nfunc main() {\n\td := 5 * Second\n\tvar f float64 = float64(d) / float64(Second)\n\t_ = f\n\tx := Second.Seconds()\n\t_ = x\n}\nfunc (d Duration) Seconds() float64 { return float64(d) / 1e9 }\n",
];

#[test]
fn valid_files() {
    for src in VALID_FILES {
        check_ok(src);
    }
}

/// Invalid statements in `main` (first statement on line 3) with Go 1.22's errors.
const INVALID: &[(&str, &[&str])] = &[
    ("x := 1", &["3:1: declared and not used: x"]),
    ("x := 1\nx = 2", &["3:1: declared and not used: x"]),
    ("x := 1\nf := func() { _ = x }\n_ = f", &[]),
    ("var x int", &["3:5: declared and not used: x"]),
    (
        "x := 1\nx := 2\n_ = x",
        &["4:3: no new variables on left side of :="],
    ),
    (
        "a, b := 1\n_, _ = a, b",
        &["3:9: assignment mismatch: 2 variables but 1 value"],
    ),
    (
        "x := 1\n_ = x\nx.y = 1",
        &["5:3: x.y undefined (type int has no field or method y)"],
    ),
    (
        "var s string = 1\n_ = s",
        &["3:16: cannot use 1 (untyped int constant) as string value in variable declaration"],
    ),
    (
        "x, y := 1, \"a\"\n_ = x + y",
        &["4:5: invalid operation: x + y (mismatched types int and string)"],
    ),
    ("_ = foo", &["3:5: undefined: foo"]),
    (
        "var b int8 = 200\n_ = b",
        &[
            "3:14: cannot use 200 (untyped int constant) as int8 value in variable declaration (overflows)",
        ],
    ),
    ("_ = 1 / 0", &["3:9: invalid operation: division by zero"]),
    ("break", &["3:1: break is not in a loop, switch, or select"]),
    ("continue", &["3:1: continue is not in a loop"]),
    (
        "for {\n\tfunc() { break }()\n}",
        &["4:11: break is not in a loop, switch, or select"],
    ),
    ("L:\nfor {\n}", &["3:1: label L defined and not used"]),
    (
        "x := 3\nx++\nvar s string\ns++",
        &["6:1: invalid operation: s++ (non-numeric type string)"],
    ),
    ("if 1 {\n}", &["3:4: non-boolean condition in if statement"]),
    ("defer 1", &[]),
    (
        "var i interface{ M() }\n_ = i.(int)",
        &["4:5: impossible type assertion: i.(int)"],
    ),
    (
        "var i interface{}\nswitch v := i.(type) {\ncase int:\n}",
        &["4:8: declared and not used: v"],
    ),
    (
        "var i interface{}\nswitch v := i.(type) {\ncase int:\n\t_ = v\ncase string:\n}",
        &[],
    ),
    (
        "x := nil\n_ = x",
        &["3:6: use of untyped nil in assignment"],
    ),
    (
        "var f func()\n_ = f == nil\n_ = f == f",
        &["5:5: invalid operation: f == f (func can only be compared to nil)"],
    ),
    (
        "type T struct{ s []int }\n_ = T{} == T{}",
        &["4:5: invalid operation: T{} == T{} (struct containing []int cannot be compared)"],
    ),
    (
        "var m map[[]int]int\n_ = m",
        &["3:11: invalid map key type []int"],
    ),
    (
        "x := 1\n_ = x.(int)",
        &["4:5: invalid operation: x (variable of type int) is not an interface"],
    ),
    (
        "_ = complex(1, 2)",
        &["3:5: complex is not supported (minigo has no complex numbers)"],
    ),
    (
        "var s uint = 2\nvar f = float64(1 << s)\n_ = f",
        &["4:17: invalid operation: shifted operand 1 (type float64) must be integer"],
    ),
];

#[test]
fn invalid_statements() {
    for (body, want) in INVALID {
        if want.is_empty() {
            continue;
        }
        check_err(&in_main(body), want);
    }
}

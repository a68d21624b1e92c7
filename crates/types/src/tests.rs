//! Table-driven tests of the checker: valid programs must check cleanly (with complete
//! side tables), invalid ones must produce exactly Go 1.22's messages.

mod cases;
mod corpus;
mod go_cases;
mod infotest;

use minigo_syntax::{FileId, SourceFile, parse_source};

use crate::{CheckResult, PackageSource, check_with_sources};

/// Tiny stand-ins for the built-in packages.
pub(crate) const FAKE_PKGS: &[(&str, &str)] = &[
    (
        "errors",
        r#"package errors
type errorString struct{ s string }
func (e *errorString) Error() string { return e.s }
func New(text string) error { return &errorString{text} }
func Is(err, target error) bool
func Unwrap(err error) error
"#,
    ),
    (
        "fmt",
        r#"package fmt
import "errors"
type Stringer interface{ String() string }
func Println(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Print(a ...any) (n int, err error)
func Sprintf(format string, a ...any) string
func Sprint(a ...any) string
func Errorf(format string, a ...any) error { return errors.New(Sprintf(format, a...)) }
"#,
    ),
    (
        "strings",
        r#"package strings
type Builder struct{ buf []byte }
func (b *Builder) WriteString(s string) (int, error) { b.buf = append(b.buf, s...); return len(s), nil }
func (b *Builder) WriteByte(c byte) error { b.buf = append(b.buf, c); return nil }
func (b *Builder) String() string { return string(b.buf) }
func (b *Builder) Len() int { return len(b.buf) }
func Repeat(s string, n int) string
func Join(elems []string, sep string) string
func ToUpper(s string) string
func Split(s, sep string) []string
func Contains(s, substr string) bool
"#,
    ),
    (
        "os",
        r#"package os
func Exit(code int)
var Args []string
"#,
    ),
    (
        "sort",
        r#"package sort
func Ints(x []int)
func Strings(x []string)
func Slice(x any, less func(i, j int) bool)
func SliceStable(x any, less func(i, j int) bool)
func Float64s(x []float64)
func SearchInts(a []int, x int) int
func Search(n int, f func(int) bool) int
"#,
    ),
    (
        "strconv",
        r#"package strconv
func Itoa(i int) string
func Atoi(s string) (int, error)
"#,
    ),
    (
        "math",
        r#"package math
const Pi = 3.14159265358979323846264338327950288419716939937510582097494459
const MaxInt64 = 1<<63 - 1
const MaxInt = MaxInt64
const MinInt64 = -1 << 63
const MinInt = MinInt64
const MaxInt32 = 1<<31 - 1
const MaxFloat64 = 0x1p1023 * (1 + (1 - 0x1p-52))
const E = 2.71828182845904523536028747135266249775724709369995957496696763
func Sqrt(x float64) float64
func Inf(sign int) float64
func NaN() float64
func Pow(x, y float64) float64
func Abs(x float64) float64
func Floor(x float64) float64
func Ceil(x float64) float64
func Trunc(x float64) float64
func Round(x float64) float64
func Mod(x, y float64) float64
func IsNaN(f float64) (is bool)
func IsInf(f float64, sign int) bool
func Log(x float64) float64
func Exp(x float64) float64
func Sin(x float64) float64
func Cos(x float64) float64
func Max(x, y float64) float64
func Min(x, y float64) float64
"#,
    ),
];

/// Parses and checks `main_src` with the fake packages it imports (dependencies first).
pub(crate) fn run(main_src: &str) -> (CheckResult, Vec<SourceFile>) {
    let mut pkgs = vec![];
    let mut files = vec![];
    let mut next = 1u32;
    let mut parse_errs = vec![];
    for (path, src) in FAKE_PKGS {
        let fid = FileId(files.len() as u32);
        let r = parse_source(fid, src.as_bytes(), next);
        next = r.next_id;
        parse_errs.extend(
            r.diagnostics
                .iter()
                .map(|d| format!("{path}: {}", d.message)),
        );
        files.push(SourceFile::new(format!("{path}.go"), *src));
        pkgs.push(PackageSource {
            path: path.to_string(),
            files: vec![r.file],
        });
    }
    let fid = FileId(files.len() as u32);
    let r = parse_source(fid, main_src.as_bytes(), next);
    assert!(
        parse_errs.is_empty(),
        "fake package parse errors: {parse_errs:?}"
    );
    assert!(
        r.diagnostics.is_empty(),
        "parse errors: {:?}",
        r.diagnostics
    );
    files.push(SourceFile::new("main.go", main_src));
    pkgs.push(PackageSource {
        path: "main".into(),
        files: vec![r.file],
    });
    let mut sm = minigo_syntax::SourceMap::default();
    for f in &files {
        sm.add(SourceFile::new(f.name.clone(), f.text.clone()));
    }
    (check_with_sources(pkgs, Some(&sm)), files)
}

pub(crate) fn format_diags(res: &CheckResult, files: &[SourceFile]) -> Vec<String> {
    res.diagnostics
        .iter()
        .map(|d| {
            let f = &files[d.span.file.0 as usize];
            let (l, c) = f.line_col(d.span.lo as usize);
            let prefix = if f.name == "main.go" {
                String::new()
            } else {
                format!("{}:", f.name)
            };
            format!("{prefix}{l}:{c}: {}", d.message)
        })
        .collect()
}

#[track_caller]
pub(crate) fn check_ok(src: &str) -> CheckResult {
    let (res, files) = run(src);
    let d = format_diags(&res, &files);
    assert!(
        d.is_empty(),
        "unexpected diagnostics:\n{}\nin:\n{src}",
        d.join("\n")
    );
    res
}

#[track_caller]
pub(crate) fn check_err(src: &str, want: &[&str]) {
    let (res, files) = run(src);
    let d = format_diags(&res, &files);
    let w: Vec<String> = want.iter().map(|s| s.to_string()).collect();
    assert_eq!(d, w, "\nsource:\n{src}");
}

/// Wraps statements in `package main; func main() { ... }` (line 3 is the first
/// statement line).
pub(crate) fn in_main(body: &str) -> String {
    format!("package main\nfunc main() {{\n{body}\n}}\n")
}

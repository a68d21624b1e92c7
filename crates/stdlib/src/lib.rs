//! minigo's standard library.
//!
//! Every built-in package is a Go source file embedded in the binary (`go/<path>.go`),
//! parsed and type-checked exactly like user code. A function declared without a body
//! there is a *native*: this crate implements it in Rust and registers it under its
//! qualified name (`strings.Index`, `strings.(*Builder).WriteString`,
//! `unicode/utf8.RuneLen`). [`Stdlib`] is the [`NativeRegistry`] the VM resolves them
//! with; [`package_source`] and [`package_paths`] give the front end the sources.
//!
//! Packages: `fmt`, `strings`, `strconv`, `errors`, `math`, `math/rand`, `sort`,
//! `unicode`, `unicode/utf8`, `os` (with `syscall`'s `Errno` and `io/fs`'s types),
//! `io`, `io/fs`, `path`, `path/filepath`, `bufio`, `time` (Duration, UTC Time, Sleep,
//! timers), `sync`, `sync/atomic`, `context`, `runtime`, `internal/oserror` (the
//! portable errors `syscall` and `io/fs` share) and `internal/itoa`. Each Go source's package
//! comment says which of its functions are native. The natives of `sync`, `sync/atomic`,
//! `runtime` and the scheduler-facing part of `time` live in the VM crate (`sched.rs`,
//! `sync.rs`), which owns the scheduler link; [`TABLES`] registers them with the rest.
//!
//! What is written in Go and what is native is decided per function: anything that
//! calls back into Go code (`strings.Map`, `sort.Slice`'s `less`) or builds Go values
//! with methods (`*strconv.NumError`, `*fmt.wrapError`) is Go; hot loops over bytes,
//! formatting and numeric algorithms are Rust. Natives report failures as plain
//! values (error codes) that a Go wrapper turns into errors or panics, so that Go
//! panics carry Go values.
//!
//! Rust modules: [`fmt`] (the bridge from VM values to `gotext`'s formatting engine),
//! [`strings`], [`strconv`], [`math`] (with the bit-exact ports in [`gomath`]),
//! [`sort`], [`unicode`] (tables in [`unicode_tables`]), [`utf8`], [`os`], [`errors`],
//! and [`builtin`] (helpers the compiler calls: `print`/`println`, `len` of maps,
//! float `min`/`max`, deferred `panic`).
//!
//! Tests: unit tests per module; `tests.rs` checks that every package parses and
//! type-checks, that natives and bodyless declarations match one to one, the math
//! ports against Go bit for bit (`tools/math_oracle.go`) and the fmt bridge on
//! hand-built values; `tests/programs.rs` runs the Go programs of `testdata/` end to
//! end and compares them with Go's output. `tools/gen_unicode.go` generates the
//! Unicode tables.

pub mod builtin;
pub mod errors;
pub mod fmt;
pub mod gomath;
pub mod math;
pub mod os;
pub mod sort;
pub mod strconv;
pub mod strings;
pub mod time;
pub mod unicode;
pub mod unicode_tables;
pub mod utf8;
mod util;

#[cfg(test)]
#[rustfmt::skip]
mod math_oracle_cases;
#[cfg(test)]
mod tests;

use minigo_vm::{NativeFn, NativeRegistry};

/// A table of natives: `(qualified name, implementation)`.
pub type NativeTable = &'static [(&'static str, NativeFn)];

/// Every package's natives.
pub const TABLES: &[NativeTable] = &[
    builtin::NATIVES,
    minigo_vm::sched::NATIVES,
    minigo_vm::sync::NATIVES,
    errors::NATIVES,
    fmt::NATIVES,
    math::NATIVES,
    os::NATIVES,
    sort::NATIVES,
    strconv::NATIVES,
    strings::NATIVES,
    time::NATIVES,
    unicode::NATIVES,
    utf8::NATIVES,
];

/// The standard library's native functions, looked up by qualified name.
#[derive(Clone, Copy, Debug, Default)]
pub struct Stdlib;

impl NativeRegistry for Stdlib {
    fn lookup(&self, name: &str) -> Option<NativeFn> {
        TABLES
            .iter()
            .flat_map(|t| t.iter())
            .find(|(n, _)| *n == name)
            .map(|&(_, f)| f)
    }
}

/// `(import path, Go source)` of every built-in package, dependencies before the
/// packages that import them.
const SOURCES: &[(&str, &str)] = &[
    ("runtime", include_str!("../go/runtime.go")),
    ("errors", include_str!("../go/errors.go")),
    ("internal/itoa", include_str!("../go/internal/itoa.go")),
    (
        "internal/oserror",
        include_str!("../go/internal/oserror.go"),
    ),
    ("syscall", include_str!("../go/syscall.go")),
    ("io", include_str!("../go/io.go")),
    ("io/fs", include_str!("../go/io/fs.go")),
    ("unicode", include_str!("../go/unicode.go")),
    ("unicode/utf8", include_str!("../go/unicode/utf8.go")),
    ("os", include_str!("../go/os.go")),
    ("strconv", include_str!("../go/strconv.go")),
    ("math", include_str!("../go/math.go")),
    ("strings", include_str!("../go/strings.go")),
    ("path", include_str!("../go/path.go")),
    ("path/filepath", include_str!("../go/path/filepath.go")),
    ("bufio", include_str!("../go/bufio.go")),
    ("sort", include_str!("../go/sort.go")),
    ("sync/atomic", include_str!("../go/sync/atomic.go")),
    ("sync", include_str!("../go/sync.go")),
    ("time", include_str!("../go/time.go")),
    ("fmt", include_str!("../go/fmt.go")),
    ("math/rand", include_str!("../go/math/rand.go")),
    ("context", include_str!("../go/context.go")),
];

const PATHS: &[&str] = &[
    "runtime",
    "errors",
    "internal/itoa",
    "internal/oserror",
    "syscall",
    "io",
    "io/fs",
    "unicode",
    "unicode/utf8",
    "os",
    "strconv",
    "math",
    "strings",
    "path",
    "path/filepath",
    "bufio",
    "sort",
    "sync/atomic",
    "sync",
    "time",
    "fmt",
    "math/rand",
    "context",
];

/// The Go source of built-in package `path` (`"fmt"`, `"unicode/utf8"`...).
pub fn package_source(path: &str) -> Option<&'static str> {
    SOURCES.iter().find(|(p, _)| *p == path).map(|&(_, s)| s)
}

/// The import paths of all built-in packages, each after the packages it imports.
pub fn package_paths() -> &'static [&'static str] {
    PATHS
}

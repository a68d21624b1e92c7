//! minigo's type checker.
//!
//! [`check`] takes the parsed packages of a program (built-in packages such as `strings`
//! are ordinary Go sources whose bodyless functions are natives), resolves every name,
//! checks every expression and statement against Go's rules, and returns a
//! [`CheckResult`]: the type table, the objects, the side tables ([`Info`]) the compiler
//! reads, and every diagnostic found (it never stops at the first error).
//!
//! Error messages follow the wording of Go 1.22's compiler (types2), e.g.
//! `declared and not used: x`, `"os" imported and not used`, `missing return`.

mod bigint;
mod check;
mod constant;
pub mod info;
pub mod lookup;
pub mod objects;
pub mod ty;

#[cfg(test)]
mod tests;

pub use info::{Info, Mode, Selection, SelectionKind, TypeAndValue, VarInit};
pub use lookup::{
    assignable_to, comparable, default_type, identical, implements, lookup_field_or_method,
    method_set,
};
pub use objects::{Builtin, ConstValue, DeclRef, FuncInfo, ObjId, ObjKind, Object, VarKind};
pub use ty::{
    Basic, Field, Interface, NamedIdx, NamedType, Signature, TypeId, TypeKind, TypeTable,
};

use minigo_syntax::{Diagnostic, SourceMap, ast};
use rustc_hash::FxHashMap;

/// The parsed files of one package.
#[derive(Debug)]
pub struct PackageSource {
    /// Import path: `main`, `strings`, `unicode/utf8`...
    pub path: String,
    pub files: Vec<ast::File>,
}

/// A checked package.
#[derive(Debug)]
pub struct Package {
    pub path: String,
    /// The package name from its `package` clause.
    pub name: String,
    pub files: Vec<ast::File>,
    /// Package-level objects by name.
    pub scope: FxHashMap<String, ObjId>,
    /// Package-level variable initialisations in Go's order (dependency order, then
    /// declaration order).
    pub var_inits: Vec<VarInit>,
    /// The package's `init` functions in source order (they have no names in `scope`).
    pub init_funcs: Vec<ObjId>,
}

#[derive(Debug)]
pub struct CheckResult {
    pub types: TypeTable,
    pub objects: Vec<Object>,
    pub info: Info,
    /// In the order given (dependencies first, `main` last).
    pub packages: Vec<Package>,
    pub diagnostics: Vec<Diagnostic>,
}

impl CheckResult {
    pub fn obj(&self, id: ObjId) -> &Object {
        &self.objects[id.0 as usize]
    }
}

/// Go reports at most this many errors, then `too many errors`.
const MAX_ERRORS: usize = 10;

/// Type-checks a program: `pkgs` in dependency order (built-in packages first, `main`
/// last). Never panics on any input; every error found is in `diagnostics`, sorted by
/// position and capped like Go's compiler (10 errors, then `too many errors`).
pub fn check(pkgs: Vec<PackageSource>) -> CheckResult {
    check_with_sources(pkgs, None)
}

/// Like [`check`]; with the program's [`SourceMap`], messages that mention another
/// position spell it as Go does (`method T.M already declared at x.go:5:10`).
pub fn check_with_sources(pkgs: Vec<PackageSource>, sources: Option<&SourceMap>) -> CheckResult {
    let positions: Vec<(String, Vec<usize>)> = sources
        .map(|sm| {
            sm.files
                .iter()
                .map(|f| {
                    let mut starts = vec![0];
                    starts.extend(
                        f.text
                            .bytes()
                            .enumerate()
                            .filter(|&(_, b)| b == b'\n')
                            .map(|(i, _)| i + 1),
                    );
                    (f.name.clone(), starts)
                })
                .collect()
        })
        .unwrap_or_default();
    // Checking recurses over the (possibly deeply nested) AST: use a large stack.
    let worker = std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(move || {
            let mut c = check::Checker::new();
            c.positions = positions;
            run_checker(c, pkgs)
        });
    match worker {
        Ok(h) => match h.join() {
            Ok(r) => r,
            Err(p) => std::panic::resume_unwind(p),
        },
        Err(_) => CheckResult {
            types: TypeTable::new(),
            objects: vec![],
            info: Info::default(),
            packages: vec![],
            diagnostics: vec![Diagnostic::error(
                minigo_syntax::Span::default(),
                "cannot start the type checker",
            )],
        },
    }
}

/// [`check`] on the current thread (which must have a generous stack).
pub fn check_on_this_thread(pkgs: Vec<PackageSource>) -> CheckResult {
    run_checker(check::Checker::new(), pkgs)
}

fn run_checker(mut c: check::Checker, pkgs: Vec<PackageSource>) -> CheckResult {
    for p in pkgs {
        c.check_package(p);
    }
    c.default_untyped_records();
    if c.diags.is_empty() {
        c.diags = std::mem::take(&mut c.missing_bodies);
    }
    // Like gc: the first 10 errors in report order, sorted by position, then
    // `too many errors` at the position of the 10th.
    let mut diags: Vec<Diagnostic> = vec![];
    for d in std::mem::take(&mut c.diags) {
        if !diags
            .iter()
            .any(|e| e.span.file == d.span.file && e.span.lo == d.span.lo && e.message == d.message)
        {
            diags.push(d);
        }
    }
    let too_many = (diags.len() >= MAX_ERRORS).then(|| diags[MAX_ERRORS - 1].span);
    diags.truncate(MAX_ERRORS);
    diags.sort_by_key(|d| (d.span.file, d.span.lo));
    if let Some(span) = too_many {
        diags.push(Diagnostic::error(span, "too many errors"));
    }
    CheckResult {
        types: c.types,
        objects: c.objects,
        info: c.info,
        packages: c.packages,
        diagnostics: diags,
    }
}

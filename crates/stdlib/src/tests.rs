//! Crate-level tests: every package source parses and type-checks, natives and
//! bodyless declarations match one to one, the math ports agree with Go bit for bit,
//! and the fmt bridge formats hand-built VM values like Go.

use std::collections::BTreeSet;
use std::sync::atomic::Ordering;

use minigo_bytecode::{Program, RField, RKind, RType};
use minigo_syntax::ast::{ExprKind, TopDecl};
use minigo_syntax::{FileId, parse_source};
use minigo_types::PackageSource;
use minigo_vm::heap::RefMap;
use minigo_vm::{Goroutine, NativeRegistry, Vm};

use crate::{Stdlib, TABLES, package_paths, package_source};

fn parse(path: &str, file: u32, first_id: u32) -> minigo_syntax::ParseResult {
    let src = package_source(path).unwrap_or_else(|| panic!("no source for {path}"));
    parse_source(FileId(file), src.as_bytes(), first_id)
}

#[test]
fn every_package_has_a_source_and_parses_cleanly() {
    assert_eq!(package_paths().len(), crate::SOURCES.len());
    for (i, p) in package_paths().iter().enumerate() {
        let r = parse(p, i as u32, 0);
        assert!(r.diagnostics.is_empty(), "{p}: {:?}", r.diagnostics);
        let expected_name = p.rsplit('/').next().unwrap_or(p);
        assert_eq!(r.file.package.name, expected_name, "{p}");
    }
    assert!(package_source("nosuch").is_none());
}

#[test]
fn every_package_type_checks() {
    let mut next_id = 0;
    let mut pkgs = Vec::new();
    for (i, p) in package_paths().iter().enumerate() {
        let r = parse(p, i as u32, next_id);
        next_id = r.next_id;
        pkgs.push(PackageSource {
            path: p.to_string(),
            files: vec![r.file],
        });
    }
    let res = minigo_types::check(pkgs);
    let msgs: Vec<String> = res
        .diagnostics
        .iter()
        .map(|d| {
            format!(
                "{}:{}: {}",
                package_paths()[d.span.file.0 as usize],
                d.span.lo,
                d.message
            )
        })
        .collect();
    assert!(msgs.is_empty(), "{msgs:#?}");
}

/// Qualified names of the bodyless functions of every package source.
fn declared_natives() -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (i, p) in package_paths().iter().enumerate() {
        let r = parse(p, i as u32, 0);
        for d in &r.file.decls {
            let TopDecl::Func(f) = d else { continue };
            if f.body.is_some() {
                continue;
            }
            let name = match &f.recv {
                None => format!("{p}.{}", f.name.name),
                Some(recv) => match &recv.ty.kind {
                    ExprKind::Star(inner) => match &inner.kind {
                        ExprKind::Ident(id) => format!("{p}.(*{}).{}", id.name, f.name.name),
                        other => panic!("unexpected receiver {other:?}"),
                    },
                    ExprKind::Ident(id) => format!("{p}.{}.{}", id.name, f.name.name),
                    other => panic!("unexpected receiver {other:?}"),
                },
            };
            out.insert(name);
        }
    }
    out
}

#[test]
fn natives_and_bodyless_declarations_match() {
    let declared = declared_natives();
    let registered: BTreeSet<String> = TABLES
        .iter()
        .flat_map(|t| t.iter())
        .map(|(n, _)| n.to_string())
        .filter(|n| !n.starts_with("builtin."))
        .collect();
    let missing: Vec<&String> = declared.difference(&registered).collect();
    let extra: Vec<&String> = registered.difference(&declared).collect();
    assert!(missing.is_empty(), "declared without a native: {missing:?}");
    assert!(extra.is_empty(), "natives without a declaration: {extra:?}");
    let all: Vec<&str> = TABLES
        .iter()
        .flat_map(|t| t.iter())
        .map(|(n, _)| *n)
        .collect();
    let unique: BTreeSet<&str> = all.iter().copied().collect();
    assert_eq!(all.len(), unique.len(), "a native is registered twice");
    for n in &all {
        assert!(Stdlib.lookup(n).is_some());
    }
    assert!(Stdlib.lookup("strings.NoSuch").is_none());
    for b in [
        "builtin.print",
        "builtin.println",
        "builtin.maplen",
        "builtin.fmin",
        "builtin.fmax",
        "builtin.panic",
    ] {
        assert!(Stdlib.lookup(b).is_some(), "{b}");
    }
}

#[test]
fn runtime_error_type_comes_first() {
    let r = parse("runtime", 0, 0);
    let first_type = r.file.decls.iter().find_map(|d| match d {
        TopDecl::Gen(minigo_syntax::ast::GenDecl::Type(specs, _)) => {
            specs.first().map(|s| s.name.name.clone())
        }
        _ => None,
    });
    assert_eq!(first_type.as_deref(), Some("errorString"));
}

// ---- math: bit-exact against Go ----

#[test]
fn math_matches_go_bit_for_bit() {
    use crate::gomath as gm;
    let mut failures = Vec::new();
    for &(name, xb, yb, want) in crate::math_oracle_cases::CASES {
        let (x, y) = (f64::from_bits(xb), f64::from_bits(yb));
        let got = match name {
            "Exp" => gm::exp(x),
            "Log" => gm::log(x),
            "Log2" => gm::log2(x),
            "Log10" => gm::log10(x),
            "Log1p" => gm::log1p(x),
            "Expm1" => gm::expm1(x),
            "Exp2" => gm::exp2(x),
            "Sin" => gm::sin(x),
            "Cos" => gm::cos(x),
            "Tan" => gm::tan(x),
            "Asin" => gm::asin(x),
            "Acos" => gm::acos(x),
            "Atan" => gm::atan(x),
            "Sinh" => gm::sinh(x),
            "Cosh" => gm::cosh(x),
            "Tanh" => gm::tanh(x),
            "Cbrt" => gm::cbrt(x),
            "Sqrt" => x.sqrt(),
            "Floor" => x.floor(),
            "Ceil" => x.ceil(),
            "Trunc" => x.trunc(),
            "Round" => x.round(),
            "RoundToEven" => x.round_ties_even(),
            "Frexp" => gm::frexp(x).0,
            "FrexpExp" => gm::frexp(x).1 as f64,
            "Modf" => gm::modf(x).0,
            "Pow" => gm::pow(x, y),
            "Atan2" => gm::atan2(x, y),
            "Hypot" => gm::hypot(x, y),
            "Mod" => gm::fmod(x, y),
            "Remainder" => gm::remainder(x, y),
            "Max" => gm::max(x, y),
            "Min" => gm::min(x, y),
            "Dim" => gm::dim(x, y),
            // Go's amd64 float-to-int conversion gives MinInt64 out of range.
            "Ldexp" => gm::ldexp(x, gm::go_i64(y)),
            other => panic!("unknown function {other}"),
        };
        let ok = got.to_bits() == want || (got.is_nan() && f64::from_bits(want).is_nan());
        if !ok {
            failures.push(format!(
                "{name}({x:e}, {y:e}) = {got:e}, Go: {:e}",
                f64::from_bits(want)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures[..failures.len().min(30)].join("\n")
    );
}

#[test]
fn pow10_and_builtin_min_max() {
    assert_eq!(crate::math::pow10_of(3), 1000.0);
    assert_eq!(crate::math::pow10_of(-2), 0.01);
    assert_eq!(crate::math::pow10_of(309), f64::INFINITY);
    assert_eq!(crate::math::pow10_of(-324), 0.0);
    assert!(crate::builtin::builtin_min(1.0, f64::NAN).is_nan());
    assert!(crate::builtin::builtin_min(-0.0, 0.0).is_sign_negative());
    assert!(!crate::builtin::builtin_max(-0.0, 0.0).is_sign_negative());
    assert_eq!(crate::builtin::builtin_max(1.0, 2.0), 2.0);
    assert_eq!(crate::math::next_after(1.0, 2.0), 1.0000000000000002);
}

// ---- the fmt bridge over hand-built runtime types ----

fn rt(name: &str, kind: RKind) -> RType {
    RType {
        name: name.to_string(),
        kind,
        methods: vec![],
        error_method: None,
        string_method: None,
    }
}

fn field(name: &str, ty: u32) -> RField {
    RField {
        name: name.to_string(),
        ty,
        embedded: false,
        exported: name.starts_with(char::is_uppercase),
    }
}

const INT: u32 = 0;
const STRING: u32 = 1;
const POINT: u32 = 2;
const PPOINT: u32 = 3;
const INTS: u32 = 4;
const ANY: u32 = 5;
const MAP: u32 = 6;
const FLOAT: u32 = 7;
const BYTES: u32 = 8;
const BYTE: u32 = 9;
const ANYS: u32 = 10;
const BOOL: u32 = 11;

fn test_vm() -> Vm {
    let rtypes = vec![
        rt(
            "int",
            RKind::Int {
                bits: 64,
                signed: true,
            },
        ),
        rt("string", RKind::String),
        rt(
            "main.Point",
            RKind::Struct(vec![
                field("X", INT),
                field("Y", INT),
                field("name", STRING),
            ]),
        ),
        rt("*main.Point", RKind::Pointer(POINT)),
        rt("[]int", RKind::Slice(INT)),
        rt("interface {}", RKind::Interface(vec![])),
        rt("map[string]int", RKind::Map(STRING, INT)),
        rt("float64", RKind::Float { bits: 64 }),
        rt("[]uint8", RKind::Slice(BYTE)),
        rt(
            "uint8",
            RKind::Int {
                bits: 8,
                signed: false,
            },
        ),
        rt("[]interface {}", RKind::Slice(ANY)),
        rt("bool", RKind::Bool),
    ];
    let prog = Program {
        rtypes,
        ..Program::default()
    };
    Vm::new(prog, &Stdlib, vec!["prog".into(), "arg1".into()]).expect("vm")
}

fn iface(vm: &Vm, t: u32, data: u64) -> u64 {
    vm.heap.alloc_iface(t, data)
}

fn any_slice(vm: &Vm, items: &[u64]) -> u64 {
    crate::util::ref_slice(vm, items, false)
}

fn point(vm: &Vm, x: i64, y: i64, name: &str) -> u64 {
    let b = vm.heap.alloc_words(3, RefMap::Mask(0b100));
    let w = vm.heap.words(b);
    w[0].store(x as u64, Ordering::Release);
    w[1].store(y as u64, Ordering::Release);
    w[2].store(vm.heap.alloc_str(name.as_bytes()), Ordering::Release);
    b
}

fn call(vm: &mut Vm, name: &str, args: &[u64], nret: usize) -> Result<Vec<u64>, minigo_vm::Trap> {
    let f = Stdlib.lookup(name).expect("native");
    let mut g = Goroutine::new(1);
    let mut rets = vec![0; nret];
    f(vm, &mut g, args, &mut rets)?;
    Ok(rets)
}

fn sprintf(vm: &mut Vm, format: &str, args: &[u64]) -> String {
    let f = vm.heap.alloc_str(format.as_bytes());
    let a = any_slice(vm, args);
    let r = call(vm, "fmt.Sprintf", &[f, a], 1).expect("no trap");
    String::from_utf8_lossy(vm.heap.str(r[0])).into_owned()
}

#[test]
fn fmt_formats_basic_and_composite_values() {
    let mut vm = test_vm();
    let n = iface(&vm, INT, (-42i64) as u64);
    let s = iface(&vm, STRING, vm.heap.alloc_str(b"hi"));
    let f = iface(&vm, FLOAT, 2.5f64.to_bits());
    let b = iface(&vm, BOOL, 1);
    assert_eq!(
        sprintf(&mut vm, "%d|%5s|%v|%t|%x", &[n, s, f, b, n]),
        "-42|   hi|2.5|true|-2a"
    );
    assert_eq!(sprintf(&mut vm, "%v %v", &[n, 0]), "-42 <nil>");
    assert_eq!(sprintf(&mut vm, "%T %T", &[s, f]), "string float64");
    assert_eq!(sprintf(&mut vm, "%d", &[]), "%!d(MISSING)");

    let p = point(&vm, 1, 2, "a");
    let pv = iface(&vm, POINT, p);
    assert_eq!(
        sprintf(&mut vm, "%v %+v", &[pv, pv]),
        "{1 2 a} {X:1 Y:2 name:a}"
    );
    assert_eq!(
        sprintf(&mut vm, "%#v", &[pv]),
        "main.Point{X:1, Y:2, name:\"a\"}"
    );
    let pp = iface(&vm, PPOINT, p);
    assert_eq!(
        sprintf(&mut vm, "%v %+v", &[pp, pp]),
        "&{1 2 a} &{X:1 Y:2 name:a}"
    );
    let nilp = iface(&vm, PPOINT, 0);
    assert_eq!(sprintf(&mut vm, "%v", &[nilp]), "<nil>");

    let ints = crate::util::int_slice(&vm, &[3, 1, 2]);
    let iv = iface(&vm, INTS, ints);
    let nil_ints = iface(&vm, INTS, 0);
    assert_eq!(
        sprintf(&mut vm, "%v %d %v %#v", &[iv, iv, nil_ints, nil_ints]),
        "[3 1 2] [3 1 2] [] []int(nil)"
    );

    let bytes = vm.bytes_to_slice(b"hey");
    let bv = iface(&vm, BYTES, bytes);
    assert_eq!(
        sprintf(&mut vm, "%s %x %v", &[bv, bv, bv]),
        "hey 686579 [104 101 121]"
    );

    let inner = any_slice(&vm, &[n, s, 0]);
    let av = iface(&vm, ANYS, inner);
    assert_eq!(sprintf(&mut vm, "%v", &[av]), "[-42 hi <nil>]");
}

#[test]
fn fmt_sorts_map_keys() {
    let mut vm = test_vm();
    let m = vm.heap.alloc_map(minigo_vm::maps::MapTable::new(
        &vm.prog.rtypes,
        STRING,
        INT,
        0,
    ));
    for (k, v) in [("b", 2u64), ("a", 1), ("c", 3)] {
        let ks = vm.heap.alloc_str(k.as_bytes());
        let prog = vm.prog.clone();
        vm.heap
            .map(m)
            .lock()
            .unwrap()
            .insert(&vm.heap, &prog.rtypes, ks, v)
            .unwrap();
    }
    let mv = iface(&vm, MAP, m);
    assert_eq!(sprintf(&mut vm, "%v", &[mv]), "map[a:1 b:2 c:3]");
}

#[test]
fn fmt_errorf_reports_no_wrapped_operands_without_methods() {
    let mut vm = test_vm();
    let n = iface(&vm, INT, 7);
    let f = vm.heap.alloc_str(b"bad %d: %w");
    let a = any_slice(&vm, &[n, n]);
    let r = call(&mut vm, "fmt.errorf", &[f, a], 2).expect("no trap");
    assert_eq!(vm.heap.str(r[0]), b"bad 7: %!w(int=7)");
    assert_eq!(vm.slice_parts(r[1]).2, 0);
}

#[test]
fn natives_over_strings_and_slices() {
    let mut vm = test_vm();
    let s = vm.heap.alloc_str(b"a,b,,c");
    let sep = vm.heap.alloc_str(b",");
    let r = call(&mut vm, "strings.Split", &[s, sep], 1).unwrap();
    let parts: Vec<String> = crate::util::slice_words(&vm, r[0])
        .iter()
        .map(|&w| String::from_utf8_lossy(vm.heap.str(w)).into_owned())
        .collect();
    assert_eq!(parts, ["a", "b", "", "c"]);
    let joined = call(&mut vm, "strings.Join", &[r[0], sep], 1).unwrap();
    assert_eq!(vm.heap.str(joined[0]), b"a,b,,c");
    let up = call(&mut vm, "strings.ToUpper", &[s], 1).unwrap();
    assert_eq!(vm.heap.str(up[0]), b"A,B,,C");
    let neg = call(&mut vm, "strings.repeat", &[sep, 3], 1).unwrap();
    assert_eq!(vm.heap.str(neg[0]), b",,,");
    assert!(call(&mut vm, "strings.repeat", &[sep, 1 << 50], 1).is_err());

    let ints = crate::util::int_slice(&vm, &[5, -1, 3]);
    call(&mut vm, "sort.Ints", &[ints], 0).unwrap();
    let sorted: Vec<i64> = crate::util::slice_words(&vm, ints)
        .iter()
        .map(|&w| w as i64)
        .collect();
    assert_eq!(sorted, [-1, 3, 5]);
    let boxed = iface(&vm, INTS, ints);
    assert_eq!(call(&mut vm, "sort.lenAny", &[boxed], 1).unwrap()[0], 3);
    call(&mut vm, "sort.swapAny", &[boxed, 0, 2], 0).unwrap();
    let swapped: Vec<i64> = crate::util::slice_words(&vm, ints)
        .iter()
        .map(|&w| w as i64)
        .collect();
    assert_eq!(swapped, [5, 3, -1]);
    assert!(call(&mut vm, "sort.swapAny", &[boxed, 0, 3], 0).is_err());
    let not_slice = iface(&vm, INT, 1);
    assert!(call(&mut vm, "sort.lenAny", &[not_slice], 1).is_err());

    let args = call(&mut vm, "os.runtimeArgs", &[], 1).unwrap();
    assert_eq!(vm.slice_parts(args[0]).2, 2);

    let num = vm.heap.alloc_str(b"12a");
    let r = call(&mut vm, "strconv.atoi", &[num], 2).unwrap();
    assert_eq!(r[1], 1);
    let num = vm.heap.alloc_str(b"99999999999999999999");
    let r = call(&mut vm, "strconv.parseInt", &[num, 10, 64], 2).unwrap();
    assert_eq!((r[0] as i64, r[1]), (i64::MAX, 2));
}

#[test]
fn errors_reflection() {
    let mut vm = test_vm();
    let n = iface(&vm, INT, 7);
    assert_eq!(call(&mut vm, "errors.comparable", &[n], 1).unwrap()[0], 1);
    let ints = iface(&vm, INTS, 0);
    assert_eq!(
        call(&mut vm, "errors.comparable", &[ints], 1).unwrap()[0],
        0
    );
    assert_eq!(call(&mut vm, "errors.targetKind", &[n], 1).unwrap()[0], 1);
    let p = point(&vm, 1, 2, "x");
    let pp = iface(&vm, PPOINT, p);
    // main.Point has no Error method.
    assert_eq!(call(&mut vm, "errors.targetKind", &[pp], 1).unwrap()[0], 2);
}

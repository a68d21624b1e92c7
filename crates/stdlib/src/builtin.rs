//! Natives behind Go's builtins that the compiler does not inline: `print` and
//! `println` (Go's runtime formats, to standard error), `len` of a map or channel,
//! `min`/`max` of floats (NaN and signed-zero rules), and `panic` when deferred.

use std::io::Write;

use gotext::builtin::{print_builtin_float, print_builtin_hex, print_builtin_slice};
use minigo_bytecode::RKind;
use minigo_vm::{Goroutine, Trap, Vm};

use crate::NativeTable;
use crate::util::{NResult, iface_parts};

pub const NATIVES: NativeTable = &[
    ("builtin.print", print),
    ("builtin.println", println),
    ("builtin.maplen", maplen),
    ("builtin.fmin", fmin),
    ("builtin.fmax", fmax),
    ("builtin.panic", panic),
];

/// One operand of `print`/`println` (an interface word) in the runtime's format.
pub fn print_operand(vm: &Vm, out: &mut Vec<u8>, v: u64) {
    let Some((rt, d)) = iface_parts(vm, v) else {
        out.extend_from_slice(b"nil");
        return;
    };
    let text = match &vm.prog.rtypes[rt as usize].kind {
        RKind::Bool => (if d != 0 { "true" } else { "false" }).to_string(),
        RKind::Int { signed: true, .. } => (d as i64).to_string(),
        RKind::Int { signed: false, .. } => d.to_string(),
        RKind::Float { .. } => print_builtin_float(f64::from_bits(d)),
        RKind::String => {
            out.extend_from_slice(vm.heap.str(d));
            return;
        }
        RKind::Slice(_) => match vm.heap.slice(d) {
            None => print_builtin_slice(0, 0, 0),
            Some(s) => print_builtin_slice(s.len, s.cap, s.backing.wrapping_add(8 * s.off as u64)),
        },
        RKind::Nil => "nil".to_string(),
        RKind::Pointer(_) | RKind::Map(..) | RKind::Chan(..) | RKind::Func => print_builtin_hex(d),
        RKind::Interface(_) | RKind::Struct(_) | RKind::Array(..) => format!(
            "({}) {}",
            vm.prog.rtypes[rt as usize].name,
            print_builtin_hex(d)
        ),
    };
    out.extend_from_slice(text.as_bytes());
}

fn emit(vm: &mut Vm, bytes: &[u8]) {
    let _ = vm.stdout.flush();
    let _ = std::io::stderr().write_all(bytes);
}

fn print(vm: &mut Vm, _: &mut Goroutine, a: &[u64], _: &mut [u64]) -> NResult {
    let mut out = Vec::new();
    for &v in a {
        print_operand(vm, &mut out, v);
    }
    emit(vm, &out);
    Ok(())
}

fn println(vm: &mut Vm, _: &mut Goroutine, a: &[u64], _: &mut [u64]) -> NResult {
    let mut out = Vec::new();
    for (i, &v) in a.iter().enumerate() {
        if i > 0 {
            out.push(b' ');
        }
        print_operand(vm, &mut out, v);
    }
    out.push(b'\n');
    emit(vm, &out);
    Ok(())
}

fn maplen(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = if a[0] == 0 {
        0
    } else {
        vm.heap
            .map(a[0])
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .len() as u64
    };
    Ok(())
}

/// Go's builtin `min` of two floats (the runtime's `fmin`): a NaN operand wins,
/// and `-0` is below `+0`.
pub fn builtin_min(x: f64, y: f64) -> f64 {
    if y.is_nan() || y < x {
        return y;
    }
    if x.is_nan() || x < y || x != 0.0 {
        return x;
    }
    f64::from_bits(x.to_bits() | y.to_bits())
}

/// Go's builtin `max` of two floats (the runtime's `fmax`).
pub fn builtin_max(x: f64, y: f64) -> f64 {
    if y.is_nan() || y > x {
        return y;
    }
    if x.is_nan() || x > y || x != 0.0 {
        return x;
    }
    f64::from_bits(x.to_bits() & y.to_bits())
}

fn fmin(_: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = builtin_min(f64::from_bits(a[0]), f64::from_bits(a[1])).to_bits();
    Ok(())
}

fn fmax(_: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = builtin_max(f64::from_bits(a[0]), f64::from_bits(a[1])).to_bits();
    Ok(())
}

fn panic(vm: &mut Vm, _: &mut Goroutine, a: &[u64], _: &mut [u64]) -> NResult {
    let v = a.first().copied().unwrap_or(0);
    if v == 0 {
        return Err(Trap::Panic(vm.runtime_error_value(
            "panic called with nil argument (goexit=false)",
        )));
    }
    Err(Trap::Panic(v))
}

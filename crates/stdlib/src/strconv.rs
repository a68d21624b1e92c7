//! Natives of package `strconv`, on top of gotext's ports of Go's algorithms.
//!
//! The parsers return `(value, code)` with code 0 (ok), 1 (`ErrSyntax`), 2
//! (`ErrRange`), 3 (invalid base) or 4 (invalid bit size); `strconv.go` builds the
//! `*NumError`. On a range error the value is Go's clamped result.

use gotext::{NumError, NumErrorKind};
use minigo_vm::{Goroutine, Vm};

use crate::NativeTable;
use crate::util::{NResult, new_str, word};

pub const NATIVES: NativeTable = &[
    ("strconv.Itoa", itoa),
    ("strconv.formatInt", format_int),
    ("strconv.formatUint", format_uint),
    ("strconv.FormatFloat", format_float),
    ("strconv.Quote", quote),
    ("strconv.QuoteToASCII", quote_ascii),
    ("strconv.QuoteToGraphic", quote_graphic),
    ("strconv.QuoteRune", quote_rune),
    ("strconv.QuoteRuneToASCII", quote_rune_ascii),
    ("strconv.QuoteRuneToGraphic", quote_rune_graphic),
    ("strconv.CanBackquote", can_backquote),
    ("strconv.IsPrint", is_print),
    ("strconv.IsGraphic", is_graphic),
    ("strconv.parseInt", parse_int),
    ("strconv.parseUint", parse_uint),
    ("strconv.parseFloat", parse_float),
    ("strconv.atoi", atoi),
];

/// The error code of a parser result.
pub fn code(e: &Option<NumError>) -> u64 {
    match e.as_ref().map(|e| &e.err) {
        None => 0,
        Some(NumErrorKind::Syntax) => 1,
        Some(NumErrorKind::Range) => 2,
        Some(NumErrorKind::Base(_)) => 3,
        Some(NumErrorKind::BitSize(_)) => 4,
    }
}

/// A base or bit-size argument: out-of-range values stay invalid.
fn small(w: u64) -> u32 {
    u32::try_from(w as i64).unwrap_or(u32::MAX)
}

fn itoa(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = new_str(vm, gotext::itoa(a[0] as i64).as_bytes());
    Ok(())
}

fn format_int(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = new_str(
        vm,
        gotext::format_int(a[0] as i64, small(a[1]).clamp(2, 36)).as_bytes(),
    );
    Ok(())
}

fn format_uint(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = new_str(
        vm,
        gotext::format_uint(a[0], small(a[1]).clamp(2, 36)).as_bytes(),
    );
    Ok(())
}

fn format_float(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let f = f64::from_bits(a[0]);
    let prec = (a[2] as i64).clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32;
    let bits = if a[3] as i64 == 32 { 32 } else { 64 };
    r[0] = new_str(
        vm,
        gotext::format_float(f, a[1] as u8, prec, bits).as_bytes(),
    );
    Ok(())
}

fn quote(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let q = gotext::quote(vm.heap.str(a[0]));
    r[0] = new_str(vm, q.as_bytes());
    Ok(())
}

fn quote_ascii(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let q = gotext::quote_to_ascii(vm.heap.str(a[0]));
    r[0] = new_str(vm, q.as_bytes());
    Ok(())
}

fn quote_graphic(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let q = gotext::quote_to_graphic(vm.heap.str(a[0]));
    r[0] = new_str(vm, q.as_bytes());
    Ok(())
}

fn quote_rune(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = new_str(vm, gotext::quote_rune(a[0] as i64 as i32).as_bytes());
    Ok(())
}

fn quote_rune_ascii(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = new_str(
        vm,
        gotext::quote_rune_to_ascii(a[0] as i64 as i32).as_bytes(),
    );
    Ok(())
}

fn quote_rune_graphic(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = new_str(
        vm,
        gotext::quote_rune_to_graphic(a[0] as i64 as i32).as_bytes(),
    );
    Ok(())
}

fn can_backquote(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = word(gotext::can_backquote(vm.heap.str(a[0])));
    Ok(())
}

fn is_print(_: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = word(gotext::is_print(a[0] as i64 as i32));
    Ok(())
}

fn is_graphic(_: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = word(gotext::is_graphic(a[0] as i64 as i32));
    Ok(())
}

fn parse_int(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let (v, e) = gotext::parse_int_go(vm.heap.str(a[0]), small(a[1]), small(a[2]));
    r[0] = v as u64;
    r[1] = code(&e);
    Ok(())
}

fn parse_uint(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let (v, e) = gotext::parse_uint_go(vm.heap.str(a[0]), small(a[1]), small(a[2]));
    r[0] = v;
    r[1] = code(&e);
    Ok(())
}

fn parse_float(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let bits = if a[1] as i64 == 32 { 32 } else { 64 };
    let (v, e) = gotext::parse_float_go(vm.heap.str(a[0]), bits);
    r[0] = v.to_bits();
    r[1] = code(&e);
    Ok(())
}

fn atoi(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let (v, e) = gotext::atoi_go(vm.heap.str(a[0]));
    r[0] = v as u64;
    r[1] = code(&e);
    Ok(())
}

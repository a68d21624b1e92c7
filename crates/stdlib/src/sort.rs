//! Natives of package `sort`: the reflection `sort.Slice` needs (length of and swap
//! within the slice behind an `any`), and `Ints`/`Strings`/`Float64s`, which sort
//! in Rust (equal elements are indistinguishable, so the algorithm does not show;
//! `Float64s` puts NaNs first and keeps `-0`/`+0` in their original order).

use minigo_bytecode::RKind;
use minigo_vm::values::{clone_value, copy_into, load_elem};
use minigo_vm::vm::store_elem;
use minigo_vm::{Goroutine, Trap, Vm};

use crate::NativeTable;
use crate::util::{NResult, iface_parts, panic_str, set_slice_words, slice_words};

pub const NATIVES: NativeTable = &[
    ("sort.lenAny", len_any),
    ("sort.swapAny", swap_any),
    ("sort.Ints", ints),
    ("sort.Strings", strings),
    ("sort.Float64s", float64s),
];

/// The slice word and element type inside interface `x`, or Go's reflection panic.
fn slice_of(vm: &mut Vm, x: u64) -> Result<(u64, u32), Trap> {
    match iface_parts(vm, x) {
        Some((rt, data)) => match vm.prog.rtypes[rt as usize].kind {
            RKind::Slice(elem) => Ok((data, elem)),
            ref k => {
                let kind = kind_name(k);
                Err(panic_str(
                    vm,
                    &format!("reflect: call of Swapper on {kind} Value"),
                ))
            }
        },
        None => Err(panic_str(vm, "reflect: call of Swapper on zero Value")),
    }
}

/// `reflect.Kind.String` for the kinds minigo has.
fn kind_name(k: &RKind) -> &'static str {
    match k {
        RKind::Bool => "bool",
        RKind::Int {
            bits: 8,
            signed: true,
        } => "int8",
        RKind::Int {
            bits: 16,
            signed: true,
        } => "int16",
        RKind::Int {
            bits: 32,
            signed: true,
        } => "int32",
        RKind::Int { signed: true, .. } => "int",
        RKind::Int { bits: 8, .. } => "uint8",
        RKind::Int { bits: 16, .. } => "uint16",
        RKind::Int { bits: 32, .. } => "uint32",
        RKind::Int { .. } => "uint",
        RKind::Float { bits: 32 } => "float32",
        RKind::Float { .. } => "float64",
        RKind::String => "string",
        RKind::Pointer(_) => "ptr",
        RKind::Slice(_) => "slice",
        RKind::Array(..) => "array",
        RKind::Map(..) => "map",
        RKind::Chan(..) => "chan",
        RKind::Func => "func",
        RKind::Interface(_) => "interface",
        RKind::Struct(_) => "struct",
        RKind::Nil => "invalid",
    }
}

fn len_any(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let (s, _) = slice_of(vm, a[0])?;
    r[0] = vm.slice_parts(s).2 as u64;
    Ok(())
}

/// Swaps elements `i` and `j` of the slice in `a[0]`. Struct and array elements are
/// boxes owned by their slots: their contents are exchanged (not the boxes), so that
/// pointers to the slots keep seeing whatever value is stored there, as in Go.
fn swap_any(vm: &mut Vm, _: &mut Goroutine, a: &[u64], _: &mut [u64]) -> NResult {
    let (s, elem) = slice_of(vm, a[0])?;
    let (b, off, len) = vm.slice_parts(s);
    let (i, j) = (a[1] as i64, a[2] as i64);
    if i < 0 || j < 0 || i as usize >= len || j as usize >= len {
        return Err(panic_str(vm, "reflect: slice index out of range"));
    }
    let (i, j) = (off + i as usize, off + j as usize);
    let (x, y) = (load_elem(&vm.heap, b, i), load_elem(&vm.heap, b, j));
    let rtypes = &vm.prog.rtypes;
    if rtypes[elem as usize].kind.is_aggregate() {
        if x != y {
            let tmp = clone_value(&vm.heap, rtypes, elem, x);
            copy_into(&vm.heap, rtypes, elem, x, y);
            copy_into(&vm.heap, rtypes, elem, y, tmp);
        }
    } else {
        store_elem(&vm.heap, b, i, y);
        store_elem(&vm.heap, b, j, x);
    }
    Ok(())
}

fn ints(vm: &mut Vm, _: &mut Goroutine, a: &[u64], _: &mut [u64]) -> NResult {
    let mut v = slice_words(vm, a[0]);
    v.sort_unstable_by_key(|&w| w as i64);
    set_slice_words(vm, a[0], &v);
    Ok(())
}

fn strings(vm: &mut Vm, _: &mut Goroutine, a: &[u64], _: &mut [u64]) -> NResult {
    let mut v = slice_words(vm, a[0]);
    let heap = &vm.heap;
    v.sort_by(|&x, &y| heap.str(x).cmp(heap.str(y)));
    set_slice_words(vm, a[0], &v);
    Ok(())
}

/// Go's `Float64Slice.Less` as a total order for a stable sort: NaNs first.
pub fn float_order(x: f64, y: f64) -> std::cmp::Ordering {
    use std::cmp::Ordering::*;
    match (x.is_nan(), y.is_nan()) {
        (true, true) => Equal,
        (true, false) => Less,
        (false, true) => Greater,
        _ => x.partial_cmp(&y).unwrap_or(Equal),
    }
}

fn float64s(vm: &mut Vm, _: &mut Goroutine, a: &[u64], _: &mut [u64]) -> NResult {
    let mut v = slice_words(vm, a[0]);
    v.sort_by(|&x, &y| float_order(f64::from_bits(x), f64::from_bits(y)));
    set_slice_words(vm, a[0], &v);
    Ok(())
}

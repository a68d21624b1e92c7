//! Natives of package `errors`: the reflection that `Is` and `As` need.
//!
//! - `comparable(v any) bool`: whether `v`'s dynamic type supports `==`.
//! - `targetKind(target any) int`: validates `As`'s target (0 ok, 1 not a non-nil
//!   pointer, 2 pointee neither an interface nor an error type).
//! - `asTarget(err error, target any) bool`: if `err`'s dynamic type is assignable
//!   to the pointee type, stores `err` (or its dynamic value) through the pointer.

use std::sync::atomic::Ordering;

use minigo_bytecode::RKind;
use minigo_vm::heap::IPTR_TAG;
use minigo_vm::values::{self, load_elem};
use minigo_vm::vm::store_elem;
use minigo_vm::{Goroutine, Vm};

use crate::NativeTable;
use crate::util::{NResult, iface_parts, word};

pub const NATIVES: NativeTable = &[
    ("errors.comparable", comparable),
    ("errors.targetKind", target_kind),
    ("errors.asTarget", as_target),
];

fn comparable(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] =
        word(iface_parts(vm, a[0]).is_none_or(|(rt, _)| values::comparable(&vm.prog.rtypes, rt)));
    Ok(())
}

/// The pointee type of a non-nil pointer held in interface `target`.
fn pointee(vm: &Vm, target: u64) -> Option<(u32, u64)> {
    let (rt, p) = iface_parts(vm, target)?;
    match vm.prog.rtypes[rt as usize].kind {
        RKind::Pointer(elem) if p != 0 => Some((elem, p)),
        _ => None,
    }
}

fn target_kind(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = match pointee(vm, a[0]) {
        None => 1,
        Some((elem, _)) => {
            let t = &vm.prog.rtypes[elem as usize];
            if matches!(t.kind, RKind::Interface(_)) || t.error_method.is_some() {
                0
            } else {
                2
            }
        }
    };
    Ok(())
}

/// Stores `v` (a value of type `ty`) through pointer `p`.
fn store_through(vm: &Vm, p: u64, ty: u32, v: u64) {
    let rtypes = &vm.prog.rtypes;
    if rtypes[ty as usize].kind.is_aggregate() {
        let dst = if p & IPTR_TAG != 0 {
            let ip = vm.heap.iptr(p);
            load_elem(&vm.heap, ip.base, ip.idx)
        } else {
            p
        };
        values::copy_into(&vm.heap, rtypes, ty, dst, v);
    } else if p & IPTR_TAG != 0 {
        let ip = vm.heap.iptr(p);
        store_elem(&vm.heap, ip.base, ip.idx, v);
    } else {
        vm.heap.words(p)[0].store(v, Ordering::Release);
    }
}

fn as_target(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = 0;
    let (Some((et, ed)), Some((elem, p))) = (iface_parts(vm, a[0]), pointee(vm, a[1])) else {
        return Ok(());
    };
    if matches!(vm.prog.rtypes[elem as usize].kind, RKind::Interface(_)) {
        if vm.implements(a[0], elem).is_ok() {
            store_through(vm, p, elem, a[0]);
            r[0] = 1;
        }
    } else if et == elem {
        store_through(vm, p, elem, ed);
        r[0] = 1;
    }
    Ok(())
}

//! Small helpers shared by the natives: reading and building strings and slices,
//! and Go panics with string values.

use std::sync::atomic::Ordering;

use minigo_bytecode::RKind;
use minigo_vm::heap::RefMap;
use minigo_vm::values::load_elem;
use minigo_vm::vm::store_elem;
use minigo_vm::{Trap, Vm};

/// What every native returns.
pub type NResult = Result<(), Trap>;

/// A Go bool as a word.
pub fn word(b: bool) -> u64 {
    u64::from(b)
}

/// A Go `int` result.
pub fn int(i: i64) -> u64 {
    i as u64
}

/// A Go string from bytes.
pub fn new_str(vm: &Vm, b: &[u8]) -> u64 {
    vm.heap.alloc_str(b)
}

/// `s[lo:hi]` of string word `s` (bounds are the caller's responsibility).
pub fn substr(vm: &Vm, s: u64, lo: usize, hi: usize) -> u64 {
    if lo >= hi {
        return 0;
    }
    vm.heap.alloc_substr(s, lo, hi)
}

/// The elements of a slice value, as words.
pub fn slice_words(vm: &Vm, s: u64) -> Vec<u64> {
    let (b, off, len) = vm.slice_parts(s);
    (0..len).map(|k| load_elem(&vm.heap, b, off + k)).collect()
}

/// Overwrites the elements of slice `s` (as many as `vals` has).
pub fn set_slice_words(vm: &Vm, s: u64, vals: &[u64]) {
    let (b, off, len) = vm.slice_parts(s);
    for (k, &v) in vals.iter().enumerate().take(len) {
        store_elem(&vm.heap, b, off + k, v);
    }
}

/// A new slice of reference words (`[]string`, `[]error`...). `nil_if_empty` gives
/// a nil slice for no elements; otherwise an empty non-nil one.
pub fn ref_slice(vm: &Vm, items: &[u64], nil_if_empty: bool) -> u64 {
    if items.is_empty() {
        return if nil_if_empty {
            0
        } else {
            vm.heap.alloc_slice(0, 0, 0, 0)
        };
    }
    let b = vm.heap.alloc_words(items.len(), RefMap::AllRefs);
    for (slot, &v) in vm.heap.words(b).iter().zip(items) {
        slot.store(v, Ordering::Release);
    }
    vm.heap.alloc_slice(b, 0, items.len(), items.len())
}

/// A new `[]int` (non-nil).
pub fn int_slice(vm: &Vm, items: &[i64]) -> u64 {
    if items.is_empty() {
        return vm.heap.alloc_slice(0, 0, 0, 0);
    }
    let b = vm.heap.alloc_words(items.len(), RefMap::NoRefs);
    for (slot, &v) in vm.heap.words(b).iter().zip(items) {
        slot.store(v as u64, Ordering::Release);
    }
    vm.heap.alloc_slice(b, 0, items.len(), items.len())
}

/// A Go panic whose value is the string `msg` (as `panic("...")` in Go). Falls back
/// to a runtime error if the program has no `string` runtime type.
pub fn panic_str(vm: &mut Vm, msg: &str) -> Trap {
    let rt = vm
        .prog
        .rtypes
        .iter()
        .position(|t| t.kind == RKind::String && t.name == "string");
    match rt {
        Some(rt) => {
            let s = vm.heap.alloc_str(msg.as_bytes());
            Trap::Panic(vm.heap.alloc_iface(rt as u32, s))
        }
        None => Trap::Runtime(msg.to_string()),
    }
}

/// The `(rtype, data)` of a non-nil interface word.
pub fn iface_parts(vm: &Vm, i: u64) -> Option<(u32, u64)> {
    if i == 0 {
        return None;
    }
    let b = vm.heap.iface(i);
    Some((b.rtype, b.data))
}

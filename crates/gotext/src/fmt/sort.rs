//! Map key ordering for printing: a port of Go's `internal/fmtsort`.
//!
//! Ints and uints numerically, strings bytewise, floats numerically with
//! NaN first, bools false before true, pointers and chans by address (nil
//! first), structs and arrays element by element, interfaces nil first then
//! by dynamic type then value. Go orders different dynamic types by the
//! address of their runtime type descriptor; we order them by type name.
//!
//! Go's comparison is not a total order (NaN, mixed types), so instead of
//! `slice::sort_by` (which may panic on such comparators) a plain stable
//! merge sort is used, like Go's `sort.Stable`.

use std::cmp::Ordering;

use super::{Node, Val};

/// Go's `fmtsort.compare`: negative, zero or positive.
pub(super) fn compare(a: &Node, b: &Node) -> i32 {
    if a.ty != b.ty {
        return -1; // No good answer possible, but don't return 0: they're not equal.
    }
    match (&a.val, &b.val) {
        (Val::Int(x), Val::Int(y)) => ord(x.cmp(y)),
        (Val::Uint(x), Val::Uint(y)) => ord(x.cmp(y)),
        (Val::Str(x), Val::Str(y)) => ord(x.cmp(y)),
        (Val::Float(x), Val::Float(y)) => float_compare(*x, *y),
        (Val::Bool(x), Val::Bool(y)) => ord(x.cmp(y)),
        (Val::Pointer { addr: x, .. }, Val::Pointer { addr: y, .. })
        | (Val::Chan { addr: x }, Val::Chan { addr: y })
        | (Val::Func { addr: x }, Val::Func { addr: y }) => ord(x.cmp(y)),
        (Val::Struct(x), Val::Struct(y)) => {
            for (fx, fy) in x.iter().zip(y) {
                let c = compare(&fx.node, &fy.node);
                if c != 0 {
                    return c;
                }
            }
            0
        }
        (Val::Array(x), Val::Array(y)) => {
            for (ex, ey) in x.iter().zip(y) {
                let c = compare(ex, ey);
                if c != 0 {
                    return c;
                }
            }
            0
        }
        (Val::Interface(x), Val::Interface(y)) => match (x, y) {
            (None, None) => 0,
            (None, Some(_)) => -1,
            (Some(_), None) => 1,
            (Some(x), Some(y)) => {
                if x.ty != y.ty {
                    let c = ord(x.ty.name.cmp(&y.ty.name));
                    return if c != 0 { c } else { -1 };
                }
                compare(x, y)
            }
        },
        _ => -1,
    }
}

fn ord(o: Ordering) -> i32 {
    match o {
        Ordering::Less => -1,
        Ordering::Equal => 0,
        Ordering::Greater => 1,
    }
}

fn float_compare(a: f64, b: f64) -> i32 {
    if a.is_nan() {
        -1 // No good answer if b is a NaN so don't bother checking.
    } else if b.is_nan() {
        1
    } else if a < b {
        -1
    } else if a > b {
        1
    } else {
        0
    }
}

/// Returns the map entries in Go's printing order.
pub(super) fn sorted_entries(entries: &[(Node, Node)]) -> Vec<&(Node, Node)> {
    let mut v: Vec<&(Node, Node)> = entries.iter().collect();
    merge_sort(&mut v, &|a, b| compare(&a.0, &b.0) < 0);
    v
}

/// Stable merge sort that tolerates inconsistent comparators.
fn merge_sort<T: Copy>(v: &mut [T], less: &dyn Fn(T, T) -> bool) {
    let n = v.len();
    if n <= 1 {
        return;
    }
    if n <= 12 {
        // insertion sort
        for i in 1..n {
            let mut j = i;
            while j > 0 && less(v[j], v[j - 1]) {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        return;
    }
    let mid = n / 2;
    merge_sort(&mut v[..mid], less);
    merge_sort(&mut v[mid..], less);
    let left: Vec<T> = v[..mid].to_vec();
    let right: Vec<T> = v[mid..].to_vec();
    let (mut i, mut j, mut k) = (0, 0, 0);
    while i < left.len() && j < right.len() {
        // Take from the right only if strictly less (stability).
        if less(right[j], left[i]) {
            v[k] = right[j];
            j += 1;
        } else {
            v[k] = left[i];
            i += 1;
        }
        k += 1;
    }
    while i < left.len() {
        v[k] = left[i];
        i += 1;
        k += 1;
    }
    while j < right.len() {
        v[k] = right[j];
        j += 1;
        k += 1;
    }
}

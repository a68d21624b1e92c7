//! Type-directed operations on values: zero values, deep copies of struct/array boxes,
//! Go equality and hashing (for `==`, map keys and interface comparison).
//!
//! A value's representation depends on its static type (see `heap.rs`): scalars are raw
//! words; structs and arrays live in boxes owned by the variable, field or element that
//! holds them. These functions walk a runtime type ([`RType`]) to do the right thing for
//! each shape.

use std::hash::Hasher;
use std::sync::atomic::Ordering;

use minigo_bytecode::{RKind, RType};

use crate::heap::{Heap, IPTR_TAG, Kind, RefMap};

/// Element storage: 1-byte types are stored in `Bytes` objects, everything else in words.
pub fn is_byte_sized(rtypes: &[RType], ty: u32) -> bool {
    matches!(
        rtypes[ty as usize].kind,
        RKind::Bool | RKind::Int { bits: 8, .. }
    )
}

pub fn is_ref(rtypes: &[RType], ty: u32) -> bool {
    rtypes[ty as usize].kind.is_ref()
}

/// The reference map of a struct box of type `ty`.
pub fn struct_refmap(rtypes: &[RType], fields: &[minigo_bytecode::RField]) -> RefMap {
    let refs: Vec<bool> = fields.iter().map(|f| is_ref(rtypes, f.ty)).collect();
    if refs.iter().all(|r| !r) {
        RefMap::NoRefs
    } else if refs.iter().all(|&r| r) {
        RefMap::AllRefs
    } else if refs.len() <= 64 {
        RefMap::Mask(
            refs.iter()
                .enumerate()
                .fold(0u64, |m, (i, &r)| m | (u64::from(r) << i)),
        )
    } else {
        let mut bits = vec![0u64; refs.len().div_ceil(64)];
        for (i, &r) in refs.iter().enumerate() {
            if r {
                bits[i / 64] |= 1 << (i % 64);
            }
        }
        RefMap::Ext(Box::leak(bits.into_boxed_slice()))
    }
}

/// Allocates a backing store of `n` elements of type `elem`, zero-initialised (elements
/// of struct/array type get fresh zero boxes).
pub fn alloc_elems(heap: &Heap, rtypes: &[RType], elem: u32, n: usize) -> u64 {
    if is_byte_sized(rtypes, elem) {
        return heap.alloc_bytes(n);
    }
    let refs = if is_ref(rtypes, elem) {
        RefMap::AllRefs
    } else {
        RefMap::NoRefs
    };
    let obj = heap.alloc_words(n, refs);
    if rtypes[elem as usize].kind.is_aggregate() {
        let words = heap.words(obj);
        for w in words.iter() {
            w.store(zero_value(heap, rtypes, elem), Ordering::Release);
        }
    }
    obj
}

/// The zero value of type `ty`: a fresh box for structs and arrays, 0 otherwise.
pub fn zero_value(heap: &Heap, rtypes: &[RType], ty: u32) -> u64 {
    match &rtypes[ty as usize].kind {
        RKind::Struct(fields) => {
            let obj = heap.alloc_words(fields.len(), struct_refmap(rtypes, fields));
            let words = heap.words(obj);
            for (i, f) in fields.iter().enumerate() {
                if rtypes[f.ty as usize].kind.is_aggregate() {
                    words[i].store(zero_value(heap, rtypes, f.ty), Ordering::Release);
                }
            }
            obj
        }
        RKind::Array(n, elem) => alloc_elems(heap, rtypes, *elem, *n as usize),
        _ => 0,
    }
}

/// A deep copy of the struct or array box `src` of type `ty` (other values are returned as is).
pub fn clone_value(heap: &Heap, rtypes: &[RType], ty: u32, src: u64) -> u64 {
    match &rtypes[ty as usize].kind {
        RKind::Struct(_) | RKind::Array(..) => {
            let dst = zero_value(heap, rtypes, ty);
            copy_into(heap, rtypes, ty, dst, src);
            dst
        }
        _ => src,
    }
}

/// Copies the contents of box `src` into box `dst` (both of type `ty`), recursively.
pub fn copy_into(heap: &Heap, rtypes: &[RType], ty: u32, dst: u64, src: u64) {
    if dst == src {
        return;
    }
    match &rtypes[ty as usize].kind {
        RKind::Struct(fields) => {
            let (d, s) = (heap.words(dst), heap.words(src));
            for (i, f) in fields.iter().enumerate() {
                let v = s[i].load(Ordering::Acquire);
                if rtypes[f.ty as usize].kind.is_aggregate() {
                    copy_into(heap, rtypes, f.ty, d[i].load(Ordering::Acquire), v);
                } else {
                    d[i].store(v, Ordering::Release);
                }
            }
        }
        RKind::Array(_, elem) => {
            if heap.kind(dst) == Kind::Bytes {
                let (d, s) = (heap.bytes(dst), heap.bytes(src));
                for (a, b) in d.iter().zip(s) {
                    a.store(b.load(Ordering::Relaxed), Ordering::Relaxed);
                }
                return;
            }
            let (d, s) = (heap.words(dst), heap.words(src));
            let agg = rtypes[*elem as usize].kind.is_aggregate();
            for (a, b) in d.iter().zip(s) {
                let v = b.load(Ordering::Acquire);
                if agg {
                    copy_into(heap, rtypes, *elem, a.load(Ordering::Acquire), v);
                } else {
                    a.store(v, Ordering::Release);
                }
            }
        }
        _ => {}
    }
}

/// Why a comparison or hash failed: the dynamic type inside an interface is not comparable.
#[derive(Debug)]
pub struct Uncomparable(pub String);

/// Reads element `i` of a `Words` or `Bytes` object as a word.
#[inline]
pub fn load_elem(heap: &Heap, obj: u64, i: usize) -> u64 {
    if heap.kind(obj) == Kind::Bytes {
        heap.bytes(obj)[i].load(Ordering::Relaxed) as u64
    } else {
        heap.words(obj)[i].load(Ordering::Acquire)
    }
}

/// Go's `==` on two values of type `ty`.
pub fn equal(heap: &Heap, rtypes: &[RType], ty: u32, a: u64, b: u64) -> Result<bool, Uncomparable> {
    Ok(match &rtypes[ty as usize].kind {
        RKind::Bool
        | RKind::Int { .. }
        | RKind::Chan(..)
        | RKind::Map(..)
        | RKind::Func
        | RKind::Slice(_)
        | RKind::Nil => a == b,
        RKind::Float { .. } => f64::from_bits(a) == f64::from_bits(b),
        RKind::String => a == b || heap.str(a) == heap.str(b),
        RKind::Pointer(_) => ptr_eq(heap, a, b),
        RKind::Interface(_) => {
            if a == 0 || b == 0 {
                return Ok(a == b);
            }
            let (ia, ib) = (heap.iface(a), heap.iface(b));
            if ia.rtype != ib.rtype {
                return Ok(false);
            }
            let t = ia.rtype;
            if !comparable(rtypes, t) {
                return Err(Uncomparable(rtypes[t as usize].name.clone()));
            }
            equal(heap, rtypes, t, ia.data, ib.data)?
        }
        RKind::Struct(fields) => {
            let (wa, wb) = (heap.words(a), heap.words(b));
            for (i, f) in fields.iter().enumerate() {
                if !equal(
                    heap,
                    rtypes,
                    f.ty,
                    wa[i].load(Ordering::Acquire),
                    wb[i].load(Ordering::Acquire),
                )? {
                    return Ok(false);
                }
            }
            true
        }
        RKind::Array(n, elem) => {
            for i in 0..*n as usize {
                if !equal(
                    heap,
                    rtypes,
                    *elem,
                    load_elem(heap, a, i),
                    load_elem(heap, b, i),
                )? {
                    return Ok(false);
                }
            }
            true
        }
    })
}

/// Pointer identity: direct pointers compare by address, interior pointers by (base, index).
pub fn ptr_eq(heap: &Heap, a: u64, b: u64) -> bool {
    if a == b {
        return true;
    }
    if a & IPTR_TAG != 0 && b & IPTR_TAG != 0 {
        let (pa, pb) = (heap.iptr(a), heap.iptr(b));
        return pa.base == pb.base && pa.idx == pb.idx;
    }
    false
}

/// Whether values of dynamic type `t` can be compared with `==` (at the top level).
pub fn comparable(rtypes: &[RType], t: u32) -> bool {
    match &rtypes[t as usize].kind {
        RKind::Slice(_) | RKind::Map(..) | RKind::Func => false,
        RKind::Struct(fields) => fields.iter().all(|f| comparable(rtypes, f.ty)),
        RKind::Array(_, e) => comparable(rtypes, *e),
        _ => true,
    }
}

/// Feeds a value of type `ty` to `h` consistently with [`equal`]. NaNs hash randomly
/// (they never equal anything, as in Go).
pub fn hash_value(
    heap: &Heap,
    rtypes: &[RType],
    ty: u32,
    v: u64,
    h: &mut impl Hasher,
) -> Result<(), Uncomparable> {
    match &rtypes[ty as usize].kind {
        RKind::Bool | RKind::Int { .. } | RKind::Chan(..) => h.write_u64(v),
        RKind::Float { .. } => {
            let f = f64::from_bits(v);
            if f.is_nan() {
                h.write_u64(fastrand::u64(..));
            } else if f == 0.0 {
                h.write_u64(0);
            } else {
                h.write_u64(v);
            }
        }
        RKind::String => h.write(heap.str(v)),
        RKind::Pointer(_) => {
            if v & IPTR_TAG != 0 {
                let p = heap.iptr(v);
                h.write_u64(p.base);
                h.write_usize(p.idx);
            } else {
                h.write_u64(v);
            }
        }
        RKind::Interface(_) => {
            if v == 0 {
                h.write_u64(0);
            } else {
                let i = heap.iface(v);
                let t = i.rtype;
                if !comparable(rtypes, t) {
                    return Err(Uncomparable(rtypes[t as usize].name.clone()));
                }
                h.write_u32(t);
                hash_value(heap, rtypes, t, i.data, h)?;
            }
        }
        RKind::Struct(fields) => {
            let w = heap.words(v);
            for (i, f) in fields.iter().enumerate() {
                hash_value(heap, rtypes, f.ty, w[i].load(Ordering::Acquire), h)?;
            }
        }
        RKind::Array(n, elem) => {
            for i in 0..*n as usize {
                hash_value(heap, rtypes, *elem, load_elem(heap, v, i), h)?;
            }
        }
        RKind::Slice(_) | RKind::Map(..) | RKind::Func | RKind::Nil => {
            return Err(Uncomparable(rtypes[ty as usize].name.clone()));
        }
    }
    Ok(())
}

//! Go maps: a hash table of `(key word, value word)` entries hashed and compared with
//! Go's equality for the key type (strings by content, floats with `+0 == -0` and NaN
//! never equal, interfaces by dynamic type and value, structs field by field).
//!
//! The table lives behind a mutex inside its heap object, so a racing program cannot
//! corrupt it (Go would report `concurrent map writes`; minigo serialises them). The key
//! words are the Go values themselves; hashing reads through them, so lookups never
//! allocate.

use std::hash::BuildHasher;

use hashbrown::HashTable;
use minigo_bytecode::{RKind, RType};

use crate::heap::Heap;
use crate::values::{Uncomparable, equal, hash_value, is_ref};

/// How keys are hashed and compared: directly for the common key types, through the
/// runtime type for the rest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum KeyKind {
    /// Bools, integers, channels: the word itself.
    Word,
    /// Strings: their bytes.
    Str,
    /// Everything else (floats, pointers, interfaces, structs, arrays).
    Typed,
}

pub struct MapTable {
    key_kind: KeyKind,
    pub key_ty: u32,
    pub val_ty: u32,
    pub key_is_ref: bool,
    pub val_is_ref: bool,
    table: HashTable<(u64, u64)>,
    hasher: foldhash::fast::RandomState,
}

impl MapTable {
    pub fn new(rtypes: &[RType], key_ty: u32, val_ty: u32, cap: usize) -> MapTable {
        let key_kind = match rtypes[key_ty as usize].kind {
            RKind::Bool | RKind::Int { .. } | RKind::Chan(..) => KeyKind::Word,
            RKind::String => KeyKind::Str,
            _ => KeyKind::Typed,
        };
        MapTable {
            key_kind,
            key_ty,
            val_ty,
            key_is_ref: is_ref(rtypes, key_ty),
            val_is_ref: is_ref(rtypes, val_ty),
            table: HashTable::with_capacity(cap),
            hasher: foldhash::fast::RandomState::default(),
        }
    }

    pub fn len(&self) -> usize {
        self.table.len()
    }

    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    pub fn entries(&self) -> impl Iterator<Item = &(u64, u64)> {
        self.table.iter()
    }

    fn hash(&self, heap: &Heap, rtypes: &[RType], k: u64) -> Result<u64, Uncomparable> {
        Ok(match self.key_kind {
            KeyKind::Word => self.hasher.hash_one(k),
            KeyKind::Str => self.hasher.hash_one(heap.str(k)),
            KeyKind::Typed => {
                let mut h = self.hasher.build_hasher();
                hash_value(heap, rtypes, self.key_ty, k, &mut h)?;
                std::hash::Hasher::finish(&h)
            }
        })
    }

    /// Go equality of two keys of this map's key type.
    #[inline]
    fn key_eq(kind: KeyKind, heap: &Heap, rtypes: &[RType], kt: u32, a: u64, b: u64) -> bool {
        match kind {
            KeyKind::Word => a == b,
            KeyKind::Str => a == b || heap.str(a) == heap.str(b),
            KeyKind::Typed => equal(heap, rtypes, kt, a, b).unwrap_or(false),
        }
    }

    pub fn get(&self, heap: &Heap, rtypes: &[RType], k: u64) -> Result<Option<u64>, Uncomparable> {
        let h = self.hash(heap, rtypes, k)?;
        let (kind, kt) = (self.key_kind, self.key_ty);
        Ok(self
            .table
            .find(h, |&(k2, _)| Self::key_eq(kind, heap, rtypes, kt, k, k2))
            .map(|&(_, v)| v))
    }

    pub fn insert(
        &mut self,
        heap: &Heap,
        rtypes: &[RType],
        k: u64,
        v: u64,
    ) -> Result<(), Uncomparable> {
        let h = self.hash(heap, rtypes, k)?;
        let (kind, kt) = (self.key_kind, self.key_ty);
        if let Some(e) = self
            .table
            .find_mut(h, |&(k2, _)| Self::key_eq(kind, heap, rtypes, kt, k, k2))
        {
            e.1 = v;
            return Ok(());
        }
        let hasher = &self.hasher;
        self.table.insert_unique(h, (k, v), |&(k2, _)| match kind {
            KeyKind::Word => hasher.hash_one(k2),
            KeyKind::Str => hasher.hash_one(heap.str(k2)),
            KeyKind::Typed => {
                let mut st = hasher.build_hasher();
                let _ = hash_value(heap, rtypes, kt, k2, &mut st);
                std::hash::Hasher::finish(&st)
            }
        });
        Ok(())
    }

    pub fn remove(&mut self, heap: &Heap, rtypes: &[RType], k: u64) -> Result<(), Uncomparable> {
        let h = self.hash(heap, rtypes, k)?;
        let (kind, kt) = (self.key_kind, self.key_ty);
        if let Ok(e) = self
            .table
            .find_entry(h, |&(k2, _)| Self::key_eq(kind, heap, rtypes, kt, k, k2))
        {
            e.remove();
        }
        Ok(())
    }

    pub fn clear(&mut self) {
        self.table.clear();
    }

    /// The keys, starting from a random position (Go randomises iteration order).
    pub fn keys_from_random_start(&self) -> Vec<u64> {
        let mut keys: Vec<u64> = self.table.iter().map(|&(k, _)| k).collect();
        if !keys.is_empty() {
            let start = fastrand::usize(..keys.len());
            keys.rotate_left(start);
        }
        keys
    }
}

/// State of a `for range` over a map: a snapshot of the keys taken when the loop starts;
/// each step skips keys deleted since and reads the current value.
pub struct MapIterState {
    pub map: u64,
    pub keys: Vec<u64>,
    pub pos: usize,
    pub key_is_ref: bool,
    pub cur_key: u64,
    pub cur_val: u64,
}

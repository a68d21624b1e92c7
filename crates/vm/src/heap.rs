//! The heap: object layout, allocation, and the stop-the-world mark-sweep collector.
//!
//! This is the only module of the VM with `unsafe` code. Everything else reaches heap
//! objects through the safe accessors here.
//!
//! # Object model
//! Every Go value is one 64-bit word. Scalars (ints, floats, bools) are the word itself;
//! everything else is a *reference*: the address of a heap object (or 0 for nil, the
//! empty string, the nil slice...). An object is a [`Header`] followed by a body whose
//! shape depends on [`Kind`]:
//!
//! | kind | body | used for |
//! |---|---|---|
//! | `Words` | `[AtomicU64; len]` | struct and array boxes, variable cells, word slice backings, globals |
//! | `Bytes` | `[AtomicU8; len]` | backings of `[]byte`/`[]bool`/`[]int8` and `[N]byte` boxes |
//! | `Str` | `[u8; len]`, immutable | string contents |
//! | `StrView` | `base, off, len`, immutable | substrings sharing a `Str` |
//! | `Slice` | `backing, off, len, cap`, immutable | slice headers |
//! | `Iface` | `rtype, data`, immutable | interface values |
//! | `Closure` | func id in `mask`, `[AtomicU64; len]` captures | function values |
//! | `IPtr` | `base, idx`, immutable | pointers into the middle of an object (`&s.x`, `&a[i]`) |
//! | `Map` | `Mutex<MapTable>` | maps |
//! | `MapIter` | `Mutex<MapIterState>` | the hidden iterator of a `for range` over a map |
//! | `Chan` | `Mutex<ChanState>` | channels: buffer and wait queues (`chan.rs`) |
//!
//! A Go pointer value is either the address of a cell or box (pointing at its word 0 or at
//! the struct/array it holds), or the address of an `IPtr` object with bit 0 set ([`IPTR_TAG`]).
//!
//! # Why racing programs cannot break memory safety
//! - Mutable slots (`Words`, `Bytes`, closure captures) are atomics: a Go data race is a
//!   race on atomics, which is defined behaviour in Rust; a racing read sees one of the
//!   written words, never a torn one, because every value is exactly one word.
//! - Multi-word values (slice headers, strings, interfaces) are immutable objects reached
//!   through one word, so they cannot tear either. Slot stores use `Release` and loads
//!   `Acquire` (plain moves on x86-64), so an object's contents are visible to any thread
//!   that can see its address.
//! - Every index is checked against the real length of the backing object, so a slice
//!   header combined with any backing can never reach outside it.
//! - Objects are freed only by the collector, while every mutator is stopped at a safe
//!   point, and only when no root or reachable object refers to them; so a reference
//!   read by any mutator always names a live object.
//!
//! # Collector
//! Mark-sweep, non-moving, stop-the-world, run at safe points when the bytes allocated
//! since the last collection exceed the live heap (Go's `GOGC=100` pacing, with a 4 MiB
//! floor). Marks are epochs (1 or 2) so survivors need no clearing. Roots are given by the
//! caller (goroutine registers by their functions' reference maps, globals, defers...).
//! Objects flagged permanent (constants) are never freed.
//!
//! Allocation is split for threads: each thread allocates through its own [`Heap`]
//! (objects recorded in a thread-local list, bytes published to the shared pacing counter
//! in chunks), and the [`SharedHeap`] holds the registry the collector sweeps and frees
//! the program's objects when the last thread is gone.

use std::alloc::{Layout, alloc_zeroed, dealloc};
use std::cell::{Cell, RefCell};
use std::ptr::NonNull;
use std::sync::atomic::{AtomicU8, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use crate::chan::ChanState;
use crate::maps::{MapIterState, MapTable};

/// Tag bit of a pointer value that addresses an `IPtr` object.
pub const IPTR_TAG: u64 = 1;

#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Words = 0,
    Bytes,
    Str,
    StrView,
    Slice,
    Iface,
    Closure,
    IPtr,
    Map,
    MapIter,
    Chan,
}

/// Never freed by the collector (constants, static function values, the globals object).
pub const FLAG_PERMANENT: u8 = 1;
/// `Words`: every word is a reference.
pub const FLAG_ALL_REFS: u8 = 2;
/// `Words`: bit `i` of `mask` says whether word `i` is a reference (at most 64 words).
pub const FLAG_MASK: u8 = 4;
/// `Words`: `mask` is the address of a leaked `[u64]` bitmap of `len` bits.
pub const FLAG_EXT_MASK: u8 = 8;

/// How a `Words` object's words are scanned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefMap {
    NoRefs,
    AllRefs,
    /// Bitmap of at most 64 words.
    Mask(u64),
    /// A leaked bitmap for large structs.
    Ext(&'static [u64]),
}

#[repr(C)]
pub struct Header {
    /// The collector's epoch when this object was last marked (0 = never).
    mark: AtomicU8,
    kind: Kind,
    flags: u8,
    _pad: u8,
    /// Words, bytes or captures in the body.
    len: u32,
    /// Reference bitmap (`FLAG_MASK`), bitmap address (`FLAG_EXT_MASK`) or closure function id.
    mask: u64,
}

const HEADER: usize = std::mem::size_of::<Header>();

/// Size of every object header, in bytes.
pub const HEADER_BYTES: usize = HEADER;

#[repr(C)]
pub struct StrViewBody {
    pub base: u64,
    pub off: usize,
    pub len: usize,
}

#[repr(C)]
pub struct SliceBody {
    /// A `Words` or `Bytes` object, or 0 for a slice with nil backing (len = cap = 0).
    pub backing: u64,
    pub off: usize,
    pub len: usize,
    pub cap: usize,
}

#[repr(C)]
pub struct IfaceBody {
    pub rtype: u32,
    pub data: u64,
}

#[repr(C)]
pub struct IPtrBody {
    pub base: u64,
    pub idx: usize,
}

fn body_layout(kind: Kind, len: usize) -> Layout {
    let body = match kind {
        Kind::Words | Kind::Closure => len * 8,
        Kind::Bytes | Kind::Str => len,
        Kind::StrView => std::mem::size_of::<StrViewBody>(),
        Kind::Slice => std::mem::size_of::<SliceBody>(),
        Kind::Iface => std::mem::size_of::<IfaceBody>(),
        Kind::IPtr => std::mem::size_of::<IPtrBody>(),
        Kind::Map => std::mem::size_of::<Mutex<MapTable>>(),
        Kind::MapIter => std::mem::size_of::<Mutex<MapIterState>>(),
        Kind::Chan => std::mem::size_of::<Mutex<ChanState>>(),
    };
    // Align 16 keeps bit 0 free for the IPtr tag and suits every body type.
    Layout::from_size_align(HEADER + body, 16).expect("object layout")
}

/// Dereferences a reference word to its header.
///
/// All `unsafe` dereferences go through here and [`body`].
#[inline(always)]
fn header(r: u64) -> &'static Header {
    // A null reference here is a VM or compiler bug (user-level nil dereferences are
    // checked before reaching the heap); stop with a Rust panic rather than fault.
    assert!(r != 0, "internal error: dereference of a nil reference");
    debug_assert!(r & 15 == 0, "not an object address: {r:#x}");
    // SAFETY: `r` is the address of a live object: reference words only ever hold
    // addresses returned by `Heap::alloc` (or 0, which callers check first), and the
    // collector frees an object only when no root or reachable object refers to it, while
    // every mutator is stopped. The `'static` lifetime is a lie bounded by that protocol:
    // no caller keeps the reference across a safe point.
    unsafe { &*(r as *const Header) }
}

#[inline(always)]
fn body<T>(r: u64) -> *const T {
    (r as usize + HEADER) as *const T
}

/// An object in a heap's list of allocations.
#[derive(Clone, Copy)]
struct ObjPtr(NonNull<Header>);

// SAFETY: an `ObjPtr` is only an address in a list of allocations. Objects have no thread
// affinity (their mutable contents are atomics or mutex-protected), and the lists are only
// walked to free objects by the collector, which runs while no mutator can touch them.
unsafe impl Send for ObjPtr {}

/// What all threads running one program share: the registry of objects handed over by
/// the per-thread [`Heap`]s, the pacing counters and the collector's epoch.
///
/// Every M owns a `Heap` (its allocation front-end: no lock per allocation, see
/// [`Heap::front_end`]); a collection runs with the world stopped
/// ([`Heap::collect_world`]), or through [`Heap::collect`] when one `Heap` runs the
/// whole program.
pub struct SharedHeap {
    registry: Mutex<Vec<ObjPtr>>,
    /// Bytes allocated since the last collection, as flushed by the per-thread heaps.
    allocated: AtomicUsize,
    /// Collect when `allocated` exceeds this.
    next_gc: AtomicUsize,
    /// The collector's current mark epoch (1 or 2); changed only while collecting.
    epoch: AtomicU8,
    /// Per runtime type: is a value of it a reference? (for interface payloads).
    rtype_is_ref: Vec<bool>,
    stats: Mutex<GcStats>,
}

impl Drop for SharedHeap {
    fn drop(&mut self) {
        let list = self.registry.get_mut().unwrap_or_else(|e| e.into_inner());
        for p in list.drain(..) {
            // SAFETY: the last reference to the shared heap is gone, so no thread can run
            // minigo code or hold a value any more: every object is unreachable.
            unsafe { free_object(p.0) };
        }
    }
}

/// One thread's heap: allocation and access. Allocation takes `&self` (so that object
/// contents can be read while allocating); collection takes `&mut self`, which
/// statically guarantees that this thread holds no borrowed object contents meanwhile.
pub struct Heap {
    shared: Arc<SharedHeap>,
    /// Objects allocated by this thread since it last flushed into the registry.
    objects: RefCell<Vec<ObjPtr>>,
    /// Bytes allocated by this thread not yet added to `shared.allocated`.
    pending: Cell<usize>,
}

/// Allocated bytes a thread accumulates before publishing them to the shared pacing
/// counter (bounds the error of the pacing while keeping atomics off the fast path).
const FLUSH_BYTES: usize = 64 << 10;

#[derive(Clone, Copy, Debug, Default)]
pub struct GcStats {
    pub collections: u64,
    pub freed_objects: u64,
    pub live_objects: usize,
    pub live_bytes: usize,
}

/// The minimum heap growth between collections.
const MIN_GC_BYTES: usize = 4 << 20;

impl Default for Heap {
    fn default() -> Self {
        Self::new()
    }
}

impl Heap {
    /// Another allocation front-end of the same program, for another thread (an M).
    pub fn front_end(&self) -> Heap {
        Heap {
            shared: Arc::clone(&self.shared),
            objects: RefCell::new(Vec::new()),
            pending: Cell::new(0),
        }
    }

    /// A heap for a program without runtime types (tests, tools).
    pub fn new() -> Heap {
        Heap::for_program(Vec::new())
    }

    /// The heap of a program; `rtype_is_ref[t]` says whether values of runtime type `t`
    /// are references (the collector follows interface payloads with it).
    pub fn for_program(rtype_is_ref: Vec<bool>) -> Heap {
        let shared = Arc::new(SharedHeap {
            registry: Mutex::new(Vec::new()),
            allocated: AtomicUsize::new(0),
            next_gc: AtomicUsize::new(MIN_GC_BYTES),
            epoch: AtomicU8::new(1),
            rtype_is_ref,
            stats: Mutex::new(GcStats::default()),
        });
        Heap {
            shared,
            objects: RefCell::new(Vec::new()),
            pending: Cell::new(0),
        }
    }

    /// The collector's statistics so far.
    pub fn stats(&self) -> GcStats {
        *self.shared.stats.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// True when enough has been allocated that the next safe point should collect.
    #[inline]
    pub fn should_collect(&self) -> bool {
        self.shared.allocated.load(Ordering::Relaxed) + self.pending.get()
            > self.shared.next_gc.load(Ordering::Relaxed)
    }

    /// Hands this thread's allocations to the shared registry and pacing counter.
    pub fn flush(&self) {
        let mut local = self.objects.borrow_mut();
        if !local.is_empty() {
            self.shared
                .registry
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .append(&mut local);
        }
        self.shared
            .allocated
            .fetch_add(self.pending.replace(0), Ordering::Relaxed);
    }

    fn alloc(&self, kind: Kind, len: usize, flags: u8, mask: u64) -> u64 {
        let len32 = u32::try_from(len).expect("object length checked by caller");
        let layout = body_layout(kind, len);
        // Only string bodies are fully written by their allocator; every other body
        // must start zeroed (zero words are valid values of every type).
        // SAFETY: the layout has a non-zero size (the header is 16 bytes).
        let p = unsafe {
            if kind == Kind::Str {
                std::alloc::alloc(layout)
            } else {
                alloc_zeroed(layout)
            }
        } as *mut Header;
        let Some(nn) = NonNull::new(p) else {
            std::alloc::handle_alloc_error(layout);
        };
        // SAFETY: `p` is freshly allocated, properly aligned and large enough for a header.
        unsafe {
            p.write(Header {
                mark: AtomicU8::new(0),
                kind,
                flags,
                _pad: 0,
                len: len32,
                mask,
            });
        }
        if flags & FLAG_PERMANENT == 0 {
            self.objects.borrow_mut().push(ObjPtr(nn));
        }
        let pending = self.pending.get() + layout.size();
        if pending > FLUSH_BYTES {
            self.shared.allocated.fetch_add(pending, Ordering::Relaxed);
            self.pending.set(0);
        } else {
            self.pending.set(pending);
        }
        p as u64
    }

    // ---- allocation ----

    /// A `Words` object of `len` zero words scanned according to `refs`.
    pub fn alloc_words(&self, len: usize, refs: RefMap) -> u64 {
        let (flags, mask) = match refs {
            RefMap::NoRefs => (0, 0),
            RefMap::AllRefs => (FLAG_ALL_REFS, 0),
            RefMap::Mask(m) => (FLAG_MASK, m),
            RefMap::Ext(b) => (FLAG_EXT_MASK, b.as_ptr() as u64),
        };
        self.alloc(Kind::Words, len, flags, mask)
    }

    /// A permanent `Words` object (the globals area).
    pub fn alloc_words_permanent(&self, len: usize, refs: RefMap) -> u64 {
        let r = self.alloc_words(len, refs);
        // Permanent objects are not in `objects`; re-flag this one and drop it from the list.
        self.objects.borrow_mut().pop();
        self.set_flag(r, FLAG_PERMANENT);
        r
    }

    fn set_flag(&self, r: u64, flag: u8) {
        // SAFETY: `r` was just allocated by this thread and is not yet shared, so the
        // non-atomic write to its header cannot race.
        unsafe { (*(r as *mut Header)).flags |= flag };
    }

    pub fn alloc_bytes(&self, len: usize) -> u64 {
        self.alloc(Kind::Bytes, len, 0, 0)
    }

    /// A string object (0 for the empty string).
    pub fn alloc_str(&self, s: &[u8]) -> u64 {
        if s.is_empty() {
            return 0;
        }
        let r = self.alloc(Kind::Str, s.len(), 0, 0);
        // SAFETY: the body has exactly `s.len()` bytes and the object is not yet shared.
        unsafe { std::ptr::copy_nonoverlapping(s.as_ptr(), body::<u8>(r) as *mut u8, s.len()) };
        r
    }

    /// The concatenation of two byte strings, in one allocation (0 if empty).
    pub fn alloc_str_concat(&self, a: &[u8], b: &[u8]) -> u64 {
        let n = a.len() + b.len();
        if n == 0 {
            return 0;
        }
        let r = self.alloc(Kind::Str, n, 0, 0);
        let dst = body::<u8>(r) as *mut u8;
        // SAFETY: the body has exactly `n` bytes, the object is not yet shared, and the
        // sources are distinct live objects (never the new one).
        unsafe {
            std::ptr::copy_nonoverlapping(a.as_ptr(), dst, a.len());
            std::ptr::copy_nonoverlapping(b.as_ptr(), dst.add(a.len()), b.len());
        }
        r
    }

    /// A string that is never collected (string constants).
    pub fn alloc_str_permanent(&self, s: &[u8]) -> u64 {
        if s.is_empty() {
            return 0;
        }
        let r = self.alloc_str(s);
        self.objects.borrow_mut().pop();
        self.set_flag(r, FLAG_PERMANENT);
        r
    }

    /// `s[lo:hi]` sharing `s`'s bytes (callers have checked the bounds).
    pub fn alloc_substr(&self, s: u64, lo: usize, hi: usize) -> u64 {
        if lo == hi {
            return 0;
        }
        let (base, off) = match header(s).kind {
            Kind::StrView => {
                // SAFETY: a StrView body is initialised at allocation and immutable.
                let v = unsafe { &*body::<StrViewBody>(s) };
                (v.base, v.off)
            }
            _ => (s, 0),
        };
        if lo == 0 && hi == self.str_len(s) {
            return s;
        }
        let r = self.alloc(Kind::StrView, 0, 0, 0);
        // SAFETY: fresh, unshared object with a StrView body.
        unsafe {
            (body::<StrViewBody>(r) as *mut StrViewBody).write(StrViewBody {
                base,
                off: off + lo,
                len: hi - lo,
            })
        };
        r
    }

    pub fn alloc_slice(&self, backing: u64, off: usize, len: usize, cap: usize) -> u64 {
        let r = self.alloc(Kind::Slice, 0, 0, 0);
        // SAFETY: fresh, unshared object with a Slice body.
        unsafe {
            (body::<SliceBody>(r) as *mut SliceBody).write(SliceBody {
                backing,
                off,
                len,
                cap,
            })
        };
        r
    }

    pub fn alloc_iface(&self, rtype: u32, data: u64) -> u64 {
        let r = self.alloc(Kind::Iface, 0, 0, 0);
        // SAFETY: fresh, unshared object with an Iface body.
        unsafe { (body::<IfaceBody>(r) as *mut IfaceBody).write(IfaceBody { rtype, data }) };
        r
    }

    /// A closure of function `func` with the given captured references.
    pub fn alloc_closure(&self, func: u32, caps: &[u64], permanent: bool) -> u64 {
        let r = self.alloc(Kind::Closure, caps.len(), FLAG_ALL_REFS, func as u64);
        if permanent {
            self.objects.borrow_mut().pop();
            self.set_flag(r, FLAG_PERMANENT);
        }
        for (slot, &c) in self.words(r).iter().zip(caps) {
            slot.store(c, Ordering::Relaxed);
        }
        r
    }

    /// A tagged pointer to word/byte `idx` of `base` (a `Words` or `Bytes` object).
    pub fn alloc_iptr(&self, base: u64, idx: usize) -> u64 {
        let r = self.alloc(Kind::IPtr, 0, 0, 0);
        // SAFETY: fresh, unshared object with an IPtr body.
        unsafe { (body::<IPtrBody>(r) as *mut IPtrBody).write(IPtrBody { base, idx }) };
        r | IPTR_TAG
    }

    pub fn alloc_map(&self, table: MapTable) -> u64 {
        let r = self.alloc(Kind::Map, 0, 0, 0);
        // SAFETY: fresh, unshared object with a Map body; dropped by the sweep.
        unsafe { (body::<Mutex<MapTable>>(r) as *mut Mutex<MapTable>).write(Mutex::new(table)) };
        r
    }

    pub fn alloc_chan(&self, state: ChanState) -> u64 {
        let r = self.alloc(Kind::Chan, 0, 0, 0);
        // SAFETY: fresh, unshared object with a Chan body; dropped by the sweep.
        unsafe { (body::<Mutex<ChanState>>(r) as *mut Mutex<ChanState>).write(Mutex::new(state)) };
        r
    }

    pub fn alloc_map_iter(&self, state: MapIterState) -> u64 {
        let r = self.alloc(Kind::MapIter, 0, 0, 0);
        // SAFETY: fresh, unshared object with a MapIter body; dropped by the sweep.
        unsafe {
            (body::<Mutex<MapIterState>>(r) as *mut Mutex<MapIterState>).write(Mutex::new(state))
        };
        r
    }

    // ---- access ----

    #[inline(always)]
    pub fn kind(&self, r: u64) -> Kind {
        header(r & !IPTR_TAG).kind
    }

    #[inline(always)]
    pub fn len(&self, r: u64) -> usize {
        header(r).len as usize
    }

    /// The words of a `Words` or `Closure` object.
    #[inline(always)]
    pub fn words(&self, r: u64) -> &[AtomicU64] {
        let h = header(r);
        // Kind checks are real checks, not debug assertions: a wrong kind (a compiler bug)
        // must stop with a Rust panic, never read past an allocation.
        assert!(
            matches!(h.kind, Kind::Words | Kind::Closure),
            "internal error: {:?} used as words",
            h.kind
        );
        // SAFETY: the body holds `len` initialised (zeroed) atomics.
        unsafe { std::slice::from_raw_parts(body::<AtomicU64>(r), h.len as usize) }
    }

    /// The bytes of a `Bytes` object.
    #[inline(always)]
    pub fn bytes(&self, r: u64) -> &[AtomicU8] {
        let h = header(r);
        assert_eq!(h.kind, Kind::Bytes, "internal error: object used as bytes");
        // SAFETY: the body holds `len` initialised (zeroed) atomic bytes.
        unsafe { std::slice::from_raw_parts(body::<AtomicU8>(r), h.len as usize) }
    }

    /// The function id of a closure.
    #[inline(always)]
    pub fn closure_func(&self, r: u64) -> u32 {
        header(r).mask as u32
    }

    /// The bytes of a string value (0 = empty).
    #[inline]
    pub fn str(&self, s: u64) -> &[u8] {
        if s == 0 {
            return &[];
        }
        let h = header(s);
        match h.kind {
            // SAFETY: a Str body holds `len` immutable bytes written before publication.
            Kind::Str => unsafe { std::slice::from_raw_parts(body::<u8>(s), h.len as usize) },
            Kind::StrView => {
                // SAFETY: StrView bodies are immutable and their base is a live Str.
                let v = unsafe { &*body::<StrViewBody>(s) };
                &self.str(v.base)[v.off..v.off + v.len]
            }
            k => panic!("internal error: string value is a {k:?} object"),
        }
    }

    #[inline]
    pub fn str_len(&self, s: u64) -> usize {
        if s == 0 {
            return 0;
        }
        let h = header(s);
        match h.kind {
            Kind::Str => h.len as usize,
            // SAFETY: StrView bodies are immutable.
            Kind::StrView => unsafe { (*body::<StrViewBody>(s)).len },
            k => panic!("internal error: string value is a {k:?} object"),
        }
    }

    /// The header of a slice value (`None` for nil).
    #[inline(always)]
    pub fn slice(&self, s: u64) -> Option<&SliceBody> {
        if s == 0 {
            return None;
        }
        assert_eq!(
            header(s).kind,
            Kind::Slice,
            "internal error: object used as Slice"
        );
        // SAFETY: Slice bodies are immutable after allocation.
        Some(unsafe { &*body::<SliceBody>(s) })
    }

    #[inline(always)]
    pub fn iface(&self, i: u64) -> &IfaceBody {
        assert_eq!(
            header(i).kind,
            Kind::Iface,
            "internal error: object used as Iface"
        );
        // SAFETY: Iface bodies are immutable after allocation.
        unsafe { &*body::<IfaceBody>(i) }
    }

    /// The body of a tagged `IPtr` pointer value.
    #[inline(always)]
    pub fn iptr(&self, p: u64) -> &IPtrBody {
        let r = p & !IPTR_TAG;
        assert_eq!(
            header(r).kind,
            Kind::IPtr,
            "internal error: object used as IPtr"
        );
        // SAFETY: IPtr bodies are immutable after allocation.
        unsafe { &*body::<IPtrBody>(r) }
    }

    pub fn map(&self, m: u64) -> &Mutex<MapTable> {
        assert_eq!(
            header(m).kind,
            Kind::Map,
            "internal error: object used as Map"
        );
        // SAFETY: the Map body was initialised at allocation and lives until the sweep.
        unsafe { &*body::<Mutex<MapTable>>(m) }
    }

    pub fn chan(&self, c: u64) -> &Mutex<ChanState> {
        assert_eq!(
            header(c).kind,
            Kind::Chan,
            "internal error: object used as Chan"
        );
        // SAFETY: the Chan body was initialised at allocation and lives until the sweep.
        unsafe { &*body::<Mutex<ChanState>>(c) }
    }

    pub fn map_iter(&self, it: u64) -> &Mutex<MapIterState> {
        assert_eq!(
            header(it).kind,
            Kind::MapIter,
            "internal error: object used as MapIter"
        );
        // SAFETY: the MapIter body was initialised at allocation and lives until the sweep.
        unsafe { &*body::<Mutex<MapIterState>>(it) }
    }

    // ---- collection ----

    /// Collects garbage. `roots` must call `mark` on every reference held outside the
    /// heap (registers, globals, defers...).
    ///
    /// Sound only while no other thread runs minigo code on this program: checked here
    /// by requiring that this is the program's only `Heap` (the scheduler will collect
    /// through a stop-the-world protocol instead).
    pub fn collect(&mut self, roots: impl FnOnce(&mut Marker<'_>)) {
        assert_eq!(
            Arc::strong_count(&self.shared),
            1,
            "internal error: collect with several heaps running"
        );
        self.collect_stopped(roots);
    }

    /// Collects garbage while the scheduler has stopped the world: `_world` (only
    /// obtainable inside `Cx::stop_the_world`) proves that every other goroutine is at a
    /// safe point or parked, so no other thread touches the heap. `roots` must mark the
    /// roots of every goroutine (the world's and the caller's) and the globals.
    ///
    /// Other threads' unflushed allocations are not in the registry yet, so they are not
    /// swept this time (they are garbage or reachable; if reachable, they were marked
    /// through the roots like any object).
    pub fn collect_world(
        &mut self,
        world: &mut minigo_runtime::World<'_>,
        roots: impl FnOnce(&mut Marker<'_>, &mut minigo_runtime::World<'_>),
    ) {
        self.collect_stopped(|m| roots(m, world));
    }

    fn collect_stopped(&mut self, roots: impl FnOnce(&mut Marker<'_>)) {
        self.flush();
        let shared = &*self.shared;
        let epoch = if shared.epoch.load(Ordering::Relaxed) == 1 {
            2
        } else {
            1
        };
        shared.epoch.store(epoch, Ordering::Relaxed);
        let mut marker = Marker {
            epoch,
            stack: Vec::with_capacity(1024),
            is_ref: &shared.rtype_is_ref,
        };
        roots(&mut marker);
        marker.drain();
        let mut registry = shared.registry.lock().unwrap_or_else(|e| e.into_inner());
        let before = registry.len();
        let mut live_bytes = 0;
        registry.retain(|&p| {
            // SAFETY: every pointer in the registry is a live allocation of this program.
            let h = unsafe { p.0.as_ref() };
            if h.mark.load(Ordering::Relaxed) == epoch {
                live_bytes += body_layout(h.kind, h.len as usize).size();
                true
            } else {
                // SAFETY: the object is unreachable (unmarked after a complete mark from
                // all roots) and no other thread runs (this is the only heap, or the world
                // is stopped: see the callers), so nothing can refer to it any more; drop its Rust-owned body if any and free it with the
                // layout it was allocated with.
                unsafe { free_object(p.0) };
                false
            }
        });
        let live = registry.len();
        drop(registry);
        let mut stats = shared.stats.lock().unwrap_or_else(|e| e.into_inner());
        stats.collections += 1;
        stats.freed_objects += (before - live) as u64;
        stats.live_objects = live;
        stats.live_bytes = live_bytes;
        shared.allocated.store(0, Ordering::Relaxed);
        shared
            .next_gc
            .store(live_bytes.max(MIN_GC_BYTES), Ordering::Relaxed);
    }

    /// Number of collectable objects currently allocated.
    pub fn object_count(&self) -> usize {
        self.objects.borrow().len()
            + self
                .shared
                .registry
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .len()
    }
}

/// # Safety
/// `p` must be an unreachable object allocated by `Heap::alloc` and not freed before.
unsafe fn free_object(p: NonNull<Header>) {
    // SAFETY: guaranteed by the caller.
    let h = unsafe { p.as_ref() };
    let layout = body_layout(h.kind, h.len as usize);
    let r = p.as_ptr() as u64;
    match h.kind {
        // SAFETY: these bodies hold Rust values initialised at allocation.
        Kind::Map => unsafe {
            std::ptr::drop_in_place(body::<Mutex<MapTable>>(r) as *mut Mutex<MapTable>)
        },
        Kind::MapIter => unsafe {
            std::ptr::drop_in_place(body::<Mutex<MapIterState>>(r) as *mut Mutex<MapIterState>)
        },
        Kind::Chan => unsafe {
            std::ptr::drop_in_place(body::<Mutex<ChanState>>(r) as *mut Mutex<ChanState>)
        },
        _ => {}
    }
    // SAFETY: allocated with this very layout by `Heap::alloc`.
    unsafe { dealloc(p.as_ptr() as *mut u8, layout) };
}

impl Drop for Heap {
    fn drop(&mut self) {
        // The objects belong to the program, not to this thread: the shared heap frees
        // them when the last thread is gone.
        self.flush();
    }
}

/// Marks objects reachable from the roots it is given.
pub struct Marker<'a> {
    epoch: u8,
    stack: Vec<u64>,
    is_ref: &'a [bool],
}

impl Marker<'_> {
    /// Marks the object a reference word names (0 is ignored; the IPtr tag is stripped).
    #[inline]
    pub fn mark(&mut self, r: u64) {
        let r = r & !IPTR_TAG;
        if r == 0 {
            return;
        }
        let h = header(r);
        if h.flags & FLAG_PERMANENT != 0 && h.kind != Kind::Words {
            return;
        }
        if h.mark.swap(self.epoch, Ordering::Relaxed) != self.epoch {
            self.stack.push(r);
        }
    }

    /// Marks the payload of an interface-held value of runtime type `rtype`.
    pub fn mark_typed(&mut self, rtype: u32, data: u64) {
        if self.is_ref.get(rtype as usize).copied().unwrap_or(false) {
            self.mark(data);
        }
    }

    fn drain(&mut self) {
        while let Some(r) = self.stack.pop() {
            let h = header(r);
            match h.kind {
                Kind::Words | Kind::Closure => {
                    // SAFETY: the body holds `len` atomics.
                    let words =
                        unsafe { std::slice::from_raw_parts(body::<AtomicU64>(r), h.len as usize) };
                    if h.flags & FLAG_ALL_REFS != 0 {
                        for w in words {
                            self.mark(w.load(Ordering::Acquire));
                        }
                    } else if h.flags & FLAG_MASK != 0 {
                        let mut m = h.mask;
                        while m != 0 {
                            let i = m.trailing_zeros() as usize;
                            m &= m - 1;
                            self.mark(words[i].load(Ordering::Acquire));
                        }
                    } else if h.flags & FLAG_EXT_MASK != 0 {
                        // SAFETY: the mask is a leaked bitmap of at least `len` bits.
                        let bits = unsafe {
                            std::slice::from_raw_parts(
                                h.mask as *const u64,
                                words.len().div_ceil(64),
                            )
                        };
                        for (i, w) in words.iter().enumerate() {
                            if bits[i / 64] >> (i % 64) & 1 == 1 {
                                self.mark(w.load(Ordering::Acquire));
                            }
                        }
                    }
                }
                Kind::Bytes | Kind::Str => {}
                Kind::StrView => {
                    // SAFETY: immutable StrView body.
                    let base = unsafe { (*body::<StrViewBody>(r)).base };
                    self.mark(base);
                }
                Kind::Slice => {
                    // SAFETY: immutable Slice body.
                    let backing = unsafe { (*body::<SliceBody>(r)).backing };
                    self.mark(backing);
                }
                Kind::Iface => {
                    // SAFETY: immutable Iface body.
                    let b = unsafe { &*body::<IfaceBody>(r) };
                    let (t, d) = (b.rtype, b.data);
                    self.mark_typed(t, d);
                }
                Kind::IPtr => {
                    // SAFETY: immutable IPtr body.
                    let base = unsafe { (*body::<IPtrBody>(r)).base };
                    self.mark(base);
                }
                Kind::Map => {
                    // SAFETY: initialised Map body.
                    let m = unsafe { &*body::<Mutex<MapTable>>(r) };
                    let t = m.lock().unwrap_or_else(|e| e.into_inner());
                    let (kr, vr) = (t.key_is_ref, t.val_is_ref);
                    let mut refs = Vec::new();
                    for &(k, v) in t.entries() {
                        if kr {
                            refs.push(k);
                        }
                        if vr {
                            refs.push(v);
                        }
                    }
                    drop(t);
                    for x in refs {
                        self.mark(x);
                    }
                }
                Kind::Chan => {
                    // SAFETY: initialised Chan body.
                    let c = unsafe { &*body::<Mutex<ChanState>>(r) };
                    let refs = c.lock().unwrap_or_else(|e| e.into_inner()).refs();
                    for x in refs {
                        self.mark(x);
                    }
                }
                Kind::MapIter => {
                    // SAFETY: initialised MapIter body.
                    let it = unsafe { &*body::<Mutex<MapIterState>>(r) };
                    let s = it.lock().unwrap_or_else(|e| e.into_inner());
                    let mut refs = vec![s.map];
                    if s.key_is_ref {
                        refs.extend_from_slice(&s.keys);
                    }
                    drop(s);
                    for x in refs {
                        self.mark(x);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unreachable_objects_are_freed_and_reachable_ones_kept() {
        let mut h = Heap::new();
        let keep = h.alloc_words(2, RefMap::AllRefs);
        let child = h.alloc_str(b"hello");
        h.words(keep)[1].store(child, Ordering::Release);
        for _ in 0..100 {
            h.alloc_words(3, RefMap::NoRefs);
        }
        assert_eq!(h.object_count(), 102);
        h.collect(|m| m.mark(keep));
        assert_eq!(h.object_count(), 2);
        assert_eq!(h.str(child), b"hello");
        // A second cycle with the other epoch keeps them too.
        h.collect(|m| m.mark(keep));
        assert_eq!(h.object_count(), 2);
        h.collect(|_| {});
        assert_eq!(h.object_count(), 0);
    }

    #[test]
    fn pacing_counts_flushed_and_pending_bytes() {
        let mut h = Heap::new();
        assert!(!h.should_collect());
        // Allocate past the 4 MiB floor in small objects: most bytes are published to the
        // shared counter in FLUSH_BYTES chunks, the rest is pending; both count.
        let mut n = 0;
        while !h.should_collect() {
            h.alloc_words(8, RefMap::NoRefs);
            n += 1;
            assert!(n < 1_000_000, "pacing never asked for a collection");
        }
        h.collect(|_| {});
        assert!(!h.should_collect());
        assert_eq!(h.object_count(), 0);
        assert_eq!(h.stats().collections, 1);
        assert_eq!(h.stats().freed_objects, n as u64);
    }

    #[test]
    fn dropping_the_heap_frees_everything() {
        let h = Heap::new();
        for _ in 0..1000 {
            let a = h.alloc_words(1, RefMap::AllRefs);
            h.words(a)[0].store(h.alloc_str(b"leak?"), Ordering::Release);
        }
        drop(h); // frees 2000 objects through the shared heap (checked by valgrind/LSan runs)
    }

    #[test]
    fn cycles_are_collected() {
        let mut h = Heap::new();
        for _ in 0..1000 {
            let a = h.alloc_words(1, RefMap::AllRefs);
            let b = h.alloc_words(1, RefMap::AllRefs);
            h.words(a)[0].store(b, Ordering::Release);
            h.words(b)[0].store(a, Ordering::Release);
        }
        h.collect(|_| {});
        assert_eq!(h.object_count(), 0);
    }

    #[test]
    fn concatenation_copies_both_parts() {
        let h = Heap::new();
        let s = h.alloc_str_concat(b"foo", b"barbaz");
        assert_eq!(h.str(s), b"foobarbaz");
        assert_eq!(h.alloc_str_concat(b"", b""), 0);
    }

    #[test]
    fn substrings_keep_their_base_alive() {
        let mut h = Heap::new();
        let s = h.alloc_str(b"hello, world");
        let sub = h.alloc_substr(s, 7, 12);
        h.collect(|m| m.mark(sub));
        assert_eq!(h.str(sub), b"world");
        let sub2 = h.alloc_substr(sub, 1, 3);
        assert_eq!(h.str(sub2), b"or");
    }

    #[test]
    fn tagged_interior_pointers_mark_their_base() {
        let mut h = Heap::new();
        let arr = h.alloc_words(4, RefMap::NoRefs);
        h.words(arr)[2].store(42, Ordering::Release);
        let p = h.alloc_iptr(arr, 2);
        assert_eq!(p & IPTR_TAG, 1);
        h.collect(|m| m.mark(p));
        assert_eq!(h.object_count(), 2);
        let b = h.iptr(p);
        assert_eq!(h.words(b.base)[b.idx].load(Ordering::Acquire), 42);
    }

    #[test]
    fn masks_scan_only_reference_words() {
        let mut h = Heap::new();
        let obj = h.alloc_words(3, RefMap::Mask(0b010));
        let s = h.alloc_str(b"x");
        h.words(obj)[1].store(s, Ordering::Release);
        h.words(obj)[0].store(12345, Ordering::Release); // a scalar that must not be followed
        h.collect(|m| m.mark(obj));
        assert_eq!(h.object_count(), 2);
    }
}

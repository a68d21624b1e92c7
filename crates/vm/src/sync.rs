//! The natives behind `sync` (Mutex, RWMutex, WaitGroup, Cond's notify list) and
//! `sync/atomic`, and the program-wide table they park goroutines in.
//!
//! # State words and the semaphore table
//! Each primitive's state lives in its Go struct (`crates/stdlib/go/sync.go`), one word
//! per field, so copying and zero values behave as in Go. Goroutines blocked on a
//! primitive wait in [`Conc::sema`], keyed by the address of the struct box and the field
//! (Go's `semaTable` is keyed by address the same way). The table's lock orders every
//! slow path: a goroutine decides to wait and enqueues itself under it, and a releaser
//! looks for waiters under it, so no wake-up is lost. Fast paths that touch only the
//! state word (an uncontended `Lock`/`Unlock`) use compare-and-swap without the table.
//!
//! Blocked goroutines use the channel [`Waiter`]: the releaser *hands off* (an unlocked
//! mutex passes straight to the first waiter, FIFO, like Go's starvation mode), completes
//! the waiter and readies it; the blocked native runs again and returns.
//!
//! The struct box cannot be freed while a goroutine waits on it: the waiting native's
//! arguments (the pointer) stay in the goroutine's registers, which are roots.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use minigo_runtime::{GRef, WaitReason};

use crate::chan::Waiter;
use crate::goroutine::Goroutine;
use crate::heap::IPTR_TAG;
use crate::vm::{NativeFn, Trap, Vm};

/// Program-wide concurrency state shared by every M.
#[derive(Default)]
pub struct Conc {
    /// Waiters per (struct box, field).
    sema: Mutex<SemaTable>,
    /// Pending `time` timers: key → the function value to run (a root for the collector).
    pub timers: Mutex<hashbrown::HashMap<u64, PendingTimer>>,
    pub next_timer: AtomicU64,
}

/// A timer started by `time.startTimer` that has not fired or been stopped.
pub struct PendingTimer {
    pub id: Option<minigo_runtime::TimerId>,
    pub func: u32,
    pub closure: u64,
    /// The timer fired and its goroutine is being started: the entry stays (its closure
    /// a collector root) until the goroutine is in the scheduler's table, and `Stop`
    /// reports it as fired.
    pub fired: bool,
}

impl Conc {
    /// The function values held by pending timers (roots for the collector).
    pub fn timer_roots(&self) -> Vec<u64> {
        self.timers
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .values()
            .map(|t| t.closure)
            .collect()
    }
}

/// Waiters per (struct box, field).
type SemaTable = hashbrown::HashMap<(u64, u32), VecDeque<Arc<Waiter>>>;

type Table<'a> = std::sync::MutexGuard<'a, SemaTable>;

fn table(vm: &Vm) -> Table<'_> {
    vm.conc.sema.lock().unwrap_or_else(|e| e.into_inner())
}

/// Pops the first waiter of `key` that can still be claimed (and claims it).
fn pop_waiter(t: &mut Table<'_>, key: (u64, u32)) -> Option<Arc<Waiter>> {
    let q = t.get_mut(&key)?;
    let mut found = None;
    while let Some(w) = q.pop_front() {
        if w.claim() {
            found = Some(w);
            break;
        }
    }
    if q.is_empty() {
        t.remove(&key);
    }
    found
}

/// Completes a claimed waiter (it now holds what it waited for); the goroutine to ready
/// once the table is unlocked.
fn hand_off(w: &Waiter) -> GRef {
    w.complete(0, 0, false, true);
    w.g.clone()
}

/// Hands off to every waiter of `key`.
fn wake_all(t: &mut Table<'_>, key: (u64, u32)) -> Vec<GRef> {
    let mut woken = Vec::new();
    while let Some(w) = pop_waiter(t, key) {
        woken.push(hand_off(&w));
    }
    woken
}

fn has_waiters(t: &Table<'_>, key: (u64, u32)) -> bool {
    t.get(&key).is_some_and(|q| !q.is_empty())
}

fn enqueue(t: &mut Table<'_>, key: (u64, u32), g: &mut Goroutine) -> Result<(), Trap> {
    let gref = g.gref.clone().ok_or_else(|| {
        Trap::Fatal("fatal error: sync primitive used outside the scheduler".into())
    })?;
    let w = Waiter::new(gref);
    t.entry(key).or_default().push_back(w.clone());
    g.wait = Some(w);
    Ok(())
}

/// A native that blocked is running again: `Some(result)` when it was handed the
/// primitive, `None` when it has no waiter (first run).
fn resumed(g: &mut Goroutine, reason: WaitReason) -> Option<Result<(), Trap>> {
    let w = g.wait.take()?;
    if w.completed().is_some() {
        Some(Ok(()))
    } else {
        g.wait = Some(w);
        Some(Err(Trap::Park(reason)))
    }
}

fn nil_deref() -> Trap {
    Trap::Runtime("invalid memory address or nil pointer dereference".into())
}

/// Word `i` of the struct box `p` (a pointer to a sync primitive).
fn field(vm: &Vm, p: u64, i: usize) -> Result<&AtomicU64, Trap> {
    if p == 0 {
        return Err(nil_deref());
    }
    vm.heap
        .words(p & !IPTR_TAG)
        .get(i)
        .ok_or_else(|| Trap::Fatal("internal error: sync primitive layout".into()))
}

/// The word a `*int32`/`*int64`/... points at.
fn ptr_word(vm: &Vm, p: u64) -> Result<&AtomicU64, Trap> {
    if p == 0 {
        return Err(nil_deref());
    }
    if p & IPTR_TAG != 0 {
        let ip = vm.heap.iptr(p);
        let (base, idx) = (ip.base, ip.idx);
        return vm
            .heap
            .words(base)
            .get(idx)
            .ok_or_else(|| Trap::Fatal("internal error: atomic on a non-word".into()));
    }
    Ok(&vm.heap.words(p)[0])
}

// ---- Mutex: word 0 = state (bit 0 locked, bit 1 waiters) ----

const LOCKED: u64 = 1;
const WAITERS: u64 = 2;

fn mutex_lock(vm: &mut Vm, g: &mut Goroutine, a: &[u64], _r: &mut [u64]) -> Result<(), Trap> {
    if let Some(r) = resumed(g, WaitReason::MutexLock) {
        return r;
    }
    let state = field(vm, a[0], 0)?;
    if state
        .compare_exchange(0, LOCKED, Ordering::AcqRel, Ordering::Relaxed)
        .is_ok()
    {
        return Ok(());
    }
    let mut t = table(vm);
    loop {
        let s = state.load(Ordering::Acquire);
        if s & LOCKED == 0 {
            if state
                .compare_exchange(s, s | LOCKED, Ordering::AcqRel, Ordering::Relaxed)
                .is_ok()
            {
                return Ok(());
            }
        } else if state
            .compare_exchange(s, s | WAITERS, Ordering::AcqRel, Ordering::Relaxed)
            .is_ok()
        {
            break;
        }
    }
    enqueue(&mut t, (a[0], 0), g)?;
    Err(Trap::Park(WaitReason::MutexLock))
}

fn mutex_try_lock(vm: &mut Vm, _g: &mut Goroutine, a: &[u64], r: &mut [u64]) -> Result<(), Trap> {
    let state = field(vm, a[0], 0)?;
    r[0] = u64::from(
        state
            .compare_exchange(0, LOCKED, Ordering::AcqRel, Ordering::Relaxed)
            .is_ok(),
    );
    Ok(())
}

fn mutex_unlock(vm: &mut Vm, _g: &mut Goroutine, a: &[u64], _r: &mut [u64]) -> Result<(), Trap> {
    let state = field(vm, a[0], 0)?;
    if state
        .compare_exchange(LOCKED, 0, Ordering::AcqRel, Ordering::Relaxed)
        .is_ok()
    {
        return Ok(());
    }
    if state.load(Ordering::Acquire) & LOCKED == 0 {
        return Err(Trap::Fatal(
            "fatal error: sync: unlock of unlocked mutex".into(),
        ));
    }
    let key = (a[0], 0);
    let mut t = table(vm);
    match pop_waiter(&mut t, key) {
        Some(w) => {
            // Hand the locked mutex to the first waiter.
            let bits = if has_waiters(&t, key) {
                LOCKED | WAITERS
            } else {
                LOCKED
            };
            state.store(bits, Ordering::Release);
            let g = hand_off(&w);
            drop(t);
            vm.to_ready.push(g);
        }
        None => state.store(0, Ordering::Release),
    }
    Ok(())
}

// ---- RWMutex: word 0 = writer holds it, word 1 = readers holding it, word 2 = writers
// waiting; readers wait on key field 1, writers on field 0 ----

/// An RWMutex's three state words.
struct Rw<'a> {
    w: &'a AtomicU64,
    readers: &'a AtomicU64,
    wwait: &'a AtomicU64,
}

impl<'a> Rw<'a> {
    fn of(vm: &'a Vm, p: u64) -> Result<Rw<'a>, Trap> {
        Ok(Rw {
            w: field(vm, p, 0)?,
            readers: field(vm, p, 1)?,
            wwait: field(vm, p, 2)?,
        })
    }

    /// Takes a read lock if no writer holds or waits for it (table locked).
    fn try_read(&self) -> bool {
        let ok = self.w.load(Ordering::Acquire) == 0 && self.wwait.load(Ordering::Acquire) == 0;
        if ok {
            self.readers.fetch_add(1, Ordering::AcqRel);
        }
        ok
    }

    /// Takes the write lock if nobody holds it (table locked).
    fn try_write(&self) -> bool {
        let ok = self.w.load(Ordering::Acquire) == 0 && self.readers.load(Ordering::Acquire) == 0;
        if ok {
            self.w.store(1, Ordering::Release);
        }
        ok
    }
}

fn rw_rlock(vm: &mut Vm, g: &mut Goroutine, a: &[u64], _r: &mut [u64]) -> Result<(), Trap> {
    if let Some(r) = resumed(g, WaitReason::RWMutexRLock) {
        return r;
    }
    let rw = Rw::of(vm, a[0])?;
    let mut t = table(vm);
    if rw.try_read() {
        return Ok(());
    }
    enqueue(&mut t, (a[0], 1), g)?;
    Err(Trap::Park(WaitReason::RWMutexRLock))
}

fn rw_try_rlock(vm: &mut Vm, _g: &mut Goroutine, a: &[u64], r: &mut [u64]) -> Result<(), Trap> {
    let rw = Rw::of(vm, a[0])?;
    let _t = table(vm);
    r[0] = u64::from(rw.try_read());
    Ok(())
}

fn rw_runlock(vm: &mut Vm, _g: &mut Goroutine, a: &[u64], _r: &mut [u64]) -> Result<(), Trap> {
    let rw = Rw::of(vm, a[0])?;
    let mut t = table(vm);
    if rw.readers.load(Ordering::Acquire) == 0 {
        return Err(Trap::Fatal(
            "fatal error: sync: RUnlock of unlocked RWMutex".into(),
        ));
    }
    if rw.readers.fetch_sub(1, Ordering::AcqRel) == 1
        && let Some(waiter) = pop_waiter(&mut t, (a[0], 0))
    {
        // The last reader hands the lock to a waiting writer.
        rw.w.store(1, Ordering::Release);
        rw.wwait.fetch_sub(1, Ordering::AcqRel);
        let g = hand_off(&waiter);
        drop(t);
        vm.to_ready.push(g);
    }
    Ok(())
}

fn rw_lock(vm: &mut Vm, g: &mut Goroutine, a: &[u64], _r: &mut [u64]) -> Result<(), Trap> {
    if let Some(r) = resumed(g, WaitReason::RWMutexLock) {
        return r;
    }
    let rw = Rw::of(vm, a[0])?;
    let mut t = table(vm);
    if rw.try_write() {
        return Ok(());
    }
    rw.wwait.fetch_add(1, Ordering::AcqRel);
    enqueue(&mut t, (a[0], 0), g)?;
    Err(Trap::Park(WaitReason::RWMutexLock))
}

fn rw_try_lock(vm: &mut Vm, _g: &mut Goroutine, a: &[u64], r: &mut [u64]) -> Result<(), Trap> {
    let rw = Rw::of(vm, a[0])?;
    let _t = table(vm);
    r[0] = u64::from(rw.try_write());
    Ok(())
}

fn rw_unlock(vm: &mut Vm, _g: &mut Goroutine, a: &[u64], _r: &mut [u64]) -> Result<(), Trap> {
    let rw = Rw::of(vm, a[0])?;
    let mut t = table(vm);
    if rw.w.load(Ordering::Acquire) == 0 {
        return Err(Trap::Fatal(
            "fatal error: sync: Unlock of unlocked RWMutex".into(),
        ));
    }
    rw.w.store(0, Ordering::Release);
    // Readers that waited for this writer go first (as in Go), then a writer.
    let mut woken = wake_all(&mut t, (a[0], 1));
    rw.readers.fetch_add(woken.len() as u64, Ordering::AcqRel);
    if woken.is_empty()
        && let Some(wr) = pop_waiter(&mut t, (a[0], 0))
    {
        rw.w.store(1, Ordering::Release);
        rw.wwait.fetch_sub(1, Ordering::AcqRel);
        woken.push(hand_off(&wr));
    }
    drop(t);
    vm.to_ready.extend(woken);
    Ok(())
}

// ---- WaitGroup: word 0 = counter; waiters on field 0 ----

/// `add(delta) bool`: false (and no change) if the counter would go negative.
fn wg_add(vm: &mut Vm, _g: &mut Goroutine, a: &[u64], r: &mut [u64]) -> Result<(), Trap> {
    let counter = field(vm, a[0], 0)?;
    let mut t = table(vm);
    let n = (counter.load(Ordering::Acquire) as i64).wrapping_add(a[1] as i64);
    r[0] = u64::from(n >= 0);
    if n < 0 {
        return Ok(());
    }
    counter.store(n as u64, Ordering::Release);
    if n == 0 {
        let woken = wake_all(&mut t, (a[0], 0));
        drop(t);
        vm.to_ready.extend(woken);
    }
    Ok(())
}

fn wg_wait(vm: &mut Vm, g: &mut Goroutine, a: &[u64], _r: &mut [u64]) -> Result<(), Trap> {
    // Go 1.20–1.23 park `WaitGroup.Wait` with the plain semaphore reason.
    if let Some(r) = resumed(g, WaitReason::Semacquire) {
        return r;
    }
    let counter = field(vm, a[0], 0)?;
    let mut t = table(vm);
    if counter.load(Ordering::Acquire) == 0 {
        return Ok(());
    }
    enqueue(&mut t, (a[0], 0), g)?;
    Err(Trap::Park(WaitReason::Semacquire))
}

// ---- Cond's notify list: word 0 = next ticket, word 1 = next ticket to notify ----

fn notify_add(vm: &mut Vm, _g: &mut Goroutine, a: &[u64], r: &mut [u64]) -> Result<(), Trap> {
    let wait = field(vm, a[0], 0)?;
    let _t = table(vm);
    r[0] = wait.fetch_add(1, Ordering::AcqRel);
    Ok(())
}

fn notify_wait(vm: &mut Vm, g: &mut Goroutine, a: &[u64], _r: &mut [u64]) -> Result<(), Trap> {
    if let Some(r) = resumed(g, WaitReason::CondWait) {
        return r;
    }
    let notify = field(vm, a[0], 1)?;
    let mut t = table(vm);
    if a[1] < notify.load(Ordering::Acquire) {
        return Ok(());
    }
    // Waiters queue in ticket order (tickets are taken under the same lock order as
    // enqueueing; a waiter that was notified before enqueueing returned above).
    enqueue(&mut t, (a[0], 1), g)?;
    Err(Trap::Park(WaitReason::CondWait))
}

fn notify_one(vm: &mut Vm, _g: &mut Goroutine, a: &[u64], _r: &mut [u64]) -> Result<(), Trap> {
    let (wait, notify) = (field(vm, a[0], 0)?, field(vm, a[0], 1)?);
    let mut t = table(vm);
    if wait.load(Ordering::Acquire) == notify.load(Ordering::Acquire) {
        return Ok(());
    }
    notify.fetch_add(1, Ordering::AcqRel);
    if let Some(w) = pop_waiter(&mut t, (a[0], 1)) {
        let g = hand_off(&w);
        drop(t);
        vm.to_ready.push(g);
    }
    Ok(())
}

fn notify_all(vm: &mut Vm, _g: &mut Goroutine, a: &[u64], _r: &mut [u64]) -> Result<(), Trap> {
    let (wait, notify) = (field(vm, a[0], 0)?, field(vm, a[0], 1)?);
    let mut t = table(vm);
    notify.store(wait.load(Ordering::Acquire), Ordering::Release);
    let woken = wake_all(&mut t, (a[0], 1));
    drop(t);
    vm.to_ready.extend(woken);
    Ok(())
}

// ---- sync/atomic ----

fn i32v(x: u64) -> u64 {
    x as i32 as i64 as u64
}
fn u32v(x: u64) -> u64 {
    x as u32 as u64
}

macro_rules! atomic_family {
    ($add:ident, $load:ident, $store:ident, $swap:ident, $cas:ident, $norm:expr) => {
        fn $add(vm: &mut Vm, _g: &mut Goroutine, a: &[u64], r: &mut [u64]) -> Result<(), Trap> {
            let w = ptr_word(vm, a[0])?;
            let norm: fn(u64) -> u64 = $norm;
            let mut cur = w.load(Ordering::Acquire);
            loop {
                let new = norm(cur.wrapping_add(a[1]));
                match w.compare_exchange_weak(cur, new, Ordering::AcqRel, Ordering::Acquire) {
                    Ok(_) => {
                        r[0] = new;
                        return Ok(());
                    }
                    Err(x) => cur = x,
                }
            }
        }
        fn $load(vm: &mut Vm, _g: &mut Goroutine, a: &[u64], r: &mut [u64]) -> Result<(), Trap> {
            r[0] = ptr_word(vm, a[0])?.load(Ordering::SeqCst);
            Ok(())
        }
        fn $store(vm: &mut Vm, _g: &mut Goroutine, a: &[u64], _r: &mut [u64]) -> Result<(), Trap> {
            ptr_word(vm, a[0])?.store(a[1], Ordering::SeqCst);
            Ok(())
        }
        fn $swap(vm: &mut Vm, _g: &mut Goroutine, a: &[u64], r: &mut [u64]) -> Result<(), Trap> {
            r[0] = ptr_word(vm, a[0])?.swap(a[1], Ordering::SeqCst);
            Ok(())
        }
        fn $cas(vm: &mut Vm, _g: &mut Goroutine, a: &[u64], r: &mut [u64]) -> Result<(), Trap> {
            let ok = ptr_word(vm, a[0])?
                .compare_exchange(a[1], a[2], Ordering::SeqCst, Ordering::SeqCst)
                .is_ok();
            r[0] = u64::from(ok);
            Ok(())
        }
    };
}

atomic_family!(add_i32, load_i32, store_i32, swap_i32, cas_i32, i32v);
atomic_family!(add_u32, load_u32, store_u32, swap_u32, cas_u32, u32v);
atomic_family!(add_64, load_64, store_64, swap_64, cas_64, |x| x);

/// `sameType(a, b any) bool`: both non-nil with the same dynamic type.
fn same_type(vm: &mut Vm, _g: &mut Goroutine, a: &[u64], r: &mut [u64]) -> Result<(), Trap> {
    r[0] =
        u64::from(a[0] != 0 && a[1] != 0 && vm.heap.iface(a[0]).rtype == vm.heap.iface(a[1]).rtype);
    Ok(())
}

/// `casValue(addr *any, old, new any) bool`: Go's `==` on interface values, then a
/// compare-and-swap of the word (retried if another goroutine changed it meanwhile to an
/// equal value).
fn cas_value(vm: &mut Vm, _g: &mut Goroutine, a: &[u64], r: &mut [u64]) -> Result<(), Trap> {
    let w = ptr_word(vm, a[0])?;
    loop {
        let cur = w.load(Ordering::Acquire);
        let eq = if cur == 0 || a[1] == 0 {
            cur == a[1]
        } else {
            let (ic, io) = (vm.heap.iface(cur), vm.heap.iface(a[1]));
            if ic.rtype != io.rtype {
                false
            } else {
                let (t, dc, d_old) = (ic.rtype, ic.data, io.data);
                if !crate::values::comparable(&vm.prog.rtypes, t) {
                    return Err(Trap::Runtime(format!(
                        "comparing uncomparable type {}",
                        vm.prog.rtypes[t as usize].name
                    )));
                }
                crate::values::equal(&vm.heap, &vm.prog.rtypes, t, dc, d_old).unwrap_or(false)
            }
        };
        if !eq {
            r[0] = 0;
            return Ok(());
        }
        if w.compare_exchange(cur, a[2], Ordering::SeqCst, Ordering::SeqCst)
            .is_ok()
        {
            r[0] = 1;
            return Ok(());
        }
    }
}

/// Natives of `sync` and `sync/atomic` (the stdlib registers them with its own).
pub const NATIVES: &[(&str, NativeFn)] = &[
    ("sync.(*Mutex).Lock", mutex_lock),
    ("sync.(*Mutex).TryLock", mutex_try_lock),
    ("sync.(*Mutex).Unlock", mutex_unlock),
    ("sync.(*RWMutex).RLock", rw_rlock),
    ("sync.(*RWMutex).TryRLock", rw_try_rlock),
    ("sync.(*RWMutex).RUnlock", rw_runlock),
    ("sync.(*RWMutex).Lock", rw_lock),
    ("sync.(*RWMutex).TryLock", rw_try_lock),
    ("sync.(*RWMutex).Unlock", rw_unlock),
    ("sync.(*WaitGroup).add", wg_add),
    ("sync.(*WaitGroup).Wait", wg_wait),
    ("sync.notifyListAdd", notify_add),
    ("sync.notifyListWait", notify_wait),
    ("sync.notifyListNotifyOne", notify_one),
    ("sync.notifyListNotifyAll", notify_all),
    ("sync/atomic.AddInt32", add_i32),
    ("sync/atomic.LoadInt32", load_i32),
    ("sync/atomic.StoreInt32", store_i32),
    ("sync/atomic.SwapInt32", swap_i32),
    ("sync/atomic.CompareAndSwapInt32", cas_i32),
    ("sync/atomic.AddUint32", add_u32),
    ("sync/atomic.LoadUint32", load_u32),
    ("sync/atomic.StoreUint32", store_u32),
    ("sync/atomic.SwapUint32", swap_u32),
    ("sync/atomic.CompareAndSwapUint32", cas_u32),
    ("sync/atomic.AddInt64", add_64),
    ("sync/atomic.LoadInt64", load_64),
    ("sync/atomic.StoreInt64", store_64),
    ("sync/atomic.SwapInt64", swap_64),
    ("sync/atomic.CompareAndSwapInt64", cas_64),
    ("sync/atomic.AddUint64", add_64),
    ("sync/atomic.LoadUint64", load_64),
    ("sync/atomic.StoreUint64", store_64),
    ("sync/atomic.SwapUint64", swap_64),
    ("sync/atomic.CompareAndSwapUint64", cas_64),
    ("sync/atomic.sameType", same_type),
    ("sync/atomic.swapValue", swap_64),
    ("sync/atomic.casValue", cas_value),
];

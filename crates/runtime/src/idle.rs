//! The scheduler lock (Go's `sched.lock`), the idle P and idle M lists it protects, and the
//! protocol by which Ms go to sleep and are woken without losing a wake-up.
//!
//! Generic over the P type so that `loom_tests.rs` can run the very same `wakep` and
//! `stop_m` code with `usize` Ps and two Ms.
//!
//! # Protocol (Go's `wakep`/`findRunnable`/`stopm`, golang/go:src/runtime/proc.go)
//! Two counters are read without the lock: `npidle` (idle Ps) and `nmspinning` (Ms that
//! hold a P and are looking for work without having found any).
//!
//! Submitter (a `ready`, a `spawn`, a yielded goroutine, a fired timer):
//! 1. publishes the goroutine on a run queue (`runnext`, the local deque, the injector);
//! 2. calls [`Sched::wakep`]: a SeqCst fence, then if `npidle == 0` (every P busy: one of
//!    them will find the work) or `nmspinning != 0` (a spinning M will find it) it stops;
//!    otherwise it CASes `nmspinning` 0 → 1 (only one waker at a time) and, under the lock,
//!    takes an idle P and hands it to an idle M (or a new thread) as a spinning M.
//!
//! Spinning M: one that finds work calls [`Sched::transition_from_spinning`]; if it was the
//! last spinning M it calls `wakep` again ("one spinning M wakes another"), so that a burst
//! of work is spread over the idle Ps one M at a time instead of waking all of them.
//! At most about half of the busy Ps' count may spin ([`Sched::may_spin`], Go's rule).
//!
//! M that found no work ([`Sched::stop_m`]):
//! 1. under the lock, puts its P on the idle list (`npidle += 1`) and itself on the idle M
//!    list, in one critical section, so that a waker that gets the P also finds an M;
//! 2. if it was spinning, `nmspinning -= 1`;
//! 3. SeqCst fence, then re-checks every run queue and the timers ([`IdleEnv::has_work`]);
//! 4. under the lock: if a waker handed it a P meanwhile, runs with it; if step 3 found work,
//!    takes an idle P back and spins again; otherwise parks (its `Parker`), with a deadline
//!    if it is the M that watches the earliest timer.
//!
//! Why no wake-up is lost: the submitter's step 1-2 and the M's step 1-3 are each a write
//! followed by a SeqCst fence and a read (Dekker). Either the M's re-check sees the
//! submitter's goroutine, or the submitter sees `npidle > 0` and `nmspinning` already
//! decremented, and wakes an M. Dropping step 3 loses wake-ups: loom finds it
//! (`loom_tests.rs`, `lost_wakeup_without_recheck_is_found`).
//!
//! A woken M learns why from its [`MEntry`] under the lock: a `handoff` (a P, and whether it
//! counts as spinning) means "run"; none means a timer deadline passed or a spurious
//! unpark, and it re-checks. `Parker` tokens make an unpark that comes before the park
//! harmless.
//!
//! # Shared fields
//! - [`SchedState`] (all fields): only under `state`'s lock.
//! - `npidle`: written under the lock (a SeqCst mirror of `idle_ps.len()`), read anywhere.
//! - `nmspinning`: SeqCst read-modify-writes by Ms and wakers, no lock.
//! - `gcwaiting`, `exiting`: SeqCst mirrors of the state fields, written under the lock,
//!   polled without it at schedule points.
//!
//! # Rejected designs
//! - One condition variable for all idle Ms: a wake-up cannot target the M that holds the
//!   timer deadline, and `notify_one` wakes an arbitrary M.
//! - tokio's packed `(num_searching, num_unparked)` word (tokio-rs/tokio:tokio/src/runtime/
//!   scheduler/multi_thread/idle.rs): equivalent, but Go's separate counters map directly
//!   onto Ps that move between Ms, which tokio's workers do not have.

// Under loom only the parts the models exercise are used.
#![cfg_attr(loom, allow(dead_code))]

use std::time::Instant;

use crate::sync::{
    AtomicBool, AtomicUsize, Condvar, Mutex, MutexGuard, Ordering, Parker, Unparker, fence, lock,
};

/// What a P tells the outside world about its idleness (`P.status` for sysmon and
/// stop-the-world); a no-op for the loom model's `usize` Ps.
pub(crate) trait ProcSlot {
    fn mark_idle(&self);
    fn mark_running(&self);
}

impl ProcSlot for usize {
    fn mark_idle(&self) {}
    fn mark_running(&self) {}
}

/// A P handed to an M.
pub(crate) struct Handoff<P> {
    pub(crate) p: P,
    /// The M counts in `nmspinning` (it was woken to look for work).
    pub(crate) spinning: bool,
}

/// One M, as the scheduler lock sees it.
pub(crate) struct MEntry<P> {
    unparker: Unparker,
    /// Set by a waker, together with removing the M from the idle list.
    handoff: Option<Handoff<P>>,
    /// On the idle M list (waiting for a handoff, maybe not yet asleep).
    idle: bool,
    /// The thread has left its loop for good.
    pub(crate) quit: bool,
}

/// Everything the scheduler lock protects.
pub(crate) struct SchedState<P> {
    /// Idle Ps with `id < gomaxprocs`.
    pub(crate) idle_ps: Vec<P>,
    /// Ps with `id >= gomaxprocs` (after `runtime.GOMAXPROCS` shrank the set).
    pub(crate) disabled_ps: Vec<P>,
    pub(crate) ms: Vec<MEntry<P>>,
    idle_ms: Vec<usize>,
    pub(crate) nmquit: usize,
    /// A stop-the-world is in progress (mirrored in [`Sched::gcwaiting`]).
    pub(crate) gcwaiting: bool,
    /// The program is ending (mirrored in [`Sched::exiting`]).
    pub(crate) exiting: bool,
    /// The idle M parked until the earliest timer, and that deadline.
    pub(crate) timer_waiter: Option<(usize, Instant)>,
    /// Goroutines running without a P after `exit_syscall` found none: a stop-the-world
    /// waits for them to reach their next safe point too.
    pub(crate) pless: usize,
    /// sysmon sleeps until a P becomes busy (woken through `Sched::sysmon`).
    pub(crate) sysmon_sleeping: bool,
}

/// A thread the caller must start (after dropping the lock) to run `handoff`.
pub(crate) struct NewM<P> {
    pub(crate) id: usize,
    pub(crate) parker: Parker,
    pub(crate) handoff: Handoff<P>,
}

/// What `stop_m` needs from the scheduler around it.
pub(crate) trait IdleEnv<P> {
    /// Step 3: is any goroutine queued anywhere, or a timer due?
    fn has_work(&self) -> bool;
    /// Called under the lock right before parking. Returns `None` to not park (it declared
    /// a deadlock and set `exiting`, or a timer fell due since step 3 and a P is idle to
    /// fire it), or the deadline to park until.
    fn before_park(&self, st: &mut SchedState<P>, me: usize) -> Option<Option<Instant>>;
}

pub(crate) struct Sched<P> {
    pub(crate) state: Mutex<SchedState<P>>,
    pub(crate) npidle: AtomicUsize,
    pub(crate) nmspinning: AtomicUsize,
    pub(crate) gcwaiting: AtomicBool,
    pub(crate) exiting: AtomicBool,
    /// Ms stopped for a stop-the-world (and `exit_syscall` meanwhile); `Runtime::run`
    /// waiting for Ms to quit.
    pub(crate) world: Condvar,
    /// The stop-the-world caller waiting for the Ps to stop.
    pub(crate) stw: Condvar,
    /// sysmon's deep sleep.
    pub(crate) sysmon: Condvar,
}

impl<P: ProcSlot> Sched<P> {
    /// A scheduler whose Ps are all idle and which has no M yet.
    pub(crate) fn new(ps: Vec<P>) -> Sched<P> {
        for p in &ps {
            p.mark_idle();
        }
        let n = ps.len();
        Sched {
            state: Mutex::new(SchedState {
                idle_ps: ps,
                disabled_ps: Vec::new(),
                ms: Vec::new(),
                idle_ms: Vec::new(),
                nmquit: 0,
                gcwaiting: false,
                exiting: false,
                timer_waiter: None,
                pless: 0,
                sysmon_sleeping: false,
            }),
            npidle: AtomicUsize::new(n),
            nmspinning: AtomicUsize::new(0),
            gcwaiting: AtomicBool::new(false),
            exiting: AtomicBool::new(false),
            world: Condvar::new(),
            stw: Condvar::new(),
            sysmon: Condvar::new(),
        }
    }

    pub(crate) fn lock(&self) -> MutexGuard<'_, SchedState<P>> {
        lock(&self.state)
    }

    /// Puts an idle P on the idle list.
    pub(crate) fn pidleput(&self, st: &mut SchedState<P>, p: P) {
        p.mark_idle();
        st.idle_ps.push(p);
        self.npidle.store(st.idle_ps.len(), Ordering::SeqCst);
    }

    /// Takes an idle P, unless the world is stopping or the program exiting.
    pub(crate) fn pidleget(&self, st: &mut SchedState<P>) -> Option<P> {
        if st.gcwaiting || st.exiting {
            return None;
        }
        let p = st.idle_ps.pop()?;
        self.npidle.store(st.idle_ps.len(), Ordering::SeqCst);
        p.mark_running();
        if st.sysmon_sleeping {
            self.sysmon.notify_one();
        }
        Some(p)
    }

    /// Registers a new M that is not idle (it is about to run with a P).
    pub(crate) fn add_m(&self, st: &mut SchedState<P>, unparker: Unparker) -> usize {
        st.ms.push(MEntry {
            unparker,
            handoff: None,
            idle: false,
            quit: false,
        });
        st.ms.len() - 1
    }

    /// Gives `h` to an idle M, or returns the thread to start (Go's `startm`).
    pub(crate) fn startm_locked(&self, st: &mut SchedState<P>, h: Handoff<P>) -> Option<NewM<P>> {
        h.p.mark_running();
        if let Some(m) = st.idle_ms.pop() {
            if st.timer_waiter.is_some_and(|(w, _)| w == m) {
                st.timer_waiter = None;
            }
            let e = &mut st.ms[m];
            e.idle = false;
            e.handoff = Some(h);
            e.unparker.unpark();
            return None;
        }
        let parker = Parker::new();
        let id = self.add_m(st, parker.unparker().clone());
        Some(NewM {
            id,
            parker,
            handoff: h,
        })
    }

    /// Submitter step 2: wakes an idle M with an idle P as a spinning M if nobody is
    /// spinning. Returns a thread to start if no idle M existed.
    pub(crate) fn wakep(&self) -> Option<NewM<P>> {
        fence(Ordering::SeqCst);
        if self.npidle.load(Ordering::SeqCst) == 0 || self.nmspinning.load(Ordering::SeqCst) != 0 {
            return None;
        }
        if self
            .nmspinning
            .compare_exchange(0, 1, Ordering::SeqCst, Ordering::SeqCst)
            .is_err()
        {
            return None;
        }
        let mut st = self.lock();
        match self.pidleget(&mut st) {
            Some(p) => self.startm_locked(&mut st, Handoff { p, spinning: true }),
            None => {
                self.nmspinning.fetch_sub(1, Ordering::SeqCst);
                None
            }
        }
    }

    /// Go's rule against too many spinning Ms: spin only while fewer than half of the busy
    /// Ps have a spinning M.
    pub(crate) fn may_spin(&self, gomaxprocs: usize) -> bool {
        let busy = gomaxprocs.saturating_sub(self.npidle.load(Ordering::SeqCst));
        2 * self.nmspinning.load(Ordering::SeqCst) < busy
    }

    pub(crate) fn transition_to_spinning(&self) {
        self.nmspinning.fetch_add(1, Ordering::SeqCst);
    }

    /// A spinning M found work or is giving up. Returns true if it was the last spinning M
    /// (the caller, if it found work, then calls `wakep`).
    pub(crate) fn transition_from_spinning(&self) -> bool {
        self.nmspinning.fetch_sub(1, Ordering::SeqCst) == 1
    }

    fn remove_idle_m(&self, st: &mut SchedState<P>, me: usize) {
        if let Some(i) = st.idle_ms.iter().position(|&m| m == me) {
            st.idle_ms.swap_remove(i);
        }
        st.ms[me].idle = false;
        if st.timer_waiter.is_some_and(|(w, _)| w == me) {
            st.timer_waiter = None;
        }
    }

    /// True when every live M is on the idle list (the first condition of checkdead).
    pub(crate) fn all_ms_idle(&self, st: &SchedState<P>) -> bool {
        st.idle_ms.len() + st.nmquit == st.ms.len()
    }

    /// Marks the program as ending and wakes every M and waiter.
    pub(crate) fn begin_exit(&self, st: &mut SchedState<P>) {
        st.exiting = true;
        self.exiting.store(true, Ordering::SeqCst);
        for m in &st.idle_ms {
            st.ms[*m].unparker.unpark();
        }
        self.world.notify_all();
        self.stw.notify_all();
        self.sysmon.notify_all();
    }

    /// Wakes the timer-watching M if `when` is earlier than its deadline (it then re-parks
    /// until `when`). Returns false if no M watches the timers.
    pub(crate) fn poke_timer_waiter(&self, when: Instant) -> bool {
        let mut st = self.lock();
        match st.timer_waiter {
            Some((m, deadline)) => {
                if when < deadline {
                    st.timer_waiter = None;
                    st.ms[m].unparker.unpark();
                }
                true
            }
            None => false,
        }
    }

    /// The idle protocol, steps 1-4 (see the module doc). `p` is `None` for an M that has
    /// no P (it left a blocking call, or its P was disabled). Returns the P to run with, or
    /// `None` when the program is exiting.
    pub(crate) fn stop_m<E: IdleEnv<P>>(
        &self,
        me: usize,
        parker: &Parker,
        p: Option<P>,
        was_spinning: bool,
        env: &E,
    ) -> Option<Handoff<P>> {
        // Step 1.
        {
            let mut st = self.lock();
            if let Some(p) = p {
                self.pidleput(&mut st, p);
            }
            st.ms[me].idle = true;
            st.idle_ms.push(me);
        }
        // Step 2.
        if was_spinning {
            self.nmspinning.fetch_sub(1, Ordering::SeqCst);
        }
        // Step 3.
        fence(Ordering::SeqCst);
        let mut work = env.has_work();
        // Step 4.
        loop {
            let mut st = self.lock();
            if let Some(h) = st.ms[me].handoff.take() {
                return Some(h);
            }
            if st.exiting {
                self.remove_idle_m(&mut st, me);
                return None;
            }
            if work && let Some(p) = self.pidleget(&mut st) {
                self.remove_idle_m(&mut st, me);
                self.nmspinning.fetch_add(1, Ordering::SeqCst);
                return Some(Handoff { p, spinning: true });
            }
            let Some(deadline) = env.before_park(&mut st, me) else {
                drop(st);
                work = env.has_work();
                continue;
            };
            drop(st);
            match deadline {
                Some(d) => parker.park_deadline(d),
                None => parker.park(),
            }
            {
                let mut st = self.lock();
                if st.timer_waiter.is_some_and(|(w, _)| w == me) {
                    st.timer_waiter = None;
                }
            }
            work = env.has_work();
        }
    }
}

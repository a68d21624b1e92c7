//! The G/M/P scheduler: run queues, the schedule loop, park/ready, syscalls,
//! stop-the-world, deadlock detection and exit (golang/go:src/runtime/proc.go;
//! tokio-rs/tokio:tokio/src/runtime/scheduler/multi_thread/worker.rs).
//!
//! # Who is who
//! - **G**: a goroutine ([`crate::goroutine::G`]), shared through [`GRef`]s. Every live G is
//!   in the goroutine table (for stop-the-world and deadlock reports) and, when runnable, in
//!   exactly one run queue.
//! - **P**: a processor, the right to run goroutines; `gomaxprocs` of them are active. Its
//!   private half [`PLocal`] (the local deque's `Worker`, `schedtick`, RNG) is owned by
//!   whichever M holds the P, and moves between Ms in a `Box`. Its shared half [`PShared`]
//!   (stealer, `runnext`, status, preemption flag, ticks) sits in a fixed array.
//! - **M**: an OS thread running [`M::schedule`]. Ms are created on demand (when a P must
//!   run and no M is idle) and never exit before the program does; there are at most
//!   `gomaxprocs` Ms with a P, plus Ms in blocking calls.
//! - **sysmon**: a thread without a P (`sysmon.rs`): preemption and syscall hand-off.
//!
//! # Schedule loop (`find_runnable`, Go's `findRunnable`)
//! 1. Exit if the program is exiting; stop for a stop-the-world; give back a P that
//!    `runtime.GOMAXPROCS` disabled.
//! 2. Fire due timers (sleepers go to the local queue, callbacks run here).
//! 3. Every [`GLOBAL_RUNQ_INTERVAL`]th tick, take one G from the global queue first, so that
//!    two goroutines readying each other through `runnext` cannot starve it.
//! 4. `runnext`, then the local deque, then a batch from the global queue.
//! 5. If allowed to spin ([`Sched::may_spin`]), steal half of a victim's deque, visiting the
//!    Ps from a random start [`STEAL_TRIES`] times; the last round also takes victims'
//!    `runnext` (after [`RUNNEXT_STEAL_GRACE`], so a ping-pong pair is not split needlessly).
//! 6. Otherwise go idle: the protocol of `idle.rs` (no lost wake-ups, one timer-watching M,
//!    deadlock check when the last M parks).
//!
//! A spinning M that finds work stops spinning and, if it was the last one, wakes another
//! (`wakep`), as in Go.
//!
//! # Running a G (`execute`)
//! Starting a G from the queue increments the P's `schedtick`; a G taken from `runnext`
//! inherits the current time slice instead (Go's `inheritTime`): so sysmon, which preempts
//! when `schedtick` has not moved for [`crate::sysmon::FORCE_PREEMPT`], preempts a chain of
//! goroutines handing off through `runnext` as if it were one goroutine, and the queue
//! behind them gets its turn. The M locks the body and calls `run`; then, by the result:
//! - `Yielded`: runnable, pushed on the **global** queue (Go's `gosched`/preemption).
//! - `Parked(r)`: the park half of the park/ready protocol (`gstate.rs`); if a ready came
//!   while it was running, it goes to `runnext` at once.
//! - `Exited`: dead, removed from the table. `Exit(code)`: the program ends.
//! - `Blocking(f)`: the P is handed off at once, `f` runs on this M, then the G is made
//!   runnable (run here if a P is idle, else queued globally) (Go's `entersyscallblock`).
//!
//! `ready` from a running goroutine puts the readied G in `runnext` (the displaced one goes
//! to the back of the deque); so do `spawn`s (Go's `newproc`). Readies from other threads
//! (timer callbacks, [`Handle`]) go to the global queue. Both then call `wakep`, except
//! [`Cx::hand_off`]: a goroutine about to park or end readies the one it hands its P to,
//! and no M is woken for it (this M runs it next).
//!
//! # Inline syscalls (`Cx::enter_syscall`/`exit_syscall`, Go's `entersyscall`/`retake`)
//! 1. Enter: the P's `PLocal` moves into `PShared::syscall_slot` and its status becomes
//!    `P_SYSCALL`; `syscalltick` moves on. The M keeps no P.
//! 2. sysmon (or a stop-the-world) CASes `P_SYSCALL` → `P_IDLE` when the call has lasted a
//!    sysmon tick (≥ 20 µs) and other work exists, takes the `PLocal` and hands it off.
//! 3. Exit: CAS `P_SYSCALL` → `P_RUNNING` and take the `PLocal` back (fast path); if the P
//!    was retaken, take any idle P; if none, the goroutine runs on without a P only to its
//!    next safe point (`should_yield` is true) and is then queued globally. The CAS decides
//!    who owns the `PLocal`: never both. (Waiting for a P instead would starve: the Ps'
//!    own goroutines keep them busy.)
//!
//! # Stop-the-world (`Cx::stop_the_world`, Go's `stopTheWorldWithSema`)
//! 1. Under the lock: if another stop is in progress, fail (the caller yields and retries:
//!    it cannot wait inside `run`, where its body is locked and invisible to the other
//!    stopper's visitor); else set `gcwaiting`.
//! 2. Loop under the lock until every other P is stopped and no goroutine runs P-less
//!    (after `exit_syscall`): `P_IDLE`/`P_GCSTOP` count as stopped; `P_SYSCALL` Ps are retaken (put idle); `P_RUNNING` ones get their
//!    preemption flag set and are waited for ([`STW_REPREEMPT`] timeout, then flagged
//!    again, as Go's `preemptall` loop).
//! 3. Ms notice `gcwaiting` at schedule points, set `P_GCSTOP`, notify, and wait on
//!    `Sched::world` holding their P. `pidleget` refuses Ps while `gcwaiting`, so no M
//!    can start running.
//! 4. The visitor runs with every goroutine body unlocked except the caller's and those in
//!    inline syscalls. Then start-the-world (apply a GOMAXPROCS change, clear flags, wake).
//!
//! Clearing the preemption flag when a G starts is ordered against stop-the-world: the M
//! stores `false` then loads `gcwaiting`/`exiting`; the stopper stores `gcwaiting` then
//! `true` in the flag; all SeqCst, so either the M sees `gcwaiting` and re-sets its flag
//! or the stopper's `true` lands after the M's `false`.
//!
//! # Deadlock (Go's `checkdead`) and exit
//! The last M to park checks, under the lock: every M idle, no run queue non-empty, no
//! goroutine in a syscall, no timer pending. Then every goroutine is parked: the outcome
//! is [`Outcome::Deadlock`] with each one's wait reason. `Exit(code)` (or a deadlock, or a
//! Rust panic in a goroutine) records the outcome, sets `exiting`, flags every P and wakes
//! every M; `Runtime::run` returns once all Ms not blocked in a syscall have left.
//!
//! # Shared fields and their protection
//! | field | written by | protected by |
//! |---|---|---|
//! | `PShared::status` | see the table in `PShared` | CAS / sched lock |
//! | `PShared::preempt` | sysmon, stop-the-world, exit (true); its M at `execute` (false) | atomic, SeqCst stores; goroutines read Relaxed |
//! | `PShared::schedtick`, `syscalltick` | the P's M | atomic, read by sysmon (Relaxed: a stale value only delays a preemption) |
//! | `PShared::runnext` | the P's M (put, take), stealers (take) | its mutex |
//! | `PShared::syscall_slot` | the M entering a syscall (put), the `status` CAS winner (take) | the `status` CAS |
//! | `Shared::gs` (goroutine table) | spawn (a batch of `go`s at once), exit (32 at once per M, see [`DEAD_BATCH`]), visitors | its mutex |
//! | `Shared::live` (`NumGoroutine`) | spawn (+), exit (−, at once) | atomic, SeqCst |
//! | `Shared::gomaxprocs` | start-the-world | sched lock (read without) |
//! | `Shared::outcome` | the first ending | its mutex, taken after the sched lock |
//!
//! Lock order: sched lock → (runnext, timers, table, outcome); none of the latter is held
//! while taking the sched lock.
//!
//! # Rejected designs
//! - A goroutine body in a `Box` moved through the queues (no per-G mutex): then a parked
//!   or runnable body has no fixed place for the stop-the-world visitor, and a wrong ready
//!   could run a G twice; the uncontended mutex costs two atomic operations per run.
//! - A lock-free `runnext` (`AtomicCell<Option<GRef>>`): the idle re-check must see whether
//!   `runnext` is full without taking it, which that API cannot do without `unsafe`.
//! - One fixed M per P: a blocking call would then block its P's goroutines too.
//! - Per-P timer heaps (Go): less contention, but a timer on a busy P's heap needs
//!   stealing; one heap with a lock-free "earliest" mirror is enough here.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU8, AtomicU32, AtomicU64, AtomicUsize, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crossbeam_deque::{Injector, Steal, Stealer, Worker};
use crossbeam_utils::CachePadded;

use crate::goroutine::{BlockingCall, GStatus, GoId, Goroutine, RunResult, WaitReason};
use crate::gstate::{self, Ready};
use crate::idle::{Handoff, IdleEnv, NewM, ProcSlot, Sched, SchedState};
use crate::sync::{Condvar, Mutex, Parker, lock, wait, wait_timeout};
use crate::timer::{TimerId, TimerKind, Timers};
use crate::{GRef, sysmon};

/// Go's fairness rule: every 61st schedule of a P looks at the global queue first. 61 is
/// Go's value: prime, so it does not resonate with periodic workloads, and small enough
/// that a yielded or preempted goroutine waits at most ~61 time slices.
pub(crate) const GLOBAL_RUNQ_INTERVAL: u32 = 61;

/// Capacity of a P's local run queue, as Go's `runq` (256). When a P's queue is full,
/// half of it moves to the global queue with the new goroutine (Go's `runqputslow`):
/// a goroutine that spawns without end (a loop of `go f()`) then queues its backlog
/// *ahead of itself* once it is preempted to the global queue, so the backlog runs and
/// finishes before it spawns more. With an unbounded local queue it would come back from
/// the global queue every 61 schedules and the backlog would grow without limit.
const LOCAL_RUNQ_CAP: usize = 256;

/// Rounds over all victims before a spinning M gives up (Go's `stealTries`).
const STEAL_TRIES: usize = 4;

/// How long a thief lets a running victim get to its own `runnext` first (Go: `usleep(3)`,
/// "a sync chan send/recv takes ~50ns, so 3us gives ~50x overshoot").
const RUNNEXT_STEAL_GRACE: Duration = Duration::from_micros(3);

/// How often a stop-the-world re-flags Ps that have not stopped (Go's `preemptall` loop
/// uses 100 µs): covers a flag cleared by an M that raced with the stop.
const STW_REPREEMPT: Duration = Duration::from_micros(100);

/// How often `Runtime::run` re-checks, at exit, whether every M has left (they also
/// notify; this bounds a missed notification).
const SHUTDOWN_POLL: Duration = Duration::from_millis(1);

/// Default upper bound on `runtime.GOMAXPROCS(n)`; Ps are allocated up front (about 1 KiB
/// each), only the first `gomaxprocs` are used.
pub const DEFAULT_MAX_PROCS: usize = 256;

/// Default stack of an M thread: natives (fmt, sort callbacks) run on it, and the VM's
/// nested interpreter loops for native callbacks recurse on it. 8 MiB is the main thread's
/// default on Linux; untouched pages cost nothing.
pub const DEFAULT_M_STACK: usize = 8 << 20;

// P statuses (Go's `_Pidle`, `_Prunning`, `_Psyscall`, `_Pgcstop`).
/// On the idle or disabled list, or owned by a quitting M.
pub(crate) const P_IDLE: u8 = 0;
/// Held by an M (set by `pidleget`/`startm` under the sched lock).
pub(crate) const P_RUNNING: u8 = 1;
/// Its M is in an inline syscall; the `PLocal` is in `syscall_slot` (set by that M).
pub(crate) const P_SYSCALL: u8 = 2;
/// Its M stopped for a stop-the-world and waits holding it (set by that M, under the lock).
pub(crate) const P_GCSTOP: u8 = 3;

/// Scheduler settings.
#[derive(Clone, Debug)]
pub struct Config {
    /// Number of Ps (`GOMAXPROCS`), at least 1.
    pub gomaxprocs: usize,
    /// Upper bound for `runtime.GOMAXPROCS(n)` at run time.
    pub max_procs: usize,
    /// sysmon preempts goroutines that run longer than 10 ms. `GODEBUG=asyncpreemptoff=1`
    /// turns it off (stop-the-world and exit still set the flag).
    pub async_preempt: bool,
    /// Seed of the per-P random generators (steal order, [`Cx::rng`]); `None` = random.
    pub seed: Option<u64>,
    /// Stack size of each M thread, in bytes.
    pub m_stack_size: usize,
    /// The embedder's program-wide data, lent to every goroutine's `run` ([`Cx::user`])
    /// and `dump`: what all goroutines of one program share without each holding a
    /// reference to it (reference counts touched by every spawn and exit would bounce
    /// between the Ms' caches).
    pub user: Option<UserData>,
}

/// See [`Config::user`].
pub type UserData = Arc<dyn std::any::Any + Send + Sync>;

impl Config {
    pub fn new(gomaxprocs: usize) -> Config {
        let gomaxprocs = gomaxprocs.max(1);
        Config {
            gomaxprocs,
            max_procs: gomaxprocs.max(DEFAULT_MAX_PROCS),
            async_preempt: true,
            seed: None,
            m_stack_size: DEFAULT_M_STACK,
            user: None,
        }
    }

    /// Applies the settings of a `GODEBUG` value this scheduler knows
    /// (`asyncpreemptoff=0|1`); others are ignored, as Go ignores unknown keys.
    pub fn apply_godebug(&mut self, godebug: &str) {
        for kv in godebug.split(',') {
            match kv.trim() {
                "asyncpreemptoff=1" => self.async_preempt = false,
                "asyncpreemptoff=0" => self.async_preempt = true,
                _ => {}
            }
        }
    }
}

/// How a program run ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// A goroutine returned [`RunResult::Exit`].
    Exit(i32),
    /// Every goroutine is parked and nothing can wake one.
    Deadlock(Deadlock),
    /// A goroutine's `run` (or a timer callback, `goroutine: None`) panicked in Rust: an
    /// embedder bug, reported rather than propagated.
    Panic {
        goroutine: Option<GoId>,
        message: String,
    },
    /// The runtime itself failed (an M thread could not be created).
    Fatal(String),
}

/// Go's `fatal error: all goroutines are asleep - deadlock!` with the goroutines to dump.
/// An empty list is Go's `no goroutines (main called runtime.Goexit) - deadlock!`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deadlock {
    /// Every goroutine, by id, with why it waits.
    pub goroutines: Vec<(GoId, WaitReason)>,
    /// Each one's [`crate::Goroutine::dump`], in the same order.
    pub dumps: Vec<String>,
}

/// Counters for tests and `--debug` output.
#[derive(Clone, Copy, Debug, Default)]
pub struct Stats {
    /// Live goroutines.
    pub goroutines: usize,
    /// M threads created so far.
    pub threads: usize,
    /// Preemption requests sysmon made.
    pub preemptions: u64,
    /// Ps sysmon took from Ms in syscalls.
    pub syscall_retakes: u64,
    /// Completed stop-the-worlds.
    pub stop_the_worlds: u64,
    /// Times an M went to sleep.
    pub m_parks: u64,
}

#[derive(Default)]
pub(crate) struct Counters {
    pub(crate) preemptions: AtomicU64,
    pub(crate) syscall_retakes: AtomicU64,
    stop_the_worlds: AtomicU64,
    m_parks: AtomicU64,
}

/// The shared half of a P.
///
/// `status` transitions: `P_IDLE` ↔ `P_RUNNING` under the sched lock (`pidleget`,
/// `pidleput`, `startm`); `P_RUNNING` → `P_SYSCALL` by its M; `P_SYSCALL` → `P_RUNNING` by
/// its M (CAS) or → `P_IDLE` by sysmon/stop-the-world (CAS); `P_RUNNING` ↔ `P_GCSTOP` by
/// its M under the sched lock.
pub(crate) struct PShared {
    pub(crate) id: usize,
    pub(crate) status: AtomicU8,
    /// Polled by [`Cx::should_yield`].
    pub(crate) preempt: Arc<AtomicBool>,
    pub(crate) schedtick: AtomicU32,
    pub(crate) syscalltick: AtomicU32,
    pub(crate) stealer: Stealer<GRef>,
    runnext: Mutex<Option<GRef>>,
    syscall_slot: Mutex<Option<Box<PLocal>>>,
}

/// The private half of a P, owned by the M that holds it.
pub(crate) struct PLocal {
    id: usize,
    shared: Arc<CachePadded<PShared>>,
    runq: Worker<GRef>,
    schedtick: u32,
    rng: fastrand::Rng,
}

impl ProcSlot for Box<PLocal> {
    fn mark_idle(&self) {
        self.shared.status.store(P_IDLE, Ordering::SeqCst);
    }
    fn mark_running(&self) {
        self.shared.status.store(P_RUNNING, Ordering::SeqCst);
    }
}

impl PLocal {
    fn has_work(&self) -> bool {
        !self.runq.is_empty() || lock(&self.shared.runnext).is_some()
    }
}

struct GTable {
    slots: Vec<Option<GRef>>,
    free: Vec<usize>,
}

/// How many finished goroutines an M keeps before taking them out of the goroutine table
/// under one lock ([`MState::dead`]): the table lock is the one lock every spawn and every
/// exit takes, on whichever M they happen, and one acquisition per exit made it the most
/// contended lock of a spawn-heavy program.
const DEAD_BATCH: usize = 32;

pub(crate) struct Shared {
    pub(crate) cfg: Config,
    pub(crate) sched: Sched<Box<PLocal>>,
    pub(crate) ps: Box<[Arc<CachePadded<PShared>>]>,
    pub(crate) gomaxprocs: AtomicUsize,
    /// The highest `gomaxprocs` ever set: Ps above it were never used.
    pub(crate) procs_high_water: AtomicUsize,
    pub(crate) injector: Injector<GRef>,
    gs: Mutex<GTable>,
    /// Goroutines started and not finished (`NumGoroutine`); the table may still hold
    /// finished ones (see [`DEAD_BATCH`]).
    live: AtomicUsize,
    next_id: AtomicU64,
    pub(crate) timers: Timers,
    outcome: Mutex<Option<Outcome>>,
    outcome_cv: Condvar,
    /// Goroutines in inline syscalls or blocking calls.
    pub(crate) in_syscall: AtomicUsize,
    /// `Runtime::run` has started: before that, `wakep` starts no M (Go's `mainStarted`).
    started: AtomicBool,
    threads: Mutex<Vec<(usize, JoinHandle<()>)>>,
    pub(crate) stats: Counters,
}

impl Shared {
    fn new(cfg: Config) -> Shared {
        let nprocs = cfg.max_procs.max(cfg.gomaxprocs);
        let gomaxprocs = cfg.gomaxprocs;
        let mut seeder = match cfg.seed {
            Some(s) => fastrand::Rng::with_seed(s),
            None => fastrand::Rng::new(),
        };
        let mut shared = Vec::with_capacity(nprocs);
        let mut locals = Vec::with_capacity(nprocs);
        for id in 0..nprocs {
            let runq = Worker::new_fifo();
            let ps = Arc::new(CachePadded::new(PShared {
                id,
                status: AtomicU8::new(P_IDLE),
                preempt: Arc::new(AtomicBool::new(false)),
                schedtick: AtomicU32::new(0),
                syscalltick: AtomicU32::new(0),
                stealer: runq.stealer(),
                runnext: Mutex::new(None),
                syscall_slot: Mutex::new(None),
            }));
            locals.push(Box::new(PLocal {
                id,
                shared: Arc::clone(&ps),
                runq,
                schedtick: 0,
                rng: fastrand::Rng::with_seed(seeder.u64(..)),
            }));
            shared.push(ps);
        }
        let disabled = locals.split_off(gomaxprocs);
        // Idle Ps are popped from the end: reverse so that P0 is used first.
        locals.reverse();
        let sched = Sched::new(locals);
        lock(&sched.state).disabled_ps = disabled;
        Shared {
            sched,
            ps: shared.into_boxed_slice(),
            gomaxprocs: AtomicUsize::new(gomaxprocs),
            procs_high_water: AtomicUsize::new(gomaxprocs),
            injector: Injector::new(),
            gs: Mutex::new(GTable {
                slots: Vec::new(),
                free: Vec::new(),
            }),
            live: AtomicUsize::new(0),
            next_id: AtomicU64::new(1),
            timers: Timers::new(),
            outcome: Mutex::new(None),
            outcome_cv: Condvar::new(),
            in_syscall: AtomicUsize::new(0),
            started: AtomicBool::new(false),
            threads: Mutex::new(Vec::new()),
            stats: Counters::default(),
            cfg,
        }
    }

    fn new_g(&self, body: impl Goroutine) -> GRef {
        let mut out = None;
        self.new_gs(std::iter::once(body), |g| out = Some(g));
        out.expect("one goroutine")
    }

    /// Enters every body in the goroutine table under one lock, and hands each new `G`
    /// to `f` after unlocking.
    fn new_gs<B: Goroutine>(&self, bodies: impl IntoIterator<Item = B>, mut f: impl FnMut(GRef)) {
        let mut new = Vec::new();
        {
            let mut t = lock(&self.gs);
            for body in bodies {
                let id = self.next_id.fetch_add(1, Ordering::Relaxed);
                let slot = match t.free.pop() {
                    Some(s) => s,
                    None => {
                        t.slots.push(None);
                        t.slots.len() - 1
                    }
                };
                let g = GRef::new(id, slot, body);
                t.slots[slot] = Some(g.clone());
                new.push(g);
            }
        }
        self.live.fetch_add(new.len(), Ordering::SeqCst);
        new.into_iter().for_each(&mut f);
    }

    /// A goroutine finished: it is dead and no longer counted at once; it leaves the
    /// table with the next batch of its M's `dead` list ([`DEAD_BATCH`]).
    fn goexit(&self, g: GRef, dead: &mut Vec<GRef>) {
        gstate::exit(&g.0.state);
        self.live.fetch_sub(1, Ordering::SeqCst);
        dead.push(g);
        if dead.len() >= DEAD_BATCH {
            self.remove_dead(dead);
        }
    }

    /// Takes finished goroutines out of the table (their slots become free).
    fn remove_dead(&self, dead: &mut Vec<GRef>) {
        if dead.is_empty() {
            return;
        }
        let mut old = Vec::with_capacity(dead.len());
        {
            let mut t = lock(&self.gs);
            for g in dead.drain(..) {
                if let Some(e) = t.slots.get_mut(g.0.slot).and_then(Option::take) {
                    t.free.push(g.0.slot);
                    old.push(e);
                }
                old.push(g);
            }
        }
        // The bodies are dropped here, outside the table lock, unless a waiter list still
        // holds a GRef.
        drop(old);
    }

    fn num_goroutine(&self) -> usize {
        self.live.load(Ordering::SeqCst)
    }

    /// Submitter step 2 (`idle.rs`), starting a thread if no M was idle.
    pub(crate) fn wakep(self: &Arc<Self>) {
        if !self.started.load(Ordering::Relaxed) {
            return;
        }
        if let Some(new) = self.sched.wakep() {
            self.start_m(new);
        }
    }

    pub(crate) fn start_m(self: &Arc<Self>, new: NewM<Box<PLocal>>) {
        let id = new.id;
        let sh = Arc::clone(self);
        let res = std::thread::Builder::new()
            .name(format!("minigo-m{id}"))
            .stack_size(self.cfg.m_stack_size)
            .spawn(move || M::main(&sh, new));
        match res {
            Ok(h) => lock(&self.threads).push((id, h)),
            Err(e) => {
                let mut st = self.sched.lock();
                st.ms[id].quit = true;
                st.nmquit += 1;
                self.set_outcome_locked(
                    &mut st,
                    Outcome::Fatal(format!("runtime: failed to create new OS thread: {e}")),
                );
            }
        }
    }

    /// Puts `g` in the `runnext` of `p` (the displaced G goes to the back of the deque), or
    /// on the global queue when there is no P.
    fn put_runnext(&self, p: Option<&PLocal>, g: GRef) {
        match p {
            Some(p) => {
                let old = lock(&p.shared.runnext).replace(g);
                if let Some(old) = old {
                    self.runqput(p, old);
                }
            }
            None => self.injector.push(g),
        }
    }

    /// Puts `g` at the back of `p`'s local queue; when the queue is full, moves its older
    /// half and then `g` to the global queue instead (Go's `runqput`/`runqputslow`; see
    /// [`LOCAL_RUNQ_CAP`]).
    fn runqput(&self, p: &PLocal, g: GRef) {
        if p.runq.len() < LOCAL_RUNQ_CAP {
            p.runq.push(g);
            return;
        }
        for _ in 0..LOCAL_RUNQ_CAP / 2 {
            match p.runq.pop() {
                Some(old) => self.injector.push(old),
                None => break,
            }
        }
        self.injector.push(g);
    }

    fn ready_from(self: &Arc<Self>, p: Option<&PLocal>, g: &GRef) {
        if gstate::ready(&g.0.state) == Ready::Enqueue {
            self.put_runnext(p, g.clone());
            self.wakep();
        }
    }

    fn add_timer(self: &Arc<Self>, when: Instant, kind: TimerKind) -> TimerId {
        let (id, earliest) = self.timers.add(when, kind);
        if earliest && self.started.load(Ordering::Relaxed) && !self.sched.poke_timer_waiter(when) {
            self.wakep();
        }
        id
    }

    /// Any goroutine queued anywhere, or a timer due? (idle step 3)
    fn has_work(&self) -> bool {
        if !self.injector.is_empty() {
            return true;
        }
        let n = self.gomaxprocs.load(Ordering::SeqCst);
        for ps in &self.ps[..n] {
            if !ps.stealer.is_empty() || lock(&ps.runnext).is_some() {
                return true;
            }
        }
        self.timers.any() && self.timers.due(Instant::now())
    }

    fn set_outcome(&self, o: Outcome) {
        let mut st = self.sched.lock();
        self.set_outcome_locked(&mut st, o);
    }

    fn set_outcome_locked(&self, st: &mut SchedState<Box<PLocal>>, o: Outcome) {
        {
            let mut out = lock(&self.outcome);
            if out.is_none() {
                *out = Some(o);
            }
        }
        self.outcome_cv.notify_all();
        // `exiting` before the flags: `execute` clears its flag and then reads `exiting`.
        self.sched.begin_exit(st);
        for ps in self.ps.iter() {
            ps.preempt.store(true, Ordering::SeqCst);
        }
    }

    /// Takes the P of an M in an inline syscall (step 2 of that protocol).
    pub(crate) fn retake_syscall_p(&self, ps: &PShared) -> Option<Box<PLocal>> {
        ps.status
            .compare_exchange(P_SYSCALL, P_IDLE, Ordering::SeqCst, Ordering::SeqCst)
            .ok()?;
        lock(&ps.syscall_slot).take()
    }

    /// Gives a P whose M will not run goroutines for a while to another M if there is work
    /// for it (or timers that no idle M watches), else puts it on the idle list (Go's
    /// `handoffp`).
    pub(crate) fn handoffp(self: &Arc<Self>, p: Box<PLocal>) {
        let has_work = p.has_work() || !self.injector.is_empty();
        let mut st = self.sched.lock();
        let needs_m = has_work || (self.timers.any() && st.timer_waiter.is_none());
        let new = if needs_m && !st.gcwaiting && !st.exiting {
            self.sched
                .startm_locked(&mut st, Handoff { p, spinning: false })
        } else {
            self.sched.pidleput(&mut st, p);
            None
        };
        drop(st);
        if let Some(new) = new {
            self.start_m(new);
        }
    }

    /// Checkdead's last step: every goroutine parked? `None` if one is not (then nothing
    /// is reported; it cannot happen while the other conditions hold).
    fn deadlock_report(&self) -> Option<Deadlock> {
        let t = lock(&self.gs);
        let mut gs = Vec::new();
        for g in t.slots.iter().flatten() {
            match g.status() {
                GStatus::Waiting(r) => {
                    // A parked goroutine's body is not locked by any M (`try_lock`: a
                    // dump is not worth waiting for).
                    let user = self.cfg.user.as_deref();
                    let dump =
                        g.0.body
                            .try_lock()
                            .map(|b| b.dump(user))
                            .unwrap_or_default();
                    gs.push(((g.id(), r), dump));
                }
                GStatus::Dead => {}
                _ => return None,
            }
        }
        gs.sort_unstable_by_key(|&((id, _), _)| id);
        let (goroutines, dumps) = gs.into_iter().unzip();
        Some(Deadlock { goroutines, dumps })
    }

    /// Under the lock during a stop-the-world: sets `gomaxprocs` to `n` (clamped), moving Ps
    /// between the idle and disabled lists and the goroutines of disabled Ps to the global
    /// queue. Ps held by Ms are released by those Ms (`M::release_disabled_p`).
    fn resize_locked(&self, st: &mut SchedState<Box<PLocal>>, n: usize) {
        let old = self.gomaxprocs.load(Ordering::SeqCst);
        let n = n.clamp(1, self.ps.len());
        self.gomaxprocs.store(n, Ordering::SeqCst);
        self.procs_high_water.fetch_max(n, Ordering::SeqCst);
        for ps in &self.ps[n.min(old)..old] {
            // Every holder is stopped (or is the caller), so this drains them completely.
            loop {
                match ps.stealer.steal() {
                    Steal::Success(g) => self.injector.push(g),
                    Steal::Retry => continue,
                    Steal::Empty => break,
                }
            }
            if let Some(g) = lock(&ps.runnext).take() {
                self.injector.push(g);
            }
        }
        let (keep, disable): (Vec<_>, Vec<_>) = std::mem::take(&mut st.idle_ps)
            .into_iter()
            .partition(|p| p.id < n);
        st.idle_ps = keep;
        st.disabled_ps.extend(disable);
        let (enable, stay): (Vec<_>, Vec<_>) = std::mem::take(&mut st.disabled_ps)
            .into_iter()
            .partition(|p| p.id < n);
        st.disabled_ps = stay;
        for p in enable {
            self.sched.pidleput(st, p);
        }
        self.sched.npidle.store(st.idle_ps.len(), Ordering::SeqCst);
    }

    fn stats(&self) -> Stats {
        Stats {
            goroutines: self.num_goroutine(),
            threads: self.sched.lock().ms.len(),
            preemptions: self.stats.preemptions.load(Ordering::Relaxed),
            syscall_retakes: self.stats.syscall_retakes.load(Ordering::Relaxed),
            stop_the_worlds: self.stats.stop_the_worlds.load(Ordering::Relaxed),
            m_parks: self.stats.m_parks.load(Ordering::Relaxed),
        }
    }
}

/// What `stop_m` asks of the scheduler.
struct Env<'a>(&'a Arc<Shared>);

impl IdleEnv<Box<PLocal>> for Env<'_> {
    fn has_work(&self) -> bool {
        self.0.has_work()
    }

    fn before_park(&self, st: &mut SchedState<Box<PLocal>>, me: usize) -> Option<Option<Instant>> {
        let sh = self.0;
        // Go's checkdead: this M is the last one to go idle.
        if sh.sched.all_ms_idle(st)
            && !st.gcwaiting
            && !st.exiting
            && sh.in_syscall.load(Ordering::SeqCst) == 0
            && sh.timers.is_empty()
            && !sh.has_work()
            && let Some(d) = sh.deadlock_report()
        {
            sh.set_outcome_locked(st, Outcome::Deadlock(d));
            return None;
        }
        if st.timer_waiter.is_none()
            && let Some(when) = sh.timers.next_deadline()
        {
            if when <= Instant::now() {
                if !st.idle_ps.is_empty() && !st.gcwaiting {
                    // Became due after the re-check: take a P and fire it.
                    return None;
                }
                // Every P is busy: their Ms fire it at their next schedule.
            } else {
                st.timer_waiter = Some((me, when));
                sh.stats.m_parks.fetch_add(1, Ordering::Relaxed);
                return Some(Some(when));
            }
        }
        sh.stats.m_parks.fetch_add(1, Ordering::Relaxed);
        Some(None)
    }
}

/// The mutable state of an M.
pub(crate) struct MState {
    id: usize,
    parker: Parker,
    p: Option<Box<PLocal>>,
    spinning: bool,
    timer_buf: Vec<TimerKind>,
    /// The P this M's goroutine entered an inline syscall from.
    syscall_pid: Option<usize>,
    /// The goroutine runs without a P (counted in `SchedState::pless`).
    pless: bool,
    rng: fastrand::Rng,
    /// Goroutines that finished on this M and are still in the table ([`DEAD_BATCH`]).
    dead: Vec<GRef>,
}

/// An M: an OS thread running goroutines.
struct M<'s> {
    sh: &'s Arc<Shared>,
    st: MState,
}

impl M<'_> {
    fn main(sh: &Arc<Shared>, new: NewM<Box<PLocal>>) {
        let mut m = M {
            sh,
            st: MState {
                id: new.id,
                parker: new.parker,
                p: None,
                spinning: false,
                timer_buf: Vec::new(),
                syscall_pid: None,
                pless: false,
                rng: fastrand::Rng::new(),
                dead: Vec::new(),
            },
        };
        m.acquire(new.handoff);
        m.schedule();
        m.quit();
    }

    fn acquire(&mut self, h: Handoff<Box<PLocal>>) {
        self.st.p = Some(h.p);
        self.st.spinning = h.spinning;
    }

    fn schedule(&mut self) {
        while let Some((g, inherit)) = self.find_runnable() {
            if self.st.spinning {
                self.st.spinning = false;
                if self.sh.sched.transition_from_spinning() {
                    self.sh.wakep();
                }
            }
            self.execute(g, inherit);
        }
    }

    fn stop_spinning(&mut self) {
        if self.st.spinning {
            self.st.spinning = false;
            self.sh.sched.transition_from_spinning();
        }
    }

    /// The schedule loop of the module doc; `None` when the program is exiting.
    fn find_runnable(&mut self) -> Option<(GRef, bool)> {
        let sh = self.sh;
        loop {
            if sh.sched.exiting.load(Ordering::SeqCst) {
                return None;
            }
            let Some(p) = self.st.p.as_ref() else {
                let h = sh
                    .sched
                    .stop_m(self.st.id, &self.st.parker, None, false, &Env(sh))?;
                self.acquire(h);
                continue;
            };
            if sh.sched.gcwaiting.load(Ordering::SeqCst) {
                self.gcstopm();
                continue;
            }
            if p.id >= sh.gomaxprocs.load(Ordering::SeqCst) {
                self.release_disabled_p();
                continue;
            }
            self.run_due_timers();
            let p = self.st.p.as_mut()?;
            if p.schedtick.is_multiple_of(GLOBAL_RUNQ_INTERVAL)
                && let Some(g) = steal_one(&sh.injector)
            {
                return Some((g, false));
            }
            if let Some(g) = lock(&p.shared.runnext).take() {
                return Some((g, true));
            }
            if let Some(g) = p.runq.pop() {
                return Some((g, false));
            }
            if let Some(g) = steal_batch(&sh.injector, &p.runq) {
                return Some((g, false));
            }
            let n = sh.gomaxprocs.load(Ordering::SeqCst);
            if self.st.spinning || sh.sched.may_spin(n) {
                if !self.st.spinning {
                    self.st.spinning = true;
                    sh.sched.transition_to_spinning();
                }
                if let Some(g) = self.steal_work(n) {
                    return Some((g, false));
                }
            }
            // About to sleep: finished goroutines leave the table now.
            sh.remove_dead(&mut self.st.dead);
            let p = self.st.p.take();
            let was_spinning = std::mem::take(&mut self.st.spinning);
            let h = sh
                .sched
                .stop_m(self.st.id, &self.st.parker, p, was_spinning, &Env(sh))?;
            self.acquire(h);
        }
    }

    /// Step 5 of the schedule loop.
    fn steal_work(&mut self, n: usize) -> Option<GRef> {
        let sh = self.sh;
        let p = self.st.p.as_mut()?;
        for round in 0..STEAL_TRIES {
            let last = round == STEAL_TRIES - 1;
            let start = p.rng.usize(..n);
            for k in 0..n {
                let vid = (start + k) % n;
                if vid == p.id {
                    continue;
                }
                let victim = &sh.ps[vid];
                if let Some(g) = steal_batch(&victim.stealer, &p.runq) {
                    return Some(g);
                }
                if last && lock(&victim.runnext).is_some() {
                    if victim.status.load(Ordering::Relaxed) == P_RUNNING {
                        // Sleep, as Go's `usleep(3)` does (on Linux it lasts ~50 µs:
                        // timer slack); a 3 µs spin lost the race to the victim's own
                        // hand-off and split ping-pong pairs across threads.
                        std::thread::sleep(RUNNEXT_STEAL_GRACE);
                    }
                    if let Some(g) = lock(&victim.runnext).take() {
                        return Some(g);
                    }
                }
            }
        }
        None
    }

    fn run_due_timers(&mut self) {
        let sh = self.sh;
        if !sh.timers.any() {
            return;
        }
        let now = Instant::now();
        if !sh.timers.due(now) {
            return;
        }
        let mut buf = std::mem::take(&mut self.st.timer_buf);
        sh.timers.take_due(now, &mut buf);
        let mut readied = false;
        for t in buf.drain(..) {
            match t {
                TimerKind::Wake(g) => {
                    if gstate::ready(&g.0.state) == Ready::Enqueue {
                        match &self.st.p {
                            Some(p) => sh.runqput(p, g),
                            None => sh.injector.push(g),
                        }
                        readied = true;
                    }
                }
                TimerKind::Call(f) => {
                    if let Err(e) = catch_unwind(AssertUnwindSafe(f)) {
                        sh.set_outcome(Outcome::Panic {
                            goroutine: None,
                            message: panic_message(e.as_ref()),
                        });
                    }
                }
            }
        }
        self.st.timer_buf = buf;
        if readied {
            sh.wakep();
        }
    }

    fn execute(&mut self, g: GRef, inherit: bool) {
        let sh: &Arc<Shared> = self.sh;
        let Some(p) = self.st.p.as_mut() else {
            sh.injector.push(g);
            return;
        };
        if !inherit {
            p.schedtick = p.schedtick.wrapping_add(1);
            p.shared.schedtick.store(p.schedtick, Ordering::Relaxed);
        }
        if !gstate::start_running(&g.0.state) {
            return;
        }
        let preempt = &sh.ps[p.id].preempt;
        preempt.store(false, Ordering::SeqCst);
        if sh.sched.gcwaiting.load(Ordering::SeqCst) || sh.sched.exiting.load(Ordering::SeqCst) {
            preempt.store(true, Ordering::SeqCst);
        }
        let res = {
            let mut body = lock(&g.0.body);
            let mut cx = Cx {
                sh,
                m: &mut self.st,
                g: &g,
                preempt,
            };
            catch_unwind(AssertUnwindSafe(|| body.run(&mut cx)))
        };
        if std::mem::take(&mut self.st.pless) {
            let mut st = sh.sched.lock();
            st.pless -= 1;
            sh.sched.stw.notify_all();
        }
        match res {
            Ok(RunResult::Yielded) => {
                gstate::make_runnable(&g.0.state);
                sh.injector.push(g);
                sh.wakep();
            }
            Ok(RunResult::Parked(reason)) => {
                g.0.reason.store(reason as u8, Ordering::Release);
                if !gstate::park(&g.0.state) {
                    sh.put_runnext(self.st.p.as_deref(), g);
                }
            }
            Ok(RunResult::Exited) => sh.goexit(g, &mut self.st.dead),
            Ok(RunResult::Exit(code)) => sh.set_outcome(Outcome::Exit(code)),
            Ok(RunResult::Blocking(call)) => self.blocking_call(g, call),
            Err(e) => sh.set_outcome(Outcome::Panic {
                goroutine: Some(g.id()),
                message: panic_message(e.as_ref()),
            }),
        }
    }

    /// `RunResult::Blocking`: hand off the P, run the call, requeue the goroutine.
    fn blocking_call(&mut self, g: GRef, call: BlockingCall) {
        let sh = self.sh;
        gstate::set_syscall(&g.0.state, true);
        sh.in_syscall.fetch_add(1, Ordering::SeqCst);
        if let Some(p) = self.st.p.take() {
            sh.handoffp(p);
        }
        let res = catch_unwind(AssertUnwindSafe(call));
        sh.in_syscall.fetch_sub(1, Ordering::SeqCst);
        if let Err(e) = res {
            sh.set_outcome(Outcome::Panic {
                goroutine: Some(g.id()),
                message: panic_message(e.as_ref()),
            });
            return;
        }
        gstate::make_runnable(&g.0.state);
        // Go's exitsyscall0: run it here if a P is idle, else queue it globally.
        let p = {
            let mut st = sh.sched.lock();
            sh.sched.pidleget(&mut st)
        };
        match p {
            Some(p) => {
                sh.put_runnext(Some(&p), g);
                self.st.p = Some(p);
            }
            None => {
                sh.injector.push(g);
                sh.wakep();
            }
        }
    }

    /// Stops this M for a stop-the-world, holding its P (step 3 of that protocol).
    fn gcstopm(&mut self) {
        self.stop_spinning();
        let sh = self.sh;
        let Some(p) = self.st.p.as_ref() else {
            return;
        };
        let status = &sh.ps[p.id].status;
        let mut st = sh.sched.lock();
        if !st.gcwaiting {
            return;
        }
        status.store(P_GCSTOP, Ordering::SeqCst);
        sh.sched.stw.notify_all();
        while st.gcwaiting && !st.exiting {
            st = wait(&sh.sched.world, st);
        }
        status.store(P_RUNNING, Ordering::SeqCst);
    }

    /// Gives back a P that `runtime.GOMAXPROCS` disabled, moving its goroutines to the
    /// global queue.
    fn release_disabled_p(&mut self) {
        self.stop_spinning();
        let sh = self.sh;
        let Some(p) = self.st.p.take() else {
            return;
        };
        while let Some(g) = p.runq.pop() {
            sh.injector.push(g);
        }
        if let Some(g) = lock(&p.shared.runnext).take() {
            sh.injector.push(g);
        }
        let mut st = sh.sched.lock();
        if p.id >= sh.gomaxprocs.load(Ordering::SeqCst) {
            p.mark_idle();
            st.disabled_ps.push(p);
            drop(st);
            sh.wakep();
        } else {
            self.st.p = Some(p);
        }
    }

    fn quit(&mut self) {
        self.stop_spinning();
        let sh = self.sh;
        sh.remove_dead(&mut self.st.dead);
        let mut st = sh.sched.lock();
        if let Some(p) = self.st.p.take() {
            sh.sched.pidleput(&mut st, p);
        }
        st.ms[self.st.id].quit = true;
        st.nmquit += 1;
        sh.sched.world.notify_all();
        sh.sched.stw.notify_all();
    }
}

fn steal_one(q: &Injector<GRef>) -> Option<GRef> {
    loop {
        match q.steal() {
            Steal::Success(g) => return Some(g),
            Steal::Retry => continue,
            Steal::Empty => return None,
        }
    }
}

/// Steals about half of `from` into `to` and pops one.
fn steal_batch<Q: StealBatch>(from: &Q, to: &Worker<GRef>) -> Option<GRef> {
    loop {
        match from.steal_batch_and_pop(to) {
            Steal::Success(g) => return Some(g),
            Steal::Retry => continue,
            Steal::Empty => return None,
        }
    }
}

trait StealBatch {
    fn steal_batch_and_pop(&self, to: &Worker<GRef>) -> Steal<GRef>;
}

impl StealBatch for Injector<GRef> {
    fn steal_batch_and_pop(&self, to: &Worker<GRef>) -> Steal<GRef> {
        Injector::steal_batch_and_pop(self, to)
    }
}

impl StealBatch for Stealer<GRef> {
    fn steal_batch_and_pop(&self, to: &Worker<GRef>) -> Steal<GRef> {
        Stealer::steal_batch_and_pop(self, to)
    }
}

fn panic_message(e: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = e.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = e.downcast_ref::<String>() {
        s.clone()
    } else {
        "non-string panic payload".to_string()
    }
}

/// What `should_yield` reads while the goroutine has no P (after `exit_syscall` found
/// none): always true.
static ALWAYS_YIELD: std::sync::LazyLock<Arc<AtomicBool>> =
    std::sync::LazyLock::new(|| Arc::new(AtomicBool::new(true)));

/// A goroutine's access to the scheduler during [`Goroutine::run`].
pub struct Cx<'a> {
    sh: &'a Arc<Shared>,
    m: &'a mut MState,
    g: &'a GRef,
    preempt: &'a Arc<AtomicBool>,
}

impl<'a> Cx<'a> {
    /// The running goroutine's id.
    pub fn id(&self) -> GoId {
        self.g.id()
    }

    /// A handle to the running goroutine, to store in a waiter list before parking.
    pub fn current(&self) -> GRef {
        self.g.clone()
    }

    /// True when the goroutine should return soon (with `Yielded`, or whatever it was about
    /// to return): sysmon wants to preempt it, a stop-the-world is waiting, or the program
    /// is exiting. One relaxed load: poll it at every safe point.
    #[inline]
    pub fn should_yield(&self) -> bool {
        self.preempt.load(Ordering::Relaxed)
    }

    /// The flag behind [`Cx::should_yield`], for an interpreter that polls it at safe
    /// points without holding the `Cx`. It belongs to the P running this goroutine: fetch
    /// it again at every `run` (the P can change between runs, and after `exit_syscall`).
    pub fn preempt_flag(&self) -> &Arc<AtomicBool> {
        self.preempt
    }

    /// The embedder's program-wide data ([`Config::user`]).
    pub fn user(&self) -> Option<&(dyn std::any::Any + Send + Sync)> {
        self.sh.cfg.user.as_deref()
    }

    /// The size of this M's stack ([`Config::m_stack_size`]), for code that must not run
    /// off its end (natives calling back into an interpreter).
    pub fn m_stack_size(&self) -> usize {
        self.sh.cfg.m_stack_size
    }

    /// Starts a goroutine (`go f()`); it runs next on this P (Go's `newproc`).
    pub fn spawn(&mut self, g: impl Goroutine) -> GoId {
        let g = self.sh.new_g(g);
        let id = g.id();
        self.sh.put_runnext(self.m.p.as_deref(), g);
        self.sh.wakep();
        id
    }

    /// Starts several goroutines, as many [`Cx::spawn`]s would (the last one runs next),
    /// with one acquisition of the goroutine table's lock.
    pub fn spawn_all<B: Goroutine>(&mut self, gs: impl IntoIterator<Item = B>) {
        let p = self.m.p.as_deref();
        let mut any = false;
        self.sh.new_gs(gs, |g| {
            self.sh.put_runnext(p, g);
            any = true;
        });
        if any {
            self.sh.wakep();
        }
    }

    /// Makes a parked goroutine runnable; it runs next on this P (Go's `goready`). If it
    /// has not finished parking yet, its park returns at once instead. Readying a goroutine
    /// that is not parked is a no-op.
    pub fn ready(&mut self, g: &GRef) {
        self.sh.ready_from(self.m.p.as_deref(), g);
    }

    /// [`Cx::ready`] for a goroutine that is about to stop running (its `run` returns
    /// `Parked` or `Exited` next) and readies only this one: this M runs it next, so no
    /// idle M is woken to look for it. A ping-pong pair then costs no wake-ups of the
    /// other Ms: each would find nothing, and only cost the waker a system call and the
    /// pair's P cache traffic.
    pub fn hand_off(&mut self, g: &GRef) {
        if gstate::ready(&g.0.state) == Ready::Enqueue {
            self.sh.put_runnext(self.m.p.as_deref(), g.clone());
            if self.m.p.is_none() {
                self.sh.wakep();
            }
        }
    }

    /// `time.Sleep(d)`: registers a timer and returns the result to give back from `run`.
    pub fn sleep(&mut self, d: Duration) -> RunResult {
        self.sh
            .add_timer(Timers::deadline_after(d), TimerKind::Wake(self.g.clone()));
        RunResult::Parked(WaitReason::Sleep)
    }

    /// Runs `f` on an M after `d` (`time.AfterFunc`, channel timers). `f` must be short: it
    /// runs inside the scheduler, and it can reach goroutines only through a [`Handle`].
    pub fn after_func(&mut self, d: Duration, f: impl FnOnce() + Send + 'static) -> TimerId {
        self.sh
            .add_timer(Timers::deadline_after(d), TimerKind::Call(Box::new(f)))
    }

    /// Cancels a timer; false if it already fired or was cancelled (`Timer.Stop`).
    pub fn cancel_timer(&mut self, id: TimerId) -> bool {
        self.sh.timers.cancel(id)
    }

    /// Before a call that may block the thread (a file read): releases the P so that sysmon
    /// can give it to another M if the call lasts (Go's `entersyscall`). Until
    /// `exit_syscall`, the goroutine counts as stopped for stop-the-world, so it must not
    /// touch collected memory (Go's rule for syscalls), and its body is locked, so a
    /// visitor cannot see it: prefer [`RunResult::Blocking`] for calls that can block for
    /// long. Nested calls are ignored.
    pub fn enter_syscall(&mut self) {
        if self.m.syscall_pid.is_some() {
            return;
        }
        let Some(p) = self.m.p.take() else {
            return;
        };
        gstate::set_syscall(&self.g.0.state, true);
        self.sh.in_syscall.fetch_add(1, Ordering::SeqCst);
        let ps = &self.sh.ps[p.id];
        ps.syscalltick.fetch_add(1, Ordering::Relaxed);
        self.m.syscall_pid = Some(p.id);
        *lock(&ps.syscall_slot) = Some(p);
        ps.status.store(P_SYSCALL, Ordering::SeqCst);
    }

    /// After the call: gets the P back, or any idle P (Go's `exitsyscall`). If there is
    /// none, the goroutine goes on without a P only until its next safe point:
    /// `should_yield` is then true, and when `run` returns the goroutine is queued globally
    /// (Go's `exitsyscall0`). During a stop-the-world this waits for the world to restart,
    /// so a goroutine never runs while the world is stopped.
    pub fn exit_syscall(&mut self) {
        let Some(pid) = self.m.syscall_pid.take() else {
            return;
        };
        let sh: &'a Arc<Shared> = self.sh;
        let ps = &sh.ps[pid];
        let mut got = None;
        if ps
            .status
            .compare_exchange(P_SYSCALL, P_RUNNING, Ordering::SeqCst, Ordering::SeqCst)
            .is_ok()
        {
            got = lock(&ps.syscall_slot).take();
        }
        if got.is_none() {
            let mut st = sh.sched.lock();
            while st.gcwaiting && !st.exiting {
                st = wait(&sh.sched.world, st);
            }
            got = sh.sched.pidleget(&mut st);
            if got.is_none() {
                st.pless += 1;
                self.m.pless = true;
            }
        }
        self.preempt = match &got {
            Some(p) => &sh.ps[p.id].preempt,
            None => &*ALWAYS_YIELD,
        };
        self.m.p = got;
        sh.in_syscall.fetch_sub(1, Ordering::SeqCst);
        gstate::set_syscall(&self.g.0.state, false);
    }

    /// Stops every other M at a safe point (or idle, or in a syscall), runs `f` with access
    /// to every goroutine, and restarts the world. Returns `None`, without running `f`,
    /// when another goroutine is stopping the world or the program is exiting (or this
    /// goroutine is inside `enter_syscall`): return `Yielded` and retry when re-run.
    pub fn stop_the_world<R>(&mut self, f: impl FnOnce(&mut World<'_>) -> R) -> Option<R> {
        self.stw(None, f)
    }

    /// `runtime.GOMAXPROCS(n)`: returns the previous value and, if `n >= 1`, changes it
    /// (clamped to `Config::max_procs`) with a stop-the-world. `None`: as in
    /// [`Cx::stop_the_world`].
    pub fn set_gomaxprocs(&mut self, n: usize) -> Option<usize> {
        let prev = self.gomaxprocs();
        if n == 0 || n == prev {
            return Some(prev);
        }
        self.stw(Some(n), |_| prev)
    }

    /// The current `GOMAXPROCS`.
    pub fn gomaxprocs(&self) -> usize {
        self.sh.gomaxprocs.load(Ordering::Relaxed)
    }

    /// `runtime.NumGoroutine()`.
    pub fn num_goroutine(&self) -> usize {
        self.sh.num_goroutine()
    }

    /// This P's random generator (seeded from [`Config::seed`]): for `select` and map
    /// iteration order. Falls back to the M's while in a syscall.
    pub fn rng(&mut self) -> &mut fastrand::Rng {
        match self.m.p.as_mut() {
            Some(p) => &mut p.rng,
            None => &mut self.m.rng,
        }
    }

    /// A handle usable from any thread and from timer callbacks.
    pub fn handle(&self) -> Handle {
        Handle {
            sh: Arc::clone(self.sh),
        }
    }

    fn stw<R>(&mut self, resize: Option<usize>, f: impl FnOnce(&mut World<'_>) -> R) -> Option<R> {
        let sh = self.sh;
        let me = self.m.p.as_ref()?.id;
        {
            let mut st = sh.sched.lock();
            if st.gcwaiting || st.exiting {
                return None;
            }
            st.gcwaiting = true;
            sh.sched.gcwaiting.store(true, Ordering::SeqCst);
            loop {
                let mut stopped = true;
                for ps in sh.ps.iter() {
                    if ps.id == me {
                        continue;
                    }
                    match ps.status.load(Ordering::SeqCst) {
                        P_RUNNING => {
                            stopped = false;
                            ps.preempt.store(true, Ordering::SeqCst);
                        }
                        P_SYSCALL => {
                            if let Some(p) = sh.retake_syscall_p(ps) {
                                sh.sched.pidleput(&mut st, p);
                            }
                        }
                        _ => {}
                    }
                }
                if (stopped && st.pless == 0) || st.exiting {
                    break;
                }
                st = wait_timeout(&sh.sched.stw, st, STW_REPREEMPT);
            }
            if st.exiting {
                drop(st);
                self.start_the_world(None);
                return None;
            }
        }
        let r = f(&mut World {
            sh,
            caller: self.g.id(),
        });
        sh.stats.stop_the_worlds.fetch_add(1, Ordering::Relaxed);
        self.start_the_world(resize);
        Some(r)
    }

    fn start_the_world(&mut self, resize: Option<usize>) {
        let sh = self.sh;
        let mut st = sh.sched.lock();
        if let Some(n) = resize {
            sh.resize_locked(&mut st, n);
        }
        st.gcwaiting = false;
        sh.sched.gcwaiting.store(false, Ordering::SeqCst);
        if !st.exiting {
            for ps in sh.ps.iter() {
                ps.preempt.store(false, Ordering::SeqCst);
            }
        }
        sh.sched.world.notify_all();
        if st.sysmon_sleeping {
            sh.sched.sysmon.notify_one();
        }
        drop(st);
        sh.wakep();
    }
}

/// Access to every goroutine while the world is stopped.
pub struct World<'a> {
    sh: &'a Shared,
    caller: GoId,
}

impl World<'_> {
    /// Calls `f` once for every goroutine except the caller of `stop_the_world` (which has
    /// its own state at hand), with its body — `None` for one inside an inline syscall,
    /// whose M holds it. `f` must not call into the scheduler (the goroutine table is
    /// locked meanwhile).
    pub fn for_each_goroutine(
        &mut self,
        mut f: impl FnMut(GoId, GStatus, Option<&mut dyn Goroutine>),
    ) {
        let t = lock(&self.sh.gs);
        for g in t.slots.iter().flatten() {
            if g.id() == self.caller {
                continue;
            }
            let status = g.status();
            match g.0.body.try_lock() {
                Ok(mut body) => f(g.id(), status, Some(&mut *body)),
                Err(std::sync::TryLockError::Poisoned(e)) => {
                    f(g.id(), status, Some(&mut *e.into_inner()))
                }
                Err(std::sync::TryLockError::WouldBlock) => f(g.id(), status, None),
            }
        }
    }

    /// Live goroutines, the caller included.
    pub fn num_goroutine(&self) -> usize {
        self.sh.num_goroutine()
    }
}

/// A handle to the runtime, usable from any thread.
#[derive(Clone)]
pub struct Handle {
    sh: Arc<Shared>,
}

impl Handle {
    /// Starts a goroutine on the global queue.
    pub fn spawn(&self, g: impl Goroutine) -> GoId {
        let g = self.sh.new_g(g);
        let id = g.id();
        self.sh.injector.push(g);
        self.sh.wakep();
        id
    }

    /// Makes a parked goroutine runnable (global queue); see [`Cx::ready`].
    pub fn ready(&self, g: &GRef) {
        self.sh.ready_from(None, g);
    }

    /// See [`Cx::after_func`].
    pub fn after_func(&self, d: Duration, f: impl FnOnce() + Send + 'static) -> TimerId {
        self.sh
            .add_timer(Timers::deadline_after(d), TimerKind::Call(Box::new(f)))
    }

    /// See [`Cx::cancel_timer`].
    pub fn cancel_timer(&self, id: TimerId) -> bool {
        self.sh.timers.cancel(id)
    }

    pub fn num_goroutine(&self) -> usize {
        self.sh.num_goroutine()
    }

    pub fn gomaxprocs(&self) -> usize {
        self.sh.gomaxprocs.load(Ordering::Relaxed)
    }

    pub fn stats(&self) -> Stats {
        self.sh.stats()
    }
}

/// The scheduler: create it, then [`Runtime::run`] the main goroutine.
pub struct Runtime {
    sh: Arc<Shared>,
}

impl Runtime {
    pub fn new(cfg: Config) -> Runtime {
        Runtime {
            sh: Arc::new(Shared::new(cfg)),
        }
    }

    pub fn handle(&self) -> Handle {
        Handle {
            sh: Arc::clone(&self.sh),
        }
    }

    /// Runs `main` as goroutine 1 (plus the goroutines it starts) until one returns
    /// [`RunResult::Exit`], all are deadlocked, or a body panics. Returns once every M
    /// not blocked in a syscall has stopped; those are left behind (as Go's `exit` does).
    pub fn run(self, main: impl Goroutine) -> Outcome {
        let sh = self.sh;
        let main = sh.new_g(main);
        sh.started.store(true, Ordering::SeqCst);
        let sysmon = {
            let sh = Arc::clone(&sh);
            std::thread::Builder::new()
                .name("minigo-sysmon".into())
                .spawn(move || sysmon::sysmon(&sh))
        };
        let sysmon = match sysmon {
            Ok(h) => Some(h),
            Err(e) => {
                sh.set_outcome(Outcome::Fatal(format!(
                    "runtime: failed to create sysmon thread: {e}"
                )));
                None
            }
        };
        let new = {
            let mut st = sh.sched.lock();
            match sh.sched.pidleget(&mut st) {
                Some(p) => {
                    p.runq.push(main);
                    sh.sched
                        .startm_locked(&mut st, Handoff { p, spinning: false })
                }
                None => None,
            }
        };
        if let Some(new) = new {
            sh.start_m(new);
        }
        let outcome = {
            let mut o = lock(&sh.outcome);
            while o.is_none() {
                o = wait(&sh.outcome_cv, o);
            }
            o.clone()
        };
        shutdown(&sh, sysmon);
        outcome.unwrap_or(Outcome::Fatal("runtime: no outcome".into()))
    }
}

/// Waits for the Ms to leave, then drops every goroutine, timer and queue (a goroutine
/// body may hold a [`Handle`], which would otherwise keep the runtime alive in a cycle).
fn shutdown(sh: &Arc<Shared>, sysmon: Option<JoinHandle<()>>) {
    {
        let mut st = sh.sched.lock();
        sh.sched.begin_exit(&mut st);
        while st.nmquit + sh.in_syscall.load(Ordering::SeqCst) < st.ms.len() {
            st = wait_timeout(&sh.sched.world, st, SHUTDOWN_POLL);
        }
    }
    if let Some(h) = sysmon {
        let _ = h.join();
    }
    let threads = std::mem::take(&mut *lock(&sh.threads));
    for (id, h) in threads {
        let quit = sh.sched.lock().ms[id].quit;
        if quit {
            let _ = h.join();
        }
    }
    sh.timers.clear();
    let slots = std::mem::take(&mut lock(&sh.gs).slots);
    drop(slots);
    while steal_one(&sh.injector).is_some() {}
    for ps in sh.ps.iter() {
        let g = lock(&ps.runnext).take();
        drop(g);
    }
    let ps = {
        let mut st = sh.sched.lock();
        let mut ps = std::mem::take(&mut st.idle_ps);
        ps.append(&mut st.disabled_ps);
        ps
    };
    drop(ps);
}

//! loom models of the two wake-up protocols, running the real code of `gstate.rs` and
//! `idle.rs` on loom's primitives (through `crate::sync`):
//!
//! 1. park/ready: a goroutine registers as a channel's waiter and "returns `Parked`" while
//!    a sender readies it. Exactly one side must enqueue it.
//! 2. M parking: an M with nothing to do goes idle (`Sched::stop_m`) while another M,
//!    busy with a goroutine, submits work and calls `Sched::wakep`. The idle M must end up
//!    running the work; if it sleeps forever, loom reports a deadlock.
//!
//! Each has a deliberately broken variant that the model must catch: a blind store of
//! `WAITING` instead of the CAS, and `stop_m` without its re-check (step 3). Those tests
//! pass only if loom finds the lost wake-up (they run the model under `catch_unwind`).
//!
//! Run (about a minute):
//! `RUSTFLAGS="--cfg loom" CARGO_TARGET_DIR=target/loom cargo test -p minigo-runtime --release --lib loom`

use std::time::Instant;

use loom::thread;

use crate::gstate::{self, RUNNABLE, RUNNING, Ready, WAITING};
use crate::idle::{Handoff, IdleEnv, Sched, SchedState};
use crate::sync::{Arc, AtomicU32, AtomicUsize, Mutex, Ordering, Parker, lock};

/// Runs `f` under loom and returns how many interleavings loom explored.
fn explore(f: impl Fn() + Sync + Send + 'static) -> usize {
    let runs = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = runs.clone();
    loom::model(move || {
        counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        f();
    });
    runs.load(std::sync::atomic::Ordering::Relaxed)
}

/// Model 1. `blind_store` replaces `gstate::park` by `state.store(WAITING)`.
fn park_ready(blind_store: bool) -> usize {
    explore(move || {
        let state = Arc::new(AtomicU32::new(RUNNING));
        // (value sent, receiver registered)
        let chan = Arc::new(Mutex::new((false, false)));
        let enqueued = Arc::new(AtomicUsize::new(0));
        let sender = {
            let (state, chan, enqueued) = (state.clone(), chan.clone(), enqueued.clone());
            thread::spawn(move || {
                let waiter = {
                    let mut c = lock(&chan);
                    c.0 = true;
                    std::mem::take(&mut c.1)
                };
                if waiter && gstate::ready(&state) == Ready::Enqueue {
                    enqueued.fetch_add(1, Ordering::SeqCst);
                }
            })
        };
        // The receiving goroutine's `run`, then its M.
        let parked = {
            let mut c = lock(&chan);
            if c.0 {
                false
            } else {
                c.1 = true;
                true
            }
        };
        if parked {
            let requeue = if blind_store {
                state.store(WAITING, Ordering::Release);
                false
            } else {
                !gstate::park(&state)
            };
            if requeue {
                enqueued.fetch_add(1, Ordering::SeqCst);
            }
        }
        sender.join().unwrap();
        if parked {
            assert_eq!(
                enqueued.load(Ordering::SeqCst),
                1,
                "lost or doubled wake-up"
            );
            assert_eq!(state.load(Ordering::SeqCst), RUNNABLE);
        } else {
            assert_eq!(enqueued.load(Ordering::SeqCst), 0);
        }
    })
}

#[test]
fn park_ready_race_enqueues_exactly_once() {
    let n = park_ready(false);
    eprintln!("park/ready: {n} interleavings");
    assert!(n > 1);
}

#[test]
fn blind_store_on_park_is_found_to_lose_a_wakeup() {
    let found = std::panic::catch_unwind(|| park_ready(true)).is_err();
    assert!(found, "loom did not find the lost wake-up of a blind store");
}

/// The model's work queue is a counter; `recheck: false` is a `stop_m` whose step 3 finds
/// nothing.
struct ModelEnv {
    work: Arc<AtomicUsize>,
    recheck: bool,
}

impl IdleEnv<usize> for ModelEnv {
    fn has_work(&self) -> bool {
        self.recheck && self.work.load(Ordering::SeqCst) > 0
    }

    fn before_park(&self, _: &mut SchedState<usize>, _: usize) -> Option<Option<Instant>> {
        Some(None)
    }
}

/// Model 2: M0 holds P0 and runs a goroutine that submits one unit of work; M1 holds P1,
/// (maybe spinning) finds nothing and goes idle. M1 must run the work.
fn m_wakeup(spinning: bool, recheck: bool) -> usize {
    explore(move || {
        let sched = Arc::new(Sched::<usize>::new(Vec::new()));
        let work = Arc::new(AtomicUsize::new(0));
        let parker0 = Parker::new();
        let parker1 = Parker::new();
        {
            let mut st = sched.lock();
            sched.add_m(&mut st, parker0.unparker().clone());
            sched.add_m(&mut st, parker1.unparker().clone());
        }
        if spinning {
            sched.transition_to_spinning();
        }
        let m1 = {
            let (sched, work) = (sched.clone(), work.clone());
            thread::spawn(move || {
                let env = ModelEnv {
                    work: work.clone(),
                    recheck,
                };
                let mut h = Handoff {
                    p: 1usize,
                    spinning,
                };
                loop {
                    if work
                        .compare_exchange(1, 0, Ordering::SeqCst, Ordering::SeqCst)
                        .is_ok()
                    {
                        if h.spinning {
                            sched.transition_from_spinning();
                        }
                        return;
                    }
                    match sched.stop_m(1, &parker1, Some(h.p), h.spinning, &env) {
                        Some(next) => h = next,
                        None => unreachable!("nothing sets exiting in this model"),
                    }
                }
            })
        };
        // M0: publish the work, then wake an M if needed. M1 is always on the idle M list
        // when P1 is on the idle P list, so no new thread is ever needed.
        work.store(1, Ordering::SeqCst);
        assert!(sched.wakep().is_none());
        m1.join().unwrap();
        assert_eq!(work.load(Ordering::SeqCst), 0);
    })
}

#[test]
fn idle_m_is_woken_for_new_work() {
    let n = m_wakeup(false, true);
    eprintln!("M wake-up, idle M: {n} interleavings");
    assert!(n > 1);
}

#[test]
fn spinning_m_going_idle_does_not_miss_new_work() {
    let n = m_wakeup(true, true);
    eprintln!("M wake-up, spinning M: {n} interleavings");
    assert!(n > 1);
}

/// Set in the child process of `lost_wakeup_without_recheck_is_found`.
const CHILD_ENV: &str = "MINIGO_LOOM_BROKEN_STOP_M";

/// Runs the broken model, but only in the child process: loom reports the lost wake-up
/// as a deadlock, which aborts the process during cleanup (so `catch_unwind` cannot be
/// used as for model 1). Without the variable this test does nothing.
#[test]
fn broken_stop_m_child() {
    if std::env::var_os(CHILD_ENV).is_some() {
        m_wakeup(true, false);
    }
}

#[test]
fn lost_wakeup_without_recheck_is_found() {
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "loom_tests::broken_stop_m_child", "--nocapture"])
        .env(CHILD_ENV, "1")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "loom did not find the lost wake-up");
    assert!(
        stderr.contains("deadlock"),
        "the child failed otherwise:\n{stderr}"
    );
}

//! sysmon: the monitor thread that preempts long-running goroutines and takes Ps away from
//! Ms blocked in syscalls (golang/go:src/runtime/proc.go, `sysmon` and `retake`).
//!
//! # Protocol
//! 1. Sleep [`MIN_DELAY`]; after [`IDLE_ROUNDS_BEFORE_BACKOFF`] rounds in which nothing was
//!    retaken, double the sleep each round up to [`MAX_DELAY`] (Go's backoff).
//! 2. If every P is idle, or the world is stopped, sleep on `Sched::sysmon` until a P is
//!    taken (`pidleget` notifies) or the world restarts: an idle program wakes nobody.
//! 3. For each P: if it is running and its `schedtick` has not moved since sysmon first saw
//!    that value [`FORCE_PREEMPT`] ago, set its preemption flag (only with
//!    `Config::async_preempt`). The flag is per P, not per G: if the P switched goroutines
//!    meanwhile, the new one yields early once, which is harmless.
//! 4. If it is in a syscall whose `syscalltick` sysmon already saw on an earlier round (so
//!    the call has lasted at least one round, ≥ [`MIN_DELAY`]), retake it and hand it off,
//!    unless nothing else is waiting for a P and the call is younger than
//!    [`SYSCALL_RETAKE_ANYWAY`] (Go's rule: do not wake an M for nothing).

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use crate::scheduler::{P_RUNNING, P_SYSCALL, Shared};
use crate::sync::wait;

/// Go's `forcePreemptNS`: the time slice of a goroutine.
pub(crate) const FORCE_PREEMPT: Duration = Duration::from_millis(10);
/// sysmon's shortest sleep (Go: 20 µs), which is also the shortest syscall that loses its P.
const MIN_DELAY: Duration = Duration::from_micros(20);
/// sysmon's longest sleep (Go: 10 ms), which bounds preemption latency at 2 × 10 ms.
const MAX_DELAY: Duration = Duration::from_millis(10);
/// Go starts doubling the sleep after 50 idle rounds (1 ms at 20 µs).
const IDLE_ROUNDS_BEFORE_BACKOFF: u32 = 50;
/// Go retakes a P from a syscall even when no one needs it after 10 ms, so that sysmon
/// can reach its deep sleep.
const SYSCALL_RETAKE_ANYWAY: Duration = Duration::from_millis(10);

#[derive(Clone, Copy)]
struct PData {
    schedtick: u32,
    schedwhen: Instant,
    syscalltick: u32,
    syscallwhen: Instant,
}

pub(crate) fn sysmon(sh: &Arc<Shared>) {
    let now = Instant::now();
    let mut pd = vec![
        PData {
            schedtick: 0,
            schedwhen: now,
            syscalltick: 0,
            syscallwhen: now,
        };
        sh.ps.len()
    ];
    let mut delay = MIN_DELAY;
    let mut idle = 0u32;
    loop {
        if idle == 0 {
            delay = MIN_DELAY;
        } else if idle > IDLE_ROUNDS_BEFORE_BACKOFF {
            delay = (delay * 2).min(MAX_DELAY);
        }
        std::thread::sleep(delay);
        {
            let mut st = sh.sched.lock();
            let all_idle = |sh: &Shared| {
                sh.sched.npidle.load(Ordering::SeqCst) >= sh.gomaxprocs.load(Ordering::SeqCst)
            };
            if st.exiting {
                return;
            }
            if st.gcwaiting || all_idle(sh) {
                st.sysmon_sleeping = true;
                while !st.exiting && (st.gcwaiting || all_idle(sh)) {
                    st = wait(&sh.sched.sysmon, st);
                }
                st.sysmon_sleeping = false;
                if st.exiting {
                    return;
                }
                idle = 0;
                continue;
            }
        }
        if retake(sh, Instant::now(), &mut pd) > 0 {
            idle = 0;
        } else {
            idle += 1;
        }
    }
}

/// Steps 3 and 4; returns the number of Ps retaken from syscalls.
fn retake(sh: &Arc<Shared>, now: Instant, pd: &mut [PData]) -> usize {
    let mut n = 0;
    let high = sh.procs_high_water.load(Ordering::Relaxed);
    for (ps, d) in sh.ps[..high].iter().zip(pd.iter_mut()) {
        match ps.status.load(Ordering::SeqCst) {
            P_RUNNING if sh.cfg.async_preempt => {
                let t = ps.schedtick.load(Ordering::Relaxed);
                if d.schedtick != t {
                    d.schedtick = t;
                    d.schedwhen = now;
                } else if now.duration_since(d.schedwhen) >= FORCE_PREEMPT
                    && !ps.preempt.swap(true, Ordering::SeqCst)
                {
                    sh.stats.preemptions.fetch_add(1, Ordering::Relaxed);
                }
            }
            P_SYSCALL => {
                let t = ps.syscalltick.load(Ordering::Relaxed);
                if d.syscalltick != t {
                    d.syscalltick = t;
                    d.syscallwhen = now;
                    continue;
                }
                let others_wait = !ps.stealer.is_empty() || !sh.injector.is_empty();
                let helpers = sh.sched.nmspinning.load(Ordering::SeqCst)
                    + sh.sched.npidle.load(Ordering::SeqCst);
                if !others_wait
                    && helpers > 0
                    && now.duration_since(d.syscallwhen) < SYSCALL_RETAKE_ANYWAY
                {
                    continue;
                }
                if let Some(p) = sh.retake_syscall_p(ps) {
                    n += 1;
                    sh.stats.syscall_retakes.fetch_add(1, Ordering::Relaxed);
                    sh.handoffp(p);
                }
            }
            _ => {}
        }
    }
    n
}

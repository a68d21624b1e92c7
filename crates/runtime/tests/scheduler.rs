//! Scheduler behaviour with toy goroutines: spawning and joining, ping-pong over toy
//! channels, fairness with and without preemption, timers, deadlock detection, exit,
//! stop-the-world, GOMAXPROCS changes, syscalls and blocking calls, with 1 and many Ps.
//!
//! No assertion depends on timing except through generous bounds (seconds where
//! milliseconds are expected).

// The public API does not exist in loom builds (see src/sync.rs).
#![cfg(not(loom))]

mod common;

use std::any::Any;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;
use minigo_runtime::{
    Config, Cx, Deadlock, GStatus, Goroutine, Outcome, RunResult, Runtime, WaitReason,
};

const PROCS: [usize; 2] = [1, 4];

#[test]
fn spawned_goroutines_all_run_and_main_joins_them() {
    for procs in PROCS {
        let n = 2_000;
        let count = Arc::new(AtomicUsize::new(0));
        let wg = WaitGroup::new(n);
        let (count2, wg2) = (count.clone(), wg.clone());
        let mut spawned = false;
        let mut wait = wait_then_exit(wg.clone());
        let out = run(
            procs,
            go(move |cx| {
                if !spawned {
                    spawned = true;
                    for i in 0..n {
                        let (count, wg) = (count2.clone(), wg2.clone());
                        let mut steps = i % 3;
                        cx.spawn(go(move |cx| {
                            if steps > 0 {
                                steps -= 1;
                                return RunResult::Yielded;
                            }
                            count.fetch_add(1, Ordering::Relaxed);
                            wg.done(cx);
                            RunResult::Exited
                        }));
                    }
                }
                wait(cx)
            }),
        );
        assert_eq!(out, Outcome::Exit(0), "procs={procs}");
        assert_eq!(count.load(Ordering::Relaxed), n);
    }
}

/// Two goroutines bounce a counter over two channels; with many Ps, several pairs run at
/// once, so ready() often races with the receiver still returning `Parked`.
fn ping_pong(procs: usize, pairs: usize, rounds: u64) {
    let wg = WaitGroup::new(pairs);
    let total = Arc::new(AtomicUsize::new(0));
    let (wg2, total2) = (wg.clone(), total.clone());
    let mut started = false;
    let mut wait = wait_then_exit(wg);
    let out = run(
        procs,
        go(move |cx| {
            if !started {
                started = true;
                for _ in 0..pairs {
                    let (ab, ba) = (Chan::<u64>::new(1), Chan::<u64>::new(1));
                    let (ab2, ba2) = (ab.clone(), ba.clone());
                    // The pinger: sends i, waits for i + 1.
                    let mut i = 0u64;
                    let mut sent = false;
                    let (wg, total) = (wg2.clone(), total2.clone());
                    cx.spawn(go(move |cx| {
                        loop {
                            if i == rounds {
                                total.fetch_add(1, Ordering::Relaxed);
                                wg.done(cx);
                                return RunResult::Exited;
                            }
                            if !sent {
                                if ab.try_send(cx, i).is_err() {
                                    return RunResult::Parked(WaitReason::ChanSend);
                                }
                                sent = true;
                            }
                            match ba.try_recv(cx) {
                                Some(v) => {
                                    assert_eq!(v, i + 1);
                                    i += 1;
                                    sent = false;
                                }
                                None => return RunResult::Parked(WaitReason::ChanReceive),
                            }
                        }
                    }));
                    // The ponger: receives v, sends v + 1.
                    let mut pending: Option<u64> = None;
                    let mut served = 0u64;
                    cx.spawn(go(move |cx| {
                        loop {
                            if let Some(v) = pending {
                                if let Err(v) = ba2.try_send(cx, v) {
                                    pending = Some(v);
                                    return RunResult::Parked(WaitReason::ChanSend);
                                }
                                pending = None;
                                served += 1;
                                if served == rounds {
                                    return RunResult::Exited;
                                }
                            }
                            match ab2.try_recv(cx) {
                                Some(v) => pending = Some(v + 1),
                                None => return RunResult::Parked(WaitReason::ChanReceive),
                            }
                        }
                    }));
                }
            }
            wait(cx)
        }),
    );
    assert_eq!(out, Outcome::Exit(0), "procs={procs}");
    assert_eq!(total.load(Ordering::Relaxed), pairs);
}

#[test]
fn ping_pong_one_p() {
    ping_pong(1, 1, 20_000);
}

#[test]
fn ping_pong_many_ps_many_pairs() {
    ping_pong(4, 8, 5_000);
}

/// Main starts a CPU-bound spinner and a goroutine that only records whether it ran while
/// the spinner was still spinning. With one P, the spinner runs first (it is in `runnext`).
fn spinner_vs_counter(async_preempt: bool) -> (bool, u64) {
    let mut cfg = config(1);
    if !async_preempt {
        cfg.apply_godebug("asyncpreemptoff=1");
    }
    let rt = Runtime::new(cfg);
    let handle = rt.handle();
    let counter_ran = Arc::new(AtomicBool::new(false));
    let spinner_done = Arc::new(AtomicBool::new(false));
    let ran_during_spin = Arc::new(AtomicBool::new(false));
    let wg = WaitGroup::new(2);
    let (cr, sd, rds, wg2) = (
        counter_ran.clone(),
        spinner_done.clone(),
        ran_during_spin.clone(),
        wg.clone(),
    );
    let mut started = false;
    let mut wait = wait_then_exit(wg);
    let out = rt.run(go(move |cx| {
        if !started {
            started = true;
            let (cr1, sd1, rds1, wg1) = (cr.clone(), sd.clone(), rds.clone(), wg2.clone());
            cx.spawn(go(move |cx| {
                cr1.store(true, Ordering::SeqCst);
                rds1.store(!sd1.load(Ordering::SeqCst), Ordering::SeqCst);
                wg1.done(cx);
                RunResult::Exited
            }));
            let (cr2, sd2, wg3) = (cr.clone(), sd.clone(), wg2.clone());
            // Spins until the counter ran, for at most 300 ms (preemption works in
            // 10-20 ms; without it, the whole 300 ms passes).
            let mut spin = spinner(cr2, Duration::from_millis(300));
            cx.spawn(go(move |cx| match spin(cx) {
                RunResult::Exited => {
                    sd2.store(true, Ordering::SeqCst);
                    wg3.done(cx);
                    RunResult::Exited
                }
                r => r,
            }));
        }
        wait(cx)
    }));
    assert_eq!(out, Outcome::Exit(0));
    assert!(counter_ran.load(Ordering::SeqCst));
    (
        ran_during_spin.load(Ordering::SeqCst),
        handle.stats().preemptions,
    )
}

#[test]
fn preemption_lets_others_run_on_one_p() {
    let (ran_during_spin, preemptions) = spinner_vs_counter(true);
    assert!(ran_during_spin, "the spinner starved the other goroutine");
    assert!(preemptions >= 1);
}

#[test]
fn without_preemption_a_spinner_starves_others_on_one_p() {
    let (ran_during_spin, preemptions) = spinner_vs_counter(false);
    assert!(!ran_during_spin, "something preempted the spinner");
    assert_eq!(preemptions, 0);
}

#[test]
fn sleepers_wake_and_pending_timers_are_not_deadlock() {
    for procs in PROCS {
        let n = 1_000;
        let wg = WaitGroup::new(n);
        let wg2 = wg.clone();
        let mut started = false;
        let mut wait = wait_then_exit(wg);
        let t0 = Instant::now();
        let out = run(
            procs,
            go(move |cx| {
                if !started {
                    started = true;
                    for i in 0..n {
                        let wg = wg2.clone();
                        let mut slept = false;
                        cx.spawn(go(move |cx| {
                            if !slept {
                                slept = true;
                                return cx.sleep(Duration::from_millis(20 + (i % 10) as u64));
                            }
                            wg.done(cx);
                            RunResult::Exited
                        }));
                    }
                }
                wait(cx)
            }),
        );
        assert_eq!(out, Outcome::Exit(0), "procs={procs}");
        assert!(t0.elapsed() >= Duration::from_millis(29));
    }
}

#[test]
fn after_func_callback_readies_a_parked_goroutine() {
    let rt = Runtime::new(config(2));
    let handle = rt.handle();
    let fired = Arc::new(AtomicBool::new(false));
    let fired2 = fired.clone();
    let mut armed = false;
    let out = rt.run(go(move |cx| {
        if !armed {
            armed = true;
            let (me, h, fired) = (cx.current(), handle.clone(), fired2.clone());
            // A cancelled timer never fires.
            let dead = cx.after_func(Duration::from_millis(1), || panic!("cancelled timer ran"));
            assert!(cx.cancel_timer(dead));
            cx.after_func(Duration::from_millis(20), move || {
                fired.store(true, Ordering::SeqCst);
                h.ready(&me);
            });
            return RunResult::Parked(WaitReason::ChanReceive);
        }
        RunResult::Exit(3)
    }));
    assert_eq!(out, Outcome::Exit(3));
    assert!(fired.load(Ordering::SeqCst));
}

#[test]
fn deadlock_is_reported_with_every_wait_reason() {
    for procs in PROCS {
        let ch = Chan::<u8>::new(1);
        let gate = Gate::new();
        let wg = WaitGroup::new(1);
        let mut started = false;
        let mut wait = wait_then_exit(wg);
        let out = run(
            procs,
            go(move |cx| {
                if !started {
                    started = true;
                    let ch = ch.clone();
                    cx.spawn(go(move |cx| match ch.try_recv(cx) {
                        Some(_) => RunResult::Exited,
                        None => RunResult::Parked(WaitReason::ChanReceive),
                    }));
                    let gate = gate.clone();
                    cx.spawn(go(move |cx| {
                        if gate.try_pass(cx) {
                            RunResult::Exited
                        } else {
                            RunResult::Parked(WaitReason::MutexLock)
                        }
                    }));
                    // A goroutine that sleeps first: its timer delays, not prevents, the
                    // deadlock.
                    let mut slept = false;
                    cx.spawn(go(move |cx| {
                        if !slept {
                            slept = true;
                            return cx.sleep(Duration::from_millis(30));
                        }
                        RunResult::Parked(WaitReason::SelectNoCases)
                    }));
                }
                wait(cx)
            }),
        );
        assert_eq!(
            out,
            Outcome::Deadlock(Deadlock {
                goroutines: vec![
                    (1, WaitReason::WaitGroupWait),
                    (2, WaitReason::ChanReceive),
                    (3, WaitReason::MutexLock),
                    (4, WaitReason::SelectNoCases),
                ],
                // These test goroutines have no dump text.
                dumps: vec![String::new(); 4],
            }),
            "procs={procs}"
        );
    }
}

#[test]
fn main_exiting_without_exit_is_a_deadlock_with_no_goroutines() {
    let out = run(2, go(|_| RunResult::Exited));
    assert_eq!(
        out,
        Outcome::Deadlock(Deadlock {
            goroutines: vec![],
            dumps: vec![]
        })
    );
}

#[test]
fn exit_stops_running_goroutines_promptly() {
    for procs in PROCS {
        let stop = Arc::new(AtomicBool::new(false));
        let mut started = false;
        let t0 = Instant::now();
        let stop2 = stop.clone();
        let out = run(
            procs,
            go(move |cx| {
                if !started {
                    started = true;
                    for _ in 0..4 {
                        cx.spawn(go(spinner(stop2.clone(), Duration::from_secs(60))));
                    }
                    return cx.sleep(Duration::from_millis(20));
                }
                RunResult::Exit(7)
            }),
        );
        assert_eq!(out, Outcome::Exit(7), "procs={procs}");
        eprintln!("procs={procs} {:?}", t0.elapsed());
        assert!(t0.elapsed() < Duration::from_secs(10));
    }
}

#[test]
fn a_rust_panic_in_a_goroutine_is_reported() {
    let mut started = false;
    let out = run(
        2,
        go(move |cx| {
            if !started {
                started = true;
                cx.spawn(go(|_| panic!("boom")));
                return cx.sleep(Duration::from_secs(30));
            }
            RunResult::Exit(0)
        }),
    );
    assert_eq!(
        out,
        Outcome::Panic {
            goroutine: Some(2),
            message: "boom".into()
        }
    );
}

/// A toy goroutine with a name the visitor can downcast to.
struct Tagged {
    tag: usize,
    gate: Arc<common::Gate>,
}

impl Goroutine for Tagged {
    fn run(&mut self, cx: &mut Cx<'_>) -> RunResult {
        if self.gate.try_pass(cx) {
            RunResult::Exited
        } else {
            RunResult::Parked(WaitReason::ChanReceive)
        }
    }
}

#[test]
fn stop_the_world_visits_every_goroutine_once_while_all_others_are_stopped() {
    for procs in [1, 2, 4] {
        let running = Arc::new(AtomicUsize::new(0));
        let progress = Arc::new(AtomicUsize::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let report = Arc::new(Mutex::new(None));
        let (running2, progress2, stop2, report2) = (
            running.clone(),
            progress.clone(),
            stop.clone(),
            report.clone(),
        );
        let gate = Gate::new();
        let mut phase = 0;
        let mut ids = Vec::new();
        let out = run(
            procs,
            go(move |cx| {
                if phase == 0 {
                    phase = 1;
                    for tag in 0..10 {
                        ids.push(cx.spawn(Tagged {
                            tag,
                            gate: gate.clone(),
                        }));
                    }
                    for _ in 0..6 {
                        let (running, progress, stop) =
                            (running2.clone(), progress2.clone(), stop2.clone());
                        ids.push(cx.spawn(go(move |cx| {
                            running.fetch_add(1, Ordering::SeqCst);
                            let r = loop {
                                if stop.load(Ordering::SeqCst) {
                                    break RunResult::Exited;
                                }
                                if cx.should_yield() {
                                    break RunResult::Yielded;
                                }
                                progress.fetch_add(1, Ordering::Relaxed);
                            };
                            running.fetch_sub(1, Ordering::SeqCst);
                            r
                        })));
                    }
                    for _ in 0..4 {
                        ids.push(cx.spawn(go(|cx| cx.sleep(Duration::from_secs(3600)))));
                    }
                    // Let the spinners get going.
                    return cx.sleep(Duration::from_millis(20));
                }
                let (running, progress) = (running2.clone(), progress2.clone());
                let Some(visits) = cx.stop_the_world(|w| {
                    let before = progress.load(Ordering::SeqCst);
                    let mut visits: HashMap<u64, (usize, GStatus, bool)> = HashMap::new();
                    let mut tags = Vec::new();
                    w.for_each_goroutine(|id, status, body| {
                        let e = visits.entry(id).or_insert((0, status, false));
                        e.0 += 1;
                        e.2 = body.is_some();
                        if let Some(t) =
                            body.and_then(|b| (b as &mut dyn Any).downcast_mut::<Tagged>())
                        {
                            tags.push(t.tag);
                        }
                    });
                    std::thread::sleep(Duration::from_millis(10));
                    tags.sort();
                    let still = progress.load(Ordering::SeqCst) == before;
                    (visits, tags, running.load(Ordering::SeqCst), still)
                }) else {
                    return RunResult::Yielded;
                };
                stop2.store(true, Ordering::SeqCst);
                *report2.lock().unwrap() = Some((ids.clone(), visits));
                RunResult::Exit(0)
            }),
        );
        assert_eq!(out, Outcome::Exit(0), "procs={procs}");
        let (ids, (visits, tags, running_during, no_progress)) =
            report.lock().unwrap().take().unwrap();
        assert_eq!(visits.len(), ids.len(), "procs={procs}");
        for id in &ids {
            let (n, status, had_body) = visits[id];
            assert_eq!(n, 1, "goroutine {id} visited {n} times");
            assert!(had_body, "goroutine {id} had no body");
            assert!(status != GStatus::Running, "goroutine {id} {status:?}");
        }
        assert_eq!(tags, (0..10).collect::<Vec<_>>());
        assert_eq!(running_during, 0, "a goroutine ran during the stop");
        assert!(no_progress, "a spinner made progress during the stop");
    }
}

#[test]
fn gomaxprocs_can_shrink_and_grow_at_run_time() {
    let n = 200;
    let wg = WaitGroup::new(n);
    let wg2 = wg.clone();
    let count = Arc::new(AtomicUsize::new(0));
    let count2 = count.clone();
    let mut phase = 0;
    let mut wait = wait_then_exit(wg);
    let seen = Arc::new(Mutex::new(Vec::new()));
    let seen2 = seen.clone();
    let out = run(
        4,
        go(move |cx| {
            loop {
                match phase {
                    0 => {
                        for _ in 0..n {
                            let (wg, count) = (wg2.clone(), count2.clone());
                            let mut left = 50;
                            cx.spawn(go(move |cx| {
                                if left > 0 {
                                    left -= 1;
                                    return RunResult::Yielded;
                                }
                                count.fetch_add(1, Ordering::Relaxed);
                                wg.done(cx);
                                RunResult::Exited
                            }));
                        }
                        phase = 1;
                    }
                    1 => {
                        let Some(prev) = cx.set_gomaxprocs(1) else {
                            return RunResult::Yielded;
                        };
                        seen2.lock().unwrap().push((prev, cx.gomaxprocs()));
                        phase = 2;
                        return RunResult::Yielded;
                    }
                    2 => {
                        let Some(prev) = cx.set_gomaxprocs(3) else {
                            return RunResult::Yielded;
                        };
                        seen2.lock().unwrap().push((prev, cx.gomaxprocs()));
                        phase = 3;
                    }
                    _ => return wait(cx),
                }
            }
        }),
    );
    assert_eq!(out, Outcome::Exit(0));
    assert_eq!(count.load(Ordering::Relaxed), n);
    assert_eq!(*seen.lock().unwrap(), vec![(4, 1), (1, 3)]);
}

/// With one P, main blocks its thread in an inline syscall; sysmon must hand the P to
/// another M so that the other goroutine runs meanwhile.
#[test]
fn a_blocking_inline_syscall_hands_its_p_to_another_m() {
    let rt = Runtime::new(config(1));
    let handle = rt.handle();
    let progress = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let during = Arc::new(AtomicUsize::new(0));
    let (progress2, stop2, during2) = (progress.clone(), stop.clone(), during.clone());
    let mut started = false;
    let out = rt.run(go(move |cx| {
        if !started {
            started = true;
            let (progress, stop) = (progress2.clone(), stop2.clone());
            cx.spawn(go(move |cx| {
                loop {
                    if stop.load(Ordering::SeqCst) {
                        return RunResult::Exited;
                    }
                    progress.fetch_add(1, Ordering::Relaxed);
                    if cx.should_yield() {
                        return RunResult::Yielded;
                    }
                    std::thread::sleep(Duration::from_micros(50));
                }
            }));
            let before = progress2.load(Ordering::SeqCst);
            cx.enter_syscall();
            std::thread::sleep(Duration::from_millis(100));
            cx.exit_syscall();
            during2.store(progress2.load(Ordering::SeqCst) - before, Ordering::SeqCst);
            stop2.store(true, Ordering::SeqCst);
        }
        RunResult::Exit(0)
    }));
    assert_eq!(out, Outcome::Exit(0));
    assert!(
        during.load(Ordering::SeqCst) > 0,
        "nothing ran during the syscall"
    );
    assert!(handle.stats().syscall_retakes >= 1);
}

/// `RunResult::Blocking` releases the P at once; meanwhile the blocked goroutine's body
/// is visible to a stop-the-world, in the `Syscall` status.
#[test]
fn a_blocking_call_releases_the_p_and_stays_visible_to_stop_the_world() {
    let result = Arc::new(Mutex::new(None::<u32>));
    let in_call = Arc::new(AtomicBool::new(false));
    let seen = Arc::new(Mutex::new(None));
    let (result2, in_call2, seen2) = (result.clone(), in_call.clone(), seen.clone());
    let mut phase = 0;
    let out = run(
        1,
        go(move |cx| {
            match phase {
                0 => {
                    phase = 1;
                    let (in_call, seen) = (in_call2.clone(), seen2.clone());
                    // Waits for main to be inside the call, then stops the world.
                    cx.spawn(go(move |cx| {
                        if !in_call.load(Ordering::SeqCst) {
                            return cx.sleep(Duration::from_millis(1));
                        }
                        let Some(v) = cx.stop_the_world(|w| {
                            let mut v = Vec::new();
                            w.for_each_goroutine(|id, status, body| {
                                v.push((id, status, body.is_some()))
                            });
                            v
                        }) else {
                            return RunResult::Yielded;
                        };
                        *seen.lock().unwrap() = Some(v);
                        in_call.store(false, Ordering::SeqCst);
                        RunResult::Exited
                    }));
                    let (result, in_call) = (result2.clone(), in_call2.clone());
                    RunResult::Blocking(Box::new(move || {
                        in_call.store(true, Ordering::SeqCst);
                        let t0 = Instant::now();
                        // Blocks until the other goroutine has seen us (or 10 s).
                        while in_call.load(Ordering::SeqCst)
                            && t0.elapsed() < Duration::from_secs(10)
                        {
                            std::thread::sleep(Duration::from_millis(1));
                        }
                        *result.lock().unwrap() = Some(42);
                    }))
                }
                _ => RunResult::Exit(result2.lock().unwrap().unwrap_or(0) as i32),
            }
        }),
    );
    assert_eq!(out, Outcome::Exit(42));
    assert_eq!(
        *seen.lock().unwrap(),
        Some(vec![(1, GStatus::Syscall, true)])
    );
}

/// 100,000 goroutines that each count once and exit; prints the time taken.
#[test]
fn spawn_100k_goroutines() {
    for procs in [1, 2] {
        let n = 100_000;
        let count = Arc::new(AtomicUsize::new(0));
        let wg = WaitGroup::new(n);
        let (count2, wg2) = (count.clone(), wg.clone());
        let mut spawned = false;
        let mut wait = wait_then_exit(wg);
        let t0 = Instant::now();
        let spawn_time = Arc::new(Mutex::new(Duration::ZERO));
        let st2 = spawn_time.clone();
        let out = Runtime::new(Config::new(procs)).run(go(move |cx| {
            if !spawned {
                spawned = true;
                let t = Instant::now();
                for _ in 0..n {
                    let (count, wg) = (count2.clone(), wg2.clone());
                    cx.spawn(go(move |cx| {
                        count.fetch_add(1, Ordering::Relaxed);
                        wg.done(cx);
                        RunResult::Exited
                    }));
                }
                *st2.lock().unwrap() = t.elapsed();
            }
            wait(cx)
        }));
        assert_eq!(out, Outcome::Exit(0));
        assert_eq!(count.load(Ordering::Relaxed), n);
        eprintln!(
            "spawn 1e5 with {procs} P: spawn loop {:?}, spawn+run+join {:?}",
            spawn_time.lock().unwrap(),
            t0.elapsed()
        );
    }
}

/// Go's queueing rules with one P: a spawned goroutine goes to `runnext` (pushing the
/// previous one to the back of the local queue), and a yielding one to the global queue,
/// which is polled when the local queue is empty.
#[test]
fn spawn_uses_runnext_and_yield_uses_the_global_queue() {
    let order = Arc::new(Mutex::new(Vec::new()));
    let wg = WaitGroup::new(3);
    let (order2, wg2) = (order.clone(), wg.clone());
    let mut started = false;
    let mut wait = wait_then_exit(wg);
    let out = run(
        1,
        go(move |cx| {
            if !started {
                started = true;
                for name in ['a', 'b', 'c'] {
                    let (order, wg) = (order2.clone(), wg2.clone());
                    let mut turns = 0;
                    cx.spawn(go(move |cx| {
                        order.lock().unwrap().push(name);
                        turns += 1;
                        if turns < 3 {
                            return RunResult::Yielded;
                        }
                        wg.done(cx);
                        RunResult::Exited
                    }));
                }
            }
            wait(cx)
        }),
    );
    assert_eq!(out, Outcome::Exit(0));
    let order: String = order.lock().unwrap().iter().collect();
    assert_eq!(order, "cabcabcab");
}

/// Goroutines spawned through a `Handle` before `run` wait on the global queue.
#[test]
fn handle_spawns_before_run() {
    let rt = Runtime::new(config(2));
    let ran = Arc::new(AtomicBool::new(false));
    let ran2 = ran.clone();
    let id = rt.handle().spawn(go(move |_| {
        ran2.store(true, Ordering::SeqCst);
        RunResult::Exited
    }));
    assert_eq!(id, 1);
    let mut slept = false;
    let out = rt.run(go(move |cx| {
        if !slept {
            slept = true;
            return cx.sleep(Duration::from_millis(5));
        }
        RunResult::Exit(0)
    }));
    assert_eq!(out, Outcome::Exit(0));
    assert!(ran.load(Ordering::SeqCst));
}

//! Measurements that need the whole process to themselves (so one test in this binary):
//! memory per parked goroutine, 100,000 sleepers, and the CPU an idle program burns.
//!
//! They print their numbers (`cargo test --release --test measure -- --nocapture`) and
//! assert only bounds that are many times looser than what is expected, so that a loaded
//! CI machine cannot make them fail.

// The public API does not exist in loom builds (see src/sync.rs).
#![cfg(not(loom))]

mod common;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;
use minigo_runtime::{Outcome, RunResult, Runtime, WaitReason};

const N: usize = 100_000;

/// 100,000 goroutines parked at a gate: resident memory per goroutine.
fn parked_goroutines() {
    let gate = Gate::new();
    let parked = Arc::new(AtomicUsize::new(0));
    let wg = WaitGroup::new(N);
    let per_g = Arc::new(Mutex::new(None));
    let (gate2, parked2, wg2, per_g2) = (gate.clone(), parked.clone(), wg.clone(), per_g.clone());
    let mut phase = 0;
    let mut rss_before = 0;
    let mut wait = wait_then_exit(wg);
    let out = Runtime::new(config(2)).run(go(move |cx| {
        loop {
            match phase {
                0 => {
                    rss_before = rss_bytes().unwrap_or(0);
                    for _ in 0..N {
                        let (gate, parked, wg) = (gate2.clone(), parked2.clone(), wg2.clone());
                        let mut counted = false;
                        cx.spawn(go(move |cx| {
                            if gate.try_pass(cx) {
                                wg.done(cx);
                                return RunResult::Exited;
                            }
                            if !counted {
                                counted = true;
                                parked.fetch_add(1, Ordering::SeqCst);
                            }
                            RunResult::Parked(WaitReason::ChanReceive)
                        }));
                    }
                    phase = 1;
                }
                1 => {
                    if parked2.load(Ordering::SeqCst) < N {
                        return cx.sleep(Duration::from_millis(5));
                    }
                    let rss = rss_bytes().unwrap_or(0);
                    *per_g2.lock().unwrap() = Some(rss.saturating_sub(rss_before) / N as u64);
                    for g in gate2.open() {
                        cx.ready(&g);
                    }
                    phase = 2;
                }
                _ => return wait(cx),
            }
        }
    }));
    assert_eq!(out, Outcome::Exit(0));
    let per_g = per_g.lock().unwrap().unwrap();
    eprintln!("memory per parked toy goroutine: {per_g} bytes (RSS growth / {N})");
    // Expected a few hundred bytes; 16 KiB would mean something is badly wrong.
    assert!(per_g < 16 << 10, "{per_g} bytes per parked goroutine");
}

/// 100,000 goroutines sleeping 50 ms all wake.
fn sleepers() {
    let woke = Arc::new(AtomicUsize::new(0));
    let wg = WaitGroup::new(N);
    let (woke2, wg2) = (woke.clone(), wg.clone());
    let mut started = false;
    let mut wait = wait_then_exit(wg);
    let t0 = Instant::now();
    let out = Runtime::new(config(2)).run(go(move |cx| {
        if !started {
            started = true;
            for _ in 0..N {
                let (woke, wg) = (woke2.clone(), wg2.clone());
                let mut slept = false;
                cx.spawn(go(move |cx| {
                    if !slept {
                        slept = true;
                        return cx.sleep(Duration::from_millis(50));
                    }
                    woke.fetch_add(1, Ordering::Relaxed);
                    wg.done(cx);
                    RunResult::Exited
                }));
            }
        }
        wait(cx)
    }));
    assert_eq!(out, Outcome::Exit(0));
    assert_eq!(woke.load(Ordering::Relaxed), N);
    eprintln!(
        "{N} goroutines sleeping 50 ms: all woke after {:?}",
        t0.elapsed()
    );
}

/// 1,000 goroutines sleeping 200 ms, three times over: CPU time of the process while
/// they sleep.
fn idle_cpu() {
    const ROUNDS: usize = 3;
    const SLEEPERS: usize = 1_000;
    const NAP: Duration = Duration::from_millis(200);
    let rt = Runtime::new(config(2));
    let handle = rt.handle();
    let report = Arc::new(Mutex::new(None));
    let report2 = report.clone();
    let mut round = 0;
    let mut wg = WaitGroup::new(0);
    let mut start: Option<(Instant, Option<Duration>, u64)> = None;
    let out = rt.run(go(move |cx| {
        loop {
            if !wg.try_wait(cx) {
                return RunResult::Parked(WaitReason::WaitGroupWait);
            }
            if round == ROUNDS {
                let (t0, cpu0, parks0) = start.unwrap();
                let wall = t0.elapsed();
                let cpu = process_cpu_time()
                    .zip(cpu0)
                    .map(|(b, a)| b.saturating_sub(a));
                let parks = handle.stats().m_parks - parks0;
                *report2.lock().unwrap() = Some((wall, cpu, parks));
                return RunResult::Exit(0);
            }
            if round == 0 {
                start = Some((Instant::now(), process_cpu_time(), handle.stats().m_parks));
            }
            round += 1;
            wg = WaitGroup::new(SLEEPERS);
            for _ in 0..SLEEPERS {
                let wg = wg.clone();
                let mut slept = false;
                cx.spawn(go(move |cx| {
                    if !slept {
                        slept = true;
                        return cx.sleep(NAP);
                    }
                    wg.done(cx);
                    RunResult::Exited
                }));
            }
        }
    }));
    assert_eq!(out, Outcome::Exit(0));
    let (wall, cpu, parks) = report.lock().unwrap().take().unwrap();
    match cpu {
        Some(cpu) => {
            let pct = 100.0 * cpu.as_secs_f64() / wall.as_secs_f64();
            eprintln!(
                "idle: {SLEEPERS} goroutines sleeping {NAP:?} x{ROUNDS}: wall {wall:?}, \
                 CPU {cpu:?} ({pct:.2}%), {parks} M parks"
            );
            // Expected well under 1%; only a spinning M would reach 50%.
            assert!(pct < 50.0, "idle program used {pct:.1}% CPU");
        }
        None => eprintln!("idle: /proc/self/task/*/schedstat unavailable, CPU not measured"),
    }
    // Each round parks each M a handful of times; a polling M would park thousands.
    assert!(parks < 1_000, "{parks} M parks while idle");
}

#[test]
fn parked_goroutines_sleepers_and_idle_cpu() {
    parked_goroutines();
    sleepers();
    idle_cpu();
}

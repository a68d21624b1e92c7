//! Natives of package `runtime` that describe the machine and the scheduler: `NumCPU`,
//! `GOMAXPROCS`, `NumGoroutine`, `Gosched`.
//!
//! Until goroutines land (issue 3), a program runs on one goroutine: `NumGoroutine` is 1
//! and `Gosched` has nothing to yield to, which is exactly Go's behaviour for such a
//! program. `GOMAXPROCS` follows Go: the default is the number of CPUs, the `GOMAXPROCS`
//! environment variable overrides it, and `runtime.GOMAXPROCS(n)` returns the previous
//! setting and changes it when `n >= 1`.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use minigo_vm::{Goroutine, Vm};

use crate::NativeTable;
use crate::util::NResult;

pub const NATIVES: NativeTable = &[
    ("runtime.NumCPU", num_cpu),
    ("runtime.GOMAXPROCS", gomaxprocs),
    ("runtime.NumGoroutine", num_goroutine),
    ("runtime.Gosched", gosched),
];

fn cpus() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// The current GOMAXPROCS setting (initialised on first use).
fn procs() -> &'static AtomicUsize {
    static PROCS: OnceLock<AtomicUsize> = OnceLock::new();
    PROCS.get_or_init(|| {
        let env = std::env::var("GOMAXPROCS")
            .ok()
            .and_then(|v| v.trim().parse::<usize>().ok());
        AtomicUsize::new(env.filter(|&n| n >= 1).unwrap_or_else(cpus))
    })
}

fn num_cpu(_: &mut Vm, _: &mut Goroutine, _: &[u64], r: &mut [u64]) -> NResult {
    r[0] = cpus() as u64;
    Ok(())
}

fn gomaxprocs(_: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let n = a[0] as i64;
    let prev = if n >= 1 {
        procs().swap(n as usize, Ordering::Relaxed)
    } else {
        procs().load(Ordering::Relaxed)
    };
    r[0] = prev as u64;
    Ok(())
}

fn num_goroutine(_: &mut Vm, _: &mut Goroutine, _: &[u64], r: &mut [u64]) -> NResult {
    r[0] = 1;
    Ok(())
}

fn gosched(_: &mut Vm, _: &mut Goroutine, _: &[u64], _: &mut [u64]) -> NResult {
    Ok(())
}

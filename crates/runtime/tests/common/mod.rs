//! Toy goroutines and synchronisation built on park/ready, as the VM's channels and
//! `sync` package will be: a blocked operation registers the goroutine, returns `Parked`,
//! and is retried from the goroutine's saved state when it is re-run.

#![allow(dead_code)] // Each test binary uses a different subset.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use minigo_runtime::{Config, Cx, GRef, Goroutine, Outcome, RunResult, Runtime, WaitReason};

/// A goroutine whose state lives in a closure's captures.
pub struct FnG<F>(pub F);

impl<F: FnMut(&mut Cx<'_>) -> RunResult + Send + 'static> Goroutine for FnG<F> {
    fn run(&mut self, cx: &mut Cx<'_>) -> RunResult {
        (self.0)(cx)
    }
}

pub fn go<F: FnMut(&mut Cx<'_>) -> RunResult + Send + 'static>(f: F) -> FnG<F> {
    FnG(f)
}

pub fn config(procs: usize) -> Config {
    let mut c = Config::new(procs);
    c.seed = Some(1);
    c
}

/// Runs `main` with `procs` Ps.
pub fn run(procs: usize, main: impl Goroutine) -> Outcome {
    Runtime::new(config(procs)).run(main)
}

/// A buffered channel (capacity >= 1) with wait queues.
pub struct Chan<T> {
    inner: Mutex<ChanInner<T>>,
}

struct ChanInner<T> {
    buf: VecDeque<T>,
    cap: usize,
    recvq: VecDeque<GRef>,
    sendq: VecDeque<GRef>,
}

impl<T> Chan<T> {
    pub fn new(cap: usize) -> Arc<Chan<T>> {
        Arc::new(Chan {
            inner: Mutex::new(ChanInner {
                buf: VecDeque::new(),
                cap: cap.max(1),
                recvq: VecDeque::new(),
                sendq: VecDeque::new(),
            }),
        })
    }

    /// Sends, or registers the caller as a waiting sender and gives the value back.
    pub fn try_send(&self, cx: &mut Cx<'_>, v: T) -> Result<(), T> {
        let wake = {
            let mut c = self.inner.lock().unwrap();
            if c.buf.len() >= c.cap {
                c.sendq.push_back(cx.current());
                return Err(v);
            }
            c.buf.push_back(v);
            c.recvq.pop_front()
        };
        // Wake after unlocking, as Go's channels do.
        if let Some(g) = wake {
            cx.ready(&g);
        }
        Ok(())
    }

    /// Receives, or registers the caller as a waiting receiver.
    pub fn try_recv(&self, cx: &mut Cx<'_>) -> Option<T> {
        let (v, wake) = {
            let mut c = self.inner.lock().unwrap();
            match c.buf.pop_front() {
                Some(v) => (v, c.sendq.pop_front()),
                None => {
                    c.recvq.push_back(cx.current());
                    return None;
                }
            }
        };
        if let Some(g) = wake {
            cx.ready(&g);
        }
        Some(v)
    }
}

/// A `sync.WaitGroup`.
pub struct WaitGroup {
    inner: Mutex<(usize, Vec<GRef>)>,
}

impl WaitGroup {
    pub fn new(n: usize) -> Arc<WaitGroup> {
        Arc::new(WaitGroup {
            inner: Mutex::new((n, Vec::new())),
        })
    }

    pub fn done(&self, cx: &mut Cx<'_>) {
        let wake = {
            let mut w = self.inner.lock().unwrap();
            w.0 -= 1;
            if w.0 == 0 {
                std::mem::take(&mut w.1)
            } else {
                Vec::new()
            }
        };
        for g in &wake {
            cx.ready(g);
        }
    }

    /// True if the counter is zero; else registers the caller.
    pub fn try_wait(&self, cx: &mut Cx<'_>) -> bool {
        let mut w = self.inner.lock().unwrap();
        if w.0 == 0 {
            return true;
        }
        w.1.push(cx.current());
        false
    }
}

/// A gate that goroutines wait at until it opens.
pub struct Gate {
    inner: Mutex<(bool, Vec<GRef>)>,
}

impl Gate {
    pub fn new() -> Arc<Gate> {
        Arc::new(Gate {
            inner: Mutex::new((false, Vec::new())),
        })
    }

    pub fn try_pass(&self, cx: &mut Cx<'_>) -> bool {
        let mut g = self.inner.lock().unwrap();
        if g.0 {
            return true;
        }
        g.1.push(cx.current());
        false
    }

    /// Opens the gate; returns the goroutines to ready.
    pub fn open(&self) -> Vec<GRef> {
        let mut g = self.inner.lock().unwrap();
        g.0 = true;
        std::mem::take(&mut g.1)
    }
}

/// A goroutine that waits for `wg` and then ends the program with `Exit(0)`.
pub fn wait_then_exit(wg: Arc<WaitGroup>) -> impl FnMut(&mut Cx<'_>) -> RunResult {
    move |cx| {
        if wg.try_wait(cx) {
            RunResult::Exit(0)
        } else {
            RunResult::Parked(WaitReason::WaitGroupWait)
        }
    }
}

/// A CPU-bound goroutine body: spins until `stop` is set or `limit` passes, yielding
/// whenever asked; returns `Exited`.
pub fn spinner(stop: Arc<AtomicBool>, limit: Duration) -> impl FnMut(&mut Cx<'_>) -> RunResult {
    let deadline = Instant::now() + limit;
    move |cx| {
        loop {
            if stop.load(Ordering::Relaxed) || Instant::now() > deadline {
                return RunResult::Exited;
            }
            if cx.should_yield() {
                return RunResult::Yielded;
            }
            std::hint::spin_loop();
        }
    }
}

/// Sum of the CPU time of this process's live threads, from
/// `/proc/self/task/*/schedstat` (nanoseconds); `None` if unavailable.
pub fn process_cpu_time() -> Option<Duration> {
    let mut total = 0u64;
    for e in std::fs::read_dir("/proc/self/task").ok()? {
        let path = e.ok()?.path().join("schedstat");
        let Ok(s) = std::fs::read_to_string(path) else {
            continue;
        };
        total += s.split_whitespace().next()?.parse::<u64>().ok()?;
    }
    Some(Duration::from_nanos(total))
}

/// Resident set size of this process, in bytes, from `/proc/self/status`.
pub fn rss_bytes() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

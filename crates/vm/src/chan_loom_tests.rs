//! loom models of the channel protocol, running the real code of `chan_core.rs` (waiter
//! claim and completion, wait queues, buffer, close, `select`'s poll, enqueue and stale
//! entries) on loom's atomics, with loom threads as goroutines.
//!
//! A model goroutine ([`Proc`]) runs one operation the way `chan.rs` does: look at its
//! wait slot ([`chan_core::resume`]), lock the channel(s), call `chan_core`, store the new
//! waiter, unlock, and only then ready the goroutines the operation completed. When it
//! has to park it runs the operation once more at once (a spurious run, which must park
//! again or take a result completed meanwhile), then waits for its ready token (a loom
//! `Mutex<bool>` and `Condvar`, like the scheduler's park/ready) and runs the operation
//! again. A lost wake-up therefore leaves a goroutine waiting forever, which loom reports
//! as a deadlock; values lost, duplicated or reordered, and leftover queue entries, fail
//! the models' assertions.
//!
//! 1. Unbuffered hand-off: one sender, one receiver; the value arrives once.
//! 2. Buffered, cap 1, two senders (one sends twice): every value arrives once, each
//!    sender's in order (the FIFO hand-over through the full buffer).
//! 3. `close` racing a receiver and a sender on one channel: either the hand-off happened
//!    (and `close` woke nobody) or the receiver gets the zero value with ok = false and
//!    the sender the "send on closed channel" error. The model also checks that `close`
//!    did find a parked receiver in some interleavings and a parked sender in others.
//! 4. `select` receiving from two channels while a sender on each races: exactly one case
//!    wins, the other value stays in its channel (the select then receives it), and the
//!    select's stale entry is removed. Both poll orders.
//! 5. `select` with a send and a receive case racing a receiver and a sender: the same,
//!    through the send-case paths.
//!
//! Two deliberately broken variants must be caught, each in a child process because loom
//! reports a lost wake-up as a deadlock, which aborts the process (as in
//! `crates/runtime/src/loom_tests.rs`):
//! - polling, unlocking, then enqueueing (protocol step 2 split in two critical
//!   sections) in model 1: a lost wake-up;
//! - claiming waiters with a load and a store instead of the compare-and-swap
//!   ([`Fault::ClaimWithoutCas`]) in model 4: both senders complete the select's waiter,
//!   so a value is lost.
//!
//! Run (about 3 s on 2 cores once built; `.ci/run` runs it with the runtime's models):
//! `RUSTFLAGS="--cfg loom" CARGO_TARGET_DIR=target/loom cargo test -p minigo-vm --release --lib loom`.
//! `LOOM_MAX_PREEMPTIONS` overrides the models' preemption bound ([`PREEMPTIONS`]).

use std::convert::Infallible;

use ::loom::sync::{Condvar, Mutex, MutexGuard};
use ::loom::thread;

use crate::chan_core::{self, ChanState, CloseOfClosed, Fault, OpCx, Resumed, SendOnClosed, Step};
use crate::loom::Arc;

/// The zero value the model's receivers get from a closed channel (sent values are
/// small positive numbers).
const ZERO: u64 = 0;

/// Preemption bound of the models unless `LOOM_MAX_PREEMPTIONS` is set. Measured on 2
/// cores: 3 takes about 3 s for all the models (2: 0.3 s, 4: 20 s, unbounded: over 10
/// minutes). 2 already catches both broken variants; 1 does not, and the `select` models'
/// check that each case can win fails with it.
const PREEMPTIONS: usize = 3;

/// Runs `f` under loom and returns how many interleavings loom explored.
fn explore(f: impl Fn() + Sync + Send + 'static) -> usize {
    let runs = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = runs.clone();
    let mut builder = ::loom::model::Builder::new();
    builder.preemption_bound.get_or_insert(PREEMPTIONS);
    builder.check(move || {
        counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        f();
    });
    runs.load(std::sync::atomic::Ordering::Relaxed)
}

/// Counts, across the interleavings of one model, how often each of two outcomes
/// happened, so that a model can check it reached both.
#[derive(Clone, Default)]
struct Tally(std::sync::Arc<[std::sync::atomic::AtomicUsize; 2]>);

impl Tally {
    fn hit(&self, i: usize) {
        self.0[i].fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }

    fn get(&self) -> [usize; 2] {
        [0, 1].map(|i| self.0[i].load(std::sync::atomic::Ordering::Relaxed))
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap()
}

/// A model goroutine's handle (`GRef` in the VM): its id and its ready token.
#[derive(Clone)]
struct G(Arc<GInner>);

struct GInner {
    id: u32,
    token: Mutex<bool>,
    cv: Condvar,
}

impl G {
    fn new(id: u32) -> G {
        G(Arc::new(GInner {
            id,
            token: Mutex::new(false),
            cv: Condvar::new(),
        }))
    }

    /// The scheduler's `ready`: makes the goroutine runnable (idempotent until it runs).
    fn ready(&self) {
        *lock(&self.0.token) = true;
        self.0.cv.notify_one();
    }

    /// The goroutine's M waiting until it is readied.
    fn park(&self) {
        let mut t = lock(&self.0.token);
        while !*t {
            t = self.0.cv.wait(t).unwrap();
        }
        *t = false;
    }
}

type Chan = Arc<Mutex<ChanState<G>>>;

fn chan(cap: usize, fault: Fault) -> Chan {
    let mut st = ChanState::new(cap, 0, false);
    st.fault = fault;
    Arc::new(Mutex::new(st))
}

/// `Vm::to_ready` for one operation: goroutines to ready once every lock is released.
#[derive(Default)]
struct Cx {
    ready: Vec<G>,
}

impl OpCx<G> for Cx {
    fn zero(&self, _elem: u32) -> u64 {
        ZERO
    }

    fn ready(&mut self, g: G) {
        self.ready.push(g);
    }
}

impl Cx {
    /// The scheduler readying what the operation completed (after unlocking).
    fn ready_all(self) -> Vec<u32> {
        self.ready
            .into_iter()
            .map(|g| {
                g.ready();
                g.0.id
            })
            .collect()
    }
}

/// A model goroutine: its handle and its wait slot (`Goroutine::wait`).
struct Proc {
    me: G,
    wait: Option<Arc<chan_core::Waiter<G>>>,
    /// Broken variant: enqueue in a second critical section after an unsuccessful poll.
    split_enqueue: bool,
}

impl Proc {
    fn new(id: u32) -> Proc {
        Proc {
            me: G::new(id),
            wait: None,
            split_enqueue: false,
        }
    }

    /// Runs an operation until it completes, parking in between (the re-executed
    /// instruction of a parked goroutine). After each park the operation first runs
    /// once more *before* the goroutine is readied (a spurious run): it must then either
    /// park again or find a result completed meanwhile, seen only through the waiter's
    /// `Acquire`/`Release` pair (without the ready token's lock making it visible).
    fn run<T>(&mut self, mut step: impl FnMut(&mut Proc) -> Option<T>) -> T {
        loop {
            if let Some(r) = step(self) {
                return r;
            }
            if let Some(r) = step(self) {
                return r;
            }
            self.me.park();
        }
    }

    /// One execution of `<-c` (`chan::recv`): the result, or `None` when parked.
    fn recv_step(&mut self, c: &Chan) -> Option<(u64, bool)> {
        match chan_core::resume(&mut self.wait) {
            Resumed::Fresh => {}
            Resumed::Waiting => return None,
            Resumed::Done(d) => return Some((d.value, d.ok)),
        }
        let mut cx = Cx::default();
        let me = self.me.clone();
        let step = if self.split_enqueue {
            match lock(c).try_recv(&mut cx) {
                Some(r) => Step::Done(r),
                None => {
                    let w = chan_core::Waiter::new(me);
                    lock(c).enqueue_recv(&w, 0);
                    Step::Park(w)
                }
            }
        } else {
            let mut st = lock(c);
            match st.recv(&mut cx, || Ok::<_, Infallible>(me)) {
                Ok(step) => step,
                Err(e) => match e {},
            }
        };
        cx.ready_all();
        match step {
            Step::Done(r) => Some(r),
            Step::Park(w) => {
                self.wait = Some(w);
                None
            }
        }
    }

    fn recv(&mut self, c: &Chan) -> (u64, bool) {
        self.run(|p| p.recv_step(c))
    }

    /// One execution of `c <- v` (`chan::send`).
    fn send_step(&mut self, c: &Chan, v: u64) -> Option<Result<(), SendOnClosed>> {
        match chan_core::resume(&mut self.wait) {
            Resumed::Fresh => {}
            Resumed::Waiting => return None,
            Resumed::Done(d) if d.ok => return Some(Ok(())),
            Resumed::Done(_) => return Some(Err(SendOnClosed)),
        }
        let mut cx = Cx::default();
        let me = self.me.clone();
        let step = lock(c).send(&mut cx, v, || Ok(me));
        cx.ready_all();
        match step {
            Ok(Step::Done(())) => Some(Ok(())),
            Ok(Step::Park(w)) => {
                self.wait = Some(w);
                None
            }
            Err(e) => Some(Err(e)),
        }
    }

    fn send(&mut self, c: &Chan, v: u64) -> Result<(), SendOnClosed> {
        self.run(|p| p.send_step(c, v))
    }

    /// `close(c)`; returns the ids of the goroutines it readied.
    fn close(&mut self, c: &Chan) -> Result<Vec<u32>, CloseOfClosed> {
        let mut cx = Cx::default();
        let r = lock(c).close(&mut cx);
        r.map(|()| cx.ready_all())
    }

    /// One execution of a `select` without `default` (`chan::select`): case `i` is on
    /// `cs[i]`, a send of `send[i]` if that is `Some`, else a receive. `cs` is in lock
    /// order; `order` is the poll order (random in the VM).
    fn select_step(
        &mut self,
        cs: &[&Chan],
        send: &[Option<u64>],
        order: &[usize],
    ) -> Option<Result<(usize, u64, bool), SendOnClosed>> {
        match chan_core::resume(&mut self.wait) {
            Resumed::Fresh => {}
            Resumed::Waiting => return None,
            Resumed::Done(d) => {
                for c in cs {
                    lock(c).dequeue(&d.waiter);
                }
                let k = d.case as usize;
                if send[k].is_some() && !d.ok {
                    return Some(Err(SendOnClosed));
                }
                return Some(Ok((k, d.value, d.ok)));
            }
        }
        let mut cx = Cx::default();
        let me = self.me.clone();
        let step = {
            let mut guards: Vec<MutexGuard<'_, ChanState<G>>> =
                cs.iter().map(|c| lock(c)).collect();
            chan_core::select(
                &mut guards,
                order,
                |i| Some((i, send[i])),
                false,
                &mut cx,
                || Ok::<_, SendOnClosed>(me),
            )
        };
        cx.ready_all();
        match step {
            Err(e) => Some(Err(e)),
            Ok(Step::Done(Some(r))) => Some(Ok(r)),
            Ok(Step::Done(None)) => unreachable!("no default case"),
            Ok(Step::Park(w)) => {
                self.wait = Some(w);
                None
            }
        }
    }

    fn select(
        &mut self,
        cs: &[&Chan],
        send: &[Option<u64>],
        order: &[usize],
    ) -> Result<(usize, u64, bool), SendOnClosed> {
        self.run(|p| p.select_step(cs, send, order))
    }
}

/// Nothing is left behind: no buffered value, no queued (or stale) entry.
fn assert_drained(c: &Chan) {
    let st = lock(c);
    assert_eq!(st.buffered(), 0, "a value was left in the buffer");
    assert_eq!(st.queued(), (0, 0), "an entry was left in a wait queue");
}

/// Model 1; `split_enqueue` is the broken variant.
fn unbuffered_handoff(split_enqueue: bool) -> usize {
    explore(move || {
        let c = chan(0, Fault::None);
        let sender = {
            let c = c.clone();
            thread::spawn(move || Proc::new(1).send(&c, 7))
        };
        let mut p = Proc::new(0);
        p.split_enqueue = split_enqueue;
        assert_eq!(p.recv(&c), (7, true));
        assert!(sender.join().unwrap().is_ok());
        assert_drained(&c);
    })
}

#[test]
fn unbuffered_send_recv_hands_the_value_over_once() {
    let n = unbuffered_handoff(false);
    eprintln!("unbuffered hand-off: {n} interleavings");
    assert!(n > 1);
}

#[test]
fn buffered_cap1_two_senders_lose_nothing_and_keep_fifo() {
    let n = explore(|| {
        let c = chan(1, Fault::None);
        let a = {
            let c = c.clone();
            thread::spawn(move || {
                let mut p = Proc::new(1);
                p.send(&c, 1).unwrap();
                p.send(&c, 2).unwrap();
            })
        };
        let b = {
            let c = c.clone();
            thread::spawn(move || Proc::new(2).send(&c, 3).unwrap())
        };
        let mut p = Proc::new(0);
        let got: Vec<u64> = (0..3)
            .map(|_| p.recv(&c))
            .map(|(v, ok)| {
                assert!(ok);
                v
            })
            .collect();
        a.join().unwrap();
        b.join().unwrap();
        let mut sorted = got.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, [1, 2, 3], "lost or duplicated value: {got:?}");
        let pos = |v| got.iter().position(|&x| x == v).unwrap();
        assert!(pos(1) < pos(2), "one sender's values out of order: {got:?}");
        assert_drained(&c);
    });
    eprintln!("buffered cap 1, two senders: {n} interleavings");
    assert!(n > 1);
}

#[test]
fn close_races_a_receiver_and_a_sender() {
    // How many interleavings had `close` wake a parked receiver, and a parked sender.
    let woke = Tally::default();
    let counts = woke.clone();
    let n = explore(move || {
        let c = chan(0, Fault::None);
        let receiver = {
            let c = c.clone();
            thread::spawn(move || Proc::new(1).recv(&c))
        };
        let sender = {
            let c = c.clone();
            thread::spawn(move || Proc::new(2).send(&c, 7))
        };
        let readied = Proc::new(0).close(&c).expect("first close");
        let got = receiver.join().unwrap();
        let sent = sender.join().unwrap();
        match sent {
            Ok(()) => assert_eq!(got, (7, true), "the sent value was lost"),
            Err(SendOnClosed) => assert_eq!(got, (ZERO, false), "received after a failed send"),
        }
        assert!(
            readied.len() <= 1,
            "close woke both: they should have paired"
        );
        for id in readied {
            counts.hit(id as usize - 1);
        }
        assert!(matches!(Proc::new(3).close(&c), Err(CloseOfClosed)));
        assert_drained(&c);
    });
    let [r, s] = woke.get();
    eprintln!("close race: {n} interleavings, close woke a receiver in {r}, a sender in {s}");
    assert!(
        r > 0 && s > 0,
        "the model never closed under a parked goroutine"
    );
}

/// Model 4; `fault` is injected into both channels, `order` is the select's poll order.
/// Returns the number of interleavings and how often each case won.
fn select_two_senders(fault: Fault, order: &'static [usize]) -> (usize, [usize; 2]) {
    let won = Tally::default();
    let tally = won.clone();
    let n = explore(move || {
        let a = chan(0, fault);
        let b = chan(0, fault);
        let selector = {
            let (a, b, tally) = (a.clone(), b.clone(), tally.clone());
            thread::spawn(move || {
                let mut p = Proc::new(0);
                let (k, v, ok) = p.select(&[&a, &b], &[None, None], order).unwrap();
                tally.hit(k);
                assert!(ok);
                assert_eq!(v, k as u64 + 1, "case {k} got another channel's value");
                // The losing sender's value must still be there.
                let other = if k == 0 { &b } else { &a };
                let (v2, ok2) = p.recv(other);
                assert!(ok2);
                assert_eq!(v + v2, 3, "lost or duplicated value: {v} then {v2}");
            })
        };
        let sender_a = {
            let a = a.clone();
            thread::spawn(move || Proc::new(1).send(&a, 1))
        };
        assert!(Proc::new(2).send(&b, 2).is_ok());
        assert!(sender_a.join().unwrap().is_ok());
        selector.join().unwrap();
        assert_drained(&a);
        assert_drained(&b);
    });
    (n, won.get())
}

#[test]
fn select_over_two_channels_takes_exactly_one_value() {
    for order in [&[0, 1], &[1, 0]] {
        let (n, won) = select_two_senders(Fault::None, order);
        eprintln!("select, two senders, poll order {order:?}: {n} interleavings, won {won:?}");
        assert!(won.iter().all(|&w| w > 0), "a case never won");
    }
}

/// Model 5: `select { case a <- 1: ...; case v := <-b: ... }` while a receiver on `a`
/// and a sender of 2 on `b` race. Exactly one case wins; the select then does the other
/// operation, which must still find its partner waiting.
#[test]
fn select_with_a_send_case_completes_exactly_one_case() {
    for order in [&[0, 1], &[1, 0]] {
        let won = Tally::default();
        let tally = won.clone();
        let n = explore(move || {
            let a = chan(0, Fault::None);
            let b = chan(0, Fault::None);
            let selector = {
                let (a, b, tally) = (a.clone(), b.clone(), tally.clone());
                thread::spawn(move || {
                    let mut p = Proc::new(0);
                    let (k, v, ok) = p.select(&[&a, &b], &[Some(1), None], order).unwrap();
                    tally.hit(k);
                    match (k, v, ok) {
                        (0, _, ok) => {
                            assert!(ok);
                            assert_eq!(p.recv(&b), (2, true), "the sender's value was lost");
                        }
                        (1, v, ok) => {
                            assert_eq!((v, ok), (2, true));
                            p.send(&a, 1).unwrap();
                        }
                        (k, ..) => unreachable!("case {k}"),
                    }
                })
            };
            let receiver = {
                let a = a.clone();
                thread::spawn(move || Proc::new(1).recv(&a))
            };
            assert!(Proc::new(2).send(&b, 2).is_ok());
            assert_eq!(receiver.join().unwrap(), (1, true));
            selector.join().unwrap();
            assert_drained(&a);
            assert_drained(&b);
        });
        let won = won.get();
        eprintln!("select with a send case, poll order {order:?}: {n} interleavings, won {won:?}");
        assert!(won.iter().all(|&w| w > 0), "a case never won");
    }
}

/// Set in the child process of `broken_variants_are_caught` to the variant to run.
const CHILD_ENV: &str = "MINIGO_LOOM_BROKEN_CHAN";

/// Runs one broken model, but only in the child process (see the module doc). Without
/// the variable this test does nothing.
#[test]
fn broken_variant_child() {
    match std::env::var(CHILD_ENV).as_deref() {
        Ok("split_enqueue") => {
            unbuffered_handoff(true);
        }
        Ok("claim_without_cas") => {
            select_two_senders(Fault::ClaimWithoutCas, &[0, 1]);
        }
        Ok(other) => panic!("unknown variant {other}"),
        Err(_) => {}
    }
}

/// Runs the broken variant `name` in a child process and returns its stderr; the child
/// must have failed.
fn run_broken(name: &str) -> String {
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "chan_loom_tests::broken_variant_child",
            "--nocapture",
        ])
        .env(CHILD_ENV, name)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        !out.status.success(),
        "loom did not catch {name}:\n{stderr}"
    );
    stderr
}

#[test]
fn broken_variants_are_caught() {
    let stderr = run_broken("split_enqueue");
    assert!(
        stderr.contains("deadlock"),
        "split enqueue failed otherwise:\n{stderr}"
    );
    let stderr = run_broken("claim_without_cas");
    assert!(
        stderr.contains("deadlock")
            || stderr.contains("lost or duplicated value")
            || stderr.contains("got another channel's value"),
        "claim without CAS failed otherwise:\n{stderr}"
    );
}

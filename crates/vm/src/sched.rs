//! VM goroutines on the `minigo-runtime` scheduler, and the natives that talk to it
//! (`go`, channel operations, `select`, `runtime.*`, `time.Sleep` and timers).
//!
//! # Who owns what
//! - A goroutine is a [`VmG`]: its [`Goroutine`] (registers, frames, defers, panics, and
//!   the waiter it is blocked on). The scheduler owns it (behind the G's mutex) and lends
//!   it to one M at a time; a parked or runnable goroutine is visited by the collector
//!   through the stop-the-world visitor.
//! - Every M (OS thread) has its own [`Vm`] in a thread-local: the shared program and
//!   permanent objects (`Arc`s), its own heap front-end (allocation needs no lock), and
//!   the mailboxes `to_ready`/`to_spawn`/`request`. It is forked from the program's
//!   template `Vm` the first time the M runs a goroutine. A goroutine suspended inside a
//!   native's callback takes its M's `Vm` along (`VmG::own_vm`, `native_co.rs`).
//!
//! # A run step ([`VmG::run`])
//! The interpreter runs the goroutine until something needs the scheduler and says so
//! with a [`Stop`]: `Flush` (goroutines it readied or started, held in `to_ready`/
//! `to_spawn` until its next stop, else until the next safe point (readied) or the 16th
//! (started): handed to the scheduler through `runnext`, then the goroutine continues;
//! one readied by a goroutine that parks or ends is handed its P, no M woken), `Park`
//! (blocked: the instruction runs again on wake-up), `Sched` (a request: sleep, yield,
//! `GOMAXPROCS`), `Gc` (the heap wants a collection: stop the world, collect, continue),
//! `Yielded` (preempted at a safe point), `Finished`. Safe points poll the P's preemption
//! flag, which sysmon (10 ms), stop-the-world and exit set.
//!
//! # Collection
//! At a safe point of any goroutine with no native frames on its stack: the goroutine
//! calls `Cx::stop_the_world`; inside, every other goroutine is parked, runnable or at a
//! safe point, so its registers, frames, defers, panics and waiter are exact roots; with
//! the globals and the pending timers' function values, that is every root. If another
//! goroutine is already stopping the world, this one yields and tries again later.

use std::any::Any;
use std::cell::RefCell;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use minigo_runtime::{Config, Cx, Goroutine as RtGoroutine, Outcome, RunResult, Runtime};

use crate::chan::{self, Case};
use crate::goroutine::{FrameKind, Goroutine};
use crate::heap::Marker;
use crate::sync::PendingTimer;
use crate::vm::{Exit, NativeFn, Request, Stop, Trap, Vm, mark_goroutine};

/// A goroutine as the scheduler sees it. The program's template `Vm` (for Ms that have
/// none yet, and for dumps) is the runtime's user data ([`Cx::user`]), not a field: a
/// reference count per goroutine would be touched by every spawn and exit, from both Ms.
pub struct VmG {
    pub g: Goroutine,
    /// The `Vm` this goroutine took from its M when a native call suspended on a
    /// coroutine (whose frames point at it): it travels with the goroutine until the call
    /// finishes (`native_co.rs`).
    own_vm: Option<Box<Vm>>,
}

impl VmG {
    fn new(g: Goroutine) -> VmG {
        VmG { g, own_vm: None }
    }
}

/// The program's template `Vm`, from the runtime's user data.
fn template(user: Option<&(dyn Any + Send + Sync)>) -> &Mutex<Vm> {
    user.and_then(|u| u.downcast_ref::<Mutex<Vm>>())
        .expect("the runtime's user data is the template Vm")
}

thread_local! {
    /// This M's `Vm` (for the program whose `conc` it shares), boxed so that its address
    /// survives moves (a suspended native call holds it).
    static M_VM: RefCell<Option<Box<Vm>>> = const { RefCell::new(None) };
}

impl RtGoroutine for VmG {
    fn run(&mut self, cx: &mut Cx<'_>) -> RunResult {
        let mut vm = match self.own_vm.take() {
            Some(vm) => vm,
            None => {
                let template = template(cx.user());
                M_VM.with(|c| c.borrow_mut().take())
                    // This M's `Vm` serves this program if it was forked from the same
                    // template (compared by address: no lock on the hot path).
                    .filter(|vm| {
                        vm.template
                            .as_ref()
                            .is_some_and(|w| std::ptr::eq(w.as_ptr(), template))
                    })
                    .unwrap_or_else(|| {
                        Box::new(template.lock().unwrap_or_else(|e| e.into_inner()).fork())
                    })
            }
        };
        // Natives may call back into minigo down to this depth of the M's stack.
        vm.m_floor =
            crate::native_co::floor_below(crate::native_co::stack_address(), cx.m_stack_size());
        let r = self.step(&mut vm, cx);
        if self.g.native.as_ref().is_some_and(|c| c.result.is_none()) {
            // A native call is suspended on a coroutine holding this `Vm`.
            self.own_vm = Some(vm);
        } else {
            M_VM.with(|c| {
                let mut slot = c.borrow_mut();
                if slot.is_none() {
                    *slot = Some(vm);
                }
            });
        }
        r
    }

    /// Go's traceback for a goroutine dump, with the `created by` lines of a goroutine
    /// started by a `go` statement.
    fn dump(&self, user: Option<&(dyn Any + Send + Sync)>) -> String {
        let vm = template(user).lock().unwrap_or_else(|e| e.into_inner());
        vm.dump_text(&self.g)
    }
}

impl VmG {
    fn step(&mut self, vm: &mut Vm, cx: &mut Cx<'_>) -> RunResult {
        if self.g.gref.is_none() {
            self.g.gref = Some(cx.current());
            self.g.id = cx.id();
        }
        if !vm
            .preempt
            .as_ref()
            .is_some_and(|p| Arc::ptr_eq(p, cx.preempt_flag()))
        {
            vm.preempt = Some(Arc::clone(cx.preempt_flag()));
        }
        loop {
            // A suspended native call resumes first; when it finishes, the interpreter
            // re-executes its instruction, which takes the result.
            let res = match vm.resume_native(&mut self.g) {
                Some(s) => Ok(s.into()),
                None => vm.run(&mut self.g, 0),
            };
            // A goroutine that parks or ends right after readying exactly one other
            // hands its P over to it (this M runs it next: no other M to wake).
            let stopping = matches!(res, Ok(Stop::Park(_)) | Ok(Stop::Finished));
            if stopping && vm.to_ready.len() == 1 && vm.to_spawn.is_empty() {
                cx.hand_off(&vm.to_ready.pop().expect("one goroutine"));
            }
            for g in vm.to_ready.drain(..) {
                cx.ready(&g);
            }
            if !vm.to_spawn.is_empty() {
                cx.spawn_all(vm.to_spawn.drain(..).map(VmG::new));
            }
            match res {
                Ok(Stop::Flush) => {
                    if cx.should_yield() {
                        return RunResult::Yielded;
                    }
                }
                Ok(Stop::Park(reason)) => return RunResult::Parked(reason),
                Ok(Stop::Yielded) => return RunResult::Yielded,
                Ok(Stop::Sched) => match vm.request.take() {
                    Some(Request::Yield) => {
                        self.g.reply = Some(0);
                        return RunResult::Yielded;
                    }
                    Some(Request::Sleep(d)) => {
                        self.g.reply = Some(0);
                        return cx.sleep(d);
                    }
                    Some(Request::Blocking(call)) => return RunResult::Blocking(call),
                    Some(Request::SetGomaxprocs(n)) => match cx.set_gomaxprocs(n) {
                        Some(prev) => self.g.reply = Some(prev as u64),
                        None => return RunResult::Yielded,
                    },
                    None => {}
                },
                Ok(Stop::Gc) => {
                    if !self.collect(vm, cx) {
                        return RunResult::Yielded;
                    }
                }
                Ok(Stop::Finished) => {
                    if self.g.is_main {
                        let _ = vm.stdout.flush();
                        return RunResult::Exit(0);
                    }
                    return self.exited();
                }
                Err(Trap::Unwinding) if self.g.panics.last().is_some_and(|p| p.goexit) => {
                    return self.exited();
                }
                Err(t) => {
                    let Exit::Code(code) = vm.report_trap(&mut self.g, t);
                    return RunResult::Exit(code);
                }
            }
        }
    }

    /// The goroutine finished: drop its handle to itself (a `GRef` inside the body it
    /// refers to is a reference cycle that would keep every finished goroutine alive).
    fn exited(&mut self) -> RunResult {
        self.g.gref = None;
        self.g.wait = None;
        RunResult::Exited
    }

    /// Collects with the world stopped; false if another goroutine is stopping it.
    fn collect(&mut self, vm: &mut Vm, cx: &mut Cx<'_>) -> bool {
        let prog = vm.prog.clone();
        let globals = vm.globals;
        let conc = Arc::clone(&vm.conc);
        let me = &self.g;
        let heap = &mut vm.heap;
        cx.stop_the_world(|w| {
            heap.collect_world(w, |m, w| {
                m.mark(globals);
                // Timers first, with the world stopped (a timer started just before
                // holds the only reference to its function; one firing now keeps its
                // entry until its goroutine is in the table visited below).
                for r in conc.timer_roots() {
                    m.mark(r);
                }
                mark_vm_goroutine(m, &prog, me);
                w.for_each_goroutine(|_, _, body| {
                    if let Some(body) = body {
                        let any: &mut dyn Any = body;
                        if let Some(vg) = any.downcast_mut::<VmG>() {
                            mark_vm_goroutine(m, &prog, &vg.g);
                        }
                    }
                });
            });
        })
        .is_some()
    }
}

fn mark_vm_goroutine(m: &mut Marker<'_>, prog: &minigo_bytecode::Program, g: &Goroutine) {
    mark_goroutine(m, prog, g);
    if let Some(w) = &g.wait
        && let Some(v) = w.held_ref()
    {
        m.mark(v);
    }
}

/// `MINIGO_PREEMPT_EVERY=N` (N ≥ 1): also preempt goroutines at every Nth safe point
/// (`Vm::preempt_every`); unset, 0 or not a number: off.
fn preempt_every() -> u32 {
    std::env::var("MINIGO_PREEMPT_EVERY")
        .ok()
        .and_then(|v| v.trim().parse::<u32>().ok())
        .unwrap_or(0)
}

/// `GOMAXPROCS`: the environment variable, else the number of CPUs.
fn default_procs() -> usize {
    std::env::var("GOMAXPROCS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&n| n >= 1)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// Runs the program's entry function as goroutine 1 on a new scheduler.
pub fn run_main(vm: &mut Vm) -> Exit {
    let mut cfg = Config::new(default_procs());
    cfg.apply_godebug(&std::env::var("GODEBUG").unwrap_or_default());
    vm.scheduled = true;
    vm.preempt_every = preempt_every();
    vm.heap.flush();
    let template = Arc::new(Mutex::new(vm.fork()));
    template.lock().unwrap_or_else(|e| e.into_inner()).template = Some(Arc::downgrade(&template));
    vm.template = Some(Arc::downgrade(&template));
    cfg.user = Some(template.clone());
    let rt = Runtime::new(cfg);
    let handle = rt.handle();
    template.lock().unwrap_or_else(|e| e.into_inner()).handle = Some(handle.clone());
    vm.handle = Some(handle);
    let mut g = Goroutine::new(1);
    g.is_main = true;
    let entry = vm.prog.entry;
    if let Err(t) = vm.push_frame(&mut g, entry, 0, &[], FrameKind::Normal) {
        return vm.report_trap(&mut g, t);
    }
    let outcome = rt.run(VmG::new(g));
    // The template's handle refers to the runtime, whose settings hold the template.
    template.lock().unwrap_or_else(|e| e.into_inner()).handle = None;
    let _ = vm.stdout.flush();
    vm.handle = None;
    match outcome {
        Outcome::Exit(code) => Exit::Code(code),
        Outcome::Deadlock(d) => {
            if d.goroutines.is_empty() {
                eprintln!("fatal error: no goroutines (main called runtime.Goexit) - deadlock!");
            } else {
                let mut text = String::from("fatal error: all goroutines are asleep - deadlock!\n");
                for ((id, reason), dump) in d.goroutines.iter().zip(&d.dumps) {
                    text.push_str(&format!("\ngoroutine {id} [{reason}]:\n{dump}"));
                }
                eprint!("{text}");
            }
            Exit::Code(2)
        }
        Outcome::Panic { goroutine, message } => {
            eprintln!("fatal error: minigo internal error in goroutine {goroutine:?}: {message}");
            Exit::Code(2)
        }
        Outcome::Fatal(msg) => {
            eprintln!("fatal error: {msg}");
            Exit::Code(2)
        }
    }
}

// ---- natives ----

type NResult = Result<(), Trap>;

/// `go f(args...)`: `a[0]` is the function value, the rest its arguments.
fn go(vm: &mut Vm, g: &mut Goroutine, a: &[u64], _r: &mut [u64]) -> NResult {
    let f = a[0];
    if f == 0 {
        return Err(Trap::RuntimePlain("go of nil func value".into()));
    }
    let func = vm.heap.closure_func(f);
    // Built where it waits for the scheduler (a goroutine is 176 bytes: no extra move).
    vm.to_spawn.push(Goroutine::new(0));
    let ng = vm.to_spawn.last_mut().expect("just pushed");
    ng.created_by = g.frames.last().map(|fr| (fr.func, fr.pc));
    if let Err(t) = crate::vm::push_frame_in(&vm.prog, ng, func, f, &a[1..], FrameKind::Normal) {
        vm.to_spawn.pop();
        return Err(t);
    }
    Ok(())
}

fn chan_make(vm: &mut Vm, _g: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = chan::make(vm, a[0] as u32, a[1] as i64)?;
    Ok(())
}

fn chan_send(vm: &mut Vm, g: &mut Goroutine, a: &[u64], _r: &mut [u64]) -> NResult {
    chan::send(vm, g, a[0], a[1])
}

fn chan_recv(vm: &mut Vm, g: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = chan::recv(vm, g, a[0])?.0;
    Ok(())
}

fn chan_recv2(vm: &mut Vm, g: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let (v, ok) = chan::recv(vm, g, a[0])?;
    r[0] = v;
    r[1] = u64::from(ok);
    Ok(())
}

fn chan_close(vm: &mut Vm, _g: &mut Goroutine, a: &[u64], _r: &mut [u64]) -> NResult {
    chan::close(vm, a[0])
}

fn chan_len(vm: &mut Vm, _g: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = chan::len_cap(vm, a[0]).0 as u64;
    Ok(())
}

fn chan_cap(vm: &mut Vm, _g: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    r[0] = chan::len_cap(vm, a[0]).1 as u64;
    Ok(())
}

/// `select`: `a = [has_default, (chan, is_send, value)...]`; results: the chosen case
/// (-1 for default), the received value, ok.
fn select(vm: &mut Vm, g: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let has_default = a[0] != 0;
    let cases: Vec<Case> = a[1..]
        .chunks_exact(3)
        .map(|c| Case {
            chan: c[0],
            send: (c[1] != 0).then_some(c[2]),
        })
        .collect();
    let (i, v, ok) = chan::select(vm, g, &cases, has_default)?;
    r[0] = i.map_or(-1i64 as u64, |i| i as u64);
    r[1] = v;
    r[2] = u64::from(ok);
    Ok(())
}

fn num_cpu(_: &mut Vm, _: &mut Goroutine, _: &[u64], r: &mut [u64]) -> NResult {
    r[0] = std::thread::available_parallelism().map_or(1, |n| n.get()) as u64;
    Ok(())
}

fn gomaxprocs(vm: &mut Vm, g: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    if let Some(prev) = g.reply.take() {
        r[0] = prev;
        return Ok(());
    }
    let n = a[0] as i64;
    let cur = vm.handle.as_ref().map_or(1, |h| h.gomaxprocs());
    if n < 1 || n as usize == cur || vm.handle.is_none() {
        r[0] = cur as u64;
        return Ok(());
    }
    vm.request = Some(Request::SetGomaxprocs(n as usize));
    Err(Trap::Sched)
}

fn num_goroutine(vm: &mut Vm, _: &mut Goroutine, _: &[u64], r: &mut [u64]) -> NResult {
    // Goroutines this one started and has not handed to the scheduler yet count too.
    r[0] = (vm.handle.as_ref().map_or(1, |h| h.num_goroutine()) + vm.to_spawn.len()) as u64;
    Ok(())
}

fn gosched(vm: &mut Vm, g: &mut Goroutine, _: &[u64], _: &mut [u64]) -> NResult {
    if g.reply.take().is_some() || vm.handle.is_none() {
        return Ok(());
    }
    vm.request = Some(Request::Yield);
    Err(Trap::Sched)
}

fn goexit(_: &mut Vm, _: &mut Goroutine, _: &[u64], _: &mut [u64]) -> NResult {
    Err(Trap::Goexit)
}

fn sleep(vm: &mut Vm, g: &mut Goroutine, a: &[u64], _: &mut [u64]) -> NResult {
    if g.reply.take().is_some() {
        return Ok(());
    }
    let d = a[0] as i64;
    if d <= 0 {
        return Ok(());
    }
    if vm.handle.is_none() {
        std::thread::sleep(Duration::from_nanos(d as u64));
        return Ok(());
    }
    vm.request = Some(Request::Sleep(Duration::from_nanos(d as u64)));
    Err(Trap::Sched)
}

/// `startTimer(d int64, f func()) int64`: after `d`, `f` runs in a new goroutine.
/// Returns a key for `stopTimer`.
fn start_timer(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let (d, f) = (a[0] as i64, a[1]);
    if f == 0 {
        return Err(Trap::Runtime(
            "invalid memory address or nil pointer dereference".into(),
        ));
    }
    let Some(handle) = vm.handle.clone() else {
        return Err(Trap::Fatal("fatal error: timers need the scheduler".into()));
    };
    let func = vm.heap.closure_func(f);
    let key = vm.conc.next_timer.fetch_add(1, Ordering::Relaxed) + 1;
    vm.conc
        .timers
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(
            key,
            PendingTimer {
                id: None,
                func,
                closure: f,
                fired: false,
            },
        );
    let conc = Arc::clone(&vm.conc);
    let prog = vm.prog.clone();
    let h2 = handle.clone();
    let d = Duration::from_nanos(d.max(0) as u64);
    let id = handle.after_func(d, move || {
        // Claim the timer but keep its entry until the goroutine is in the scheduler's
        // table: a collection in between then finds the closure through one or the other
        // (the collector reads the timers before the goroutines).
        let claimed = match conc
            .timers
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get_mut(&key)
        {
            Some(t) if !t.fired => {
                t.fired = true;
                Some((t.func, t.closure))
            }
            _ => None,
        };
        if let Some((func, closure)) = claimed {
            let mut g = Goroutine::new(0);
            if crate::vm::push_frame_in(&prog, &mut g, func, closure, &[], FrameKind::Normal)
                .is_ok()
            {
                h2.spawn(VmG::new(g));
            }
            conc.timers
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .remove(&key);
        }
    });
    if let Some(t) = vm
        .conc
        .timers
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get_mut(&key)
    {
        t.id = Some(id);
    }
    r[0] = key;
    Ok(())
}

/// `stopTimer(key int64) bool`: true if the timer had not fired yet.
fn stop_timer(vm: &mut Vm, _: &mut Goroutine, a: &[u64], r: &mut [u64]) -> NResult {
    let t = {
        let mut timers = vm.conc.timers.lock().unwrap_or_else(|e| e.into_inner());
        match timers.get(&a[0]) {
            Some(t) if !t.fired => timers.remove(&a[0]),
            _ => None,
        }
    };
    if let (Some(t), Some(h)) = (&t, &vm.handle)
        && let Some(id) = t.id
    {
        h.cancel_timer(id);
    }
    r[0] = u64::from(t.is_some());
    Ok(())
}

/// Natives implemented by the VM (the stdlib registers them with its own).
pub const NATIVES: &[(&str, NativeFn)] = &[
    ("builtin.go", go),
    ("builtin.makechan", chan_make),
    ("builtin.chansend", chan_send),
    ("builtin.chanrecv", chan_recv),
    ("builtin.chanrecv2", chan_recv2),
    ("builtin.close", chan_close),
    ("builtin.chanlen", chan_len),
    ("builtin.chancap", chan_cap),
    ("builtin.select", select),
    ("runtime.NumCPU", num_cpu),
    ("runtime.GOMAXPROCS", gomaxprocs),
    ("runtime.NumGoroutine", num_goroutine),
    ("runtime.Gosched", gosched),
    ("runtime.Goexit", goexit),
    ("time.Sleep", sleep),
    ("time.startTimer", start_timer),
    ("time.stopTimer", stop_timer),
];

//! The VM: a loaded program, its heap, and the interpreter loop that runs a goroutine.
//!
//! [`Vm::run`] executes instructions of the goroutine's top frame until the goroutine
//! finishes, the program exits, or a panic escapes. Calls push a [`Frame`] and continue
//! in the same loop (no Rust recursion); only natives that call back into minigo
//! (`Vm::call_value`) nest a second loop, bounded by a "stop depth".
//!
//! Panics: a runtime error or `panic(v)` pushes a [`PanicRec`] and starts unwinding: the
//! deferred calls of the top frame run (as `DeferredPanic` frames), then the frame is
//! popped, and so on. A deferred call that calls `recover()` marks the panic recovered;
//! when it returns, its caller resumes at its epilogue (`recover_pc`) and returns
//! normally. If the unwinding pops the last frame, the panic is reported.

use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use minigo_bytecode::{CmpOp, Const, FuncProto, Instr, IntKind, NO_REG, Program, RKind};

use crate::goroutine::{
    DeferRec, Frame, FrameKind, Goroutine, MAX_STACK_BYTES, PanicRec, TraceLine,
};
use crate::heap::{Heap, IPTR_TAG, Kind, RefMap};
use crate::maps::{MapIterState, MapTable};
use crate::native_co::Suspend;
use crate::values::{self, alloc_elems, is_byte_sized, load_elem};

/// Frames shown in a traceback (Go's `tracebackMaxFrames`).
const MAX_TRACE_FRAMES: usize = 100;

/// How a native function or an instruction ends abnormally.
#[derive(Debug)]
pub enum Trap {
    /// `panic(v)` with an interface value.
    Panic(u64),
    /// A runtime error (`index out of range [5] with length 3`); the message excludes the
    /// `runtime error: ` prefix.
    Runtime(String),
    /// A runtime error whose text has no `runtime error: ` prefix (Go's
    /// `*runtime.TypeAssertionError` and plain errors such as `assignment to entry in nil map`).
    RuntimePlain(String),
    /// `os.Exit(code)`.
    Exit(i32),
    /// `fatal error: ...` (not recoverable).
    Fatal(String),
    /// A panic unwound through a native boundary; the goroutine's panic state holds it.
    Unwinding,
    /// The operation must wait (`chan.rs`): the goroutine parks with this reason and the
    /// instruction runs again when it is readied.
    Park(minigo_runtime::WaitReason),
    /// The native left a request for the scheduler in [`Vm::request`]; the instruction
    /// runs again afterwards (and finds the answer in `Goroutine::reply`).
    Sched,
    /// `runtime.Goexit`: run the deferred calls, then end the goroutine.
    Goexit,
    /// A native's body running on a coroutine suspended ([`crate::native_co`]); the
    /// goroutine stops at the native's instruction as for [`Trap::Park`], [`Trap::Sched`]
    /// or a preemption, and resumes the coroutine when it runs again.
    Suspended(crate::native_co::Suspend),
}

/// What a native asks of the scheduler (see [`Trap::Sched`]).
pub enum Request {
    /// `runtime.Gosched`.
    Yield,
    /// `time.Sleep`.
    Sleep(std::time::Duration),
    /// `runtime.GOMAXPROCS(n)` with `n >= 1`.
    SetGomaxprocs(usize),
    /// A system call that may block the thread (stdin, files): run it with the P handed
    /// to another M ([`Vm::blocking`]).
    Blocking(minigo_runtime::BlockingCall),
}

/// Where a blocking call leaves its result for the re-executed native.
pub type SyscallSlot = Arc<std::sync::Mutex<Option<Box<dyn std::any::Any + Send>>>>;

pub type NativeFn = fn(&mut Vm, &mut Goroutine, &[u64], &mut [u64]) -> Result<(), Trap>;

/// How a call of [`Vm::run`] stopped, when no error ended it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stop {
    /// The frame at the stop depth returned (or the goroutine's last frame did).
    Finished,
    /// The goroutine stopped at a safe point because [`Vm::preempt`] was set; calling
    /// `run` again resumes it after that safe point.
    Yielded,
    /// The goroutine must park (`Trap::Park` from its current instruction, which runs
    /// again when it resumes).
    Park(minigo_runtime::WaitReason),
    /// Goroutines to ready or start are waiting in `to_ready`/`to_spawn` (a safe point
    /// found readied ones, or found started ones [`FLUSH_AFTER_SAFEPOINTS`] times); `run`
    /// again continues after the safe point. Every other stop hands them over too.
    Flush,
    /// A native left a [`Request`] in [`Vm::request`]; `run` again re-executes it.
    Sched,
    /// A safe point found that the heap wants a collection; `run` again re-executes the
    /// safe point (the caller collects first, with the world stopped).
    Gc,
}

/// How a program run ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Exit {
    /// Exit status: 0 after `main` returns, `n` after `os.Exit(n)`, 2 after an unrecovered
    /// panic or fatal error (already reported on stderr).
    Code(i32),
}

/// Standard output, shared by every thread of a program (Go writes each `Println` at
/// once; minigo buffers and flushes at exit, before reports on stderr, and before reading
/// stdin).
#[derive(Clone)]
pub struct Output(Arc<std::sync::Mutex<std::io::BufWriter<std::io::Stdout>>>);

impl Output {
    fn new() -> Output {
        Output(Arc::new(std::sync::Mutex::new(
            std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
        )))
    }

    pub fn write_all(&self, bytes: &[u8]) -> std::io::Result<()> {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .write_all(bytes)
    }

    pub fn flush(&self) -> std::io::Result<()> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).flush()
    }
}

/// This `Vm`'s handle to the shared program: an `Arc` of its own around the shared one,
/// so that the interpreter's clone at every entry touches a count no other M touches (a
/// shared count would bounce between the Ms' caches at every goroutine switch).
#[derive(Clone)]
#[expect(
    clippy::redundant_allocation,
    reason = "the outer Arc is the per-Vm count; the inner one is shared"
)]
pub struct ProgRef(Arc<Arc<Program>>);

impl ProgRef {
    fn new(prog: Arc<Program>) -> ProgRef {
        ProgRef(Arc::new(prog))
    }

    /// A handle of the same program with a count of its own (for another M's `Vm`).
    fn fork(&self) -> ProgRef {
        ProgRef::new(Arc::clone(&self.0))
    }
}

impl std::ops::Deref for ProgRef {
    type Target = Program;
    fn deref(&self) -> &Program {
        &self.0
    }
}

/// One thread's view of a loaded program: the program and its permanent objects (shared
/// by every thread through `Arc`s), this thread's heap front-end, and the mailboxes
/// between the interpreter and the scheduler. Each M has its own `Vm` (`sched.rs`).
pub struct Vm {
    pub prog: ProgRef,
    pub heap: Heap,
    /// Materialised constants (`LoadConst`).
    pub consts: Arc<[u64]>,
    /// The permanent `Words` object holding package-level variables.
    pub globals: u64,
    /// A permanent closure object per function, for `LoadFunc`.
    pub func_values: Arc<[u64]>,
    pub natives: Arc<[NativeFn]>,
    pub stdout: Output,
    /// `os.Args`.
    pub args: Arc<[String]>,
    /// Set by a scheduler (sysmon) to ask the running goroutine to stop at its next safe
    /// point (`Stop::Yielded`); a native's nested loop yields only on a coroutine.
    pub preempt: Option<Arc<std::sync::atomic::AtomicBool>>,
    /// A tiny preemption quantum for experiments (`MINIGO_PREEMPT_EVERY=N`): the running
    /// goroutine also yields at every `N`th safe point it passes (0: off), so schedules
    /// interleave far more often than sysmon's 10 ms slices make them.
    pub preempt_every: u32,
    /// Safe points passed since the last such yield.
    safepoints: u32,
    /// Safe points passed with `to_ready`/`to_spawn` not empty (see
    /// [`FLUSH_AFTER_SAFEPOINTS`]).
    unflushed: u32,
    /// Running under the scheduler: blocking operations park, collections stop the world.
    pub scheduled: bool,
    /// Goroutines readied by the running one (channel hand-offs, unlocks), for the
    /// scheduler to put on the run queue (`Stop::Flush`).
    pub to_ready: Vec<minigo_runtime::GRef>,
    /// Goroutines started by the running one (`go` statements).
    pub to_spawn: Vec<Goroutine>,
    /// A request for the scheduler (`Trap::Sched`).
    pub request: Option<Request>,
    /// The scheduler, for natives that need it directly (timers, `NumGoroutine`).
    pub handle: Option<minigo_runtime::Handle>,
    /// Program-wide concurrency state: semaphores of sync primitives, pending timers.
    pub conc: Arc<crate::sync::Conc>,
    /// For `select`'s random choice.
    pub rng: fastrand::Rng,
    /// The program's template `Vm` (under the scheduler), from which Ms fork theirs.
    pub template: Option<std::sync::Weak<std::sync::Mutex<Vm>>>,
    /// While a native's body runs on a coroutine: the address of its `Yielder`, else 0
    /// ([`crate::native_co`]).
    pub(crate) co_yielder: usize,
    /// The lowest stack address natives may call back down to: in the running
    /// coroutine, and on the M's own stack (0: unchecked).
    pub(crate) co_floor: usize,
    pub(crate) m_floor: usize,
    /// Coroutine stacks for reuse.
    pub(crate) co_stacks: Vec<corosensei::stack::DefaultStack>,
}

/// Resolves native function names to implementations (provided by the stdlib crate).
pub trait NativeRegistry {
    fn lookup(&self, name: &str) -> Option<NativeFn>;
}

impl Vm {
    /// Loads a program: materialises constants and globals, resolves natives.
    pub fn new(
        prog: Program,
        natives: &dyn NativeRegistry,
        args: Vec<String>,
    ) -> Result<Vm, String> {
        let prog = Arc::new(prog);
        let heap = Heap::for_program(prog.rtypes.iter().map(|t| t.kind.is_ref()).collect());
        let consts: Vec<u64> = prog
            .consts
            .iter()
            .map(|c| match c {
                Const::Word(w) => *w,
                Const::Str(s) => heap.alloc_str_permanent(s),
            })
            .collect();
        let consts: Arc<[u64]> = consts.into();
        let global_refs: Vec<bool> = prog
            .globals
            .iter()
            .map(|g| prog.rtypes[g.ty as usize].kind.is_ref())
            .collect();
        let refmap = if global_refs.iter().any(|&r| r) {
            RefMap::AllRefs
        } else {
            RefMap::NoRefs
        };
        // All globals are scanned as references only when every one is; otherwise a
        // leaked bitmap says which.
        let refmap = match refmap {
            RefMap::AllRefs if !global_refs.iter().all(|&r| r) => {
                let mut bits = vec![0u64; global_refs.len().div_ceil(64)];
                for (i, &r) in global_refs.iter().enumerate() {
                    if r {
                        bits[i / 64] |= 1 << (i % 64);
                    }
                }
                RefMap::Ext(Box::leak(bits.into_boxed_slice()))
            }
            m => m,
        };
        let globals = heap.alloc_words_permanent(prog.globals.len().max(1), refmap);
        for (i, g) in prog.globals.iter().enumerate() {
            if prog.rtypes[g.ty as usize].kind.is_aggregate() {
                let z = values::zero_value(&heap, &prog.rtypes, g.ty);
                heap.words(globals)[i].store(z, Ordering::Release);
            }
        }
        let func_values: Vec<u64> = (0..prog.funcs.len())
            .map(|i| heap.alloc_closure(i as u32, &[], true))
            .collect();
        let func_values: Arc<[u64]> = func_values.into();
        let mut resolved = Vec::with_capacity(prog.natives.len());
        for name in &prog.natives {
            match natives.lookup(name) {
                Some(f) => resolved.push(f),
                None => {
                    return Err(format!(
                        "internal error: native function {name} is not implemented"
                    ));
                }
            }
        }
        Ok(Vm {
            prog: ProgRef::new(prog),
            heap,
            consts,
            globals,
            func_values,
            natives: resolved.into(),
            stdout: Output::new(),
            args: args.into(),
            preempt: None,
            preempt_every: 0,
            safepoints: 0,
            unflushed: 0,
            scheduled: false,
            to_ready: Vec::new(),
            to_spawn: Vec::new(),
            request: None,
            handle: None,
            conc: Arc::new(crate::sync::Conc::default()),
            rng: fastrand::Rng::new(),
            template: None,
            co_yielder: 0,
            co_floor: 0,
            m_floor: 0,
            co_stacks: Vec::new(),
        })
    }

    /// This program's `Vm` for another thread: shares everything but the heap front-end
    /// and the mailboxes.
    pub fn fork(&self) -> Vm {
        Vm {
            prog: self.prog.fork(),
            heap: self.heap.front_end(),
            consts: Arc::clone(&self.consts),
            globals: self.globals,
            func_values: Arc::clone(&self.func_values),
            natives: Arc::clone(&self.natives),
            stdout: self.stdout.clone(),
            args: Arc::clone(&self.args),
            preempt: None,
            preempt_every: self.preempt_every,
            safepoints: 0,
            unflushed: 0,
            scheduled: self.scheduled,
            to_ready: Vec::new(),
            to_spawn: Vec::new(),
            request: None,
            handle: self.handle.clone(),
            conc: Arc::clone(&self.conc),
            rng: fastrand::Rng::new(),
            template: self.template.clone(),
            co_yielder: 0,
            co_floor: 0,
            m_floor: 0,
            co_stacks: Vec::new(),
        }
    }

    /// Runs the program: its entry function as goroutine 1 on the scheduler (with
    /// `GOMAXPROCS` processors), until `main` returns, `os.Exit`, an unrecovered panic,
    /// a fatal error or a deadlock. With `MINIGO_GCSTATS=1` in the environment, a one-line
    /// collector summary goes to stderr at exit.
    pub fn run_main(&mut self) -> Exit {
        let exit = crate::sched::run_main(self);
        if std::env::var_os("MINIGO_GCSTATS").is_some_and(|v| v == "1") {
            let s = self.heap.stats();
            eprintln!(
                "minigo gc: {} collections, {} objects freed, {} live objects ({} bytes) after the last",
                s.collections, s.freed_objects, s.live_objects, s.live_bytes
            );
        }
        exit
    }

    pub(crate) fn report_trap(&mut self, g: &mut Goroutine, t: Trap) -> Exit {
        let _ = self.stdout.flush();
        match t {
            Trap::Exit(code) => Exit::Code(code),
            Trap::Fatal(msg) => {
                // Go's `fatal`/`throw`: the message, then the goroutine's traceback.
                let mut text = format!("{msg}\n\ngoroutine {} [running]:\n", g.id);
                text.push_str(&Self::trace_text(&self.traceback(g)));
                eprint!("{text}");
                Exit::Code(2)
            }
            Trap::Panic(_)
            | Trap::Runtime(_)
            | Trap::RuntimePlain(_)
            | Trap::Unwinding
            | Trap::Goexit
            | Trap::Park(_)
            | Trap::Sched
            | Trap::Suspended(_) => {
                self.print_panics(g);
                Exit::Code(2)
            }
        }
    }

    /// The traceback part of a goroutine dump (`goroutine N [reason]:` comes before it):
    /// the frames, newest first, then for a goroutine started by `go` Go 1.19's
    /// `created by F` and the `go` statement's position.
    pub fn dump_text(&self, g: &Goroutine) -> String {
        let mut text = Self::trace_text(&self.traceback(g));
        if let Some((func, pc)) = g.created_by {
            let f = &self.prog.funcs[func as usize];
            let file = self
                .prog
                .files
                .get(f.file as usize)
                .cloned()
                .unwrap_or_default();
            let line = f.lines.get(pc as usize).copied().unwrap_or(0);
            text.push_str(&format!("created by {}\n\t{file}:{line}\n", f.name));
        }
        text
    }

    /// Go's text for a traceback.
    fn trace_text(trace: &[TraceLine]) -> String {
        let mut text = String::new();
        for t in trace {
            if t.file.is_empty() {
                text.push_str(&t.func);
                text.push('\n');
                continue;
            }
            text.push_str(&format!(
                "{}({})\n\t{}:{}\n",
                t.func,
                if t.has_args { "..." } else { "" },
                t.file,
                t.line
            ));
        }
        text
    }

    /// Prints Go's report for the unrecovered panics of `g` (outermost first) and the
    /// traceback of the newest one.
    fn print_panics(&mut self, g: &mut Goroutine) {
        let mut panics = std::mem::take(&mut g.panics);
        panics.retain(|p| !p.goexit);
        let mut text = String::new();
        for (i, p) in panics.iter().enumerate() {
            if i > 0 {
                text.push('\t');
            }
            text.push_str("panic: ");
            text.push_str(&self.panic_value_text(g, p.value));
            if p.recovered {
                text.push_str(" [recovered]");
            }
            text.push('\n');
        }
        let trace = panics.last().map(|p| p.trace.clone()).unwrap_or_default();
        text.push_str(&format!("\ngoroutine {} [running]:\n", g.id));
        text.push_str(&Self::trace_text(&trace));
        eprint!("{text}");
    }

    /// How Go's runtime prints a panic value: errors and Stringers through their methods,
    /// basic values as `print` would, named basic types as `main.T(v)`, others as `(T) addr`.
    pub fn panic_value_text(&mut self, g: &mut Goroutine, v: u64) -> String {
        if v == 0 {
            return "nil".to_string();
        }
        let (rt, data) = {
            let i = self.heap.iface(v);
            (i.rtype, i.data)
        };
        let prog = self.prog.clone();
        let t = &prog.rtypes[rt as usize];
        if let Some(m) = t.error_method.or(t.string_method) {
            let arg = values::clone_value(&self.heap, &prog.rtypes, rt, data);
            return match self.call_func(g, m, &[arg]) {
                Ok(r) => String::from_utf8_lossy(self.heap.str(r[0])).into_owned(),
                Err(_) => format!("({}) {:#x}", t.name, data),
            };
        }
        let named = t.name.contains('.');
        let plain = match t.kind {
            RKind::Bool => Some(if data != 0 {
                "true".to_string()
            } else {
                "false".to_string()
            }),
            RKind::Int { signed: true, .. } => Some((data as i64).to_string()),
            RKind::Int { signed: false, .. } => Some(data.to_string()),
            RKind::Float { .. } => Some(gotext::builtin::print_builtin_float(f64::from_bits(data))),
            RKind::String => {
                let s = String::from_utf8_lossy(self.heap.str(data)).into_owned();
                Some(if named { format!("{s:?}") } else { s })
            }
            _ => None,
        };
        match plain {
            Some(p) if named => format!("{}({})", t.name, p),
            Some(p) => p,
            None => format!("({}) {:#x}", t.name, data),
        }
    }

    // ---- frames ----

    /// Pushes a frame for `func` with the given arguments.
    pub fn push_frame(
        &mut self,
        g: &mut Goroutine,
        func: u32,
        closure: u64,
        args: &[u64],
        kind: FrameKind,
    ) -> Result<(), Trap> {
        push_frame_in(&self.prog, g, func, closure, args, kind)
    }

    /// Runs `call`, a system call that may block its thread (reading stdin or a file),
    /// the way Go's `entersyscallblock` does: under the scheduler, the native's first
    /// execution hands `call` to the scheduler and returns [`Trap::Sched`]; the goroutine
    /// leaves its P to another M (so other goroutines run even with `GOMAXPROCS=1`), this
    /// M runs `call`, and the goroutine is queued again. The native then runs again (with
    /// the same arguments), and this returns `call`'s result. So a native must call this
    /// before any side effect. Without a scheduler, `call` simply runs here.
    pub fn blocking<T: Send + 'static>(
        &mut self,
        g: &mut Goroutine,
        call: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, Trap> {
        if let Some(slot) = g.syscall.take() {
            let done = slot.lock().unwrap_or_else(|e| e.into_inner()).take();
            if let Some(v) = done.and_then(|v| v.downcast::<T>().ok()) {
                return Ok(*v);
            }
        }
        if !self.scheduled {
            return Ok(call());
        }
        let slot: SyscallSlot = Arc::new(std::sync::Mutex::new(None));
        g.syscall = Some(Arc::clone(&slot));
        self.request = Some(Request::Blocking(Box::new(move || {
            let v = call();
            *slot.lock().unwrap_or_else(|e| e.into_inner()) = Some(Box::new(v));
        })));
        Err(Trap::Sched)
    }

    /// Calls function `func` from native code and returns its results.
    pub fn call_func(
        &mut self,
        g: &mut Goroutine,
        func: u32,
        args: &[u64],
    ) -> Result<Vec<u64>, Trap> {
        self.call_native_boundary(g, func, 0, args)
    }

    /// Calls the function value (closure) `f` from native code.
    pub fn call_value(
        &mut self,
        g: &mut Goroutine,
        f: u64,
        args: &[u64],
    ) -> Result<Vec<u64>, Trap> {
        if f == 0 {
            return Err(Trap::Runtime(
                "invalid memory address or nil pointer dereference".into(),
            ));
        }
        let func = self.heap.closure_func(f);
        self.call_native_boundary(g, func, f, args)
    }

    /// Runs `func` (with closure object `closure`, 0 for none) in a nested interpreter loop
    /// and returns its results, which `Ret` leaves at the base of the popped frame.
    fn call_native_boundary(
        &mut self,
        g: &mut Goroutine,
        func: u32,
        closure: u64,
        args: &[u64],
    ) -> Result<Vec<u64>, Trap> {
        self.check_native_stack()?;
        let depth = g.frames.len();
        self.push_frame(g, func, closure, args, FrameKind::Native)?;
        self.run(g, depth)?;
        let nret = self.prog.funcs[func as usize].nresults as usize;
        let base = match g.frames.last() {
            Some(top) => top.base as usize + self.prog.funcs[top.func as usize].nregs as usize,
            None => 0,
        };
        Ok(g.stack[base..base + nret].to_vec())
    }

    /// The goroutine's traceback, newest frame first, cut after [`MAX_TRACE_FRAMES`]
    /// frames as Go does (`...additional frames elided...`).
    fn traceback(&self, g: &Goroutine) -> Vec<TraceLine> {
        let mut out = vec![];
        for fr in g.frames.iter().rev() {
            let f = &self.prog.funcs[fr.func as usize];
            if f.hidden {
                continue;
            }
            if out.len() == MAX_TRACE_FRAMES {
                out.push(TraceLine {
                    func: "...additional frames elided...".into(),
                    has_args: false,
                    file: String::new(),
                    line: 0,
                });
                break;
            }
            out.push(TraceLine {
                func: f.name.clone(),
                has_args: f.nparams > 0,
                file: self
                    .prog
                    .files
                    .get(f.file as usize)
                    .cloned()
                    .unwrap_or_default(),
                line: f.lines.get(fr.pc as usize).copied().unwrap_or(0),
            });
        }
        out
    }

    /// Creates the `runtime.Error` interface value for a runtime error message.
    pub fn runtime_error_value(&mut self, msg: &str) -> u64 {
        let rt = self.prog.well_known.runtime_error;
        let s = self
            .heap
            .alloc_str(format!("runtime error: {msg}").as_bytes());
        let b = self.heap.alloc_words(1, RefMap::AllRefs);
        self.heap.words(b)[0].store(s, Ordering::Release);
        self.heap.alloc_iface(rt, b)
    }

    /// Starts a panic with value `v` on `g` (whose top frame's pc is the faulting one) and
    /// unwinds to the first deferred call to run.
    fn begin_panic(&mut self, g: &mut Goroutine, v: u64, stop_depth: usize) -> Result<(), Trap> {
        let trace = self.traceback(g);
        g.panics.push(PanicRec {
            value: v,
            recovered: false,
            goexit: false,
            aborted: false,
            trace,
        });
        self.unwind(g, stop_depth)
    }

    /// Continues unwinding the newest panic: runs the next deferred call of the top frame,
    /// or pops the frame. Returns `Err(Unwinding)` when the unwinding leaves this loop's
    /// frames (at `stop_depth`).
    fn unwind(&mut self, g: &mut Goroutine, stop_depth: usize) -> Result<(), Trap> {
        loop {
            let Some(top) = g.frames.len().checked_sub(1) else {
                return Err(Trap::Unwinding);
            };
            if let Some(d) = g.defers.last()
                && d.frame as usize == top
            {
                let d = g.defers.pop().expect("checked");
                return self.push_frame(g, d.func, d.closure, &d.args, FrameKind::DeferredPanic);
            }
            let fr = g.frames.pop().expect("checked");
            if fr.kind == FrameKind::DeferredPanic {
                // The panic that ran this deferred call is superseded by the newer one.
                let n = g.panics.len();
                if n >= 2 {
                    g.panics[n - 2].aborted = true;
                }
            }
            if top <= stop_depth {
                return Err(Trap::Unwinding);
            }
        }
    }

    // ---- the interpreter ----

    /// Runs `g` until its frame count drops to `stop_depth` (the frame at index
    /// `stop_depth` returned), or the program ends.
    pub fn run(&mut self, g: &mut Goroutine, stop_depth: usize) -> Result<Stop, Trap> {
        if stop_depth == 0 {
            // The scheduler took `to_ready`/`to_spawn` before this entry.
            self.unflushed = 0;
        }
        let prog = self.prog.clone();
        let rtypes = &prog.rtypes[..];
        'frame: loop {
            let Some(top) = g.frames.last() else {
                return Ok(Stop::Finished);
            };
            let func: &FuncProto = &prog.funcs[top.func as usize];
            let code = &func.code[..];
            let mut pc = top.pc as usize;
            let base = top.base as usize;
            let closure = top.closure;
            // The frame's registers, borrowed as a local slice so that their address and
            // length stay in machine registers (re-borrowed after anything that needs
            // the whole goroutine).
            let nregs = func.nregs as usize;
            let mut regs: &mut [u64] = &mut g.stack[base..base + nregs];

            macro_rules! r {
                ($x:expr) => {
                    regs[$x as usize]
                };
            }
            macro_rules! reborrow {
                () => {
                    regs = &mut g.stack[base..base + nregs]
                };
            }
            macro_rules! ext {
                () => {
                    match code[pc + 1] {
                        Instr::Ext { val } => val,
                        _ => unreachable!("missing Ext operand"),
                    }
                };
            }
            macro_rules! save_pc {
                () => {
                    g.frames.last_mut().expect("running frame").pc = pc as u32
                };
            }
            macro_rules! trap {
                ($t:expr) => {{
                    save_pc!();
                    let t: Trap = $t;
                    let v = match t {
                        Trap::Panic(v) => v,
                        Trap::Runtime(msg) => self.runtime_error_value(&msg),
                        Trap::RuntimePlain(msg) => {
                            let s = self.heap.alloc_str(msg.as_bytes());
                            self.plain_error_value(s)
                        }
                        Trap::Unwinding => match self.unwind(g, stop_depth) {
                            Ok(()) => continue 'frame,
                            Err(t) => return Err(t),
                        },
                        Trap::Goexit => {
                            g.panics.push(PanicRec {
                                value: 0,
                                recovered: false,
                                goexit: true,
                                aborted: false,
                                trace: Vec::new(),
                            });
                            match self.unwind(g, stop_depth) {
                                Ok(()) => continue 'frame,
                                Err(t) => return Err(t),
                            }
                        }
                        other => return Err(other),
                    };
                    match self.begin_panic(g, v, stop_depth) {
                        Ok(()) => continue 'frame,
                        Err(t) => return Err(t),
                    }
                }};
            }
            macro_rules! rt {
                ($($fmt:tt)*) => { trap!(Trap::Runtime(format!($($fmt)*))) };
            }
            macro_rules! nil_check {
                ($v:expr) => {
                    if $v == 0 {
                        rt!("invalid memory address or nil pointer dereference")
                    }
                };
            }
            macro_rules! bounds {
                ($i:expr, $len:expr) => {{
                    let i = $i as i64;
                    let len = $len;
                    if i < 0 {
                        rt!("index out of range [{}]", i)
                    }
                    if i as u64 >= len as u64 {
                        rt!("index out of range [{}] with length {}", i, len)
                    }
                    i as usize
                }};
            }
            loop {
                let ins = code[pc];
                match ins {
                    Instr::Nop | Instr::Regs { .. } | Instr::Ext { .. } => {}
                    Instr::Safepoint => {
                        // Natives that call back into minigo may hold references that no
                        // root covers, so no collection runs while one is on the stack.
                        if self.heap.should_collect()
                            && !g.frames.iter().any(|f| f.kind == FrameKind::Native)
                        {
                            save_pc!();
                            if self.scheduled {
                                // The scheduler stops the world, collects, and runs this
                                // safe point again.
                                return Ok(Stop::Gc);
                            }
                            self.collect(g);
                            reborrow!();
                        }
                        let quantum_over = self.preempt_every != 0 && {
                            self.safepoints += 1;
                            self.safepoints >= self.preempt_every
                        };
                        if (stop_depth == 0 || self.co_yielder != 0)
                            && (quantum_over
                                || self
                                    .preempt
                                    .as_ref()
                                    .is_some_and(|p| p.load(Ordering::Relaxed)))
                        {
                            self.safepoints = 0;
                            // Resume after this safe point.
                            pc += 1;
                            save_pc!();
                            if stop_depth == 0 {
                                return Ok(Stop::Yielded);
                            }
                            // Inside a native's callback on a coroutine: suspend it.
                            self.co_suspend(g, Suspend::Yielded);
                            reborrow!();
                            continue;
                        }
                        // Goroutines readied or started by this one go to the scheduler
                        // at its next stop, else at the first safe point (readied) or
                        // after FLUSH_AFTER_SAFEPOINTS (started): one exit for many `go`
                        // statements, none for a hand-off that parks right after.
                        if stop_depth == 0
                            && !(self.to_ready.is_empty() && self.to_spawn.is_empty())
                        {
                            self.unflushed += 1;
                            if !self.to_ready.is_empty() || self.unflushed >= FLUSH_AFTER_SAFEPOINTS
                            {
                                pc += 1;
                                save_pc!();
                                return Ok(Stop::Flush);
                            }
                        }
                    }
                    Instr::Move { dst, src } => r!(dst) = r!(src),
                    Instr::LoadInt { dst, val } => r!(dst) = val as i64 as u64,
                    Instr::LoadConst { dst, idx } => r!(dst) = self.consts[idx as usize],
                    Instr::LoadGlobal { dst, idx } => {
                        r!(dst) =
                            self.heap.words(self.globals)[idx as usize].load(Ordering::Acquire)
                    }
                    Instr::StoreGlobal { src, idx } => self.heap.words(self.globals)[idx as usize]
                        .store(r!(src), Ordering::Release),
                    Instr::GlobalAddr { dst, idx } => {
                        r!(dst) = self.heap.alloc_iptr(self.globals, idx as usize)
                    }
                    Instr::LoadFunc { dst, func } => r!(dst) = self.func_values[func as usize],
                    Instr::MakeClosure { dst, func, ncap } => {
                        let (mut small, mut big) = ([0u64; 8], Vec::new());
                        let caps =
                            operand_values(regs, code, pc + 1, ncap as usize, &mut small, &mut big);
                        r!(dst) = self.heap.alloc_closure(func, caps, false);
                        pc += ins.trailing_slots();
                    }
                    Instr::LoadCapture { dst, idx } => {
                        r!(dst) = self.heap.words(closure)[idx as usize].load(Ordering::Acquire)
                    }

                    Instr::AddI { dst, a, b } => r!(dst) = r!(a).wrapping_add(r!(b)),
                    Instr::SubI { dst, a, b } => r!(dst) = r!(a).wrapping_sub(r!(b)),
                    Instr::MulI { dst, a, b } => r!(dst) = r!(a).wrapping_mul(r!(b)),
                    Instr::DivI { dst, a, b } => {
                        let d = r!(b) as i64;
                        if d == 0 {
                            rt!("integer divide by zero")
                        }
                        r!(dst) = (r!(a) as i64).wrapping_div(d) as u64
                    }
                    Instr::RemI { dst, a, b } => {
                        let d = r!(b) as i64;
                        if d == 0 {
                            rt!("integer divide by zero")
                        }
                        r!(dst) = (r!(a) as i64).wrapping_rem(d) as u64
                    }
                    Instr::DivU { dst, a, b } => {
                        let d = r!(b);
                        if d == 0 {
                            rt!("integer divide by zero")
                        }
                        r!(dst) = r!(a) / d
                    }
                    Instr::RemU { dst, a, b } => {
                        let d = r!(b);
                        if d == 0 {
                            rt!("integer divide by zero")
                        }
                        r!(dst) = r!(a) % d
                    }
                    Instr::And { dst, a, b } => r!(dst) = r!(a) & r!(b),
                    Instr::Or { dst, a, b } => r!(dst) = r!(a) | r!(b),
                    Instr::Xor { dst, a, b } => r!(dst) = r!(a) ^ r!(b),
                    Instr::AndNot { dst, a, b } => r!(dst) = r!(a) & !r!(b),
                    Instr::Shl { dst, a, b } => {
                        let s = r!(b);
                        r!(dst) = if s >= 64 { 0 } else { r!(a) << s }
                    }
                    Instr::ShrI { dst, a, b } => {
                        let s = r!(b).min(63);
                        r!(dst) = ((r!(a) as i64) >> s) as u64
                    }
                    Instr::ShrU { dst, a, b } => {
                        let s = r!(b);
                        r!(dst) = if s >= 64 { 0 } else { r!(a) >> s }
                    }
                    Instr::CheckShift { r: x } => {
                        if (r!(x) as i64) < 0 {
                            rt!("negative shift amount")
                        }
                    }
                    Instr::AddIK { dst, a, k } => r!(dst) = r!(a).wrapping_add(k as i64 as u64),
                    Instr::NegI { dst, src } => r!(dst) = (r!(src) as i64).wrapping_neg() as u64,
                    Instr::Compl { dst, src } => r!(dst) = !r!(src),
                    Instr::Not { dst, src } => r!(dst) = (r!(src) == 0) as u64,
                    Instr::Extend { dst, src, kind } => {
                        let v = r!(src);
                        r!(dst) = match kind {
                            IntKind::I8 => v as i8 as i64 as u64,
                            IntKind::I16 => v as i16 as i64 as u64,
                            IntKind::I32 => v as i32 as i64 as u64,
                            IntKind::U8 => v as u8 as u64,
                            IntKind::U16 => v as u16 as u64,
                            IntKind::U32 => v as u32 as u64,
                        }
                    }
                    Instr::CmpI { op, dst, a, b } => {
                        let (x, y) = (r!(a) as i64, r!(b) as i64);
                        r!(dst) = cmp(op, x, y) as u64
                    }
                    Instr::CmpIK { op, dst, a, k } => {
                        let x = r!(a) as i64;
                        r!(dst) = cmp(op, x, k as i64) as u64
                    }
                    Instr::CmpU { op, dst, a, b } => {
                        let (x, y) = (r!(a), r!(b));
                        r!(dst) = cmp(op, x, y) as u64
                    }
                    Instr::AddF { dst, a, b } => r!(dst) = (f(r!(a)) + f(r!(b))).to_bits(),
                    Instr::SubF { dst, a, b } => r!(dst) = (f(r!(a)) - f(r!(b))).to_bits(),
                    Instr::MulF { dst, a, b } => r!(dst) = (f(r!(a)) * f(r!(b))).to_bits(),
                    Instr::DivF { dst, a, b } => r!(dst) = (f(r!(a)) / f(r!(b))).to_bits(),
                    Instr::NegF { dst, src } => r!(dst) = (-f(r!(src))).to_bits(),
                    Instr::RoundF32 { dst, src } => r!(dst) = (f(r!(src)) as f32 as f64).to_bits(),
                    Instr::CmpF { op, dst, a, b } => {
                        let (x, y) = (f(r!(a)), f(r!(b)));
                        r!(dst) = cmp(op, x, y) as u64
                    }
                    Instr::IToF { dst, src } => r!(dst) = (r!(src) as i64 as f64).to_bits(),
                    Instr::UToF { dst, src } => r!(dst) = (r!(src) as f64).to_bits(),
                    Instr::FToI { dst, src } => r!(dst) = f(r!(src)) as i64 as u64,
                    Instr::FToU { dst, src } => r!(dst) = f(r!(src)) as u64,

                    Instr::Jmp { off } => {
                        pc = (pc as i64 + 1 + off as i64) as usize;
                        continue;
                    }
                    Instr::Jt { cond, off } => {
                        if r!(cond) != 0 {
                            pc = (pc as i64 + 1 + off as i64) as usize;
                            continue;
                        }
                    }
                    Instr::Jf { cond, off } => {
                        if r!(cond) == 0 {
                            pc = (pc as i64 + 1 + off as i64) as usize;
                            continue;
                        }
                    }

                    Instr::Call {
                        func: callee,
                        nargs,
                        ..
                    } => {
                        save_pc!();
                        self.enter(
                            g,
                            code,
                            pc,
                            base,
                            func.nregs,
                            callee,
                            0,
                            nargs as usize,
                            None,
                        )?;
                        continue 'frame;
                    }
                    Instr::CallClosure { f: fr, nargs, .. } => {
                        let fv = r!(fr);
                        nil_check!(fv);
                        let callee = self.heap.closure_func(fv);
                        save_pc!();
                        self.enter(
                            g,
                            code,
                            pc,
                            base,
                            func.nregs,
                            callee,
                            fv,
                            nargs as usize,
                            None,
                        )?;
                        continue 'frame;
                    }
                    Instr::CallIface {
                        recv,
                        method,
                        nargs,
                        ..
                    } => {
                        let iv = r!(recv);
                        nil_check!(iv);
                        let (rt, data) = {
                            let i = self.heap.iface(iv);
                            (i.rtype, i.data)
                        };
                        let methods = &rtypes[rt as usize].methods;
                        let Ok(k) = methods.binary_search_by_key(&(method as u32), |m| m.0) else {
                            return Err(Trap::Fatal(format!(
                                "internal error: {} has no method {}",
                                rtypes[rt as usize].name, prog.symbols[method as usize]
                            )));
                        };
                        let callee = methods[k].1;
                        let recv_val = values::clone_value(&self.heap, rtypes, rt, data);
                        save_pc!();
                        self.enter(
                            g,
                            code,
                            pc,
                            base,
                            func.nregs,
                            callee,
                            0,
                            nargs as usize,
                            Some(recv_val),
                        )?;
                        continue 'frame;
                    }
                    Instr::CallNative { id, nargs, nret } => {
                        let (nargs, nret) = (nargs as usize, nret as usize);
                        let (mut small, mut big) = ([0u64; 8], Vec::new());
                        let args = operand_values(regs, code, pc + 1, nargs, &mut small, &mut big);
                        let mut rets = [0u64; 8];
                        save_pc!();
                        // A native whose body ran on a coroutine may have finished while
                        // the goroutine was away: then take its result.
                        let res = if stop_depth == 0
                            && let Some(call) = g.native.take()
                        {
                            let (res, words) = call.result.expect("a finished native call");
                            rets[..nret].copy_from_slice(&words);
                            res
                        } else {
                            let native = self.natives[id as usize];
                            native(self, g, args, &mut rets[..nret])
                        };
                        reborrow!();
                        match res {
                            Ok(()) => {
                                for (k, &v) in rets[..nret].iter().enumerate() {
                                    r!(reg_operand(code, pc + 1, nargs + k)) = v;
                                }
                            }
                            // The instruction runs again when the goroutine resumes.
                            Err(Trap::Park(reason)) if stop_depth == 0 => {
                                return Ok(Stop::Park(reason));
                            }
                            Err(Trap::Sched) if stop_depth == 0 => return Ok(Stop::Sched),
                            Err(Trap::Suspended(s)) if stop_depth == 0 => return Ok(s.into()),
                            // Inside a native's callback on a coroutine: suspend it, and
                            // run the instruction again when resumed.
                            Err(t @ (Trap::Park(_) | Trap::Sched)) if self.co_yielder != 0 => {
                                let s = match t {
                                    Trap::Park(reason) => Suspend::Park(reason),
                                    _ => Suspend::Sched,
                                };
                                self.co_suspend(g, s);
                                reborrow!();
                                continue;
                            }
                            Err(Trap::Park(_) | Trap::Sched | Trap::Suspended(_)) => {
                                trap!(Trap::Fatal(
                                    "fatal error: minigo: a goroutine cannot block inside a call from a native function (fmt Stringer, sort.Slice comparator...) yet".into()
                                ))
                            }
                            Err(t) => trap!(t),
                        }
                        // Goroutines it readied or started wait in `to_ready`/`to_spawn`
                        // for this goroutine's next stop, or a few safe points (below).
                        pc += ins.trailing_slots();
                    }
                    Instr::Ret { n } => {
                        let n = n as usize;
                        let mut small = [0u64; 4];
                        let mut big = Vec::new();
                        let rets: &mut [u64] = if n <= 4 {
                            &mut small[..n]
                        } else {
                            big.resize(n, 0);
                            &mut big
                        };
                        if n == 0 {
                        } else if let (true, Instr::Regs { r: rs }) = (n <= 3, code[pc + 1]) {
                            for (slot, &x) in rets.iter_mut().zip(&rs) {
                                *slot = r!(x);
                            }
                        } else {
                            let mut k = 0;
                            let mut at = pc + 1;
                            while k < n {
                                if let Instr::Regs { r: rs } = code[at] {
                                    for x in rs {
                                        if k < n {
                                            rets[k] = r!(x);
                                            k += 1;
                                        }
                                    }
                                }
                                at += 1;
                            }
                        }
                        let fr = g.frames.pop().expect("running frame");
                        match fr.kind {
                            FrameKind::Normal => {
                                let Some(caller) = g.frames.last_mut() else {
                                    return Ok(Stop::Finished);
                                };
                                let cf = &prog.funcs[caller.func as usize];
                                let cpc = caller.pc as usize;
                                let skip = match cf.code[cpc] {
                                    Instr::Call { nargs, .. }
                                    | Instr::CallClosure { nargs, .. }
                                    | Instr::CallIface { nargs, .. } => nargs as usize,
                                    _ => unreachable!("return to a non-call instruction"),
                                };
                                // Calls have no `Ext`: their operand slots are the register lists.
                                caller.pc = (cpc + 1 + (skip + n).div_ceil(3)) as u32;
                                let cbase = caller.base as usize;
                                if n == 0 {
                                } else if let (true, Instr::Regs { r: rs }) =
                                    (skip + n <= 3, cf.code[cpc + 1])
                                {
                                    for (k, &v) in rets.iter().enumerate() {
                                        g.stack[cbase + rs[skip + k] as usize] = v;
                                    }
                                } else {
                                    let total = skip + n;
                                    let mut k = 0;
                                    let mut at = cpc + 1;
                                    while k < total {
                                        if let Instr::Regs { r: rs } = cf.code[at] {
                                            for x in rs {
                                                if k < total {
                                                    if k >= skip {
                                                        g.stack[cbase + x as usize] =
                                                            rets[k - skip];
                                                    }
                                                    k += 1;
                                                }
                                            }
                                        }
                                        at += 1;
                                    }
                                }
                            }
                            FrameKind::Native => {
                                // Leave the results where `call_func` reads them: at the
                                // base of the popped frame.
                                let b = fr.base as usize;
                                g.stack[b..b + n].copy_from_slice(rets);
                                return Ok(Stop::Finished);
                            }
                            FrameKind::Deferred => {}
                            FrameKind::DeferredPanic => {
                                let recovered = g.panics.last().is_some_and(|p| p.recovered);
                                if recovered {
                                    // Drop the recovered panic and any it aborted.
                                    g.panics.pop();
                                    while g.panics.last().is_some_and(|p| p.aborted) {
                                        g.panics.pop();
                                    }
                                    let caller = g.frames.last_mut().expect("deferring frame");
                                    let rpc = prog.funcs[caller.func as usize].recover_pc;
                                    caller.pc = rpc.expect("function with defers has an epilogue");
                                } else {
                                    self.unwind(g, stop_depth)?;
                                }
                            }
                        }
                        if g.frames.len() <= stop_depth {
                            return Ok(Stop::Finished);
                        }
                        continue 'frame;
                    }
                    Instr::RunDefers => {
                        let top = g.frames.len() - 1;
                        if let Some(d) = g.defers.last()
                            && d.frame as usize == top
                        {
                            let d = g.defers.pop().expect("checked");
                            save_pc!();
                            self.push_frame(g, d.func, d.closure, &d.args, FrameKind::Deferred)?;
                            continue 'frame;
                        }
                    }
                    Instr::Defer { f: fr, nargs } => {
                        let fv = r!(fr);
                        let args: Vec<u64> = reg_list(code, pc + 1, nargs as usize)
                            .map(|x| r!(x))
                            .collect();
                        if fv == 0 {
                            // Go panics when the deferred call runs; we report it at once.
                            rt!("invalid memory address or nil pointer dereference")
                        }
                        let func = self.heap.closure_func(fv);
                        let frame = (g.frames.len() - 1) as u32;
                        g.defers.push(DeferRec {
                            frame,
                            closure: fv,
                            func,
                            args,
                        });
                        pc += ins.trailing_slots();
                    }
                    Instr::Panic { src } => {
                        let v = r!(src);
                        if v == 0 {
                            let e = self.runtime_error_value(
                                "panic called with nil argument (goexit=false)",
                            );
                            trap!(Trap::Panic(e))
                        }
                        trap!(Trap::Panic(v))
                    }
                    Instr::Recover { dst } => {
                        let fr = g.frames.last().expect("running frame");
                        let mut v = 0;
                        if fr.kind == FrameKind::DeferredPanic
                            && let Some(p) = g.panics.last_mut()
                            && !p.recovered
                            && !p.goexit
                        {
                            p.recovered = true;
                            v = p.value;
                        }
                        r!(dst) = v;
                    }

                    Instr::Alloc { dst } => {
                        let t = ext!();
                        r!(dst) = if rtypes[t as usize].kind.is_aggregate() {
                            values::zero_value(&self.heap, rtypes, t)
                        } else {
                            let refs = if rtypes[t as usize].kind.is_ref() {
                                RefMap::AllRefs
                            } else {
                                RefMap::NoRefs
                            };
                            self.heap.alloc_words(1, refs)
                        };
                        pc += 1;
                    }
                    Instr::NilCheck { r: x } => nil_check!(r!(x)),
                    Instr::Clone { dst, src } => {
                        let t = ext!();
                        let sv = r!(src);
                        nil_check!(sv);
                        r!(dst) = values::clone_value(&self.heap, rtypes, t, sv);
                        pc += 1;
                    }
                    Instr::CopyInto { dst, src } => {
                        let t = ext!();
                        let (d, sv) = (r!(dst), r!(src));
                        nil_check!(d);
                        nil_check!(sv);
                        values::copy_into(&self.heap, rtypes, t, d, sv);
                        pc += 1;
                    }
                    Instr::GetField { dst, obj, idx } => {
                        let o = r!(obj);
                        nil_check!(o);
                        r!(dst) = self.heap.words(o)[idx as usize].load(Ordering::Acquire)
                    }
                    Instr::SetField { obj, idx, src } => {
                        let o = r!(obj);
                        nil_check!(o);
                        self.heap.words(o)[idx as usize].store(r!(src), Ordering::Release)
                    }
                    Instr::FieldAddr { dst, obj, idx } => {
                        let o = r!(obj);
                        nil_check!(o);
                        r!(dst) = self.heap.alloc_iptr(o, idx as usize)
                    }
                    Instr::Load { dst, ptr } => {
                        let p = r!(ptr);
                        nil_check!(p);
                        r!(dst) = self.load_ptr(p)
                    }
                    Instr::Store { ptr, src } => {
                        let p = r!(ptr);
                        nil_check!(p);
                        self.store_ptr(p, r!(src))
                    }

                    Instr::Concat { dst, a, b } => {
                        let (x, y) = (r!(a), r!(b));
                        r!(dst) = if x == 0 {
                            y
                        } else if y == 0 {
                            x
                        } else {
                            self.heap
                                .alloc_str_concat(self.heap.str(x), self.heap.str(y))
                        }
                    }
                    Instr::StrLen { dst, s } => r!(dst) = self.heap.str_len(r!(s)) as u64,
                    Instr::StrIndex { dst, s, i } => {
                        let st = self.heap.str(r!(s));
                        let i = bounds!(r!(i), st.len());
                        r!(dst) = st[i] as u64
                    }
                    Instr::StrSlice { dst, s, lo } => {
                        let hi_reg = ext!() as u16;
                        let sv = r!(s);
                        let len = self.heap.str_len(sv);
                        let lo = r!(lo) as i64;
                        let hi = if hi_reg == NO_REG {
                            len as i64
                        } else {
                            r!(hi_reg) as i64
                        };
                        if hi < 0 || hi as usize > len {
                            rt!("slice bounds out of range [:{}] with length {}", hi, len)
                        }
                        if lo < 0 || lo > hi {
                            rt!("slice bounds out of range [{}:{}]", lo, hi)
                        }
                        r!(dst) = self.heap.alloc_substr(sv, lo as usize, hi as usize);
                        pc += 1;
                    }
                    Instr::CmpS { op, dst, a, b } => {
                        let (x, y) = (self.heap.str(r!(a)), self.heap.str(r!(b)));
                        r!(dst) = cmp(op, x, y) as u64
                    }
                    Instr::DecodeRune { dst, s, idx } => {
                        let st = self.heap.str(r!(s));
                        let i = r!(idx) as usize;
                        let (rn, w) = decode_rune(&st[i.min(st.len())..]);
                        r!(dst) = rn as u64;
                        r!(idx) = (i + w) as u64;
                    }
                    Instr::RuneToStr { dst, src } => {
                        let v = r!(src) as i64;
                        let c = u32::try_from(v)
                            .ok()
                            .and_then(char::from_u32)
                            .unwrap_or('\u{FFFD}');
                        let mut buf = [0u8; 4];
                        r!(dst) = self.heap.alloc_str(c.encode_utf8(&mut buf).as_bytes())
                    }
                    Instr::BytesToStr { dst, src } => {
                        let bytes = self.slice_bytes(r!(src));
                        r!(dst) = self.heap.alloc_str(&bytes)
                    }
                    Instr::StrToBytes { dst, src } => {
                        let s = self.heap.str(r!(src)).to_vec();
                        r!(dst) = self.bytes_to_slice(&s)
                    }
                    Instr::RunesToStr { dst, src } => {
                        let mut out = String::new();
                        if let Some(sl) = self.heap.slice(r!(src)) {
                            let (b, off, len) = (sl.backing, sl.off, sl.len);
                            for k in 0..len {
                                let v = load_elem(&self.heap, b, off + k) as i64;
                                out.push(
                                    u32::try_from(v)
                                        .ok()
                                        .and_then(char::from_u32)
                                        .unwrap_or('\u{FFFD}'),
                                );
                            }
                        }
                        r!(dst) = self.heap.alloc_str(out.as_bytes())
                    }
                    Instr::StrToRunes { dst, src } => {
                        let s = self.heap.str(r!(src));
                        let mut runes = vec![];
                        let mut i = 0;
                        while i < s.len() {
                            let (rn, w) = decode_rune(&s[i..]);
                            runes.push(rn as u64);
                            i += w;
                        }
                        let b = self.heap.alloc_words(runes.len(), RefMap::NoRefs);
                        for (slot, v) in self.heap.words(b).iter().zip(&runes) {
                            slot.store(*v, Ordering::Relaxed);
                        }
                        r!(dst) = self.heap.alloc_slice(b, 0, runes.len(), runes.len())
                    }

                    Instr::MakeSlice { dst, len, cap } => {
                        let elem = ext!();
                        let (l, c) = (r!(len) as i64, r!(cap) as i64);
                        if !(0..=MAX_ALLOC_ELEMS).contains(&l) {
                            rt!("makeslice: len out of range")
                        }
                        if c < l || c > MAX_ALLOC_ELEMS {
                            rt!("makeslice: cap out of range")
                        }
                        let b = alloc_elems(&self.heap, rtypes, elem, c as usize);
                        r!(dst) = self.heap.alloc_slice(b, 0, l as usize, c as usize);
                        pc += 1;
                    }
                    Instr::SliceLit { dst, n } => {
                        let elem = ext!();
                        let b = alloc_elems(&self.heap, rtypes, elem, n as usize);
                        for (k, x) in reg_list(code, pc + 2, n as usize).enumerate() {
                            store_elem(&self.heap, b, k, r!(x));
                        }
                        r!(dst) = self.heap.alloc_slice(b, 0, n as usize, n as usize);
                        pc += ins.trailing_slots();
                    }
                    Instr::Len { dst, s } => {
                        r!(dst) = self.heap.slice(r!(s)).map_or(0, |s| s.len) as u64
                    }
                    Instr::Cap { dst, s } => {
                        r!(dst) = self.heap.slice(r!(s)).map_or(0, |s| s.cap) as u64
                    }
                    Instr::Index { dst, s, i } => {
                        let (b, off, len) = self.slice_parts(r!(s));
                        let i = bounds!(r!(i), len);
                        r!(dst) = self.elem_get(b, off + i)
                    }
                    Instr::SetIndex { s, i, src } => {
                        let (b, off, len) = self.slice_parts(r!(s));
                        let i = bounds!(r!(i), len);
                        let v = r!(src);
                        self.elem_set(b, off + i, v)
                    }
                    Instr::IndexAddr { dst, s, i } => {
                        let (b, off, len) = self.slice_parts(r!(s));
                        let i = bounds!(r!(i), len);
                        r!(dst) = self.heap.alloc_iptr(b, off + i)
                    }
                    Instr::ArrIndex { dst, a, i } => {
                        let av = r!(a);
                        nil_check!(av);
                        let len = self.obj_len(av);
                        let i = bounds!(r!(i), len);
                        r!(dst) = self.elem_get(av, i)
                    }
                    Instr::SetArrIndex { a, i, src } => {
                        let av = r!(a);
                        nil_check!(av);
                        let len = self.obj_len(av);
                        let i = bounds!(r!(i), len);
                        let v = r!(src);
                        self.elem_set(av, i, v)
                    }
                    Instr::ArrIndexAddr { dst, a, i } => {
                        let av = r!(a);
                        nil_check!(av);
                        let len = self.obj_len(av);
                        let i = bounds!(r!(i), len);
                        r!(dst) = self.heap.alloc_iptr(av, i)
                    }
                    Instr::SliceSlice { dst, s, lo } | Instr::ArrSlice { dst, a: s, lo } => {
                        let e = ext!();
                        let (hi_reg, max_reg) = ((e & 0xffff) as u16, (e >> 16) as u16);
                        let sv = r!(s);
                        let (b, off, len, cap) = if matches!(ins, Instr::ArrSlice { .. }) {
                            nil_check!(sv);
                            let n = self.obj_len(sv);
                            (sv, 0, n, n)
                        } else {
                            match self.heap.slice(sv) {
                                Some(h) => (h.backing, h.off, h.len, h.cap),
                                None => (0, 0, 0, 0),
                            }
                        };
                        let lo = r!(lo) as i64;
                        let hi = if hi_reg == NO_REG {
                            len as i64
                        } else {
                            r!(hi_reg) as i64
                        };
                        let max = if max_reg == NO_REG {
                            cap as i64
                        } else {
                            r!(max_reg) as i64
                        };
                        if max_reg != NO_REG && (max < 0 || max as usize > cap) {
                            rt!(
                                "slice bounds out of range [::{}] with capacity {}",
                                max,
                                cap
                            )
                        }
                        if hi < 0 || hi > max {
                            if max_reg != NO_REG {
                                rt!("slice bounds out of range [:{}:{}]", hi, max)
                            } else {
                                rt!("slice bounds out of range [:{}] with capacity {}", hi, cap)
                            }
                        }
                        if lo < 0 || lo > hi {
                            rt!("slice bounds out of range [{}:{}]", lo, hi)
                        }
                        let (lo, hi, max) = (lo as usize, hi as usize, max as usize);
                        r!(dst) = self.heap.alloc_slice(b, off + lo, hi - lo, max - lo);
                        pc += 1;
                    }
                    Instr::Append { dst, s, v } => {
                        let elem = ext!();
                        let val = r!(v);
                        r!(dst) = self.append(rtypes, r!(s), elem, &[val]);
                        pc += 1;
                    }
                    Instr::AppendSlice { dst, s, t } => {
                        let elem = ext!();
                        let tv = r!(t);
                        let vals: Vec<u64> =
                            if is_byte_sized(rtypes, elem) && self.is_string_word(tv) {
                                self.heap.str(tv).iter().map(|&b| b as u64).collect()
                            } else {
                                let (b, off, len) = self.slice_parts(tv);
                                (0..len).map(|k| self.elem_get(b, off + k)).collect()
                            };
                        // Appended struct/array elements are copied.
                        let vals: Vec<u64> = if rtypes[elem as usize].kind.is_aggregate() {
                            vals.iter()
                                .map(|&x| values::clone_value(&self.heap, rtypes, elem, x))
                                .collect()
                        } else {
                            vals
                        };
                        r!(dst) = self.append(rtypes, r!(s), elem, &vals);
                        pc += 1;
                    }
                    Instr::CopySlice { dst, a, b } => {
                        let elem = ext!();
                        pc += 1;
                        let bv = r!(b);
                        let (db, doff, dlen) = self.slice_parts(r!(a));
                        let src: Vec<u64> = if self.is_string_word(bv) {
                            self.heap.str(bv).iter().map(|&x| x as u64).collect()
                        } else {
                            let (sb, soff, slen) = self.slice_parts(bv);
                            let n = slen.min(dlen);
                            (0..n).map(|k| self.elem_get(sb, soff + k)).collect()
                        };
                        let n = src.len().min(dlen);
                        if rtypes[elem as usize].kind.is_aggregate() {
                            // Element boxes are copied into, like Go copies the values;
                            // snapshot the sources first (the slices may overlap).
                            let src: Vec<u64> = src
                                .iter()
                                .take(n)
                                .map(|&x| values::clone_value(&self.heap, rtypes, elem, x))
                                .collect();
                            for (k, v) in src.iter().enumerate() {
                                let d = self.elem_get(db, doff + k);
                                values::copy_into(&self.heap, rtypes, elem, d, *v);
                            }
                        } else {
                            for (k, v) in src.iter().take(n).enumerate() {
                                self.elem_set(db, doff + k, *v);
                            }
                        }
                        r!(dst) = n as u64
                    }

                    Instr::MakeMap { dst } => {
                        let t = ext!();
                        let RKind::Map(k, v) = rtypes[t as usize].kind else {
                            unreachable!("MakeMap of a non-map type")
                        };
                        r!(dst) = self.heap.alloc_map(MapTable::new(rtypes, k, v, 0));
                        pc += 1;
                    }
                    Instr::MapGet { dst, m, k } => {
                        let mv = r!(m);
                        let kv = r!(k);
                        match self.map_get(rtypes, mv, kv) {
                            Ok(v) => r!(dst) = v.0,
                            Err(t) => trap!(t),
                        }
                    }
                    Instr::MapGet2 { dst, m, k } => {
                        let ok = ext!() as u16;
                        let mv = r!(m);
                        let kv = r!(k);
                        match self.map_get(rtypes, mv, kv) {
                            Ok((v, found)) => {
                                r!(dst) = v;
                                r!(ok) = found as u64;
                            }
                            Err(t) => trap!(t),
                        }
                        pc += 1;
                    }
                    Instr::MapSet { m, k, v } => {
                        let mv = r!(m);
                        if mv == 0 {
                            trap!(Trap::RuntimePlain("assignment to entry in nil map".into()))
                        }
                        let (kv, vv) = (r!(k), r!(v));
                        let res = self
                            .heap
                            .map(mv)
                            .lock()
                            .unwrap_or_else(|e| e.into_inner())
                            .insert(&self.heap, rtypes, kv, vv);
                        if let Err(u) = res {
                            rt!("hash of unhashable type {}", u.0)
                        }
                    }
                    Instr::MapDelete { m, k } => {
                        let mv = r!(m);
                        if mv != 0 {
                            let kv = r!(k);
                            let res = self
                                .heap
                                .map(mv)
                                .lock()
                                .unwrap_or_else(|e| e.into_inner())
                                .remove(&self.heap, rtypes, kv);
                            if let Err(u) = res {
                                rt!("hash of unhashable type {}", u.0)
                            }
                        }
                    }
                    Instr::MapIter { dst, m } => {
                        let mv = r!(m);
                        let (keys, key_is_ref) = if mv == 0 {
                            (vec![], false)
                        } else {
                            let t = self.heap.map(mv).lock().unwrap_or_else(|e| e.into_inner());
                            (t.keys_from_random_start(), t.key_is_ref)
                        };
                        r!(dst) = self.heap.alloc_map_iter(MapIterState {
                            map: mv,
                            keys,
                            pos: 0,
                            key_is_ref,
                            cur_key: 0,
                            cur_val: 0,
                        });
                    }
                    Instr::MapNext { ok, it } => {
                        let itv = r!(it);
                        let found = self.map_next(rtypes, itv);
                        r!(ok) = found as u64;
                    }
                    Instr::MapIterKey { dst, it } => {
                        r!(dst) = self
                            .heap
                            .map_iter(r!(it))
                            .lock()
                            .unwrap_or_else(|e| e.into_inner())
                            .cur_key
                    }
                    Instr::MapIterVal { dst, it } => {
                        r!(dst) = self
                            .heap
                            .map_iter(r!(it))
                            .lock()
                            .unwrap_or_else(|e| e.into_inner())
                            .cur_val
                    }
                    Instr::Clear { x } => {
                        let v = r!(x);
                        if v != 0 {
                            match self.heap.kind(v) {
                                Kind::Map => self
                                    .heap
                                    .map(v)
                                    .lock()
                                    .unwrap_or_else(|e| e.into_inner())
                                    .clear(),
                                Kind::Slice => {
                                    let (b, off, len) = self.slice_parts(v);
                                    for k in 0..len {
                                        self.elem_set(b, off + k, 0);
                                    }
                                }
                                _ => {}
                            }
                        }
                    }
                    Instr::ToIface { dst, src } => {
                        let t = ext!();
                        r!(dst) = self.heap.alloc_iface(t, r!(src));
                        pc += 1;
                    }
                    Instr::AssertType { dst, src } => {
                        let t = ext!();
                        let iv = r!(src);
                        let have = if iv == 0 {
                            None
                        } else {
                            Some(self.heap.iface(iv).rtype)
                        };
                        if have != Some(t) {
                            let msg = self.assert_message(iv, t, have);
                            trap!(Trap::RuntimePlain(msg))
                        }
                        r!(dst) = self.heap.iface(iv).data;
                        pc += 1;
                    }
                    Instr::AssertType2 { dst, ok, src } => {
                        let t = ext!();
                        let iv = r!(src);
                        if iv != 0 && self.heap.iface(iv).rtype == t {
                            r!(dst) = self.heap.iface(iv).data;
                            r!(ok) = 1;
                        } else {
                            r!(dst) = values::zero_value(&self.heap, rtypes, t);
                            r!(ok) = 0;
                        }
                        pc += 1;
                    }
                    Instr::AssertIface { dst, src } => {
                        let t = ext!();
                        let iv = r!(src);
                        if let Err(missing) = self.implements(iv, t) {
                            let msg = match missing {
                                None => format!(
                                    "interface conversion: interface is nil, not {}",
                                    rtypes[t as usize].name
                                ),
                                Some(m) => {
                                    let have = self.heap.iface(iv).rtype;
                                    format!(
                                        "interface conversion: {} is not {}: missing method {}",
                                        rtypes[have as usize].name, rtypes[t as usize].name, m
                                    )
                                }
                            };
                            trap!(Trap::RuntimePlain(msg))
                        }
                        r!(dst) = iv;
                        pc += 1;
                    }
                    Instr::AssertIface2 { dst, ok, src } => {
                        let t = ext!();
                        let iv = r!(src);
                        let good = self.implements(iv, t).is_ok();
                        r!(dst) = if good { iv } else { 0 };
                        r!(ok) = good as u64;
                        pc += 1;
                    }
                    Instr::IsType { dst, src } => {
                        let t = ext!();
                        let iv = r!(src);
                        r!(dst) = (iv != 0 && self.heap.iface(iv).rtype == t) as u64;
                        pc += 1;
                    }
                    Instr::Implements { dst, src } => {
                        let t = ext!();
                        let iv = r!(src);
                        r!(dst) = self.implements(iv, t).is_ok() as u64;
                        pc += 1;
                    }
                    Instr::Equal { dst, a, b } => {
                        let t = ext!();
                        match values::equal(&self.heap, rtypes, t, r!(a), r!(b)) {
                            Ok(eq) => r!(dst) = eq as u64,
                            Err(u) => rt!("comparing uncomparable type {}", u.0),
                        }
                        pc += 1;
                    }
                }
                pc += 1;
            }
        }
    }

    // ---- helpers used by the loop and by natives ----

    /// Pushes a frame for `callee` called by the instruction at `pc` of the running frame
    /// (`code`, `base`, `nregs`): copies the `nargs` argument registers listed after the
    /// instruction (after `recv`, the receiver of an interface call, when given) into the
    /// new frame and zeroes the callee's other registers.
    #[allow(clippy::too_many_arguments)]
    #[inline]
    fn enter(
        &mut self,
        g: &mut Goroutine,
        code: &[Instr],
        pc: usize,
        base: usize,
        nregs: u16,
        callee: u32,
        closure: u64,
        nargs: usize,
        recv: Option<u64>,
    ) -> Result<(), Trap> {
        let cf = &self.prog.funcs[callee as usize];
        let new_base = base + nregs as usize;
        let end = new_base + cf.nregs as usize;
        ensure_stack(g, end)?;
        let mut k = 0;
        if let Some(r) = recv {
            g.stack[new_base] = r;
            k = 1;
        }
        let total = nargs + k;
        if nargs == 0 {
        } else if let (true, Instr::Regs { r: rs }) = (nargs <= 3, code[pc + 1]) {
            // Common case: every argument register is in the first operand slot.
            for &x in &rs[..nargs] {
                g.stack[new_base + k] = g.stack[base + x as usize];
                k += 1;
            }
        } else {
            let mut at = pc + 1;
            while k < total {
                if let Instr::Regs { r: rs } = code[at] {
                    for x in rs {
                        if k < total {
                            g.stack[new_base + k] = g.stack[base + x as usize];
                            k += 1;
                        }
                    }
                }
                at += 1;
            }
        }
        for w in &mut g.stack[new_base + total..end] {
            *w = 0;
        }
        g.frames.push(Frame {
            func: callee,
            pc: 0,
            base: new_base as u32,
            kind: FrameKind::Normal,
            closure,
        });
        Ok(())
    }

    /// A value of the VM's plain error type (`errors.New`-like) with message string `s`,
    /// used for Go panics whose value is an error string (`assignment to entry in nil map`
    /// is in fact a plain string panic in Go: `panic: assignment to entry in nil map`).
    fn plain_error_value(&mut self, s: u64) -> u64 {
        let rt = self.prog.well_known.runtime_error;
        let b = self.heap.alloc_words(1, RefMap::AllRefs);
        let text = format!("{}", String::from_utf8_lossy(self.heap.str(s)));
        let full = self.heap.alloc_str(text.as_bytes());
        self.heap.words(b)[0].store(full, Ordering::Release);
        self.heap.alloc_iface(rt, b)
    }

    fn is_string_word(&self, v: u64) -> bool {
        v != 0 && matches!(self.heap.kind(v), Kind::Str | Kind::StrView)
    }

    fn assert_message(&self, iv: u64, want: u32, have: Option<u32>) -> String {
        let rtypes = &self.prog.rtypes;
        let _ = iv;
        match have {
            None => format!(
                "interface conversion: interface {{}} is nil, not {}",
                rtypes[want as usize].name
            ),
            Some(h) => format!(
                "interface conversion: interface {{}} is {}, not {}",
                rtypes[h as usize].name, rtypes[want as usize].name
            ),
        }
    }

    /// `Ok` if the interface value `iv` is non-nil and its dynamic type has every method of
    /// interface type `t`; else the first missing method (`None` for a nil value).
    pub fn implements(&self, iv: u64, t: u32) -> Result<(), Option<String>> {
        if iv == 0 {
            return Err(None);
        }
        let rtypes = &self.prog.rtypes;
        let have = self.heap.iface(iv).rtype;
        let RKind::Interface(want) = &rtypes[t as usize].kind else {
            return Err(None);
        };
        let methods = &rtypes[have as usize].methods;
        for m in want {
            if methods.binary_search_by_key(m, |x| x.0).is_err() {
                let sym = &self.prog.symbols[*m as usize];
                return Err(Some(sym.split('(').next().unwrap_or(sym).to_string()));
            }
        }
        Ok(())
    }

    #[inline]
    fn load_ptr(&self, p: u64) -> u64 {
        if p & IPTR_TAG != 0 {
            let ip = self.heap.iptr(p);
            load_elem(&self.heap, ip.base, ip.idx)
        } else {
            self.heap.words(p)[0].load(Ordering::Acquire)
        }
    }

    #[inline]
    fn store_ptr(&self, p: u64, v: u64) {
        if p & IPTR_TAG != 0 {
            let ip = self.heap.iptr(p);
            store_elem(&self.heap, ip.base, ip.idx, v)
        } else {
            self.heap.words(p)[0].store(v, Ordering::Release)
        }
    }

    /// `(backing, offset, len)` of a slice value (nil: `(0, 0, 0)`).
    #[inline]
    pub fn slice_parts(&self, s: u64) -> (u64, usize, usize) {
        match self.heap.slice(s) {
            Some(h) => {
                // Never trust the header beyond the backing's real length.
                let real = if h.backing == 0 {
                    0
                } else {
                    self.obj_len(h.backing)
                };
                let len = h.len.min(real.saturating_sub(h.off));
                (h.backing, h.off, len)
            }
            None => (0, 0, 0),
        }
    }

    #[inline]
    fn obj_len(&self, o: u64) -> usize {
        self.heap.len(o)
    }

    #[inline]
    fn elem_get(&self, b: u64, i: usize) -> u64 {
        load_elem(&self.heap, b, i)
    }

    #[inline]
    fn elem_set(&self, b: u64, i: usize, v: u64) {
        store_elem(&self.heap, b, i, v)
    }

    /// The bytes of a `[]byte` value.
    pub fn slice_bytes(&self, s: u64) -> Vec<u8> {
        let (b, off, len) = self.slice_parts(s);
        (0..len)
            .map(|k| load_elem(&self.heap, b, off + k) as u8)
            .collect()
    }

    /// A new `[]byte` holding `bytes`.
    pub fn bytes_to_slice(&self, bytes: &[u8]) -> u64 {
        let b = self.heap.alloc_bytes(bytes.len());
        for (slot, &x) in self.heap.bytes(b).iter().zip(bytes) {
            slot.store(x, Ordering::Relaxed);
        }
        self.heap.alloc_slice(b, 0, bytes.len(), bytes.len())
    }

    /// `append(s, vals...)` with Go's growth rule (double small slices, then 1.25x).
    pub fn append(
        &self,
        rtypes: &[minigo_bytecode::RType],
        s: u64,
        elem: u32,
        vals: &[u64],
    ) -> u64 {
        let (b, off, len, cap) = match self.heap.slice(s) {
            Some(h) => (h.backing, h.off, h.len, h.cap),
            None => (0, 0, 0, 0),
        };
        let need = len + vals.len();
        if vals.is_empty() {
            return s;
        }
        let real_cap = if b == 0 {
            0
        } else {
            self.obj_len(b).saturating_sub(off)
        };
        if need <= cap && need <= real_cap {
            for (k, &v) in vals.iter().enumerate() {
                store_elem(&self.heap, b, off + len + k, v);
            }
            return self.heap.alloc_slice(b, off, need, cap);
        }
        let mut new_cap = if cap == 0 { need } else { cap };
        while new_cap < need {
            new_cap = if new_cap < 256 {
                new_cap * 2
            } else {
                new_cap + (new_cap + 3 * 256) / 4
            };
        }
        let nb = if is_byte_sized(rtypes, elem) {
            self.heap.alloc_bytes(new_cap)
        } else {
            let refs = if rtypes[elem as usize].kind.is_ref() {
                RefMap::AllRefs
            } else {
                RefMap::NoRefs
            };
            self.heap.alloc_words(new_cap, refs)
        };
        let len = len.min(real_cap);
        for k in 0..len {
            store_elem(&self.heap, nb, k, load_elem(&self.heap, b, off + k));
        }
        for (k, &v) in vals.iter().enumerate() {
            store_elem(&self.heap, nb, len + k, v);
        }
        // Elements past the length of a struct/array slice must still be valid boxes.
        if rtypes[elem as usize].kind.is_aggregate() {
            for k in len + vals.len()..new_cap {
                store_elem(
                    &self.heap,
                    nb,
                    k,
                    values::zero_value(&self.heap, rtypes, elem),
                );
            }
        }
        self.heap.alloc_slice(nb, 0, len + vals.len(), new_cap)
    }

    /// `m[k]`: the value (or the zero value) and whether it was present.
    fn map_get(
        &self,
        rtypes: &[minigo_bytecode::RType],
        m: u64,
        k: u64,
    ) -> Result<(u64, bool), Trap> {
        if m == 0 {
            return Ok((0, false));
        }
        let t = self.heap.map(m).lock().unwrap_or_else(|e| e.into_inner());
        let vt = t.val_ty;
        match t.get(&self.heap, rtypes, k) {
            Ok(Some(v)) => Ok((v, true)),
            Ok(None) => {
                drop(t);
                Ok((values::zero_value(&self.heap, rtypes, vt), false))
            }
            Err(u) => Err(Trap::Runtime(format!("hash of unhashable type {}", u.0))),
        }
    }

    fn map_next(&self, rtypes: &[minigo_bytecode::RType], it: u64) -> bool {
        let mut st = self
            .heap
            .map_iter(it)
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        while st.pos < st.keys.len() {
            let k = st.keys[st.pos];
            st.pos += 1;
            let t = self
                .heap
                .map(st.map)
                .lock()
                .unwrap_or_else(|e| e.into_inner());
            if let Ok(Some(v)) = t.get(&self.heap, rtypes, k) {
                st.cur_key = k;
                st.cur_val = v;
                return true;
            }
            // A NaN key can never be looked up but is still in the map.
            if let RKind::Float { .. } = rtypes[t.key_ty as usize].kind
                && f64::from_bits(k).is_nan()
            {
                st.cur_key = k;
                st.cur_val = t.entries().find(|e| e.0 == k).map_or(0, |e| e.1);
                return true;
            }
        }
        false
    }

    /// Runs a garbage collection with `g` as the only goroutine.
    pub fn collect(&mut self, g: &Goroutine) {
        let prog = &self.prog;
        let globals = self.globals;
        self.heap.collect(|m| {
            m.mark(globals);
            mark_goroutine(m, prog, g);
        });
    }
}

/// Pushes a frame for `func` (with closure object `closure`, 0 for none) on `g` with the
/// given arguments.
pub fn push_frame_in(
    prog: &Program,
    g: &mut Goroutine,
    func: u32,
    closure: u64,
    args: &[u64],
    kind: FrameKind,
) -> Result<(), Trap> {
    let f = &prog.funcs[func as usize];
    let base = match g.frames.last() {
        Some(top) => top.base as usize + prog.funcs[top.func as usize].nregs as usize,
        None => 0,
    };

    let end = base + f.nregs as usize;
    ensure_stack(g, end)?;
    g.stack[base..base + args.len()].copy_from_slice(args);
    g.stack[base + args.len()..end].fill(0);
    g.frames.push(Frame {
        func,
        pc: 0,
        base: base as u32,
        kind,
        closure,
    });
    Ok(())
}

/// Marks everything goroutine `g` refers to: reference registers of every frame (by its
/// function's reference map), running closures, deferred calls' arguments, panic values.
pub fn mark_goroutine(m: &mut crate::heap::Marker<'_>, prog: &Program, g: &Goroutine) {
    for fr in &g.frames {
        let f = &prog.funcs[fr.func as usize];
        let base = fr.base as usize;
        for (w, bits) in f.ptr_regs.iter().enumerate() {
            let mut b = *bits;
            while b != 0 {
                let r = w * 64 + b.trailing_zeros() as usize;
                b &= b - 1;
                if let Some(&v) = g.stack.get(base + r) {
                    m.mark(v);
                }
            }
        }
        m.mark(fr.closure);
    }
    for d in &g.defers {
        m.mark(d.closure);
        let f = &prog.funcs[d.func as usize];
        for (i, &a) in d.args.iter().enumerate() {
            if f.is_ptr_reg(i) {
                m.mark(a);
            }
        }
    }
    for p in &g.panics {
        m.mark(p.value);
    }
    if let Some(call) = &g.native {
        for &v in &call.pins {
            m.mark(v);
        }
    }
}

/// How many safe points a goroutine passes before handing the goroutines it started to
/// the scheduler (`Stop::Flush`) when it does not stop sooner; goroutines it readied go
/// at the first safe point. Each flush is an exit from the interpreter loop: a burst of
/// `go` statements shares one, and a hand-off followed by a park (ping-pong) needs none.
/// Readied goroutines do not wait longer: they are usually partners another P should
/// run now (a `select` consumer's producers measured 25% slower at `GOMAXPROCS=2` when
/// held for 16).
const FLUSH_AFTER_SAFEPOINTS: u32 = 16;

/// Register operand `k` of the `Regs` slots that start at `code[at]` (three per slot).
#[inline(always)]
fn reg_operand(code: &[Instr], at: usize, k: usize) -> u16 {
    match code[at + k / 3] {
        Instr::Regs { r } => r[k % 3],
        _ => 0,
    }
}

/// The values of the `n` registers listed in the `Regs` operand slots starting at
/// `code[at]`: in `small` when they fit (no allocation), else in `big`.
#[inline(always)]
fn operand_values<'a>(
    regs: &[u64],
    code: &[Instr],
    at: usize,
    n: usize,
    small: &'a mut [u64; 8],
    big: &'a mut Vec<u64>,
) -> &'a mut [u64] {
    let vals: &mut [u64] = if n <= small.len() {
        &mut small[..n]
    } else {
        big.resize(n, 0);
        big
    };
    for (k, v) in vals.iter_mut().enumerate() {
        *v = regs[reg_operand(code, at, k) as usize];
    }
    vals
}

/// The `n` registers listed in the `Regs` operand slots starting at `code[at]`.
#[inline]
fn reg_list(code: &[Instr], at: usize, n: usize) -> impl Iterator<Item = u16> + '_ {
    code[at..]
        .iter()
        .take(n.div_ceil(3))
        .flat_map(|i| match i {
            Instr::Regs { r } => *r,
            _ => [0; 3],
        })
        .take(n)
}

/// The smallest register stack a goroutine gets (256 bytes; Go's smallest is 2 KiB): a
/// new goroutine's first call (`wg.Done()`) then fits without growing it again.
const MIN_STACK_WORDS: usize = 32;

/// Grows `g`'s register stack to at least `end` words (doubling), or reports Go's stack
/// overflow when that would pass the 1 GB limit.
#[inline]
fn ensure_stack(g: &mut Goroutine, end: usize) -> Result<(), Trap> {
    if end > g.stack.len() {
        if end * 8 > MAX_STACK_BYTES || g.stack_bytes() > MAX_STACK_BYTES {
            return Err(crate::goroutine::stack_overflow());
        }
        let new_len = end.max(g.stack.len() * 2).max(MIN_STACK_WORDS);
        g.stack.resize(new_len, 0);
    }
    Ok(())
}

/// Largest `make` length accepted (Go reports `len out of range` beyond what memory allows).
const MAX_ALLOC_ELEMS: i64 = 1 << 40;

#[inline(always)]
fn f(bits: u64) -> f64 {
    f64::from_bits(bits)
}

#[inline(always)]
fn cmp<T: PartialOrd>(op: CmpOp, x: T, y: T) -> bool {
    match op {
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
    }
}

#[inline]
pub fn store_elem(heap: &Heap, obj: u64, i: usize, v: u64) {
    if heap.kind(obj) == Kind::Bytes {
        heap.bytes(obj)[i].store(v as u8, Ordering::Relaxed)
    } else {
        heap.words(obj)[i].store(v, Ordering::Release)
    }
}

/// Decodes one UTF-8 sequence: `(rune, width)`; invalid input gives `(U+FFFD, 1)`, and an
/// empty slice `(U+FFFD, 0)`... callers never pass one.
pub fn decode_rune(s: &[u8]) -> (u32, usize) {
    if s.is_empty() {
        return (0xFFFD, 1);
    }
    let b0 = s[0];
    if b0 < 0x80 {
        return (b0 as u32, 1);
    }
    let (n, min, init) = match b0 {
        0xC2..=0xDF => (2, 0x80, (b0 & 0x1F) as u32),
        0xE0..=0xEF => (3, 0x800, (b0 & 0x0F) as u32),
        0xF0..=0xF4 => (4, 0x10000, (b0 & 0x07) as u32),
        _ => return (0xFFFD, 1),
    };
    if s.len() < n {
        return (0xFFFD, 1);
    }
    let mut r = init;
    for &b in &s[1..n] {
        if b & 0xC0 != 0x80 {
            return (0xFFFD, 1);
        }
        r = (r << 6) | (b & 0x3F) as u32;
    }
    if r < min || r > 0x10FFFF || (0xD800..=0xDFFF).contains(&r) {
        return (0xFFFD, 1);
    }
    (r, n)
}

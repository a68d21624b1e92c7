//! Natives that call back into minigo, run on a coroutine stack so that the minigo code
//! they call may block: `fmt` calling a `String()`/`Error()` method that locks a mutex,
//! receives from a channel or sleeps.
//!
//! # Why a coroutine
//! A goroutine's minigo frames live on the heap ([`crate::goroutine`]), so parking one
//! is just returning from the interpreter loop. A native that calls back (`fmt` formats
//! a value, calls its `String()`, formats the rest) has *Rust* frames in the middle of
//! the goroutine's stack: the nested interpreter loop cannot return through them. So a
//! native that may call back runs its body with [`Vm::suspendable`] on a corosensei
//! stack of its own; when the minigo code inside blocks (a native returned
//! [`Trap::Park`] or [`Trap::Sched`]) or is preempted at a safe point, the nested loop
//! *suspends* the coroutine ([`Suspend`]) instead of returning. The outer loop then
//! stops at the native's `CallNative` instruction with the same [`crate::Stop`] a plain
//! blocking native gives, and the goroutine parks like any other.
//!
//! # Resuming, and which `Vm` the frames hold
//! The suspended Rust frames hold `&mut Vm` and `&mut Goroutine`. Both stay at the same
//! address while the coroutine lives: the goroutine is boxed inside the scheduler's G,
//! and the `Vm` — boxed — *leaves its M with the goroutine* (`sched.rs`: the M forks a
//! fresh `Vm` next time it needs one). So the goroutine is not pinned to an M: whichever
//! M runs it next resumes the coroutine with that same `Vm` and goroutine
//! ([`Vm::resume_native`]). The suspended instruction (a channel receive inside
//! `String()`, say) runs again, as every blocked instruction does. When the body
//! returns, its result and result words wait in [`NativeCall::result`] and the outer
//! loop's `CallNative` finds them there instead of calling the native again. Once the
//! coroutine is done, the goroutine gives the `Vm` back (to the M if it has none).
//!
//! # Roots
//! Words that only the native's Rust frames hold are invisible to the collector, and a
//! suspended goroutine lets others collect. The native passes such words as `pins`:
//! they are roots ([`crate::vm::mark_goroutine`]) until the body returns.
//!
//! # Stacks
//! Each coroutine takes a `DefaultStack` (mmap'd, a guard page below; pages are
//! committed as touched) of [`CO_STACK_BYTES`], reused through a small per-`Vm` pool.
//! Callbacks nested in callbacks grow that stack; [`Vm::check_native_stack`] turns a
//! nesting that would reach the guard page into Go's `fatal error: stack overflow`
//! (the same check guards an M's own stack when no coroutine is in use).

use corosensei::stack::{DefaultStack, Stack};
use corosensei::{Coroutine, CoroutineResult, Yielder};

use crate::goroutine::{Goroutine, stack_overflow};
use crate::vm::{Trap, Vm};

/// Size of a coroutine stack. Address space only: pages are committed as touched, and
/// one level of callback nesting (a `String()` that formats the next node of a list)
/// takes about 3.2 KiB, so 64 MiB nests about 20,000 levels.
pub const CO_STACK_BYTES: usize = 64 << 20;

/// Stack kept free below the deepest allowed nesting: enough for one level (a native's
/// frames, the formatting engine, a nested interpreter loop) between two checks.
pub const STACK_MARGIN: usize = 512 << 10;

/// Coroutine stacks kept per `Vm` for reuse.
const STACK_POOL: usize = 4;

/// Why a coroutine suspended: what the goroutine must do before it runs again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Suspend {
    /// Blocked: park with this reason (a `Trap::Park` inside the callback).
    Park(minigo_runtime::WaitReason),
    /// A request for the scheduler is in `Vm::request` (a `Trap::Sched` inside).
    Sched,
    /// Preempted at a safe point inside the callback.
    Yielded,
}

impl From<Suspend> for crate::Stop {
    /// What the goroutine's run step does for a suspended native call: the same as for
    /// a native that blocked, asked the scheduler, or a preemption.
    fn from(s: Suspend) -> crate::Stop {
        match s {
            Suspend::Park(reason) => crate::Stop::Park(reason),
            Suspend::Sched => crate::Stop::Sched,
            Suspend::Yielded => crate::Stop::Yielded,
        }
    }
}

/// What a coroutine receives on every resume: the `Vm` and goroutine addresses (always
/// the same objects, checked).
type CoIn = (usize, usize);
/// The body's result and result words.
type CoRet = (Result<(), Trap>, Vec<u64>);

struct NativeCo(Coroutine<CoIn, Suspend, CoRet, DefaultStack>);

// SAFETY: a coroutine is `!Send` because its stack may hold `!Send` data when suspended.
// Ours suspend only in `Vm::co_suspend`, called from the interpreter loop, and what is on
// the stack then is: the native's frames and the interpreter's, holding `&mut Vm`,
// `&mut Goroutine` (both `Send`, and moved together with the coroutine, see the module
// doc), the program `Arc`, and plain data (formatting trees, byte buffers). No lock guard,
// `Rc`, `RefCell` borrow or thread-local reference is live across a suspension: the
// natives that use `suspendable` (fmt) keep none, and the heap's `RefCell` is borrowed only
// inside single allocations. The thread-local address caching hazard does not arise
// because no code that runs on these stacks reads a thread-local (fmt's nesting counter
// became the stack check below).
unsafe impl Send for NativeCo {}

/// A native call whose body runs on a coroutine (see the module doc), kept in
/// `Goroutine::native` while it is suspended or its result is not taken yet.
pub struct NativeCall {
    co: Option<NativeCo>,
    /// Roots held by the native's Rust frames.
    pub pins: Vec<u64>,
    /// The finished body's result and result words, for the re-executed `CallNative`.
    pub result: Option<CoRet>,
}

impl Vm {
    /// Runs `body`, the rest of a native that may call back into minigo, so that the
    /// minigo code it calls may block (see the module doc). `r` receives the result
    /// words; `pins` are words to keep alive while `body` runs.
    ///
    /// Without a scheduler, or already inside such a body, `body` simply runs here.
    pub fn suspendable<F>(
        &mut self,
        g: &mut Goroutine,
        r: &mut [u64],
        pins: Vec<u64>,
        body: F,
    ) -> Result<(), Trap>
    where
        F: FnOnce(&mut Vm, &mut Goroutine, &mut [u64]) -> Result<(), Trap> + Send + 'static,
    {
        if !self.scheduled || self.co_yielder != 0 {
            return body(self, g, r);
        }
        let stack = match self.co_stacks.pop() {
            Some(s) => s,
            None => match DefaultStack::new(CO_STACK_BYTES) {
                Ok(s) => s,
                Err(e) => {
                    return Err(Trap::Fatal(format!(
                        "runtime: cannot allocate a native call stack: {e}\nfatal error: out of memory"
                    )));
                }
            },
        };
        let floor = stack.limit().get() + STACK_MARGIN;
        let nret = r.len();
        let co = Coroutine::with_stack(stack, move |y: &Yielder<CoIn, Suspend>, input: CoIn| {
            // SAFETY: `input` holds the addresses of the `Vm` and goroutine that resume
            // this coroutine; they stay valid and at the same address, and nothing else
            // uses them while the coroutine runs (module doc). The references live as
            // long as the body; every resume passes the same addresses (checked in
            // `co_suspend`).
            let (vm, g) = unsafe {
                (
                    &mut *(input.0 as *mut Vm),
                    &mut *(input.1 as *mut Goroutine),
                )
            };
            vm.co_yielder = y as *const Yielder<CoIn, Suspend> as usize;
            vm.co_floor = floor;
            let mut rets = vec![0u64; nret];
            let res = body(vm, g, &mut rets);
            vm.co_yielder = 0;
            (res, rets)
        });
        let call = Box::new(NativeCall {
            co: Some(NativeCo(co)),
            pins,
            result: None,
        });
        match self.drive(g, call)? {
            None => Ok(()),
            Some((res, rets)) => {
                r.copy_from_slice(&rets);
                res
            }
        }
    }

    /// Resumes the goroutine's suspended native call. `None`: it finished (the
    /// re-executed `CallNative` takes the result); `Some(s)`: it suspended again.
    pub(crate) fn resume_native(&mut self, g: &mut Goroutine) -> Option<Suspend> {
        let call = g.native.take()?;
        if call.co.is_none() {
            g.native = Some(call);
            return None;
        }
        match self.drive(g, call) {
            Ok(None) => unreachable!("a resumed native call is not returned directly"),
            Ok(Some(done)) => {
                g.native = Some(Box::new(NativeCall {
                    co: None,
                    pins: Vec::new(),
                    result: Some(done),
                }));
                None
            }
            Err(Trap::Suspended(s)) => Some(s),
            Err(_) => unreachable!("drive fails only with Suspended"),
        }
    }

    /// Resumes `call`'s coroutine on this `Vm`: `Ok(Some(..))` when its body returned,
    /// `Err(Trap::Suspended)` (the call kept in `g.native`) when it suspended.
    fn drive(
        &mut self,
        g: &mut Goroutine,
        mut call: Box<NativeCall>,
    ) -> Result<Option<CoRet>, Trap> {
        let mut co = call.co.take().expect("a live coroutine");
        let input = (self as *mut Vm as usize, g as *mut Goroutine as usize);
        match co.0.resume(input) {
            CoroutineResult::Yield(s) => {
                call.co = Some(co);
                g.native = Some(call);
                Err(Trap::Suspended(s))
            }
            CoroutineResult::Return(done) => {
                if self.co_stacks.len() < STACK_POOL {
                    self.co_stacks.push(co.0.into_stack());
                }
                Ok(Some(done))
            }
        }
    }

    /// Inside a coroutine body: suspends it for `s`; returns when the goroutine is
    /// resumed (on any M, with this same `Vm` and goroutine).
    pub(crate) fn co_suspend(&mut self, g: &mut Goroutine, s: Suspend) {
        let me = (self as *mut Vm as usize, g as *mut Goroutine as usize);
        // SAFETY: `co_yielder` is non-zero only while a coroutine body runs on this `Vm`
        // (set at its start, cleared at its end), and then it is that body's yielder,
        // which outlives the body.
        let y = unsafe { &*(self.co_yielder as *const Yielder<CoIn, Suspend>) };
        let back = y.suspend(s);
        assert_eq!(
            back, me,
            "a native call resumed with another Vm or goroutine"
        );
    }

    /// Fails with Go's stack overflow when calling back from a native once more could
    /// reach the end of the Rust stack (of the coroutine, or of the M).
    pub(crate) fn check_native_stack(&self) -> Result<(), Trap> {
        let sp = stack_address();
        let floor = if self.co_yielder != 0 {
            self.co_floor
        } else {
            self.m_floor
        };
        if sp < floor {
            return Err(stack_overflow());
        }
        Ok(())
    }
}

/// The current stack address, about (that of a local).
pub fn stack_address() -> usize {
    let probe = 0u8;
    std::hint::black_box(&probe) as *const u8 as usize
}

/// The lowest stack address a thread with a stack of `size` bytes, now at about `here`,
/// may call back from natives down to.
pub fn floor_below(here: usize, size: usize) -> usize {
    here.saturating_sub(size.saturating_sub(STACK_MARGIN))
}

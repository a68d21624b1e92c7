//! A goroutine's execution state, entirely on the heap: its register stack, call frames,
//! pending deferred calls and active panics.
//!
//! Nothing of a running minigo function lives on the Rust stack: the interpreter loop
//! reads and writes this struct, so the VM can stop a goroutine at a safe point and
//! resume it later (on any thread), and minigo-to-minigo calls never recurse in Rust.

/// What kind of call a frame is; decides what happens when it returns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameKind {
    /// An ordinary call: results are copied to the caller's result registers.
    Normal,
    /// A deferred call run by `RunDefers` (normal return path); results are discarded and
    /// the caller re-executes its `RunDefers`.
    Deferred,
    /// A deferred call run while unwinding a panic; `recover()` works only directly in it.
    DeferredPanic,
    /// Called from native code (`Vm::call_value`): returning from it leaves the nested
    /// interpreter loop and hands the results back to the native.
    Native,
}

#[derive(Clone, Copy, Debug)]
pub struct Frame {
    pub func: u32,
    /// Resume point. While a callee runs, this is the pc of the call instruction (so the
    /// return can find the result registers listed after it).
    pub pc: u32,
    /// Index of register 0 of this frame in `Goroutine::stack`.
    pub base: u32,
    pub kind: FrameKind,
    /// The closure object being run (0 for static calls), for `LoadCapture`.
    pub closure: u64,
}

/// A registered `defer`: the function value, its argument words, and the frame it belongs to.
#[derive(Clone, Debug)]
pub struct DeferRec {
    pub frame: u32,
    pub closure: u64,
    pub func: u32,
    pub args: Vec<u64>,
}

/// One active panic.
#[derive(Clone, Debug)]
pub struct PanicRec {
    /// The panic value (an interface value; 0 for `panic(nil)` is not produced since Go 1.21).
    pub value: u64,
    /// `recover()` has returned this panic's value.
    pub recovered: bool,
    /// Not a panic: `runtime.Goexit` unwinding (runs deferred calls, cannot be recovered,
    /// and ends the goroutine normally).
    pub goexit: bool,
    /// A newer panic started while this one's deferred call ran, and unwound past it.
    pub aborted: bool,
    /// The goroutine's traceback at the moment of the panic, for the final report.
    pub trace: Vec<TraceLine>,
}

#[derive(Clone, Debug)]
pub struct TraceLine {
    pub func: String,
    pub has_args: bool,
    pub file: String,
    pub line: u32,
}

/// Go's per-goroutine stack limit (`runtime: goroutine stack exceeds 1000000000-byte limit`),
/// applied to the register stack plus frame records.
pub const MAX_STACK_BYTES: usize = 1_000_000_000;

/// Go's fatal error for a goroutine whose stack outgrew [`MAX_STACK_BYTES`] (its register
/// stack, or the Rust stack under natives calling back into minigo).
pub fn stack_overflow() -> crate::vm::Trap {
    crate::vm::Trap::Fatal(format!(
        "runtime: goroutine stack exceeds {MAX_STACK_BYTES}-byte limit\nfatal error: stack overflow"
    ))
}

pub struct Goroutine {
    pub id: u64,
    pub stack: Vec<u64>,
    pub frames: Vec<Frame>,
    pub defers: Vec<DeferRec>,
    pub panics: Vec<PanicRec>,
    /// The scheduler's handle to this goroutine (set when it first runs), for wait queues.
    pub gref: Option<minigo_runtime::GRef>,
    /// The waiter of the channel operation or `select` this goroutine is blocked in
    /// (`chan.rs`): the blocked instruction finds its result here when re-executed.
    pub wait: Option<std::sync::Arc<crate::chan::Waiter>>,
    /// The answer to a request made to the scheduler by a re-executed native (`Sleep`
    /// done, `GOMAXPROCS`'s previous value...), or a sync primitive's hand-off.
    pub reply: Option<u64>,
    /// Goroutine 1: when its function returns, the program exits.
    pub is_main: bool,
    /// A native call whose body runs on a coroutine and is suspended, or finished with
    /// its result not taken yet ([`crate::native_co`]).
    pub native: Option<Box<crate::native_co::NativeCall>>,
    /// Where the `go` statement that started it is (function, pc), for dumps' `created
    /// by` lines.
    pub created_by: Option<(u32, u32)>,
    /// Where a blocking system call run by the scheduler leaves its result
    /// ([`crate::Vm::blocking`]).
    pub syscall: Option<crate::vm::SyscallSlot>,
}

impl Goroutine {
    /// A goroutine with no frames. Its register stack and frame list start empty and grow
    /// (doubling) as calls need them, so a goroutine that parks early stays small: Go's
    /// goroutines start with 2 KiB stacks, and minigo's must not cost more.
    pub fn new(id: u64) -> Goroutine {
        Goroutine {
            id,
            stack: Vec::new(),
            frames: Vec::with_capacity(4),
            defers: vec![],
            panics: vec![],
            gref: None,
            wait: None,
            reply: None,
            is_main: false,
            native: None,
            created_by: None,
            syscall: None,
        }
    }

    /// Approximate stack use in bytes, compared against [`MAX_STACK_BYTES`].
    pub fn stack_bytes(&self) -> usize {
        self.stack.len() * 8 + self.frames.len() * std::mem::size_of::<Frame>()
    }
}

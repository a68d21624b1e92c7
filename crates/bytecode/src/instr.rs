//! The instruction set.
//!
//! minigo's bytecode is register based: every function has a fixed number of 64-bit
//! registers (`Reg` indexes them), and each instruction names its operands. Because the
//! language is statically typed, the compiler picks a typed operation (`AddI`, `AddF`,
//! `Concat`...) and the interpreter never inspects a value to find its type.
//!
//! Every register has one *kind* for the whole function: it holds either scalars (ints,
//! floats, bools as raw bits) or references (pointers to heap objects, or 0 for nil). The
//! function's `ptr_regs` bitmap records which, and is what the garbage collector scans.
//! That is why calls copy their arguments into the callee's frame instead of sharing a
//! window of the caller's registers: the kinds of both frames stay fixed.
//!
//! Instructions are 8 bytes (asserted in a test). Operands that do not fit follow the
//! instruction as `Regs` (argument and result register lists of calls) or `Ext`
//! (a 32-bit operand such as a runtime type id) pseudo-instructions, which the interpreter
//! reads and skips; they are never executed on their own.

/// A register index within the current frame.
pub type Reg = u16;

/// Marks an absent optional register operand (frames have at most `NO_REG - 1` registers).
pub const NO_REG: Reg = u16::MAX;

/// Sign- or zero-extension applied after arithmetic on a narrow integer type, so that a
/// register always holds the canonical 64-bit form of its value (wrapped to its size).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntKind {
    I8,
    I16,
    I32,
    U8,
    U16,
    U32,
}

/// Which comparison a `Cmp*` instruction performs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Instr {
    Nop,
    /// A safe point (function entry or loop back-edge; inserted by the safepoints pass):
    /// the goroutine may be stopped here for garbage collection or preemption.
    Safepoint,

    // ---- moves and constants ----
    Move {
        dst: Reg,
        src: Reg,
    },
    /// `dst = val` (sign-extended); also used for `false`/`true`/nil (0/1/0).
    LoadInt {
        dst: Reg,
        val: i32,
    },
    /// `dst = program.consts[idx]` (big ints, float bits, string objects).
    LoadConst {
        dst: Reg,
        idx: u32,
    },
    LoadGlobal {
        dst: Reg,
        idx: u32,
    },
    StoreGlobal {
        src: Reg,
        idx: u32,
    },
    /// `dst = &globals[idx]` (a pointer to a scalar global).
    GlobalAddr {
        dst: Reg,
        idx: u32,
    },
    /// `dst` = the function value of top-level function `func`.
    LoadFunc {
        dst: Reg,
        func: u32,
    },
    /// `dst` = a new closure of `func` capturing registers listed in the following `Regs`.
    MakeClosure {
        dst: Reg,
        func: u32,
        ncap: u8,
    },
    /// `dst` = captured word `idx` of the running closure.
    LoadCapture {
        dst: Reg,
        idx: u16,
    },

    // ---- integers (64-bit wrapping; narrow types are re-extended with `Extend`) ----
    AddI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    SubI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    MulI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// Signed division; panics on a zero divisor.
    DivI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    RemI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    DivU {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    RemU {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    And {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    Or {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    Xor {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    AndNot {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// `a << b`; `b` is an unsigned count (>= 64 gives 0). A negative signed count panics
    /// (`CheckShift` precedes the shift when the count's type is signed).
    Shl {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// Arithmetic shift right.
    ShrI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// Logical shift right.
    ShrU {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// Panics with `negative shift amount` if the signed count in `r` is negative.
    CheckShift {
        r: Reg,
    },
    AddIK {
        dst: Reg,
        a: Reg,
        k: i16,
    },
    NegI {
        dst: Reg,
        src: Reg,
    },
    /// Bitwise complement `^x`.
    Compl {
        dst: Reg,
        src: Reg,
    },
    /// Boolean not.
    Not {
        dst: Reg,
        src: Reg,
    },
    Extend {
        dst: Reg,
        src: Reg,
        kind: IntKind,
    },
    CmpI {
        op: CmpOp,
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// `dst = a op k` for a signed integer `a` and a small constant `k`.
    CmpIK {
        op: CmpOp,
        dst: Reg,
        a: Reg,
        k: i16,
    },
    CmpU {
        op: CmpOp,
        dst: Reg,
        a: Reg,
        b: Reg,
    },

    // ---- floats (registers hold f64 bits; float32 values are kept rounded to f32) ----
    AddF {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    SubF {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    MulF {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    DivF {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    NegF {
        dst: Reg,
        src: Reg,
    },
    RoundF32 {
        dst: Reg,
        src: Reg,
    },
    CmpF {
        op: CmpOp,
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// Signed int to float.
    IToF {
        dst: Reg,
        src: Reg,
    },
    UToF {
        dst: Reg,
        src: Reg,
    },
    /// Float to signed int (truncating; out-of-range results are implementation-defined, as in Go).
    FToI {
        dst: Reg,
        src: Reg,
    },
    FToU {
        dst: Reg,
        src: Reg,
    },

    // ---- control flow (offsets are relative to the next instruction) ----
    Jmp {
        off: i32,
    },
    /// Jump if `cond` is true.
    Jt {
        cond: Reg,
        off: i32,
    },
    /// Jump if `cond` is false.
    Jf {
        cond: Reg,
        off: i32,
    },

    // ---- calls ----
    /// Calls function `func`; followed by `Regs` listing `nargs` argument registers then
    /// `nret` result registers.
    Call {
        func: u32,
        nargs: u8,
        nret: u8,
    },
    /// Calls the function value in `f` (nil panics); `Regs` follow as for `Call`.
    CallClosure {
        f: Reg,
        nargs: u8,
        nret: u8,
    },
    /// Calls native function `id` (`program.natives[id]`); `Regs` follow.
    CallNative {
        id: u16,
        nargs: u8,
        nret: u8,
    },
    /// Calls method `method` (a `program.symbols` index) of the interface value in `recv`
    /// (nil panics); `Regs` follow with the other arguments and the results.
    CallIface {
        recv: Reg,
        method: u16,
        nargs: u8,
        nret: u8,
    },
    /// Returns; followed by `Regs` listing `n` result registers.
    Ret {
        n: u8,
    },
    /// Runs the deferred calls registered by this frame, last first (re-executed after each).
    RunDefers,
    /// Registers a deferred call of the function value `f` with arguments in the following
    /// `Regs` (evaluated now).
    Defer {
        f: Reg,
        nargs: u8,
    },
    /// Panics with the interface value in `src`.
    Panic {
        src: Reg,
    },
    /// `dst = recover()`.
    Recover {
        dst: Reg,
    },
    /// Operand list of the preceding call/ret/closure/defer instruction.
    Regs {
        r: [Reg; 3],
    },
    /// A 32-bit operand of the preceding instruction (a runtime type id).
    Ext {
        val: u32,
    },

    // ---- heap objects ----
    /// Panics with a nil dereference if `r` is 0 (before using a pointer to a struct or
    /// array as the value it points to).
    NilCheck {
        r: Reg,
    },
    /// `dst` = a new zero value of type `Ext` stored on the heap: a box for structs and
    /// arrays, a one-word cell for everything else (`new(T)`, escaping variables).
    Alloc {
        dst: Reg,
    },
    /// `dst` = a deep copy of the struct/array box in `src` (type in `Ext`).
    Clone {
        dst: Reg,
        src: Reg,
    },
    /// Copies the contents of box `src` into the existing box `dst` (type in `Ext`).
    CopyInto {
        dst: Reg,
        src: Reg,
    },
    /// `dst = obj.field[idx]` (`obj` is a struct box or pointer to one; nil panics).
    GetField {
        dst: Reg,
        obj: Reg,
        idx: u16,
    },
    SetField {
        obj: Reg,
        idx: u16,
        src: Reg,
    },
    /// `dst = &obj.field[idx]` for a scalar field.
    FieldAddr {
        dst: Reg,
        obj: Reg,
        idx: u16,
    },
    /// `dst = *ptr` for a scalar or reference pointee (nil panics).
    Load {
        dst: Reg,
        ptr: Reg,
    },
    Store {
        ptr: Reg,
        src: Reg,
    },

    // ---- strings ----
    Concat {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    StrLen {
        dst: Reg,
        s: Reg,
    },
    /// `dst = s[i]` (a byte).
    StrIndex {
        dst: Reg,
        s: Reg,
        i: Reg,
    },
    /// `dst = s[lo:hi]`; the `hi` register is in the following `Ext`.
    StrSlice {
        dst: Reg,
        s: Reg,
        lo: Reg,
    },
    CmpS {
        op: CmpOp,
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// Decodes the rune at byte offset `idx` of `s` into `dst` and advances `idx` past it
    /// (invalid UTF-8 gives U+FFFD and advances by one byte).
    DecodeRune {
        dst: Reg,
        s: Reg,
        idx: Reg,
    },
    /// `string(rune)`.
    RuneToStr {
        dst: Reg,
        src: Reg,
    },
    /// `string(b)` for `[]byte` `b`.
    BytesToStr {
        dst: Reg,
        src: Reg,
    },
    StrToBytes {
        dst: Reg,
        src: Reg,
    },
    RunesToStr {
        dst: Reg,
        src: Reg,
    },
    StrToRunes {
        dst: Reg,
        src: Reg,
    },

    // ---- slices and arrays (element type in a following `Ext` where noted) ----
    /// `make([]T, len, cap)`; `Ext` = element type.
    MakeSlice {
        dst: Reg,
        len: Reg,
        cap: Reg,
    },
    /// A slice literal/backing from registers: `Ext` = element type, `Regs` list the elements.
    SliceLit {
        dst: Reg,
        n: u16,
    },
    Len {
        dst: Reg,
        s: Reg,
    },
    Cap {
        dst: Reg,
        s: Reg,
    },
    /// `dst = s[i]` for a slice (bounds-checked).
    Index {
        dst: Reg,
        s: Reg,
        i: Reg,
    },
    SetIndex {
        s: Reg,
        i: Reg,
        src: Reg,
    },
    /// `dst = &s[i]` for a scalar element.
    IndexAddr {
        dst: Reg,
        s: Reg,
        i: Reg,
    },
    /// `dst = a[i]` for an array box.
    ArrIndex {
        dst: Reg,
        a: Reg,
        i: Reg,
    },
    SetArrIndex {
        a: Reg,
        i: Reg,
        src: Reg,
    },
    ArrIndexAddr {
        dst: Reg,
        a: Reg,
        i: Reg,
    },
    /// `dst = s[lo:hi:max]` of a slice; the following `Ext` packs the `hi` register (low 16
    /// bits) and the `max` register (high 16 bits, [`NO_REG`] when absent).
    SliceSlice {
        dst: Reg,
        s: Reg,
        lo: Reg,
    },
    /// `dst = a[lo:hi:max]` of an array box (or pointer to one); `Ext` as for `SliceSlice`.
    ArrSlice {
        dst: Reg,
        a: Reg,
        lo: Reg,
    },
    /// `dst = append(s, v)`; `Ext` = element type.
    Append {
        dst: Reg,
        s: Reg,
        v: Reg,
    },
    /// `dst = append(s, t...)` (`t` a slice, or a string when `s` is `[]byte`); `Ext` = element type.
    AppendSlice {
        dst: Reg,
        s: Reg,
        t: Reg,
    },
    /// `dst = copy(a, b)` (`b` a slice, or a string for `[]byte`); `Ext` = element type.
    CopySlice {
        dst: Reg,
        a: Reg,
        b: Reg,
    },

    // ---- maps (the map object knows its key and value types) ----
    /// `make(map[K]V)`; `Ext` = the map type.
    MakeMap {
        dst: Reg,
    },
    /// `dst = m[k]` (zero value when absent).
    MapGet {
        dst: Reg,
        m: Reg,
        k: Reg,
    },
    /// `dst, ok = m[k]`: the value goes to `dst`, the flag to the register in the following `Ext`.
    MapGet2 {
        dst: Reg,
        m: Reg,
        k: Reg,
    },
    MapSet {
        m: Reg,
        k: Reg,
        v: Reg,
    },
    MapDelete {
        m: Reg,
        k: Reg,
    },
    /// `dst` = an iterator over a snapshot of `m`'s keys, starting at a random key.
    MapIter {
        dst: Reg,
        m: Reg,
    },
    /// Advances iterator `it` to the next key still present; `ok` = false at the end.
    MapNext {
        ok: Reg,
        it: Reg,
    },
    MapIterKey {
        dst: Reg,
        it: Reg,
    },
    MapIterVal {
        dst: Reg,
        it: Reg,
    },
    /// `clear(m)` or `clear(s)`.
    Clear {
        x: Reg,
    },

    // ---- interfaces (runtime type in a following `Ext`) ----
    /// `dst` = interface value holding `src` of concrete type `Ext` (boxes are copied).
    ToIface {
        dst: Reg,
        src: Reg,
    },
    /// `dst = src.(T)` for concrete `T` = `Ext`; panics on mismatch.
    AssertType {
        dst: Reg,
        src: Reg,
    },
    /// `dst, ok = src.(T)` for concrete `T`.
    AssertType2 {
        dst: Reg,
        ok: Reg,
        src: Reg,
    },
    /// `dst = src.(I)` for interface `I` = `Ext`; panics if the dynamic type lacks a method.
    AssertIface {
        dst: Reg,
        src: Reg,
    },
    AssertIface2 {
        dst: Reg,
        ok: Reg,
        src: Reg,
    },
    /// `dst` = 1 if the dynamic type of `src` is exactly `Ext` (0 for nil interfaces).
    IsType {
        dst: Reg,
        src: Reg,
    },
    /// `dst` = 1 if `src` is non-nil and its dynamic type implements interface `Ext`.
    Implements {
        dst: Reg,
        src: Reg,
    },
    /// Deep equality of two values of type `Ext` (structs, arrays, interfaces);
    /// panics on uncomparable dynamic types inside interfaces.
    Equal {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
}

impl Instr {
    /// Instructions followed by one `Ext` operand.
    #[inline]
    pub fn has_ext(&self) -> bool {
        use Instr::*;
        matches!(
            self,
            Alloc { .. }
                | Clone { .. }
                | CopyInto { .. }
                | MakeSlice { .. }
                | SliceLit { .. }
                | SliceSlice { .. }
                | ArrSlice { .. }
                | Append { .. }
                | AppendSlice { .. }
                | CopySlice { .. }
                | MakeMap { .. }
                | MapGet2 { .. }
                | StrSlice { .. }
                | ToIface { .. }
                | AssertType { .. }
                | AssertType2 { .. }
                | AssertIface { .. }
                | AssertIface2 { .. }
                | IsType { .. }
                | Implements { .. }
                | Equal { .. }
        )
    }

    /// Number of registers listed in the `Regs` operands that follow this instruction.
    #[inline]
    pub fn reg_operands(&self) -> usize {
        use Instr::*;
        match *self {
            Call { nargs, nret, .. }
            | CallClosure { nargs, nret, .. }
            | CallNative { nargs, nret, .. } => nargs as usize + nret as usize,
            CallIface { nargs, nret, .. } => nargs as usize + nret as usize,
            Ret { n } => n as usize,
            Defer { nargs, .. } => nargs as usize,
            MakeClosure { ncap, .. } => ncap as usize,
            SliceLit { n, .. } => n as usize,
            _ => 0,
        }
    }

    /// Number of pseudo-instruction slots (`Ext` then `Regs`) that follow this instruction.
    #[inline]
    pub fn trailing_slots(&self) -> usize {
        usize::from(self.has_ext()) + self.reg_operands().div_ceil(3)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instructions_are_eight_bytes() {
        assert_eq!(std::mem::size_of::<Instr>(), 8);
    }
}

//! minigo bytecode: the instruction set ([`Instr`]), compiled functions and programs
//! ([`Program`]), runtime type descriptors ([`RType`]) and a disassembler.
//!
//! This crate stands alone (no front end, no VM) so that the VM and the compiler depend
//! on it and not on each other.

pub mod disasm;
pub mod instr;
pub mod program;

pub use instr::{CmpOp, Instr, IntKind, NO_REG, Reg};
pub use program::{Const, FuncProto, Global, Program, RField, RKind, RType, RTypeId, WellKnown};

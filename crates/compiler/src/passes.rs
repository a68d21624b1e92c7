//! Passes over a lowered function.
//!
//! Lowering leaves jump instructions with *absolute* targets so that passes can insert
//! instructions freely; [`resolve_jumps`] turns them into relative offsets at the end.
//!
//! - [`insert_safepoints`]: a `Safepoint` at the function entry and before every backward
//!   jump. Every loop iteration and every call therefore passes a safe point, so a
//!   goroutine can always be stopped within a bounded number of instructions (for the
//!   garbage collector now, for preemption with the scheduler).
//! - [`verify`]: structural checks (jump targets, trailing operands).

use minigo_bytecode::{FuncProto, Instr};

fn jump_target(i: &Instr) -> Option<usize> {
    match *i {
        Instr::Jmp { off } | Instr::Jt { off, .. } | Instr::Jf { off, .. } => Some(off as usize),
        _ => None,
    }
}

fn set_target(i: &mut Instr, t: usize) {
    match i {
        Instr::Jmp { off } | Instr::Jt { off, .. } | Instr::Jf { off, .. } => *off = t as i32,
        _ => {}
    }
}

/// Inserts safe points at the entry and at loop back-edges (absolute jump targets).
pub fn insert_safepoints(f: &mut FuncProto) {
    let old = std::mem::take(&mut f.code);
    let old_lines = std::mem::take(&mut f.lines);
    let mut new_pos = vec![0usize; old.len() + 1];
    let mut code = Vec::with_capacity(old.len() + 8);
    let mut lines = Vec::with_capacity(old.len() + 8);
    code.push(Instr::Safepoint);
    lines.push(old_lines.first().copied().unwrap_or(0));
    let mut i = 0;
    while i < old.len() {
        let ins = old[i];
        new_pos[i] = code.len();
        if let Some(t) = jump_target(&ins)
            && t <= i
        {
            code.push(Instr::Safepoint);
            lines.push(old_lines[i]);
        }
        code.push(ins);
        lines.push(old_lines[i]);
        // Trailing operands move with their instruction.
        let n = ins.trailing_slots();
        for k in 1..=n {
            if let Some(&t) = old.get(i + k) {
                new_pos[i + k] = code.len();
                code.push(t);
                lines.push(old_lines[i + k]);
            }
        }
        i += 1 + n;
    }
    new_pos[old.len()] = code.len();
    // The entry safe point belongs before instruction 0: jumps to 0 land on it.
    new_pos[0] = 0;
    for ins in code.iter_mut() {
        if let Some(t) = jump_target(ins) {
            set_target(ins, new_pos[t.min(old.len())]);
        }
    }
    if let Some(r) = f.recover_pc {
        f.recover_pc = Some(new_pos[(r as usize).min(old.len())] as u32);
    }
    f.code = code;
    f.lines = lines;
}

/// Converts absolute jump targets into offsets relative to the next instruction.
pub fn resolve_jumps(f: &mut FuncProto) {
    for (i, ins) in f.code.iter_mut().enumerate() {
        if let Some(t) = jump_target(ins) {
            let off = t as i64 - (i as i64 + 1);
            set_target(ins, 0);
            match ins {
                Instr::Jmp { off: o } | Instr::Jt { off: o, .. } | Instr::Jf { off: o, .. } => {
                    *o = off as i32
                }
                _ => {}
            }
        }
    }
}

/// Checks a finished function: jump targets in range, trailing operands present, and the
/// code cannot run off its end.
pub fn verify(f: &FuncProto) -> Result<(), String> {
    let n = f.code.len();
    if f.lines.len() != n {
        return Err("line table length mismatch".into());
    }
    let mut i = 0;
    let mut last = None;
    while i < n {
        let ins = f.code[i];
        if matches!(ins, Instr::Regs { .. } | Instr::Ext { .. }) {
            return Err(format!("stray operand at {i}"));
        }
        if let Instr::Jmp { off } | Instr::Jt { off, .. } | Instr::Jf { off, .. } = ins {
            let t = i as i64 + 1 + off as i64;
            if t < 0 || t as usize >= n {
                return Err(format!("jump at {i} to {t} out of range"));
            }
        }
        if ins.has_ext() && !matches!(f.code.get(i + 1), Some(Instr::Ext { .. })) {
            return Err(format!("missing Ext after {i}"));
        }
        last = Some(ins);
        i += 1 + ins.trailing_slots();
    }
    if n > 0 && !matches!(last, Some(Instr::Ret { .. } | Instr::Jmp { .. })) {
        return Err("code can fall off the end".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn safepoints_go_at_entry_and_back_edges() {
        let mut f = FuncProto {
            code: vec![
                Instr::LoadInt { dst: 0, val: 0 },
                Instr::AddIK { dst: 0, a: 0, k: 1 },
                Instr::Jt { cond: 0, off: 1 },
                Instr::Ret { n: 0 },
            ],
            lines: vec![1, 2, 3, 4],
            nregs: 1,
            ..Default::default()
        };
        insert_safepoints(&mut f);
        resolve_jumps(&mut f);
        assert_eq!(f.code[0], Instr::Safepoint);
        assert_eq!(f.code[3], Instr::Safepoint);
        // The back-edge now jumps to the AddIK (index 2): offset 2 - 5 = -3.
        assert_eq!(f.code[4], Instr::Jt { cond: 0, off: -3 });
        verify(&f).unwrap();
    }
}

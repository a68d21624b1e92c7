//! Disassembler: the `minigo disasm` listing.
//!
//! One block per function with its frame size and reference registers, then one line per
//! instruction with its index, source line and operands. Trailing `Regs`/`Ext` operands
//! are folded into the instruction they belong to, and safe points are easy to spot
//! (`SAFEPOINT`), so the listing shows where the compiler's passes put them.

use std::fmt::Write;

use crate::instr::Instr;
use crate::program::{FuncProto, Program};

/// Disassembles every function of the program (hidden ones included).
pub fn disassemble(p: &Program) -> String {
    disassemble_with_source(p, &|_, _| None)
}

/// Like [`disassemble`], with each new source line's text (from `source(file, line)`,
/// `file` indexing `Program::files`) printed above the instructions compiled from it.
pub fn disassemble_with_source(p: &Program, source: &dyn Fn(u32, u32) -> Option<String>) -> String {
    let mut out = String::new();
    for (i, f) in p.funcs.iter().enumerate() {
        disassemble_func(p, i, f, source, &mut out);
        out.push('\n');
    }
    out
}

/// The operands trailing instruction `pc`: its `Ext` value and its register list.
pub fn trailing(code: &[Instr], pc: usize) -> (Option<u32>, Vec<u16>) {
    let ins = code[pc];
    let mut at = pc + 1;
    let mut ext = None;
    if ins.has_ext() {
        if let Some(Instr::Ext { val }) = code.get(at) {
            ext = Some(*val);
        }
        at += 1;
    }
    let n = ins.reg_operands();
    let mut regs = Vec::with_capacity(n);
    while regs.len() < n {
        match code.get(at) {
            Some(Instr::Regs { r }) => {
                for &x in r {
                    if regs.len() < n {
                        regs.push(x);
                    }
                }
            }
            _ => break,
        }
        at += 1;
    }
    (ext, regs)
}

fn disassemble_func(
    p: &Program,
    idx: usize,
    f: &FuncProto,
    source: &dyn Fn(u32, u32) -> Option<String>,
    out: &mut String,
) {
    let refs: Vec<String> = (0..f.nregs as usize)
        .filter(|&r| f.is_ptr_reg(r))
        .map(|r| format!("r{r}"))
        .collect();
    let _ = writeln!(
        out,
        "func #{idx} {} (params {}, results {}, regs {}, refs [{}]){}",
        f.name,
        f.nparams,
        f.nresults,
        f.nregs,
        refs.join(" "),
        if f.hidden { " hidden" } else { "" }
    );
    let mut pc = 0;
    let mut last_line = u32::MAX;
    while pc < f.code.len() {
        let ins = f.code[pc];
        let line = f.lines.get(pc).copied().unwrap_or(0);
        if line != last_line && !f.hidden {
            if let Some(text) = source(f.file, line) {
                let _ = writeln!(out, "         {line:>5} | {}", text.trim_end());
            }
            last_line = line;
        }
        let (ext, regs) = trailing(&f.code, pc);
        let text = render(p, &ins, ext, &regs, pc);
        let _ = writeln!(out, "  {pc:5}  L{line:<5} {text}");
        pc += 1 + ins.trailing_slots();
    }
}

fn render(p: &Program, ins: &Instr, ext: Option<u32>, regs: &[u16], pc: usize) -> String {
    let ty = |e: Option<u32>| match e.and_then(|t| p.rtypes.get(t as usize)) {
        Some(rt) => rt.name.clone(),
        None => format!("{e:?}"),
    };
    let list = |rs: &[u16]| {
        rs.iter()
            .map(|r| format!("r{r}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let target = |off: i32| (pc as i64 + 1 + off as i64).to_string();
    match *ins {
        Instr::Safepoint => "SAFEPOINT".to_string(),
        Instr::Jmp { off } => format!("Jmp -> {}", target(off)),
        Instr::Jt { cond, off } => format!("Jt r{cond} -> {}", target(off)),
        Instr::Jf { cond, off } => format!("Jf r{cond} -> {}", target(off)),
        Instr::Call { func, nargs, .. } => {
            let name = p.funcs.get(func as usize).map_or("?", |f| f.name.as_str());
            format!(
                "Call {name} ({}) -> ({})",
                list(&regs[..nargs as usize]),
                list(&regs[nargs as usize..])
            )
        }
        Instr::CallClosure { f, nargs, .. } => {
            format!(
                "CallClosure r{f} ({}) -> ({})",
                list(&regs[..nargs as usize]),
                list(&regs[nargs as usize..])
            )
        }
        Instr::CallNative { id, nargs, .. } => {
            let name = p.natives.get(id as usize).map_or("?", |s| s.as_str());
            format!(
                "CallNative {name} ({}) -> ({})",
                list(&regs[..nargs as usize]),
                list(&regs[nargs as usize..])
            )
        }
        Instr::CallIface {
            recv,
            method,
            nargs,
            ..
        } => {
            let name = p.symbols.get(method as usize).map_or("?", |s| s.as_str());
            format!(
                "CallIface r{recv}.{name} ({}) -> ({})",
                list(&regs[..nargs as usize]),
                list(&regs[nargs as usize..])
            )
        }
        Instr::Ret { .. } => format!("Ret ({})", list(regs)),
        Instr::Defer { f, .. } => format!("Defer r{f} ({})", list(regs)),
        Instr::MakeClosure { dst, func, .. } => {
            let name = p.funcs.get(func as usize).map_or("?", |f| f.name.as_str());
            format!("MakeClosure r{dst} = {name} [{}]", list(regs))
        }
        Instr::SliceLit { dst, .. } => format!("SliceLit r{dst} = []{}{{{}}}", ty(ext), list(regs)),
        Instr::LoadFunc { dst, func } => {
            let name = p.funcs.get(func as usize).map_or("?", |f| f.name.as_str());
            format!("LoadFunc r{dst} = {name}")
        }
        Instr::LoadConst { dst, idx } => {
            format!("LoadConst r{dst} = {:?}", p.consts.get(idx as usize))
        }
        other => {
            let mut s = format!("{other:?}");
            if let Some(e) = ext {
                s.push_str(&format!(" <{}>", ty(Some(e))));
            }
            s
        }
    }
}

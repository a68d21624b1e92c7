//! The `minigo` command.
//!
//! ```text
//! minigo run FILE [args...]   compile and run a program (FILE may end in .mg or .go)
//! minigo check FILE           report syntax and type errors only
//! minigo disasm FILE          print the bytecode of every function, with safe points
//! minigo version | help
//! ```
//! Exit status: the program's (0, `os.Exit(n)`, 2 after a panic or fatal error); 1 when
//! the program has syntax or type errors; 2 for a bad command line.

mod driver;
mod render;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

const USAGE: &str = "minigo is a Go interpreter for a subset of Go 1.22.

Usage:

\tminigo run FILE [arguments]   compile and run a program (FILE.mg or FILE.go)
\tminigo check FILE             report syntax and type errors
\tminigo disasm FILE            print the compiled bytecode (with safe points)
\tminigo version                print the version
\tminigo help                   print this help
";

/// mimalloc: goroutines are allocated on one thread and freed on another (spawn on one
/// M, exit on another), which glibc's malloc handles slowly (arena locks, consolidation).
/// Built without transparent huge pages (`no_thp`): with them, every page mimalloc
/// purged and reused came back as a fresh 2 MiB page to zero, and spawning a million
/// goroutines zeroed about 450 MB for 75 MB of peak memory.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Stack for the front end and the VM's thread (the parser caps nesting at 1000 levels;
/// the VM itself never recurses for minigo calls).
const MAIN_STACK_BYTES: usize = 256 << 20;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let worker = std::thread::Builder::new()
        .stack_size(MAIN_STACK_BYTES)
        .spawn(move || real_main(args));
    match worker.map(|h| h.join()) {
        Ok(Ok(code)) => ExitCode::from(code as u8),
        _ => {
            eprintln!("minigo: internal error");
            ExitCode::from(3)
        }
    }
}

fn bad_usage(msg: &str) -> i32 {
    eprintln!("minigo: {msg} (run 'minigo help' for usage)");
    2
}

fn real_main(args: Vec<String>) -> i32 {
    let Some(cmd) = args.get(1) else {
        eprint!("{USAGE}");
        return 2;
    };
    match cmd.as_str() {
        "help" | "-h" | "--help" | "-help" => {
            print!("{USAGE}");
            0
        }
        "version" | "--version" | "-version" => {
            println!(
                "minigo version {} (Go 1.22 subset)",
                env!("CARGO_PKG_VERSION")
            );
            0
        }
        "run" | "check" | "disasm" => {
            let rest = &args[2..];
            let Some(file) = rest.first() else {
                return bad_usage(&format!("{cmd}: no file given"));
            };
            if file.starts_with('-') {
                return bad_usage(&format!("{cmd}: unknown flag {file}"));
            }
            if cmd != "run" && rest.len() > 1 {
                return bad_usage(&format!("{cmd}: too many arguments"));
            }
            let bytes = match std::fs::read(file) {
                Ok(b) => b,
                Err(e) => {
                    eprintln!("minigo: {file}: {}", io_error_text(&e));
                    return 2;
                }
            };
            run_file(cmd, file, &bytes, rest)
        }
        other if other.starts_with('-') => bad_usage(&format!("unknown flag {other}")),
        other => bad_usage(&format!("unknown command {other:?}")),
    }
}

fn io_error_text(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ if e.raw_os_error() == Some(21) => "is a directory".into(),
        _ => e.to_string(),
    }
}

fn run_file(cmd: &str, file: &str, bytes: &[u8], rest: &[String]) -> i32 {
    let color = std::io::stderr().is_terminal();
    let loaded = match driver::load(file, bytes) {
        Ok(l) => l,
        Err((map, diags)) => {
            eprint!("{}", render::render(&map, &diags, color));
            return 1;
        }
    };
    if cmd == "check" {
        return 0;
    }
    let prog = match minigo_compiler::compile(&loaded.check, &loaded.sources) {
        Ok(p) => p,
        Err(diags) => {
            eprint!("{}", render::render(&loaded.sources, &diags, color));
            return 1;
        }
    };
    if cmd == "disasm" {
        let sources = &loaded.sources;
        let source = |file: u32, line: u32| -> Option<String> {
            let name = prog.files.get(file as usize)?;
            let f = sources.files.iter().find(|f| &f.name == name)?;
            f.text
                .lines()
                .nth((line as usize).checked_sub(1)?)
                .map(str::to_string)
        };
        let text = minigo_bytecode::disasm::disassemble_with_source(&prog, &source);
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(text.as_bytes());
        return 0;
    }
    drop(loaded);
    let mut vm = match minigo_vm::Vm::new(prog, &minigo_stdlib::Stdlib, rest.to_vec()) {
        Ok(vm) => vm,
        Err(e) => {
            eprintln!("minigo: {e}");
            return 2;
        }
    };
    let minigo_vm::Exit::Code(code) = vm.run_main();
    let _ = vm.stdout.flush();
    code
}

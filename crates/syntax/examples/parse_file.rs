//! Parses the Go files named on the command line and reports timing, the number of
//! declarations and the diagnostics: a quick tool for measuring the front end on large
//! inputs (`cargo run --release -p minigo-syntax --example parse_file -- big.go`).

use std::time::Instant;

use minigo_syntax::{FileId, SourceFile, parse_source};

fn main() {
    // `--repeat N small.go`: parse N times, to measure per-call setup cost and leaks.
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() == 3 && args[0] == "--repeat" {
        let n: usize = args[1].parse().unwrap_or(1);
        let bytes = std::fs::read(&args[2]).unwrap_or_default();
        let t = Instant::now();
        for i in 0..n {
            let r = parse_source(FileId(0), &bytes, 0);
            if i == 0 {
                println!("{} diagnostics", r.diagnostics.len());
            }
        }
        println!(
            "{n} parses: {:.1} us each",
            t.elapsed().as_secs_f64() * 1e6 / n as f64
        );
        return;
    }
    for path in args {
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        let t = Instant::now();
        let (toks, _) = minigo_syntax::lex(FileId(0), &bytes);
        let lex_time = t.elapsed();
        let ntoks = toks.len();
        drop(toks);
        let t = Instant::now();
        let r = parse_source(FileId(0), &bytes, 0);
        let parse_time = t.elapsed();
        let sf = SourceFile::new(path.clone(), String::from_utf8_lossy(&bytes).into_owned());
        println!(
            "{path}: {} bytes, {ntoks} tokens, lex {:.3}s, lex+parse {:.3}s, {} decls, {} ids, {} diagnostics",
            bytes.len(),
            lex_time.as_secs_f64(),
            parse_time.as_secs_f64(),
            r.file.decls.len(),
            r.next_id,
            r.diagnostics.len()
        );
        for d in r.diagnostics.iter().take(20) {
            let (l, c) = sf.line_col(d.span.lo as usize);
            println!("{path}:{l}:{c}: {}", d.message);
        }
    }
}

//! Parses the Go files named on the command line and reports timing, the number of
//! declarations and the diagnostics: a quick tool for measuring the front end on large
//! inputs (`cargo run --release -p minigo-syntax --example parse_file -- big.go`).

use std::time::Instant;

use minigo_syntax::{FileId, SourceFile, parse_source};

fn main() {
    for path in std::env::args().skip(1) {
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

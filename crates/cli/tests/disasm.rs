//! Golden test of `minigo disasm`: the compiled code of a small program's own functions,
//! showing the compiler's instruction choices and where the safepoints pass put safe
//! points (every function entry, every loop back-edge). Regenerate with
//! `INSTA_UPDATE=always cargo test -p minigo-cli --test disasm` and review the diff.

use std::path::Path;
use std::process::Command;

#[test]
fn disasm_shows_code_and_safe_points() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let out = Command::new(env!("CARGO_BIN_EXE_minigo"))
        .args(["disasm", "tests/disasm/loops.go"])
        .current_dir(&root)
        .output()
        .expect("run minigo");
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    // Only the program's own functions (the standard library's are not under test here).
    let mine: Vec<&str> = text
        .split("\n\n")
        .filter(|block| {
            block.lines().next().is_some_and(|h| {
                h.starts_with("func #")
                    && h.split(' ').nth(2).is_some_and(|n| n.starts_with("main."))
            })
        })
        .collect();
    assert_eq!(mine.len(), 2, "{text}");
    for block in &mine {
        assert!(
            block
                .lines()
                .nth(1)
                .is_some_and(|l| l.contains("SAFEPOINT") || l.contains('|')),
            "{block}"
        );
    }
    insta::assert_snapshot!(mine.join("\n\n"));
}

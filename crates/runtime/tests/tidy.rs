//! Every source file of this crate opens with a `//!` doc comment (STYLE.md, "Names and
//! comments"; rust-lang/rust-analyzer:xtask/src/tidy.rs).

use std::path::Path;

fn check_dir(dir: &Path, bad: &mut Vec<String>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let path = e.unwrap().path();
        if path.is_dir() {
            check_dir(&path, bad);
        } else if path.extension().is_some_and(|x| x == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            if !text.starts_with("//!") {
                bad.push(path.display().to_string());
            }
        }
    }
}

#[test]
fn every_file_starts_with_a_module_doc() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut bad = Vec::new();
    for dir in ["src", "tests"] {
        check_dir(&root.join(dir), &mut bad);
    }
    let build = std::fs::read_to_string(root.join("build.rs")).unwrap();
    if !build.starts_with("//!") {
        bad.push("build.rs".into());
    }
    assert!(bad.is_empty(), "files without a //! doc: {bad:?}");
}

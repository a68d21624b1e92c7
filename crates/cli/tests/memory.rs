//! The design requirements that are about resources, checked through the binary:
//! a million-deep recursion runs (goroutine stacks live on the heap and grow), and a
//! program that builds and drops cyclic structures a million times is collected
//! (the collector reports its work with `MINIGO_GCSTATS=1`).

use std::process::Command;

fn run(src: &str, gcstats: bool) -> (String, String, i32) {
    let dir = std::env::temp_dir().join(format!("minigo-memory-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(format!("p{}.go", src.len()));
    std::fs::write(&path, src).expect("write program");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_minigo"));
    cmd.arg("run").arg(&path);
    if gcstats {
        cmd.env("MINIGO_GCSTATS", "1");
    }
    let out = cmd.output().expect("run minigo");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn a_million_deep_recursion_runs() {
    let src = "package main\n\nimport \"fmt\"\n\nfunc depth(n int) int {\n\tif n == 0 {\n\t\treturn 0\n\t}\n\treturn depth(n-1) + 1\n}\n\nfunc main() {\n\tfmt.Println(depth(1000000))\n}\n";
    let (out, err, code) = run(src, false);
    assert_eq!((out.as_str(), code), ("1000000\n", 0), "{err}");
}

#[test]
fn cyclic_garbage_is_collected() {
    let src = r#"package main

import "fmt"

type Node struct {
	prev, next *Node
	payload    [8]int
}

type Holder struct {
	f func() int
}

func main() {
	total := 0
	for i := 0; i < 1000000; i++ {
		a := &Node{}
		b := &Node{prev: a}
		a.next, b.next, a.prev = b, a, b
		h := &Holder{}
		h.f = func() int { return len(h.f2()) }
		total += a.next.prev.payload[0] + 1
	}
	fmt.Println(total)
}

func (h *Holder) f2() string { return "x" }
"#;
    let (out, err, code) = run(src, true);
    assert_eq!((out.as_str(), code), ("1000000\n", 0), "{err}");
    let line = err
        .lines()
        .find(|l| l.starts_with("minigo gc:"))
        .expect("gc stats line");
    let nums: Vec<u64> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|w| w.parse().ok())
        .collect();
    let (collections, freed, live_bytes) = (nums[0], nums[1], nums[3]);
    // About 4 million objects are allocated; nearly all must have been freed, and the
    // live heap after the last collection must be small (bounded, not growing).
    assert!(collections >= 5, "{line}");
    assert!(freed >= 3_000_000, "{line}");
    assert!(live_bytes < 8 << 20, "{line}");
}

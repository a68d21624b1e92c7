//! Small valid and invalid programs covering the checker's rules.

use super::{check_err, check_ok, in_main};

#[test]
fn hello() {
    check_ok("package main\nimport \"fmt\"\nfunc main() { fmt.Println(\"hi\", 1, 2.5) }\n");
}

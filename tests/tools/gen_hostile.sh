#!/usr/bin/env bash
# Writes the BIG hostile inputs into OUTDIR (default: a new temp dir) so they
# can be inspected or fed to `go build` by hand. The Rust harness
# (crates/cli/tests/programs.rs, fn hostile_inputs) generates byte-identical
# files at test time; keep the two in sync. See tests/hostile/README.md.
set -eu
OUT=${1:-$(mktemp -d)}
mkdir -p "$OUT"
N=100000
rep() { # rep STRING COUNT
  python3 -c 'import sys; sys.stdout.write(sys.argv[1] * int(sys.argv[2]))' "$1" "$2"
}
{ printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := '; rep '(' $N; printf '1'; rep ')' $N
  printf '\n\tfmt.Println(x)\n}\n'; } >"$OUT/nested_parens.go"
{ printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\t'; rep '{' $N; rep '}' $N
  printf '\n\tfmt.Println("ok")\n}\n'; } >"$OUT/nested_braces.go"
{ printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := '; rep '- ' $N; printf '1\n\tfmt.Println(x)\n}\n'; } >"$OUT/unary_minus.go"
{ printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := '; rep '!' $N; printf 'true\n\tfmt.Println(x)\n}\n'; } >"$OUT/unary_not.go"
{ printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := '; rep '^' $N; printf '1\n\tfmt.Println(x)\n}\n'; } >"$OUT/unary_xor.go"
{ printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\ts := "'; rep 'a' 52428800; printf '"\n\tfmt.Println(len(s))\n}\n'; } >"$OUT/giant_string.go"
{ printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := 0\n'; rep $'\tx++\n' 1000000; printf '\tfmt.Println(x)\n}\n'; } >"$OUT/many_statements.go"
{ printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := 1'; rep '0' $N; printf '\n\tfmt.Println(x)\n}\n'; } >"$OUT/huge_int_literal.go"
{ printf 'package main\n\nimport "fmt"\n\nfunc main() {\n\t'; rep 'v' 1000000; printf ' := 7\n\tfmt.Println('; rep 'v' 1000000; printf ')\n}\n'; } >"$OUT/long_identifier.go"
echo "$OUT"

#!/usr/bin/env bash
# Regenerate expected outputs of the minigo conformance corpus using the real
# Go toolchain as the oracle.
#
# Usage: tests/tools/gen_expected.sh [PATH...]
#   PATH may be a .go file or a directory. Default: every corpus directory.
#
#   tests/run, tests/pending, examples  -> NAME.out [, NAME.exit] [, NAME.stderr]
#   tests/compile_fail                  -> NAME.goerr (the program must NOT build)
#   tests/hostile                       -> NAME.out/.exit if it builds, else NAME.goerr
#
# Conventions (see tests/README.md):
#   * A program whose first 5 lines contain "// expect: handwritten" is skipped
#     (its expectations are written by hand, see tests/HANDWRITTEN.md).
#   * .exit is written only when the exit status is not 0.
#   * .stderr: empty stderr -> no file. If stderr contains the line
#     "goroutine 1 [running]:" it is cut right after that line (the traceback is
#     not part of the expectation). If the program's FIRST line contains
#     "// stderr-prefix-only" only the first stderr line is kept, and if that line
#     contains a hexadecimal address ("0x...") it is cut right after the "0x".
#     Otherwise the whole stderr is kept.
#   * .goerr: output of `go build NAME.go`, without the "# command-line-arguments"
#     header, with "./NAME.go" replaced by "NAME.go".
set -u
export LC_ALL=C
GO=${GO:-go}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TIMEOUT=${TIMEOUT:-10}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export GO111MODULE=off GOFLAGS=
fail=0

mode_for() { # file -> run|compile_fail|hostile
  case "$(basename "$(dirname "$1")")" in
    compile_fail) echo compile_fail ;;
    hostile) echo hostile ;;
    *) echo run ;;
  esac
}

build() { # src -> sets $bin, writes build stderr to $WORK/build.err; returns go build status
  local src=$1 name
  name=$(basename "$src")
  rm -rf "$WORK/b" && mkdir -p "$WORK/b"
  cp "$src" "$WORK/b/$name"
  bin="$WORK/b/prog"
  (cd "$WORK/b" && "$GO" build -o prog "$name") >"$WORK/build.err" 2>&1
}

write_goerr() { # src
  local src=$1 name
  name=$(basename "$src")
  grep -v '^# command-line-arguments$' "$WORK/build.err" |
    sed "s#\./$name#$name#g; s#$WORK/b/##g" >"${src%.go}.goerr"
}

run_and_record() { # src
  local src=$1 base=${1%.go} rc
  (cd "$(dirname "$bin")" && timeout "$TIMEOUT" ./prog >"$WORK/out" 2>"$WORK/err")
  rc=$?
  if [ $rc -eq 124 ]; then echo "TIMEOUT: $src" >&2; fail=1; return; fi
  cp "$WORK/out" "$base.out"
  if [ $rc -ne 0 ]; then echo "$rc" >"$base.exit"; else rm -f "$base.exit"; fi
  if [ ! -s "$WORK/err" ]; then
    rm -f "$base.stderr"
  elif head -n 1 "$src" | grep -q '// stderr-prefix-only'; then
    first=$(head -n 1 "$WORK/err")
    if printf '%s' "$first" | grep -q '0x[0-9a-fA-F]'; then
      # cut right after "0x" (no trailing newline: the address follows)
      printf '%s' "$first" | sed 's/\(0x\)[0-9a-fA-F].*$/\1/' >"$base.stderr"
    else
      printf '%s\n' "$first" >"$base.stderr"
    fi
  elif grep -qx 'goroutine 1 \[running\]:' "$WORK/err"; then
    sed '/^goroutine 1 \[running\]:$/q' "$WORK/err" >"$base.stderr"
  else
    cp "$WORK/err" "$base.stderr"
  fi
}

process() { # src
  local src=$1
  if head -n 5 "$src" | grep -q '// expect: handwritten'; then
    echo "skip (handwritten): $src"; return
  fi
  case "$(mode_for "$src")" in
    run)
      if ! build "$src"; then echo "BUILD FAILED: $src" >&2; cat "$WORK/build.err" >&2; fail=1; return; fi
      run_and_record "$src" ;;
    compile_fail)
      if build "$src"; then echo "UNEXPECTEDLY COMPILES: $src" >&2; fail=1; return; fi
      write_goerr "$src" ;;
    hostile)
      if build "$src"; then rm -f "${src%.go}.goerr"; run_and_record "$src"
      else rm -f "${src%.go}.out" "${src%.go}.exit" "${src%.go}.stderr"; write_goerr "$src"; fi ;;
  esac
}

if [ $# -eq 0 ]; then
  set -- "$ROOT/tests/run" "$ROOT/tests/pending" "$ROOT/examples" "$ROOT/tests/compile_fail" "$ROOT/tests/hostile"
fi
n=0
for p in "$@"; do
  if [ -d "$p" ]; then
    for f in "$p"/*.go; do [ -e "$f" ] && { process "$f"; n=$((n+1)); }; done
  else
    process "$p"; n=$((n+1))
  fi
done
echo "processed $n file(s)"
exit $fail

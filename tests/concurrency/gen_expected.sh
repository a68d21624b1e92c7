#!/usr/bin/env bash
# Regenerate (and check) the expectations of the concurrency corpus with the
# real Go toolchain as the oracle. Derived from tests/tools/gen_expected.sh;
# see tests/concurrency/README.md for the conventions.
#
# Usage: tests/concurrency/gen_expected.sh [PATH...]
#   PATH: a .go file or a directory. Default: tests/concurrency and
#   tests/concurrency/stdin.
#
# Environment:
#   GO=/path/to/go   toolchain (default: go)
#   TIMEOUT=10       seconds per run
#   CHECK=N          after recording, run each binary N more times with
#                    GOMAXPROCS=1 and N times with GOMAXPROCS=2 and fail if
#                    stdout, exit status or the recorded stderr prefix differ
#   RACE=1           also build with -race, run once, fail on a reported race
#                    (deadlocking programs: the race runtime does not detect
#                    deadlocks, so they only get a 3 s run checked for races)
#   NOWRITE=1        do not write expectations, only compare against them
#                    (implies a check of the first run too)
#
# Conventions:
#   * "// expect: handwritten" in the first 5 lines: skipped.
#   * NAME.in next to NAME.go is fed to stdin (otherwise stdin is /dev/null).
#   * NAME.out: exact stdout. NAME.exit: exit status when not 0.
#   * NAME.stderr (only when stderr is not empty):
#       - first line of NAME.go contains "// stderr-prefix-only": everything
#         BEFORE the first line matching "goroutine N [...]:" (for a panic in a
#         goroutine other than main, whose number differs between
#         implementations); when there is no such line, only the first line.
#       - otherwise, when a line matches "goroutine N [...]:", everything up to
#         and including the first such line (panic / fatal error / deadlock
#         report); the traceback after it is not part of the expectation.
#       - otherwise the whole stderr.
set -u
export LC_ALL=C
GO=${GO:-go}
HERE=$(cd "$(dirname "$0")" && pwd)
TIMEOUT=${TIMEOUT:-10}
CHECK=${CHECK:-0}
RACE=${RACE:-0}
NOWRITE=${NOWRITE:-0}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export GO111MODULE=off GOFLAGS=
fail=0
GLINE='^goroutine [0-9][0-9]* \[.*\]:$'

build() { # src [flags...] -> $WORK/b/prog; returns go build status
  local src=$1 name; shift
  name=$(basename "$src")
  rm -rf "$WORK/b" && mkdir -p "$WORK/b"
  cp "$src" "$WORK/b/$name"
  (cd "$WORK/b" && "$GO" build "$@" -o prog "$name") >"$WORK/build.err" 2>&1
}

run_once() { # src outprefix -> $outprefix.{out,err,rc}
  local src=$1 p=$2 in rc
  in="$(cd "$(dirname "$src")" && pwd)/$(basename "${src%.go}").in"
  [ -f "$in" ] || in=/dev/null
  (cd "$WORK/b" && timeout "$TIMEOUT" ./prog <"$in" >"$p.out" 2>"$p.err")
  rc=$?
  echo "$rc" >"$p.rc"
  return 0
}

stderr_expect() { # src errfile -> prints the expected-stderr text (may be empty)
  local src=$1 err=$2
  [ -s "$err" ] || return 0
  if head -n 1 "$src" | grep -q '// stderr-prefix-only'; then
    if grep -q "$GLINE" "$err"; then
      awk -v re="$GLINE" '$0 ~ re {exit} {print}' "$err"
    else
      head -n 1 "$err"
    fi
  elif grep -q "$GLINE" "$err"; then
    awk -v re="$GLINE" '{print} $0 ~ re {exit}' "$err"
  else
    cat "$err"
  fi
}

compare_run() { # src prefix label -> compares a run with the recorded files
  local src=$1 p=$2 label=$3 base=${1%.go} exp_rc=0 rc
  [ -f "$base.exit" ] && exp_rc=$(cat "$base.exit")
  rc=$(cat "$p.rc")
  if [ "$rc" = 124 ]; then echo "TIMEOUT ($label): $src" >&2; fail=1; return 1; fi
  if [ "$rc" != "$exp_rc" ]; then echo "EXIT $rc != $exp_rc ($label): $src" >&2; fail=1; return 1; fi
  if ! cmp -s "$p.out" "$base.out"; then echo "STDOUT DIFFERS ($label): $src" >&2; diff "$base.out" "$p.out" | head -5 >&2; fail=1; return 1; fi
  if [ -f "$base.stderr" ]; then
    local n
    n=$(wc -c <"$base.stderr")
    if ! head -c "$n" "$p.err" | cmp -s - "$base.stderr"; then
      echo "STDERR DIFFERS ($label): $src" >&2; head -3 "$p.err" >&2; fail=1; return 1
    fi
  elif [ -s "$p.err" ]; then
    echo "UNEXPECTED STDERR ($label): $src" >&2; head -3 "$p.err" >&2; fail=1; return 1
  fi
  return 0
}

process() { # src
  local src=$1 base=${1%.go} rc i m
  if head -n 5 "$src" | grep -q '// expect: handwritten'; then
    echo "skip (handwritten): $src"; return
  fi
  if ! build "$src"; then echo "BUILD FAILED: $src" >&2; cat "$WORK/build.err" >&2; fail=1; return; fi
  run_once "$src" "$WORK/r"
  rc=$(cat "$WORK/r.rc")
  if [ "$rc" = 124 ]; then echo "TIMEOUT: $src" >&2; fail=1; return; fi
  if [ "$NOWRITE" = 1 ]; then
    compare_run "$src" "$WORK/r" "first run" || return
  else
    cp "$WORK/r.out" "$base.out"
    if [ "$rc" -ne 0 ]; then echo "$rc" >"$base.exit"; else rm -f "$base.exit"; fi
    if [ -s "$WORK/r.err" ]; then
      stderr_expect "$src" "$WORK/r.err" >"$base.stderr"
    else
      rm -f "$base.stderr"
    fi
  fi
  if [ "$CHECK" -gt 0 ]; then
    for m in 1 2; do
      for i in $(seq "$CHECK"); do
        GOMAXPROCS=$m run_once "$src" "$WORK/c"
        compare_run "$src" "$WORK/c" "GOMAXPROCS=$m run $i" || return
      done
    done
  fi
  if [ "$RACE" = 1 ]; then
    if ! build "$src" -race; then echo "RACE BUILD FAILED: $src" >&2; cat "$WORK/build.err" >&2; fail=1; return; fi
    if [ -f "$base.stderr" ] && grep -q 'deadlock!' "$base.stderr"; then
      # the race runtime does not detect deadlocks: the program just hangs;
      # only look for race reports during a short run
      TIMEOUT=3 run_once "$src" "$WORK/x"
      if grep -q 'WARNING: DATA RACE' "$WORK/x.err"; then
        echo "DATA RACE: $src" >&2; fail=1; return
      fi
    else
      run_once "$src" "$WORK/x"
      if grep -q 'WARNING: DATA RACE' "$WORK/x.err"; then
        echo "DATA RACE: $src" >&2; fail=1; return
      fi
      compare_run "$src" "$WORK/x" "-race" || return
    fi
  fi
}

if [ $# -eq 0 ]; then
  set -- "$HERE" "$HERE/stdin"
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

#!/usr/bin/env python3
"""Interleaved concurrency benchmarks: every round runs compiled Go, minigo (and yaegi
with YAEGI=1) on each benchmark back to back, so that drift in a shared machine's speed
hits every peer alike; prints medians and ratios.

usage: GOBIN=DIR MINIGO=path/to/minigo [YAEGI=1] bench_interleaved.py ROUNDS GOMAXPROCS BENCH...
DIR holds `go build` binaries of ../shared/bench/go/BENCH.go (named BENCH). Outputs are
checked against ../shared/bench/expected/BENCH.out; a wrong one counts as "wrong".
"""
import os
import statistics
import subprocess
import sys
import time
rounds = int(sys.argv[1]); p = sys.argv[2]; benches = sys.argv[3:]
HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.environ.get("BENCH_DIR", os.path.join(HERE, "../../../shared/bench"))
B = os.path.join(BENCH, "go")
GOBIN = os.environ.get("GOBIN", "/tmp/gobin")
M = os.environ.get("MINIGO", os.path.join(HERE, "../../target/release/minigo"))
peers = [("go", lambda b: [os.path.join(GOBIN, b)]), ("minigo", lambda b: [M, "run", f"{B}/{b}.go"])]
if os.environ.get("YAEGI"):
    peers.append(("yaegi", lambda b: ["yaegi", "run", f"{B}/{b}.go"]))
env = dict(os.environ, GOMAXPROCS=p)
res = {}
for r in range(rounds):
    for b in benches:
        for name, cmd in peers:
            t = time.perf_counter()
            out = subprocess.run(cmd(b), env=env, capture_output=True, timeout=120)
            dt = time.perf_counter() - t
            exp = open(os.path.join(BENCH, "expected", f"{b}.out"), "rb").read()
            ok = out.returncode == 0 and out.stdout == exp
            res.setdefault((b, name), []).append(dt if ok else float("nan"))
for b in benches:
    row = [f"{b:10s} P{p}"]
    med = {}
    for name, _ in peers:
        v = [x for x in res[(b, name)] if x == x]
        med[name] = statistics.median(v) if v else float("nan")
        row.append(f"{name} {med[name]:.3f}" + ("" if len(v) == rounds else f" ({rounds-len(v)} wrong)"))
    row.append(f"minigo/go {med['minigo']/med['go']:.2f}x")
    if "yaegi" in med: row.append(f"minigo/yaegi {med['minigo']/med['yaegi']:.2f}x")
    print(" | ".join(row))

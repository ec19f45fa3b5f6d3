#!/usr/bin/env bash
# Item 1, accuracy: slogate's steady-state p50/p95/p99 against server-side truth at 1,000 and 5,000 requests/s,
# for a reference-stack route (lognormal, median 2 ms, p99 8 ms; the replica's own µs record) and for nginx
# (its access log's $request_time), and Gatling's own whole-run report against the same truth.
#
#   benchmarks/accuracy/run.sh            # about 5 minutes; QUICK=1 about 2
#
# Writes benchmarks/target/results/accuracy.md (a section of benchmarks/RESULTS.md, see benchmarks/run-all.sh).
# Needs: JDK 17, nginx (Debian package nginx; skipped with a note when missing). Loopback only.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
bench_build
bench_java accuracy 1200 dev.slogate.benchmarks.accuracy.AccuracyBenchmark

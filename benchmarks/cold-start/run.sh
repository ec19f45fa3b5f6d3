#!/usr/bin/env bash
# Item 6, issue 14's acceptance: slogate's SteadyLoad from a cold JVM against a healthy nginx at 1k, 5k, 10k req/s
# and 1.5x the injector's measured capacity (PASS or INVALID naming the injector's cause, never FAIL), plain
# Gatling's failures in its first 10 s at the same rates, deliberate exhaustion (a low `ulimit -n`, one pinned core),
# and slogate's highest valid rate against plain Gatling's (median of 3 search pairs).
#
#   benchmarks/cold-start/run.sh     # about 50 minutes (3 capacity search pairs, 4 rates x 5 runs, 2 exhaustion runs)
#   QUICK=1 benchmarks/cold-start/run.sh   # smoke: 1 pair, 1 run per rate, short phases; about 8 minutes
#
# Fewer runs or a known capacity: BENCH_COLD_START_RUNS=2, BENCH_COLD_START_PAIRS=1, BENCH_COLD_START_CAPACITY=8000
# (requests/s; skips the search and the capacity comparison); BENCH_COLD_START_EXHAUSTION_ONLY=1 with a capacity runs only
# the two exhaustion rows.
# Writes benchmarks/target/results/cold-start.md. Needs: JDK 17, nginx, taskset and bash (Debian packages nginx,
# util-linux). Loopback only.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
bench_build
props=()
[ -n "${BENCH_COLD_START_RUNS:-}" ] && props+=("-Dbench.coldStart.runs=$BENCH_COLD_START_RUNS")
[ -n "${BENCH_COLD_START_PAIRS:-}" ] && props+=("-Dbench.coldStart.pairs=$BENCH_COLD_START_PAIRS")
[ -n "${BENCH_COLD_START_CAPACITY:-}" ] && props+=("-Dbench.coldStart.capacity=$BENCH_COLD_START_CAPACITY")
[ "${BENCH_COLD_START_EXHAUSTION_ONLY:-}" = 1 ] && props+=("-Dbench.coldStart.exhaustionOnly=true")
# Each Gatling JVM waits for the machine's load lock and holds it while it runs (not the whole trial), so that other
# people's load tests interleave; BENCH_LOAD_LOCK= (empty) takes none. Do not run this script itself under the lock.
props+=("-Dbench.loadLock=${BENCH_LOAD_LOCK-/tmp/slogate-load.lock}")
BENCH_JAVA_PROPS="${props[*]:-}" bench_java cold-start 5400 dev.slogate.benchmarks.coldstart.ColdStartBenchmark

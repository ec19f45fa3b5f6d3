#!/usr/bin/env bash
# Item 4, failover-time accuracy: known outages of 1, 3 and 10 s (SIGSTOP/SIGCONT of the only replica of a
# one-replica reference stack), probed every 100 ms by slogate's prober and measured by its failover meter.
#
#   benchmarks/failover/run.sh      # about 1.5 minutes (3 trials each); QUICK=1 (1 and 3 s, one trial) about 20 s
#
# Writes benchmarks/target/results/failover.md. Needs: JDK 17, Linux (/proc, kill). Loopback only.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
bench_build
bench_java failover 600 dev.slogate.benchmarks.failover.FailoverBenchmark

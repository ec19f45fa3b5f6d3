#!/usr/bin/env bash
# Item 2, coordinated omission: a target that stalls for 1 s every 10 s, measured by slogate (open model) and
# by wrk (closed model), against the truth computed from the arrival and stall schedules.
#
#   benchmarks/coordinated-omission/run.sh      # about 1.5 minutes; QUICK=1 about 45 s
#
# Writes benchmarks/target/results/coordinated-omission.md. Needs: JDK 17, wrk (Debian package wrk; its
# column is left out with a note when missing). Loopback only.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
bench_build
bench_java coordinated-omission 600 dev.slogate.benchmarks.omission.CoordinatedOmissionBenchmark

#!/usr/bin/env bash
# Item 3, injector capacity: the highest rate at which slogate's SteadyLoad still makes a valid run against
# nginx, the highest plain Gatling sustains with the same scenario, and their ratio (slogate's overhead);
# the two searches are interleaved probe by probe. Also the connection settings that bound an injector.
#
#   benchmarks/capacity/run.sh      # about 12 minutes (at most 2 x 18 probes, then 3 pairs for CPU per request); QUICK=1 about 4
#
# Writes benchmarks/target/results/capacity.md. Needs: JDK 17, nginx (Debian package nginx). Loopback only.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
bench_build
bench_java capacity 1800 dev.slogate.benchmarks.capacity.CapacityBenchmark

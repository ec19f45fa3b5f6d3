#!/usr/bin/env bash
# Item 6, reliability trials (issue 15): every malformed SLO file, experiment file, Gatling log and stack profile
# of the corpora handed to slogate as a user would; counts clear one-line errors, wrong PASS, stack traces, hangs
# and inputs wrongly accepted, with the time and memory each took.
#
#   benchmarks/reliability/run.sh      # about 1 minute
#
# Writes benchmarks/target/results/reliability.md. Needs: JDK 17. No network.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
bench_build
bench_java reliability 900 dev.slogate.benchmarks.reliability.MalformedInputTrials "$bench_root"

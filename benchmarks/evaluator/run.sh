#!/usr/bin/env bash
# Item 5, evaluator speed: `slogate evaluate` (reports/target/slogate, exactly as a user runs it) on synthetic runs
# of 1 M, 10 M and 50 M requests, each a fresh process, next to Gatling's own report generation (-ro) on the same
# logs, round by round; the same work taken apart in a cold JVM (decode, evaluate, peak and retained heap);
# records/s; and JMH's warm EvaluatorBenchmark. The 50 M log (1.7 GB) is made only if the disk has room, and
# deleted after.
#
#   benchmarks/evaluator/run.sh      # about 7 minutes; QUICK=1 (200 k and 1 M) about 2
#   MAVEN_ARGS=-Dmaven.repo.local=/path/to/repository benchmarks/evaluator/run.sh   # a local Maven repository of one's own
#
# Writes benchmarks/target/results/evaluator.md. Needs: JDK 17; GNU time (Debian package time) for peak RSS.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
bench_build
bench_build_cli
bench_java evaluator 2400 dev.slogate.benchmarks.evaluator.EvaluatorSpeedBenchmark

#!/usr/bin/env bash
# Item 5, evaluator speed: decode + evaluate on synthetic runs of 1 M, 10 M and 50 M requests, each in a fresh
# JVM, next to Gatling's own report generation (-ro) on the same logs; peak and retained heap; records/s; and
# JMH's warm EvaluatorBenchmark. The 50 M log (1.7 GB) is made only if the disk has room, and deleted after.
#
#   benchmarks/evaluator/run.sh      # about 6 minutes; QUICK=1 (200 k and 1 M) about 1.5
#
# Writes benchmarks/target/results/evaluator.md. Needs: JDK 17; GNU time (Debian package time) for peak RSS.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
bench_build
bench_java evaluator 2400 dev.slogate.benchmarks.evaluator.EvaluatorSpeedBenchmark

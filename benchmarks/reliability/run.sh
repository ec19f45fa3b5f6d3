#!/usr/bin/env bash
# Item 7, the reliability trial suite (issue 15), in three parts and a combined table:
#   malformed inputs  every malformed SLO file, experiment file, Gatling log and stack profile of the corpora handed
#                     to slogate as a user would: clear one-line errors, wrong PASS, stack traces, hangs, inputs
#                     wrongly accepted, with the time and memory each took (MalformedInputTrials, about 1 minute);
#   secrets           real Gatling runs handed fresh secrets (environment, token file, URLs); every output file and
#                     the console scanned (SecretScanTrial, about 2 minutes);
#   crashes           a run SIGKILLed in the middle of each local fault (kill, stop, rolling restart), 3 times plain
#                     and 3 times under setsid: processes left stopped, orphans, and the next run's sweep line
#                     (CrashTrials, about 8 minutes);
#   then the combined table (trials, clear errors, stack traces, wrong PASS, hangs, leftovers, secrets found).
#
#   benchmarks/reliability/run.sh      # about 12 minutes
#
# Writes benchmarks/target/results/reliability.md: the combined table, then each part's section (each part also
# leaves its own <part>.md there). Needs: JDK 17, Linux /proc, setsid (util-linux). Loopback traffic only.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
bench_build
parts=(reliability-suite malformed-inputs secret-scan crash-trials)
for part in "${parts[@]}"; do
  rm -f "$bench_results/$part.md" "$bench_results/$part.headline.tsv" "$bench_results/$part.suite.tsv"
done

# Every part runs even when one fails; the combined table then says which did not, and this script fails.
status=0
bench_java reliability 900 dev.slogate.benchmarks.reliability.MalformedInputTrials "$bench_root" || status=1
bench_java reliability 900 dev.slogate.benchmarks.reliability.SecretScanTrial || status=1
bench_java reliability 1800 dev.slogate.benchmarks.reliability.CrashTrials || status=1
bench_java reliability 120 dev.slogate.benchmarks.reliability.ReliabilitySuite || status=1

# run-all.sh reads one section and one set of headline rows per item: the parts' own, put together.
: >"$bench_results/reliability.md.partial"
: >"$bench_results/reliability.headline.tsv.partial"
for part in "${parts[@]}"; do
  if [ -s "$bench_results/$part.md" ]; then
    cat "$bench_results/$part.md" >>"$bench_results/reliability.md.partial"
    echo >>"$bench_results/reliability.md.partial"
    cat "$bench_results/$part.headline.tsv" >>"$bench_results/reliability.headline.tsv.partial" 2>/dev/null || true
  fi
done
mv "$bench_results/reliability.md.partial" "$bench_results/reliability.md"
mv "$bench_results/reliability.headline.tsv.partial" "$bench_results/reliability.headline.tsv"
exit "$status"

#!/usr/bin/env bash
# slogate's benchmark suite: how far to trust slogate as an instrument, and how much load one machine carries.
# One command, run from anywhere:
#
#   benchmarks/run-all.sh            # the full suite, about 70-75 minutes (cold-start alone ~50); writes benchmarks/RESULTS.md
#   QUICK=1 benchmarks/run-all.sh    # a smoke run, about 14 minutes; writes benchmarks/target/RESULTS-quick.md
#
# Items (each also runs alone, writing its section to benchmarks/target/results/<item>.md):
#   1. benchmarks/accuracy/run.sh              slogate and Gatling's report vs server-side truth, 1k and 5k req/s
#   2. benchmarks/coordinated-omission/run.sh  open model (slogate) vs closed model (wrk) on a stalling target
#   3. benchmarks/capacity/run.sh              highest valid rate, slogate vs plain Gatling, against nginx
#   4. benchmarks/failover/run.sh              failover-time error on known 1/3/10 s outages
#   5. benchmarks/evaluator/run.sh             decode + evaluate vs Gatling's report on 1M/10M/50M requests
#   6. benchmarks/cold-start/run.sh            issue 14: cold runs vs a healthy nginx, deliberate exhaustion, capacity
#   7. benchmarks/reliability/run.sh           issue 15's trial suite: malformed inputs, secrets in output, crashes mid-fault
#
# Every figure is an error against a truth taken in the same run, or a ratio of two measurements taken back
# to back: the machine is shared and noisy. All traffic stays on 127.0.0.1; every loop and process is bounded
# in time and ended on exit. Needs: JDK 17, and the Debian packages nginx, wrk and time
# (apt-get install -y nginx wrk time); a missing one skips what needs it, with a note in the results, unless
# SLOGATE_REQUIRE_ALL=1. Not part of the CI tests.
#
# Environment: QUICK=1 smoke run; BENCH_UPSTREAM=snapshot builds only this module against the other modules'
# snapshots in ~/.m2 (instead of `install -DskipTests` of the modules it uses); ITEMS="accuracy capacity" runs
# a subset (the file then says which items it holds).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

all_items=(accuracy coordinated-omission capacity failover evaluator cold-start reliability)
read -r -a items <<<"${ITEMS:-${all_items[*]}}"
export BENCH_COMMAND="benchmarks/run-all.sh"
if [ "${QUICK:-0}" = 1 ]; then
  output=$bench_root/benchmarks/target/RESULTS-quick.md
else
  output=$bench_root/benchmarks/RESULTS.md
fi

started=$(date -u '+%Y-%m-%d %H:%M UTC')
started_s=$(date +%s)
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
machine() {
  echo "nproc: $(nproc)"
  lscpu 2>/dev/null | grep -E '^Model name' | sed 's/  */ /g' || true
  free -h | sed -n '1,2p'
  java -version 2>&1
  uname -srm
  grep -E '^PRETTY_NAME' /etc/os-release 2>/dev/null | cut -d= -f2 | tr -d '"' || true
  if command -v nginx >/dev/null; then echo "nginx: $(nginx -v 2>&1 | sed 's/^nginx version: //')"; else echo "nginx: not installed"; fi
  # `wrk -v` prints its version and exits 1.
  if command -v wrk >/dev/null; then echo "wrk: $({ wrk -v 2>&1 || true; } | head -1)"; else echo "wrk: not installed"; fi
  echo "taskset: $(command -v taskset >/dev/null && echo installed || echo 'not installed')"
  echo "GNU time: $([ -x /usr/bin/time ] && echo installed || echo 'not installed')"
  echo "open files (ulimit -n): $(ulimit -n) (hard limit $(ulimit -Hn))"
  echo "load average (1/5/15 min) at the start of the suite: $load_start"
}
machine_text=$(machine)

bench_build
rm -f "$bench_results"/*.md "$bench_results"/*.headline.tsv

failed=()
for item in "${items[@]}"; do
  case $item in
    accuracy | coordinated-omission | capacity | failover | evaluator | cold-start | reliability) ;;
    *) echo "run-all.sh: unknown item '$item' (known: ${all_items[*]})" >&2; exit 64 ;;
  esac
  say "item: $item"
  # In the background and registered, so that ending run-all (TERM, INT) ends the item's whole process tree.
  "$bench_root/benchmarks/$item/run.sh" &
  item_pid=$!
  bench_children+=("$item_pid")
  if ! wait "$item_pid"; then
    failed+=("$item")
    printf '## %s\n\n**The benchmark failed in this run**; see the console of `benchmarks/run-all.sh`.\n\n' "$item" \
      >"$bench_results/$item.md"
  fi
done

ended=$(date -u '+%Y-%m-%d %H:%M UTC')
minutes=$(( ($(date +%s) - started_s + 59) / 60 ))
{
  echo "# slogate benchmark results"
  echo
  echo "Written by \`${QUICK:+QUICK=$QUICK }${BENCH_UPSTREAM:+BENCH_UPSTREAM=$BENCH_UPSTREAM }${ITEMS:+ITEMS=\"$ITEMS\" }$BENCH_COMMAND\` from $started to $ended ($minutes min)."
  [ "${QUICK:-0}" = 1 ] && echo "**QUICK=1: a smoke run with short phases; these are not the published figures.**"
  echo "Each section below names the command that produced it (each item runs alone as \`benchmarks/<item>/run.sh\`),"
  echo "its date and the load average it ran under. Every figure is an error against a truth taken in the same run,"
  echo "or a ratio of two measurements taken back to back, because the machine is shared with other work."
  echo
  echo "## Machine"
  echo
  echo '```'
  echo "$machine_text"
  echo '```'
  echo
  echo "## Summary: figures against the issue's targets"
  echo
  echo "| item | figure | target | measured | met? |"
  echo "| --- | --- | --- | --- | --- |"
  for item in "${items[@]}"; do
    if [ -s "$bench_results/$item.headline.tsv" ]; then
      awk -F'\t' '{ printf "| %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5 }' "$bench_results/$item.headline.tsv"
    else
      echo "| $item | (no figures: the benchmark failed) | | | **no** |"
    fi
  done
  echo
  echo "A **no** is explained at the end of its section (why, and what would reach the target). Earlier, separate"
  echo "benchmarks: [reader](reader/RESULTS.md) (log reader vs Gatling's report, 5 M requests) and"
  echo "[stack capacity](stack-capacity/RESULTS.md) (the reference stack's balancer under wrk)."
  echo
  for item in "${items[@]}"; do
    cat "$bench_results/$item.md"
    echo
  done
} >"$output.partial"
mv "$output.partial" "$output"
say "written: $output"
if [ ${#failed[@]} -gt 0 ]; then
  echo "run-all.sh: failed items: ${failed[*]}" >&2
  exit 1
fi

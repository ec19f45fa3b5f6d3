#!/usr/bin/env bash
# Reader benchmark: how fast slogate turns a large Gatling 3.15 simulation.log into a RunRecord, next to
# the time Gatling's own report generation (`-ro`, what `-Dgatling.reportsOnly=<run>` runs) takes on the very
# same file. One command, run from anywhere:
#
#   benchmarks/reader/run.sh [requests=5000000]
#
# It (a) builds slo and the benchmarks jar and resolves Gatling's class path, (b) generates the synthetic
# log once in Gatling's results layout, benchmarks/target/reader/results/reader-<requests>/simulation.log,
# (c) runs the JMH ReaderBenchmark (-prof gc), (d) times ROUNDS alternating cold runs of slogate's reader
# and of Gatling's report generation, each a fresh JVM with the same 1 GB heap limit, and (e) prints and
# writes benchmarks/reader/RESULTS.md. Everything is local: the only network use is Maven resolving
# dependencies it has not cached yet. Every step has a time limit.
#
# Environment: ROUNDS (default 3) cold rounds; JMH_ARGS extra JMH options (e.g. "-wi 1 -i 1" for a quick try).
set -euo pipefail

requests=${1:-5000000}
rounds=${ROUNDS:-3}
jmh_args=${JMH_ARGS:-}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$root/benchmarks/target/reader
results=$work/results
jar=$root/benchmarks/target/benchmarks.jar
report=$here/RESULTS.md
cd "$root"
mkdir -p "$work"

say() { printf '\n== %s\n' "$*" >&2; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
value() { sed -n "s/^$1=//p" "$2" | tail -1; }
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
div() { awk -v a="$1" -v b="$2" -v f="${3:-%.2f}" 'BEGIN { printf f, a / b }'; }
# JMH CSV: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit",...
jmh() { awk -F, -v name="\"dev.slogate.benchmarks.reader.ReaderBenchmark.$1\"" -v col="$2" '$1 == name { print $col }' "$work/jmh.csv"; }
# Runs a command with a time limit, records its wall time (ms) in $wall and its peak RSS (KB) in $rss.
timed() {
  local limit=$1 out=$2; shift 2
  local start; start=$(now_ms)
  local measure=()
  [ -x /usr/bin/time ] && measure=(/usr/bin/time -f '%M' -o "$work/rss")
  if ! timeout "$limit" "${measure[@]}" "$@" >"$out" 2>&1; then
    tail -20 "$out" >&2
    echo "failed or timed out after ${limit}s: $*" >&2
    exit 1
  fi
  rss=n/a
  [ -x /usr/bin/time ] && rss=$(tail -1 "$work/rss")
  wall=$(( $(now_ms) - start ))
}

say "(a) build: slo + benchmarks jar, Gatling class path"
./mvnw -B -q -pl slo,benchmarks -am package -DskipTests
./mvnw -B -q -f benchmarks/reader/gatling/pom.xml dependency:build-classpath \
  -Dmdep.outputFile="$work/gatling.classpath"
gatling_cp=$(cat "$work/gatling.classpath")

say "(b) log: $requests requests under $results"
timeout 600 java -cp "$jar" dev.slogate.benchmarks.reader.BenchmarkLog "$results" "$requests" | tee "$work/log.txt"
run=$(value run "$work/log.txt")
log_requests=$(value requests "$work/log.txt")
log_bytes=$(value bytes "$work/log.txt")
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

say "(c) JMH ReaderBenchmark"
jmh_cmd="java -jar benchmarks/target/benchmarks.jar ReaderBenchmark -p requests=$requests -p results=$results -prof gc -rf csv -rff $work/jmh.csv${jmh_args:+ $jmh_args}"
# shellcheck disable=SC2086 # JMH_ARGS is a list of options.
timeout 900 java -jar "$jar" ReaderBenchmark -p requests="$requests" -p results="$results" -prof gc \
  -rf csv -rff "$work/jmh.csv" $jmh_args | tee "$work/jmh.txt"

# Gatling's own defaults from gatling-maven-plugin 4.21.12 on Java 17, without the heap dump on OOM.
gatling_jvm=(-Xmx1G -XX:MaxInlineLevel=20 -XX:MaxTrivialSize=12 --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/jdk.internal.misc=ALL-UNNAMED -Dgatling.data.enableAnalytics=false)
slogate_cmd="java -Xmx1G -cp benchmarks/target/benchmarks.jar dev.slogate.benchmarks.reader.ColdRead $results/$run"
gatling_cmd="java ${gatling_jvm[*]} -cp \"\$(cat $work/gatling.classpath)\" io.gatling.app.Gatling -ro $run -rf $results"

slogate_walls=() gatling_walls=() slogate_reads=() gatling_parses=() round_ratios=()
for round in $(seq 1 "$rounds"); do
  say "(d) cold round $round/$rounds: slogate ColdRead, then Gatling -ro"
  timed 300 "$work/cold-slogate.txt" java -Xmx1G -cp "$jar" dev.slogate.benchmarks.reader.ColdRead "$results/$run"
  cat "$work/cold-slogate.txt"
  [ "$(value requests "$work/cold-slogate.txt")" = "$log_requests" ] || { echo "slogate read a wrong count" >&2; exit 1; }
  slogate_walls+=("$wall") slogate_reads+=("$(value readMillis "$work/cold-slogate.txt")") slogate_rss=$rss
  echo "slogate wall ${wall} ms, peak RSS ${rss} KB"

  # Only the log stays: each Gatling run writes its whole report afresh.
  find "$results/$run" -mindepth 1 ! -name simulation.log -exec rm -rf {} +
  timed 600 "$work/cold-gatling.txt" java "${gatling_jvm[@]}" -cp "$gatling_cp" io.gatling.app.Gatling -ro "$run" -rf "$results"
  grep -E 'Parsing log file|request count|99th percentile|Reports generated' "$work/cold-gatling.txt" || true
  counted=$(sed -n 's/^> request count *| *\([0-9,]*\) .*/\1/p' "$work/cold-gatling.txt" | tr -d ,)
  [ "$counted" = "$log_requests" ] || { echo "Gatling counted '$counted' requests, expected $log_requests" >&2; exit 1; }
  gatling_p99=$(sed -n 's/^> response time 99th percentile (ms) *| *\([0-9,]*\) .*/\1/p' "$work/cold-gatling.txt" | tr -d ,)
  gatling_walls+=("$wall") gatling_parses+=("$(sed -n 's/^Parsing log file(s) done in \([0-9]*\)s.*/\1/p' "$work/cold-gatling.txt")") gatling_rss=$rss
  echo "Gatling wall ${wall} ms, peak RSS ${rss} KB"
  round_ratios+=("$(div "$wall" "${slogate_walls[-1]}" %.1f)")
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

say "(e) results"
read_rps=$(jmh read:requests 5); read_err=$(jmh read:requests 6)
read_eps=$(jmh read:events 5)
decode_rps=$(jmh decode:requests 5); decode_err=$(jmh decode:requests 6)
read_alloc=$(jmh read:gc.alloc.rate.norm 5)
decode_alloc=$(jmh decode:gc.alloc.rate.norm 5)
read_pass_ms=$(div "$log_requests" "$read_rps" | awk '{ printf "%.0f", $1 * 1000 }')
slogate_wall=$(median "${slogate_walls[@]}")
slogate_read=$(median "${slogate_reads[@]}")
gatling_wall=$(median "${gatling_walls[@]}")
gatling_parse=$(median "${gatling_parses[@]}")
ratio=$(div "$gatling_wall" "$slogate_wall" %.1f)
ratio_warm=$(div "$gatling_wall" "$read_pass_ms" %.1f)
ratio_parse=$(div "$((gatling_parse * 1000))" "$slogate_read" %.1f)
peak_heap=$(value peakHeapBytes "$work/cold-slogate.txt")
retained_heap=$(value retainedHeapBytes "$work/cold-slogate.txt")
mb() { div "$1" 1048576 %.0f; }

{
  echo "# Reader benchmark: slogate vs Gatling's report generation"
  echo
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') by \`benchmarks/reader/run.sh $requests\` (ROUNDS=$rounds)."
  echo
  echo "## Headline"
  echo
  echo "| figure | value |"
  echo "| --- | --- |"
  echo "| log | $log_requests requests, $(mb "$log_bytes") MB, \`$results/$run/simulation.log\` (synthetic, Gatling 3.15.1 format) |"
  echo "| slogate reader throughput (JMH, warm, log → RunRecord) | **$(div "$read_rps" 1 %.0f) requests/s** ± $(div "$read_err" 1 %.0f) (99.9%), $(div "$read_eps" 1 %.0f) records/s counting every record |"
  echo "| slogate decode only (JMH, no-op listener) | $(div "$decode_rps" 1 %.0f) requests/s ± $(div "$decode_err" 1 %.0f) |"
  echo "| slogate wall time, cold JVM (median of $rounds) | **${slogate_wall} ms** (read ${slogate_read} ms inside it: $(div "$((log_requests * 1000))" "$slogate_read" %.0f) requests/s cold) |"
  echo "| Gatling \`-ro\` report wall time, cold JVM (median of $rounds) | **${gatling_wall} ms** (\"Parsing log file(s) done in ${gatling_parse}s\") |"
  echo "| **RATIO Gatling ÷ slogate, cold process vs cold process** | **${ratio}×** |"
  echo "| ratio Gatling wall ÷ slogate warm read (${read_pass_ms} ms per pass) | ${ratio_warm}× |"
  echo "| ratio Gatling's parse ÷ slogate's read, in-process | ${ratio_parse}× |"
  echo "| slogate heap, cold read (-Xmx1G) | peak $(mb "$peak_heap") MB (sum of pool peaks), $(mb "$retained_heap") MB live after GC with the RunRecord held |"
  echo "| same log, same answer? | both counted $log_requests requests; p99 of all requests: slogate $(value p99Millis "$work/cold-slogate.txt") ms, Gatling's report ${gatling_p99} ms |"
  echo "| peak RSS, cold process | slogate ${slogate_rss} KB, Gatling ${gatling_rss} KB |"
  echo "| allocation per pass (JMH -prof gc) | read $(mb "$read_alloc") MB ($(div "$read_alloc" "$log_requests" %.1f) B/request), decode $(div "$decode_alloc" 1024 %.0f) KB |"
  echo
  echo "Raw cold wall times (ms), round by round: slogate ${slogate_walls[*]}; Gatling ${gatling_walls[*]};"
  echo "ratio per round (each pair ran back to back, so it shares the machine's load): ${round_ratios[*]}."
  echo
  echo "What the ratio compares: both sides start a fresh JVM with a 1 GB heap and read the same file from the"
  echo "page cache. Gatling parses the log twice and then writes its HTML report (the report writing is part of"
  echo "its time); slogate reads once into per-second HdrHistograms and computes the whole-run statistics."
  echo
  echo "## Machine"
  echo
  echo '```'
  echo "nproc: $(nproc)"
  lscpu 2>/dev/null | grep -E '^Model name' || true
  free -h
  java -version 2>&1
  uname -srm
  echo "load average (1/5/15 min): before the benchmark $load_before, after $load_after"
  echo '```'
  echo
  echo "## Commands"
  echo
  echo '```'
  echo "./mvnw -B -q -pl slo,benchmarks -am package -DskipTests"
  echo "./mvnw -B -q -f benchmarks/reader/gatling/pom.xml dependency:build-classpath -Dmdep.outputFile=$work/gatling.classpath"
  echo "java -cp benchmarks/target/benchmarks.jar dev.slogate.benchmarks.reader.BenchmarkLog $results $requests"
  echo "$jmh_cmd"
  echo "$slogate_cmd"
  echo "$gatling_cmd"
  echo '```'
  echo
  echo "## JMH output"
  echo
  echo '```'
  sed -n '/^Benchmark  /,$p' "$work/jmh.txt" | grep -v '^Benchmark result is saved'
  echo '```'
} >"$report"

cat "$report"
echo >&2
echo "written: $report" >&2

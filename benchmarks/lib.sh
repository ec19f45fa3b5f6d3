# Shared by benchmarks/run-all.sh and every benchmarks/<item>/run.sh; sourced, not run.
#
# bench_build      builds the benchmarks module (and, unless BENCH_UPSTREAM=snapshot, installs the modules it
#                  needs first) and resolves its class path into benchmarks/target/classpath.txt; once per run-all.
# bench_build_cli  makes sure the command-line tool is packaged (reports/target/slogate, its jar and its
#                  class-data-sharing archive): bench_build packages it with the modules the benchmarks use, except
#                  with BENCH_UPSTREAM=snapshot, where this packages the reports module alone.
# bench_java ITEM LIMIT MAIN [ARGS]
#                  runs a driver class in its own JVM under a time limit, with the suite's system properties;
#                  its whole process tree is ended if this shell exits first; BENCH_JAVA_PROPS adds -D options
#                  (space-separated, no spaces inside one).
#
# Environment: QUICK=1 for a smoke run; BENCH_UPSTREAM=snapshot to use the slo/stack/chaos/simulations
# snapshots already in ~/.m2 instead of building them (when other modules are mid-edit). Maven options for every
# ./mvnw call go in Maven's own MAVEN_ARGS, e.g. MAVEN_ARGS=-Dmaven.repo.local=/path/to/repository for a local
# repository of one's own.

bench_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bench_results=$bench_root/benchmarks/target/results
bench_children=()

say() { printf '\n== %s\n' "$*" >&2; }

# Ends a process and all its descendants (children first found, then killed, deepest last).
kill_tree() {
  local pid=$1 child
  for child in $(ps -o pid= --ppid "$pid" 2>/dev/null); do
    kill_tree "$child"
  done
  kill -TERM "$pid" 2>/dev/null || true
}

bench_cleanup() {
  local pid
  for pid in "${bench_children[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      kill_tree "$pid"
      sleep 2
      kill -KILL "$pid" 2>/dev/null || true
    fi
  done
}
trap bench_cleanup EXIT
trap 'exit 130' INT TERM

bench_build() {
  if [ "${BENCH_BUILT:-}" = 1 ]; then
    return
  fi
  cd "$bench_root"
  if [ "${BENCH_UPSTREAM:-build}" = snapshot ]; then
    say "build: benchmarks only, against the snapshots in ~/.m2 (BENCH_UPSTREAM=snapshot)"
    ./mvnw -B -q -o -pl benchmarks package -DskipTests || ./mvnw -B -q -pl benchmarks package -DskipTests
  else
    say "build: the benchmarks module and the modules it uses (install -DskipTests)"
    ./mvnw -B -q -pl benchmarks -am install -DskipTests
  fi
  ./mvnw -B -q -o -pl benchmarks dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile=target/classpath.txt >/dev/null \
    || ./mvnw -B -q -pl benchmarks dependency:build-classpath -Dmdep.includeScope=runtime \
      -Dmdep.outputFile=target/classpath.txt >/dev/null
  mkdir -p "$bench_results"
  export BENCH_BUILT=1
}

bench_build_cli() {
  cd "$bench_root"
  if [ "${BENCH_UPSTREAM:-build}" = snapshot ] || [ ! -x reports/target/slogate ]; then
    say "build: the command-line tool (reports package -DskipTests)"
    ./mvnw -B -q -o -pl reports package -DskipTests || ./mvnw -B -q -pl reports package -DskipTests
  fi
}

bench_classpath() {
  echo "$bench_root/benchmarks/target/classes:$(cat "$bench_root/benchmarks/target/classpath.txt")"
}

# bench_java ITEM LIMIT_SECONDS MAIN_CLASS [ARGS...]
bench_java() {
  local item=$1 limit=$2 main=$3
  shift 3
  local command="\`benchmarks/$item/run.sh\`"
  if [ -n "${BENCH_COMMAND:-}" ]; then
    command="\`$BENCH_COMMAND\` (its item $command)"
  fi
  cd "$bench_root"
  timeout --kill-after=30 "$limit" java -Xmx1g -cp "$(bench_classpath)" \
    -Dbench.quick="$([ "${QUICK:-0}" = 1 ] && echo true || echo false)" \
    -Dbench.command="$command" \
    -Dbench.results="$bench_results" \
    -Dbench.work="$bench_root/benchmarks/target/$item" \
    ${BENCH_JAVA_PROPS:-} \
    "$main" "$@" &
  local pid=$!
  bench_children+=("$pid")
  local status=0
  wait "$pid" || status=$?
  if [ "$status" -ne 0 ]; then
    echo "benchmarks/$item: the driver failed (exit $status; 124 = over its ${limit}s limit)" >&2
  fi
  return "$status"
}

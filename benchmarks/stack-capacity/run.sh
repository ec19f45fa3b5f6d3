#!/usr/bin/env bash
# Capacity of the embedded reference stack on a zero-latency route, measured with wrk.
#
# Starts the stack standalone (default profile: 3 replicas behind the balancer), runs wrk against
# the balancer's GET /api/fast and then straight at replica 0's, prints requests per second for
# both and their ratio (the balancer's cost), and stops the stack. Loopback only; bounded time
# (about 2 x (WARMUP + DURATION) plus start-up).
#
# Usage: benchmarks/stack-capacity/run.sh        (env: THREADS=1 CONNECTIONS=32 DURATION=10s WARMUP=3s)
# Needs: wrk (Debian package wrk), a JDK 17, and the stack's shaded jar (built here if missing).
set -euo pipefail

THREADS="${THREADS:-1}"
CONNECTIONS="${CONNECTIONS:-32}"
DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-3s}"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

if ! command -v wrk >/dev/null 2>&1; then
  echo "run.sh: wrk is not installed (apt-get install -y wrk)" >&2
  exit 69
fi

jar="$(ls stack/target/slogate-stack-*-all.jar 2>/dev/null | head -1 || true)"
if [[ -z "$jar" ]]; then
  ./mvnw -B -q -pl stack package -DskipTests
  jar="$(ls stack/target/slogate-stack-*-all.jar | head -1)"
fi

out="$(mktemp)"
java -jar "$jar" --profile default >"$out" 2>&1 &
stack_pid=$!
cleanup() {
  kill -TERM "$stack_pid" 2>/dev/null || true
  wait "$stack_pid" 2>/dev/null || true
  rm -f "$out"
}
trap cleanup EXIT

for _ in $(seq 1 120); do
  grep -q '^Ctrl-C' "$out" && break
  kill -0 "$stack_pid" 2>/dev/null || { cat "$out" >&2; exit 70; }
  sleep 0.25
done
grep -q '^Ctrl-C' "$out" || { echo "run.sh: the stack did not start within 30 s" >&2; cat "$out" >&2; exit 70; }

front="$(awk '/^front /{print $2}' "$out")"
replica="$(awk '/^replica 0 /{print $3}' "$out")"
head -1 "$out"

rate() { # url -> requests per second (integer)
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$1" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$1" | tee /dev/stderr \
    | awk '/^Requests\/sec:/{printf "%d", $2}'
}

echo "machine: $(nproc) cores, $(awk -F: '/model name/{print $2; exit}' /proc/cpuinfo | sed 's/^ *//'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION (after a $WARMUP warm-up), GET /api/fast (fixed 0ms, 2-byte body)"
through_balancer="$(rate "$front/api/fast")"
direct="$(rate "$replica/api/fast")"
echo
echo "through balancer (3 replicas): $through_balancer req/s"
echo "direct to replica 0:           $direct req/s"
awk -v b="$through_balancer" -v d="$direct" 'BEGIN { printf "balancer / direct:             %.2f\n", b / d }'

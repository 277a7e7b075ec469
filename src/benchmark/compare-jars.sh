#!/usr/bin/env bash
# A/B of two or more builds of the service on one machine (issue 7): how a change to the serving path was judged.
#   bash src/benchmark/compare-jars.sh <readings per request> <rounds> <jar> <jar>...
# All servers run at the same time (each on its own port, the image's JVM flags), each is warmed in turn, then
# every round puts the same wrk load on each server for a few seconds, one after the other. A VM whose speed drifts
# within minutes (up to ~2x here) then slows all of them alike, which restarting one server after the other did
# not: there the same jar ranged from 211,000 to 296,000 readings/s between rounds. Idle servers take no CPU.
# Prints readings/s and server CPU per request per round, then the median of each per jar.
# Knobs (environment): COMPARE_WARMUP (20s per server and pass), COMPARE_PASSES (3), COMPARE_ROUND (5s per server),
# COMPARE_PORT (18500, then one up per jar).
set -euo pipefail
cd "$(dirname "$0")/../.."
[ $# -ge 4 ] || { echo "usage: $0 <readings> <rounds> <jar> <jar>..." >&2; exit 2; }
READINGS=$1 ROUNDS=$2
shift 2
WARMUP=${COMPARE_WARMUP:-20s} PASSES=${COMPARE_PASSES:-3} ROUND=${COMPARE_ROUND:-5s} PORT=${COMPARE_PORT:-18500}
LUA=src/benchmark/wrk-post.lua
OUT=target/compare
mkdir -p "$OUT"
# shellcheck source=src/benchmark/jvm-flags.sh
source src/benchmark/jvm-flags.sh
command -v wrk >/dev/null || { echo "compare-jars: wrk is missing (apt-get install wrk)" >&2; exit 1; }

PIDS=() PORTS=() NAMES=()
stop_all() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop_all EXIT
for jar in "$@"; do
  port=$(( PORT + ${#PORTS[@]} ))
  java "${JVM_FLAGS[@]}" -jar "$jar" --server.port="$port" >"$OUT/server-$port.log" 2>&1 &
  PIDS+=($!) PORTS+=("$port") NAMES+=("$(basename "$jar" .jar)#${#NAMES[@]}")
done
for port in "${PORTS[@]}"; do
  until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness"; do sleep 0.2; done
done
load() { wrk -t2 -c16 -d"$1" -s "$LUA" "http://127.0.0.1:$2/predict" -- events/test_payload.json "$READINGS"; }
echo "== warm-up: $PASSES passes of $WARMUP per server"
for ((pass = 0; pass < PASSES; pass++)); do
  for port in "${PORTS[@]}"; do load "$WARMUP" "$port" >/dev/null; done
done
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
TICK=$(getconf CLK_TCK)
ROWS=$OUT/rounds.txt
: >"$ROWS"
echo "== $ROUNDS rounds of $ROUND per server, $READINGS reading(s) per request: round, jar, readings/s, errors, CPU us/request"
for ((round = 1; round <= ROUNDS; round++)); do
  for i in "${!PORTS[@]}"; do
    before=$(cpu_ticks "${PIDS[$i]}")
    line=$(load "$ROUND" "${PORTS[$i]}" | grep '^RESULT')
    after=$(cpu_ticks "${PIDS[$i]}")
    awk -v round="$round" -v name="${NAMES[$i]}" -v n="$READINGS" -v cpu=$(( after - before )) -v tick="$TICK" \
        -v line="$line" 'BEGIN { n_kv = split(line, kv, /[ =]/); for (k = 2; k < n_kv; k += 2) v[kv[k]] = kv[k + 1];
        printf "%d %s %.0f %d %.0f\n", round, name, n * v["requests"] / (v["duration_us"] / 1e6),
          v["non2xx"] + v["socket_errors"], cpu / tick * 1e6 / v["requests"] }' | tee -a "$ROWS"
  done
done
median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.0f (%.0f-%.0f)", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2, v[1], v[NR] }'; }
echo "== medians over $ROUNDS rounds (range)"
for name in "${NAMES[@]}"; do
  printf '%s: %s readings/s, %s us CPU/request, %d errors\n' "$name" \
    "$(awk -v n="$name" '$2 == n { print $3 }' "$ROWS" | median)" \
    "$(awk -v n="$name" '$2 == n { print $5 }' "$ROWS" | median)" \
    "$(awk -v n="$name" '$2 == n { e += $4 } END { print e + 0 }' "$ROWS")"
done

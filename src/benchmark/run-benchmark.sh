#!/usr/bin/env bash
# The benchmark of issue 7 (and the soak of issue 8). Run it with `./mvnw -B -Pbenchmark verify`, which builds the
# jar and the JMH benchmarks first; after such a build it also runs on its own: `bash src/benchmark/run-benchmark.sh`.
# It is not part of the test run. Loopback only. Needs wrk and curl; podman for the container start-up (optional).
#
# What it does, in this order, and prints as one table that it also appends to src/benchmark/results.md:
#  1. start-up: process start to readiness UP, for the packaged jar (java -jar), the container's layout (extracted
#     jar + AppCDS archive, the Dockerfile's flags) and, when podman and the base image are there, the container
#     (from the JVM's process start, and from `podman start`), taking turns; the layout then serves the load below;
#  2. HTTP load with wrk (2 threads, 16 connections, a warm-up, then BENCHMARK_DURATION per case) on /predict
#     (1 and 100 readings, binary and structured CloudEvent) and on the baseline endpoint with the same bodies;
#  3. RSS after the warm-up, then the soak: BENCHMARK_SOAK_REQUESTS single-reading requests, errors, RSS after;
#  4. in-process inference with JMH (io.hvs.hazard.benchmark.InferenceBenchmark): readings/s at batch 1, 32, 1000;
#     and decoding of the 100-reading body (io.hvs.hazard.api.RequestDecodingBenchmark): the fast path against the
#     Jackson decoder it falls back to.
# Knobs (environment): BENCHMARK_DURATION (20s), BENCHMARK_WARMUP (20s), BENCHMARK_SETTLE (10s: per case in each
# further warm-up pass while the JIT still uses 5% or more of the server's CPU; at most 3 more), BENCHMARK_SOAK_REQUESTS (1000000),
# BENCHMARK_STARTS (5: rounds of starts, one of each form per round; the median is reported, with the range),
# BENCHMARK_RATIO_ROUNDS (5: alternating 5 s rounds of predict and baseline for the ratio),
# BENCHMARK_PORT (18480), BENCHMARK_CONTAINER (auto|off), BENCHMARK_BASE_IMAGE (localhost/hvs-jre17-base:bookworm),
# BENCHMARK_JMH (on|off), JAVACPP_CACHEDIR.
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION=${BENCHMARK_DURATION:-20s}
# Per case: the JIT keeps compiling for about a minute under load (PrintCompilation), so warm every case.
WARMUP=${BENCHMARK_WARMUP:-20s}
SETTLE=${BENCHMARK_SETTLE:-10s}
SOAK=${BENCHMARK_SOAK_REQUESTS:-1000000}
STARTS=${BENCHMARK_STARTS:-5}
RATIO_ROUNDS=${BENCHMARK_RATIO_ROUNDS:-5}
PORT=${BENCHMARK_PORT:-18480}
CONTAINER=${BENCHMARK_CONTAINER:-auto}
BASE_IMAGE=${BENCHMARK_BASE_IMAGE:-localhost/hvs-jre17-base:bookworm}
JMH=${BENCHMARK_JMH:-on}
OUT=target/benchmark
RESULTS=src/benchmark/results.md
LUA=src/benchmark/wrk-post.lua
JAR=$(ls target/hvs-hazard-function-*.jar | grep -v '\.original$' | head -1)
URL=http://127.0.0.1:$PORT
mkdir -p "$OUT"
# shellcheck source=src/benchmark/jvm-flags.sh
source src/benchmark/jvm-flags.sh
APP_ARGS=(--server.port="$PORT" --hvs.benchmark.baseline-endpoint=true)

command -v wrk >/dev/null || { echo "run-benchmark: wrk is missing (apt-get install wrk)" >&2; exit 1; }
SERVER_PID=
stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=
}
trap stop_server EXIT

# Milliseconds of the wall clock into NOW_MS, without a subshell (bash's EPOCHREALTIME, digits only whatever the
# locale); now_ms prints them.
clock_ms() { local us=${EPOCHREALTIME//[!0-9]/}; NOW_MS=$(( us / 1000 )); }
now_ms() { clock_ms; echo "$NOW_MS"; }

# One readiness probe with bash's own /dev/tcp, no process started: true when the answer is 200. A probe must not
# take the CPU it measures: curl started every 20 ms cost ~22 ms of CPU each on this 2-core VM (dynamic linking),
# half a core, and readiness read 3.45 s against 2.60 s probed this way (7 interleaved starts each, 2026-12-07).
# Kubelet and Knative's queue-proxy probe from their own processes too.
probe_ready() {
  local status
  exec 3<>"/dev/tcp/127.0.0.1/$PORT" || return 1
  printf 'GET /actuator/health/readiness HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
  read -r -t 5 _ status _ <&3
  exec 3<&- 3>&-
  [ "$status" = 200 ]
}

# Waits for readiness UP, probing every 10 ms; sets READY_MS to the milliseconds since $1 (the launch time).
wait_ready() {
  local started=$1 deadline=$(( $1 + 120000 ))
  until probe_ready 2>/dev/null; do
    clock_ms
    if [ "$NOW_MS" -gt "$deadline" ]; then echo "run-benchmark: not ready after 120 s" >&2; return 1; fi
    read -r -t 0.01 -u "$PAUSE_FD" || true
  done
  clock_ms
  READY_MS=$(( NOW_MS - started ))
}
# Prints the wall-clock milliseconds at which process $1 started: its start in clock ticks after boot
# (/proc/<pid>/stat, field 22; fields counted after the parenthesised name), put on the wall clock by the offset
# between the wall clock and /proc/uptime (two decimals) read together now. Resolution: one tick (10 ms).
process_started_ms() {
  local ticks uptime
  ticks=$(sed 's/.*) //' "/proc/$1/stat" | awk '{ print $20 }')
  read -r uptime _ </proc/uptime
  clock_ms
  echo $(( NOW_MS - 10#${uptime/./}0 + ticks * 1000 / TICK ))
}
# A pipe nobody writes to: reading it with a timeout pauses without starting sleep(1).
exec {PAUSE_FD}<> <(:)

# Starts "$@" in the background as the server (SERVER_PID) and waits for readiness (READY_MS).
start_server() {
  local started
  started=$(now_ms)
  "$@" >"$OUT/server.log" 2>&1 &
  SERVER_PID=$!
  wait_ready "$started"
}

# Prints "<median> <median> ms (<min>-<max>, <N> starts<$1>)" for the millisecond samples that follow $1.
median_of() {
  local note=$1
  shift
  printf '%s\n' "$@" | sort -n | awk -v note="$note" '{ v[NR] = $1 }
    END { m = (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2);
          printf "%d %d ms (%d-%d, %d starts%s)\n", m, m, v[1], v[NR], NR, note }'
}

# One start-up sample: starts "$@" as the server, waits for readiness (READY_MS) and stops it with SIGKILL (a
# start-up sample needs no drain).
start_once() {
  start_server "$@"
  kill -9 "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=
}

rss_mb() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$SERVER_PID/status"; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$SERVER_PID/stat"; }
# CPU ticks of the JIT's compiler threads. A server still compiling measures the JIT as much as itself: on 2 cores
# the compilers took 22% of the server's CPU 35 s into single-reading load (async-profiler, 2026-12-03).
jit_ticks() {
  local task sum=0
  for task in /proc/"$SERVER_PID"/task/*; do
    case $(cat "$task/comm" 2>/dev/null) in
      # Fields after the parenthesised name, which has a space: utime and stime are the 12th and 13th.
      "C1 Compiler"* | "C2 Compiler"*) sum=$(( sum + $(sed 's/.*) //' "$task/stat" | awk '{ print $12 + $13 }') )) ;;
    esac
  done
  echo "$sum"
}
# The JIT's percent of the server's CPU between two samples: jit_share <jit before> <cpu before> <jit after> <cpu after>.
jit_share() { awk -v j=$(( $3 - $1 )) -v c=$(( $4 - $2 )) 'BEGIN { printf "%.0f", (c > 0) ? j * 100 / c : 0 }'; }
TICK=$(getconf CLK_TCK)

# --- 1. start-up -------------------------------------------------------------------------------------------------
echo "== start-up: the container's layout (extracted jar + AppCDS archive, as the Dockerfile builds it)"
rm -rf "$OUT/app"
java -Djarmode=tools -jar "$JAR" extract --destination "$OUT/app" --application-filename app.jar >/dev/null
java -XX:ArchiveClassesAtExit="$OUT/app/app.jsa" -Dspring.context.exit=onRefresh "${JVM_FLAGS[@]}" \
  -jar "$OUT/app/app.jar" --server.port=0 >"$OUT/cds-training.log" 2>&1
CDS_FLAGS=(-XX:SharedArchiveFile="$OUT/app/app.jsa" -Xshare:auto)

P=(podman --storage-driver vfs --cgroup-manager cgroupfs --runtime runc)
IMAGE=localhost/hvs-prediction-api:benchmark
CONTAINER_ON=false
if [ "$CONTAINER" = auto ] && command -v podman >/dev/null && [ -d target/image/native ] \
    && "${P[@]}" image exists "$BASE_IMAGE" 2>/dev/null; then
  echo "== start-up: the image (podman, base $BASE_IMAGE)"
  "${P[@]}" build -q --ulimit nofile=20000:20000 --build-arg BASE_IMAGE="$BASE_IMAGE" -t "$IMAGE" . >"$OUT/podman-build.log" 2>&1
  CONTAINER_ON=true
fi

# One start of the container, timed twice: READY_MS from `podman start`, CONTAINER_PROCESS_MS from the JVM's own
# process start (the issue's measure: process start to readiness; `podman start` adds the runtime's set-up: runc,
# namespaces, cgroup, conmon). Not from `podman create`: that sets up the container's storage first (vfs copies the
# 1.1 GB image, seconds that a cluster's overlay storage does not spend).
container_start() {
  local started ready_at
  "${P[@]}" create --name hvs-benchmark --read-only --tmpfs /tmp --network host --memory 1g \
    --ulimit nofile=20000:20000 --ulimit nproc=4096:4096 -e PORT="$PORT" "$IMAGE" >/dev/null
  started=$(now_ms)
  "${P[@]}" start hvs-benchmark >/dev/null
  wait_ready "$started"
  ready_at=$NOW_MS
  # The entrypoint is java itself (exec form), so the container's first process is the JVM.
  CONTAINER_PROCESS_MS=$(( ready_at - $(process_started_ms "$("${P[@]}" inspect --format '{{.State.Pid}}' hvs-benchmark)") ))
  "${P[@]}" rm -f -t 0 hvs-benchmark >/dev/null || true
}

# The forms take turns (jar, layout, container, then again): the VM's speed drifts by up to ~40 % within minutes
# (2026-12-07), and a form timed minutes after another, as the container was until then, does not compare.
echo "== start-up: $STARTS rounds of the packaged jar, the extracted jar + AppCDS$($CONTAINER_ON && echo " and the container")"
JAR_SAMPLES=() CDS_SAMPLES=() PODMAN_SAMPLES=() PROCESS_SAMPLES=()
for ((i = 0; i < STARTS; i++)); do
  start_once java "${JVM_FLAGS[@]}" -jar "$JAR" "${APP_ARGS[@]}"
  JAR_SAMPLES+=("$READY_MS")
  start_once java "${JVM_FLAGS[@]}" "${CDS_FLAGS[@]}" -jar "$OUT/app/app.jar" "${APP_ARGS[@]}"
  CDS_SAMPLES+=("$READY_MS")
  if $CONTAINER_ON; then
    container_start
    PODMAN_SAMPLES+=("$READY_MS") PROCESS_SAMPLES+=("$CONTAINER_PROCESS_MS")
  fi
done
read -r JAR_READY_MS JAR_READY < <(median_of "" "${JAR_SAMPLES[@]}")
read -r CDS_READY_MS CDS_READY < <(median_of "" "${CDS_SAMPLES[@]}")
CONTAINER_READY_MS="not measured" CONTAINER_READY="not measured" CONTAINER_PODMAN_READY=
if $CONTAINER_ON; then
  read -r CONTAINER_READY_MS CONTAINER_READY < <(median_of ", from the JVM's process start" "${PROCESS_SAMPLES[@]}")
  read -r _ CONTAINER_PODMAN_READY < <(median_of ", from podman start" "${PODMAN_SAMPLES[@]}")
  CONTAINER_PODMAN_READY="; $CONTAINER_PODMAN_READY"
  "${P[@]}" rmi -f "$IMAGE" >/dev/null || true
fi
# This layout serves the load below.
start_server java "${JVM_FLAGS[@]}" "${CDS_FLAGS[@]}" -jar "$OUT/app/app.jar" "${APP_ARGS[@]}"

# --- 2. HTTP load ------------------------------------------------------------------------------------------------
# One case: name, path, readings per request, wrk arguments after "--". Appends a row to $OUT/http.rows.
: >"$OUT/http.rows"
run_case() {
  local name=$1 path=$2 readings=$3
  shift 3
  local t0 t1 j0 j1 line requests seconds
  t0=$(cpu_ticks) j0=$(jit_ticks)
  line=$(wrk -t2 -c16 -d"$DURATION" --latency -s "$LUA" "$URL$path" -- "$@" | grep '^RESULT')
  t1=$(cpu_ticks) j1=$(jit_ticks)
  requests=$(sed 's/.*requests=\([0-9]*\).*/\1/' <<<"$line")
  seconds=$(sed 's/.*duration_us=\([0-9]*\).*/\1/' <<<"$line")
  awk -v name="$name" -v n="$readings" -v line="$line" -v cpu=$(( t1 - t0 )) -v tick="$TICK" \
      -v jit="$(jit_share "$j0" "$t0" "$j1" "$t1")" 'BEGIN {
      n_kv = split(line, kv, /[ =]/); for (i = 2; i < n_kv; i += 2) v[kv[i]] = kv[i + 1];
      rps = v["requests"] / (v["duration_us"] / 1e6);
      printf "%s|%.0f|%.0f|%.2f|%.2f|%.2f|%d|%.0f|%d\n", name, rps, rps * n, v["p50_us"] / 1000, v["p99_us"] / 1000,
        v["p999_us"] / 1000, v["non2xx"] + v["socket_errors"], (v["requests"] > 0) ? cpu / tick * 1e6 / v["requests"] : 0, jit
    }' >>"$OUT/http.rows"
  tail -1 "$OUT/http.rows"
}
warm() { wrk -t2 -c16 -d"$1" -s "$LUA" "$URL$2" -- "${@:3}" >/dev/null; }

SINGLE=(events/test_payload.json 1)
HUNDRED=(events/test_payload.json 100)
CASES=("predict, 1 reading|/predict|1|${SINGLE[*]}" "baseline, 1 reading|/benchmark/baseline|1|${SINGLE[*]}"
  "predict, 100 readings|/predict|100|${HUNDRED[*]}" "baseline, 100 readings|/benchmark/baseline|100|${HUNDRED[*]}")
# CloudEvents, once their samples are in events/ and the app answers them.
if [ -f events/ce-binary.headers ] && [ -f events/ce-structured.json ]; then
  CASES+=("binary CloudEvent, 1 reading|/predict|1|events/ce-binary.body.json 0 events/ce-binary.headers"
    "structured CloudEvent, 1 reading|/predict|1|events/ce-structured.json 0 $OUT/ce-structured.headers")
  echo "Content-Type: application/cloudevents+json" >"$OUT/ce-structured.headers"
fi

# Until the JIT has settled: it keeps compiling for about a minute of load, longer on a slow phase of the VM.
echo "== warm-up ($WARMUP per case, then $SETTLE per case while the JIT uses >= 5% of the server's CPU)"
WARM_PASSES=0
while :; do
  j0=$(jit_ticks) t0=$(cpu_ticks)
  for c in "${CASES[@]}"; do
    IFS='|' read -r name path readings args <<<"$c"
    # shellcheck disable=SC2086
    warm "$( [ "$WARM_PASSES" -eq 0 ] && echo "$WARMUP" || echo "$SETTLE")" "$path" $args
  done
  WARM_PASSES=$(( WARM_PASSES + 1 ))
  WARM_JIT=$(jit_share "$j0" "$t0" "$(jit_ticks)" "$(cpu_ticks)")
  echo "   pass $WARM_PASSES: the JIT used $WARM_JIT% of the server's CPU"
  if [ "$WARM_JIT" -lt 5 ] || [ "$WARM_PASSES" -ge 4 ]; then break; fi
done
RSS_WARM_MB=$(rss_mb)
# What the app says it runs with (batching, oneDNN, JavaCPP's resident-size check).
INFERENCE_INFO=$(curl -s "$URL/actuator/info" | grep -o '"inference":{[^}]*}' || echo "(not reported)")

echo "== HTTP load ($DURATION per case, wrk 2 threads, 16 connections)"
for c in "${CASES[@]}"; do
  IFS='|' read -r name path readings args <<<"$c"
  # shellcheck disable=SC2086
  run_case "$name" "$path" "$readings" $args
done

# The ratio predict/baseline from alternating short rounds: two 20 s cases a minute apart can land in different
# phases of the VM (on 2026-12-03 the baseline ran at 11,468 requests/s while predict, just before it, at 3,623 and
# the soak right after at ~8,500). Each round's two runs see the same phase; the median round is reported.
rps_of() { wrk -t2 -c16 -d5s -s "$LUA" "$URL$1" -- "${@:2}" | grep '^RESULT' \
  | awk '{ split($2, r, "="); split($3, d, "="); printf "%.0f", r[2] / (d[2] / 1e6) }'; }
echo "== predict / baseline, $RATIO_ROUNDS alternating rounds of 5 s each"
RATIO_SAMPLES=()
for ((i = 0; i < RATIO_ROUNDS; i++)); do
  p=$(rps_of /predict "${SINGLE[@]}") b=$(rps_of /benchmark/baseline "${SINGLE[@]}")
  RATIO_SAMPLES+=("$(awk -v p="$p" -v b="$b" 'BEGIN { printf "%.0f", (b > 0) ? p * 100 / b : 0 }')")
  echo "   round $((i + 1)): $p / $b requests/s"
done
# Percent, median and range: "0.66 (0.61-0.70, 5 rounds)".
read -r RATIO_PCT _ < <(median_of "" "${RATIO_SAMPLES[@]}")
RATIO_ALTERNATING=$(printf '%s\n' "${RATIO_SAMPLES[@]}" | sort -n | awk -v m="$RATIO_PCT" '{ v[NR] = $1 }
  END { printf "%.2f (%.2f-%.2f, %d rounds)", m / 100, v[1] / 100, v[NR] / 100, NR }')
RATIO_MEDIAN=${RATIO_ALTERNATING%% *}

# --- 3. soak -----------------------------------------------------------------------------------------------------
echo "== soak: $SOAK single-reading requests on /predict"
SOAK_DONE=0
SOAK_ERRORS=0
SOAK_START=$(now_ms)
while [ "$SOAK_DONE" -lt "$SOAK" ]; do
  line=$(wrk -t2 -c16 -d30s -s "$LUA" "$URL/predict" -- "${SINGLE[@]}" | grep '^RESULT')
  SOAK_DONE=$(( SOAK_DONE + $(sed 's/.*requests=\([0-9]*\).*/\1/' <<<"$line") ))
  SOAK_ERRORS=$(( SOAK_ERRORS + $(sed 's/.*non2xx=\([0-9]*\).*/\1/' <<<"$line") \
    + $(sed 's/.*socket_errors=\([0-9]*\).*/\1/' <<<"$line") ))
  echo "   $SOAK_DONE requests, $SOAK_ERRORS errors, RSS $(rss_mb) MB"
done
SOAK_SECONDS=$(( ($(now_ms) - SOAK_START) / 1000 ))
RSS_SOAK_MB=$(rss_mb)
READY_AFTER_SOAK=$(curl -s "$URL/actuator/health/readiness")
stop_server

# --- 4. JMH ------------------------------------------------------------------------------------------------------
: >"$OUT/jmh.rows" && : >"$OUT/jmh-decoding.rows"
if [ "$JMH" = on ] && [ -f "$OUT/classpath.txt" ]; then
  echo "== JMH in-process inference"
  java -cp "target/test-classes:target/classes:$(cat "$OUT/classpath.txt")" org.openjdk.jmh.Main InferenceBenchmark \
    -rf csv -rff "$OUT/jmh.csv" >"$OUT/jmh.log" 2>&1
  # "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: batch"
  awk -F, 'NR > 1 { gsub(/"|\r/, ""); printf "%s|%.0f|%.0f|%.0f\n", $8, $5, $5 * $8, $6 * $8 }' "$OUT/jmh.csv" >"$OUT/jmh.rows"
  echo "== JMH decoding of the 100-reading body"
  java -cp "target/test-classes:target/classes:$(cat "$OUT/classpath.txt")" org.openjdk.jmh.Main RequestDecodingBenchmark \
    -rf csv -rff "$OUT/jmh-decoding.csv" >"$OUT/jmh-decoding.log" 2>&1
  # "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit"; 100 readings per operation.
  awk -F, 'NR > 1 { gsub(/"|\r/, ""); sub(/.*\./, "", $1); printf "%s|%.0f|%.0f|%.0f\n", $1, $5, $5 * 100, $6 * 100 }' \
    "$OUT/jmh-decoding.csv" >"$OUT/jmh-decoding.rows"
fi

# --- table -------------------------------------------------------------------------------------------------------
col() { # column $2 of the HTTP row named $1
  awk -F'|' -v name="$1" -v c="$2" '$1 == name { print $c }' "$OUT/http.rows"
}
# One line of the targets table: what, target, measured, met (awk expression on m).
target() {
  awk -v what="$1" -v goal="$2" -v m="$3" -v test="$4" 'BEGIN {
      ok = (m !~ /^[0-9.]+$/) ? "not measured" : ((test == "ge" && m + 0 >= goal + 0) || (test == "le" && m + 0 <= goal + 0) ? "met" : "NOT met");
      printf "| %s | %s %s | %s | %s |\n", what, (test == "ge") ? ">=" : "<=", goal, m, ok }'
}
ratio() { # rps of predict / rps of baseline, for a readings count
  awk -F'|' -v n="$1" '$1 == "predict, " n { p = $2 } $1 == "baseline, " n { b = $2 }
    END { if (b > 0) printf "%.2f", p / b; else print "n/a" }' "$OUT/http.rows"
}
{
  echo
  echo "## $(date -u +%Y-%m-%dT%H:%MZ) commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src/main pom.xml || echo '+uncommitted')"
  echo
  echo "- machine: $(nproc) CPUs, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM; load before and after: see below"
  echo "- JVM: $(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.vm.version/ { print $2 }') ($(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.vm.name/ { print $2 }')); flags: ${JVM_FLAGS[*]:0:${#JVM_FLAGS[@]}-1} (+ AppCDS for the container layout); TF_ENABLE_ONEDNN_OPTS=$TF_ENABLE_ONEDNN_OPTS; the app's /actuator/info: $INFERENCE_INFO"
  echo "- load generator: wrk $(wrk --version 2>&1 | awk 'NR==1 { print $2 }'), 2 threads, 16 connections, warm-up $WARMUP per case + $(( WARM_PASSES - 1 )) pass(es) of $SETTLE (JIT $WARM_JIT% of the server's CPU in the last), $DURATION per case, same machine; uptime at the end: $(uptime | sed 's/.*load average: /load average /')"
  echo
  echo "| HTTP case | requests/s | readings/s | p50 ms | p99 ms | p99.9 ms | errors | server CPU us/request | JIT % of it |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  awk -F'|' '{ printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7, $8, $9 }' "$OUT/http.rows"
  echo
  echo "- predict / baseline requests/s: $(ratio '1 reading') (1 reading), $(ratio '100 readings') (100 readings) in the cases above; 1 reading in alternating 5 s rounds, median: $RATIO_ALTERNATING"
  echo "- start-up to readiness UP, median: packaged jar $JAR_READY; extracted + AppCDS $CDS_READY; container (podman) $CONTAINER_READY$CONTAINER_PODMAN_READY"
  echo "- RSS: $RSS_WARM_MB MB after warm-up; $RSS_SOAK_MB MB after the soak of $SOAK_DONE requests ($SOAK_SECONDS s, $SOAK_ERRORS errors, readiness after: $READY_AFTER_SOAK); growth $(awk -v a="$RSS_WARM_MB" -v b="$RSS_SOAK_MB" 'BEGIN { printf "%.1f%%", (b - a) * 100 / a }')"
  if [ -s "$OUT/jmh.rows" ]; then
    echo
    echo "| JMH batch | batches/s | readings/s | +/- readings/s (99.9%) |"
    echo "|---:|---:|---:|---:|"
    awk -F'|' '{ printf "| %s | %s | %s | %s |\n", $1, $2, $3, $4 }' "$OUT/jmh.rows"
  fi
  if [ -s "$OUT/jmh-decoding.rows" ]; then
    echo
    echo "| JMH decoding, 100-reading body | bodies/s | readings/s | +/- readings/s (99.9%) |"
    echo "|---|---:|---:|---:|"
    awk -F'|' '{ what = ($1 == "decode") ? "decode: fast path" : ($1 == "decodeFully") ? "decodeFully: Jackson (baseline)" : $1
      printf "| %s | %s | %s | %s |\n", what, $2, $3, $4; r[$1] = $2 }
      END { if (r["decodeFully"] > 0) printf "\n- decoding: the fast path reads %.1fx as many bodies/s as Jackson\n", r["decode"] / r["decodeFully"] }' \
      "$OUT/jmh-decoding.rows"
  fi
  echo
  echo "| target (issue 7) | goal | measured | |"
  echo "|---|---|---:|---|"
  target "1 reading: predict / baseline requests/s (alternating rounds, median)" 0.70 "$RATIO_MEDIAN" ge
  target "1 reading: p99 ms at 16 connections" 5 "$(col 'predict, 1 reading' 5)" le
  target "100 readings: readings/s" 300000 "$(col 'predict, 100 readings' 3)" ge
  target "3x Flask (3,200/s): 1-reading requests/s" 9600 "$(col 'predict, 1 reading' 2)" ge
  target "3x Flask (95,000/s): readings/s in 100-reading requests" 285000 "$(col 'predict, 100 readings' 3)" ge
  target "JMH batch 1000: readings/s" 2000000 "$(awk -F'|' '$1 == 1000 { print $3 }' "$OUT/jmh.rows")" ge
  target "readiness ms, median: packaged jar" 3000 "$JAR_READY_MS" le
  target "readiness ms, median: extracted + AppCDS (the image's layout)" 3000 "$CDS_READY_MS" le
  target "readiness ms, median: container, from the JVM's process start" 3000 "$CONTAINER_READY_MS" le
  target "RSS MB after warm-up" 600 "$RSS_WARM_MB" le
  target "RSS MB after the soak" 600 "$RSS_SOAK_MB" le
  target "RSS growth % over the soak" 5 "$(awk -v a="$RSS_WARM_MB" -v b="$RSS_SOAK_MB" 'BEGIN { printf "%.1f", (b - a) * 100 / a }')" le
} | tee -a "$RESULTS"
HTTP_ERRORS=$(awk -F'|' '{ s += $7 } END { print s + 0 }' "$OUT/http.rows")
if [ "$HTTP_ERRORS" -ne 0 ] || [ "$SOAK_ERRORS" -ne 0 ]; then
  echo "run-benchmark: $HTTP_ERRORS errors in the HTTP cases, $SOAK_ERRORS in the soak: the figures do not count" >&2
  exit 1
fi

#!/usr/bin/env bash
# Heartbeat and catalog throughput of the cluster topology (deploy/cluster/run-local.sh) with one
# server and with two, in one run, so that each figure has its baseline from the same minutes of
# this shared machine.
#
# For each server count in $COUNTS (default "1 2"): starts the topology afresh (nginx load balancer,
# N Payara Micro servers in one data grid, one PostgreSQL, demo data on), then through the load
# balancer:
#   heartbeat-players  $PLAYERS players, each with its own session, API token and connection,
#                      beating back to back (deploy/bench/portal-streaming-bench.sh, closed loop)
#   catalog-page       GET /  (the anonymous catalog page), $THREADS threads x $CONNECTIONS connections
#   catalog-api        GET /api/titles, likewise
# each after a discarded warm-up, then stops the topology. The servers and the load generator share
# this machine's cores, so the question answered is what a second server costs or brings on the
# same cores; per-core capacity follows from the portal's CPU seconds per request (printed).
#
# Usage: deploy/bench/cluster-bench.sh      (needs ./mvnw -DskipTests package first; run as root)
# Settings (environment): COUNTS ("1 2"), PORT (8300), PLAYERS (16), THREADS (2), CONNECTIONS (16),
#   DURATION (20s), WARMUP (10s), OUT (./bench-results/cluster-<date>)
# Needs: wrk, curl, jq, and what run-local.sh needs (nginx with njs, PostgreSQL packages).
# First run and its reading: docs/benchmarks.md, "Cluster: one server and two".
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
COUNTS=${COUNTS:-1 2}
PORT=${PORT:-8300}
PLAYERS=${PLAYERS:-16}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
OUT=${OUT:-$PWD/bench-results/cluster-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$OUT"
LB=http://127.0.0.1:$PORT

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

# CPU ticks (1/100 s) of every Payara server of the topology together.
server_ticks() {
    local total=0 pid
    for pid in $(pgrep -f "payara-micro.*--port $((PORT + 1))|payara-micro.*--port $((PORT + 2))|payara-micro.*--port $((PORT + 3))" || true); do
        total=$((total + $(sed 's/^.*) //' /proc/"$pid"/stat | awk '{print $12 + $13}')))
    done
    echo "$total"
}
server_rss_kib() {
    local total=0 pid
    for pid in $(pgrep -f "payara-micro.*--port $((PORT + 1))|payara-micro.*--port $((PORT + 2))|payara-micro.*--port $((PORT + 3))" || true); do
        total=$((total + $(ps -o rss= -p "$pid" | tr -d ' ')))
    done
    echo "$total"
}

printf 'servers\tmeasurement\trequests_per_s\tp50\tp90\tp99\tnon_2xx_3xx\tserver_cpu_s\tserver_cpu_ms_per_request\tservers_rss_mib\n' > "$OUT/cluster-summary.tsv"

# measure N NAME URL: warm-up, then the measured wrk run against URL; appends a summary row.
measure() {
    local n=$1 name=$2 url=$3 file="$OUT/servers-$1-$2.txt" t0 t1 cpu requests
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --latency "$url" > /dev/null
    t0=$(server_ticks)
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$url" > "$file"
    t1=$(server_ticks)
    cpu=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", (b - a) / 100}')
    requests=$(awk '/requests in/ {print $1}' "$file")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$name" "$(awk '/^Requests\/sec:/ {print $2}' "$file")" \
        "$(awk '$1 == "50%" {print $2}' "$file")" "$(awk '$1 == "90%" {print $2}' "$file")" "$(awk '$1 == "99%" {print $2}' "$file")" \
        "$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$file" | grep . || echo 0)" "$cpu" \
        "$(awk -v c="$cpu" -v r="$requests" 'BEGIN {printf "%.2f", (r > 0 ? c * 1000 / r : 0)}')" \
        "$(( $(server_rss_kib) / 1024 ))" >> "$OUT/cluster-summary.tsv"
}

for n in $COUNTS; do
    run_dir="$OUT/run-$n"
    log "starting the topology with $n server(s) on port $PORT"
    RUN_DIR="$run_dir" PORT=$PORT N=$n PORTAL_DEMO_DATA=true "$REPO/deploy/cluster/run-local.sh" start > "$OUT/start-$n.log" 2>&1 \
        || { tail -40 "$OUT/start-$n.log" >&2; exit 1; }
    trap 'RUN_DIR="'"$run_dir"'" "'"$REPO"'/deploy/cluster/run-local.sh" stop > /dev/null 2>&1 || true' EXIT
    log "heartbeats of $PLAYERS players through the load balancer"
    t0=$(server_ticks)
    # The demo school (verified) buys the licenses: registering a new school now waits for its mail.
    HEAD_EMAIL=${HEAD_EMAIL:-schooladmin@demo.example} HEAD_PASSWORD=${HEAD_PASSWORD:-demo-password} \
    OUT="$OUT/streaming-$n" LABEL="servers-$n" MEASURE=heartbeat-players PLAYERS=$PLAYERS DURATION=$DURATION WARMUP=$WARMUP \
        PORTAL_PID=$(pgrep -f "payara-micro.*--port $((PORT + 1))" | head -1) \
        "$HERE/portal-streaming-bench.sh" "$LB" "servers-$n" > "$OUT/streaming-$n.log" 2>&1 \
        || { tail -40 "$OUT/streaming-$n.log" >&2; exit 1; }
    awk -F'\t' -v n="$n" 'NR > 1 && $2 == "heartbeat-players" {
            printf "%s\theartbeat-players\t%s\t%s\t%s\t%s\t%s\t-\t-\t-\n", n, $6, $7, $8, $9, $11 }' \
        "$OUT/streaming-$n/summary.tsv" >> "$OUT/cluster-summary.tsv"
    log "catalog page and API through the load balancer"
    measure "$n" catalog-page "$LB/"
    measure "$n" catalog-api "$LB/api/titles"
    RUN_DIR="$run_dir" "$REPO/deploy/cluster/run-local.sh" stop > "$OUT/stop-$n.log" 2>&1 || true
    trap - EXIT
done

column -t -s $'\t' "$OUT/cluster-summary.tsv"

#!/usr/bin/env bash
# Measures the three requests a playing film keeps sending to the portal (delivery "portal"):
# the playback heartbeat, the AES key and the master playlist, with wrk.
#
# Given a running portal, it prepares what playback needs, through the API as a real school
# would (steps already done are skipped):
#   1. registers the school of $HEAD_EMAIL and has $REVIEWER approve it,
#   2. creates $PLAYERS API tokens for $HEAD_EMAIL (Basic authentication runs a 600,000-iteration
#      PBKDF2 per request and would swamp the measurement; a token is a SHA-256 lookup),
#   3. starts $PLAYERS playback sessions, one per token; whenever the streams of the licenses
#      run out (403 no license, 409 stream cap reached), $HEAD_EMAIL quotes and orders the
#      12-month CLASSROOM_STREAMING offer of $TITLE (3 streams) and $ADMIN records the manual
#      payment, which issues another license.
# Then, for each measurement, a discarded warm-up run and a measured run, each after a fresh
# heartbeat of every session (which renews the 90 s leases and gives a fresh 120 s playback
# token for the key and playlist URLs), recording the portal's resident memory before and after
# the measured run:
#   heartbeat-shared   one session and one token, $THREADS threads x $CONNECTIONS connections
#   heartbeat-single   one session and one token, one connection (one player, back to back)
#   heartbeat-players  $PLAYERS sessions and tokens, one wrk thread and connection each
#   key                GET .../key?token=, $THREADS threads x $CONNECTIONS connections
#   master-playlist    GET .../master.m3u8?token=, $THREADS threads x $CONNECTIONS connections
# Finally it ends the sessions and revokes the tokens.
#
# Usage:  deploy/bench/portal-streaming-bench.sh [PORTAL_URL] [LABEL]
#   PORTAL_URL  default http://localhost:8095
#   LABEL       name of this round in the results, e.g. "small-db" or "10k-licenses"
# Settings (environment): REVIEWER, ADMIN ("email:password"), HEAD_EMAIL, HEAD_PASSWORD, TITLE,
#   THREADS (2), CONNECTIONS (16), PLAYERS (16), DURATION (20s), WARMUP (10s), PORTAL_PID (found from the
#   listening port when the portal runs on this machine), OUT (results folder), MEASURE (which of the
#   measurements below to run, space-separated; default all five).
# Needs: curl, jq, wrk (apt-get install -y wrk curl jq), and ss/ps for the memory figures.
# Output: $OUT/<label>-<endpoint>.txt (wrk's own output plus status counts), $OUT/summary.tsv,
#   $OUT/<label>-system.txt; the summary is also printed.
#
# Growing the database between two rounds (10,000 licenses, 100,000 past sessions): see
# deploy/bench/grow-licenses.sql and docs/benchmarks-portal.md.
set -euo pipefail

PORTAL_URL=${1:-${PORTAL_URL:-http://localhost:8095}}
PORTAL_URL=${PORTAL_URL%/}
LABEL=${2:-${LABEL:-run}}
REVIEWER=${REVIEWER:-reviewer@demo.example:demo-password}
ADMIN=${ADMIN:-admin@demo.example:demo-password}
HEAD_EMAIL=${HEAD_EMAIL:-head@bench.example}
HEAD_PASSWORD=${HEAD_PASSWORD:-correct horse battery staple}
TITLE=${TITLE:-kim-il-sungs-children}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
PLAYERS=${PLAYERS:-16}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
OUT=${OUT:-./bench-results}
HERE=$(cd "$(dirname "$0")" && pwd)
LUA="$HERE/portal-streaming-bench.lua"

for tool in curl jq wrk; do
    command -v "$tool" > /dev/null || { echo "needs $tool (apt-get install -y $tool)" >&2; exit 1; }
done
mkdir -p "$OUT"
HEAD_BASIC="$HEAD_EMAIL:$HEAD_PASSWORD"
DOMAIN=${HEAD_EMAIL#*@}

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

# api METHOD PATH USER:PASS|-|bearer:<secret> [JSON] -> prints body; $STATUS holds the HTTP status
api() {
    local method=$1 path=$2 auth=$3 body=${4:-} tmp
    local -a args=(-s -o /dev/stdout -w '\n%{http_code}' -X "$method" -H 'Accept: application/json')
    case "$auth" in
        -) ;;
        bearer:*) args+=(-H "Authorization: Bearer ${auth#bearer:}") ;;
        *) args+=(-u "$auth") ;;
    esac
    [ -n "$body" ] && args+=(-H 'Content-Type: application/json' --data "$body")
    tmp=$(curl "${args[@]}" "$PORTAL_URL$path")
    STATUS=${tmp##*$'\n'}
    BODY=${tmp%$'\n'*}
}

expect() {
    local want=$1 what=$2
    if [ "$STATUS" != "$want" ]; then
        echo "$what: expected HTTP $want, got $STATUS: $BODY" >&2
        exit 1
    fi
}

# --- the portal process, for its resident memory ---------------------------------------------
if [ -z "${PORTAL_PID:-}" ]; then
    port=$(echo "$PORTAL_URL" | sed -E 's#^[a-z]+://[^:/]+:?([0-9]*).*#\1#')
    [ -z "$port" ] && port=80
    PORTAL_PID=$(ss -Hltnp "sport = :$port" 2> /dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)
fi
rss_kib() { if [ -n "$PORTAL_PID" ]; then ps -o rss= -p "$PORTAL_PID" | tr -d ' '; else echo "?"; fi; }
# CPU time in ticks of 1/100 s: of the whole machine (user+nice+system+irq+softirq+steal), and of
# the portal process (utime+stime). With the wrk's own CPU time (bash "time") these tell how much
# CPU something else on the machine took during a measurement: the runs are only comparable when
# that is close to nothing.
machine_ticks() { awk '$1 == "cpu" {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }
portal_ticks() { if [ -n "$PORTAL_PID" ]; then sed 's/^.*) //' /proc/"$PORTAL_PID"/stat | awk '{print $12 + $13}'; else echo 0; fi; }

{
    echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "portal: $PORTAL_URL pid ${PORTAL_PID:-unknown}"
    if [ -n "$PORTAL_PID" ]; then
        echo "portal command: $(ps -o args= -p "$PORTAL_PID")"
        "$(readlink -f /proc/"$PORTAL_PID"/exe)" -version 2>&1 | sed 's/^/jvm: /'
    fi
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
    echo "nproc: $(nproc)"
    echo "memory: $(grep MemTotal /proc/meminfo)"
    echo "kernel: $(uname -r)"
    echo "wrk: $(wrk -v 2>&1 | head -1)"
    echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$OUT/$LABEL-system.txt"
cat "$OUT/$LABEL-system.txt" >&2

# --- 1. the school ---------------------------------------------------------------------------
api GET "/api/titles/$TITLE/offers" "$HEAD_BASIC"
if [ "$STATUS" = 401 ]; then
    log "registering the school of $HEAD_EMAIL"
    api POST /api/institutions - "$(jq -nc --arg email "$HEAD_EMAIL" --arg pw "$HEAD_PASSWORD" --arg domain "$DOMAIN" \
        '{name: "Bench School", type: "K12_SCHOOL", country: "KR", address: "1 Bench Road, Seoul",
          registryId: "KR-bench-1", emailDomains: [$domain], sizeBand: "UP_TO_500",
          adminName: "Bench Head", adminEmail: $email, adminPassword: $pw}')"
    expect 201 "register institution"
    institution=$(echo "$BODY" | jq -r .id)
    api POST "/api/admin/institutions/$institution/decisions" "$REVIEWER" '{"decision":"APPROVE","reason":"bench"}'
    expect 201 "approve institution $institution"
    api GET "/api/titles/$TITLE/offers" "$HEAD_BASIC"
fi
expect 200 "offers of $TITLE as $HEAD_EMAIL"
offer=$(echo "$BODY" | jq -r '[.[] | select(.kind == "CLASSROOM_STREAMING" and .termMonths == 12)][0].id')
[ "$offer" != null ] || { echo "no 12-month CLASSROOM_STREAMING offer for $TITLE: $BODY" >&2; exit 1; }

# --- 3. the API tokens, one per simulated player ---------------------------------------------
# (Before 2: starting playback tells whether a license is still needed.) The first token is
# created with the password, the others with the first token.
TOKEN_IDS=()
BEARERS=()
SESSION_IDS=()
new_token() {
    api POST /api/me/tokens "$1" "$(jq -nc --arg n "streaming bench $LABEL $(date +%s) ${#BEARERS[@]}" '{name: $n}')"
    expect 201 "create API token"
    TOKEN_IDS+=("$(echo "$BODY" | jq -r .id)")
    BEARERS+=("$(echo "$BODY" | jq -r .secret)")
}
cleanup() {
    local i
    for i in "${!SESSION_IDS[@]}"; do
        curl -s -o /dev/null -X DELETE -H "Authorization: Bearer ${BEARERS[$i]}" "$PORTAL_URL/api/playback/sessions/${SESSION_IDS[$i]}" || true
    done
    for ((i = ${#TOKEN_IDS[@]} - 1; i >= 0; i--)); do
        curl -s -o /dev/null -X DELETE -H "Authorization: Bearer ${BEARERS[0]}" "$PORTAL_URL/api/me/tokens/${TOKEN_IDS[$i]}" || true
    done
}
trap cleanup EXIT
new_token "$HEAD_BASIC"
while [ "${#BEARERS[@]}" -lt "$PLAYERS" ]; do
    new_token "bearer:${BEARERS[0]}"
done

# --- 2. a license (with another whenever all streams of the licenses are taken) ---------------
buy_license() {
    log "quoting, ordering and paying offer $offer"
    api POST /api/quotes "$HEAD_BASIC" "$(jq -nc --argjson o "$offer" --arg d "$(date +%F)" '{offerId: $o, start: $d}')"
    expect 201 "quote"
    local quote order
    quote=$(echo "$BODY" | jq -r .id)
    api POST /api/orders "$HEAD_BASIC" "$(jq -nc --argjson q "$quote" '{quoteId: $q, paymentMethod: "manual-po"}')"
    expect 201 "order"
    order=$(echo "$BODY" | jq -r .id)
    api POST "/api/admin/orders/$order/payment" "$ADMIN" '{"note":"bench"}'
    expect 201 "payment of order $order"
    log "license $(echo "$BODY" | jq -c '{id, streamCap}')"
}

# --- 4. the playback sessions, one per player ------------------------------------------------
for i in "${!BEARERS[@]}"; do
    api POST /api/playback/sessions "bearer:${BEARERS[$i]}" "$(jq -nc --arg t "$TITLE" '{title: $t}')"
    if [ "$STATUS" = 403 ] || [ "$STATUS" = 409 ]; then
        buy_license
        api POST /api/playback/sessions "bearer:${BEARERS[$i]}" "$(jq -nc --arg t "$TITLE" '{title: $t}')"
    fi
    expect 201 "start playback $((i + 1))"
    SESSION_IDS+=("$(echo "$BODY" | jq -r .id)")
done
log "${#SESSION_IDS[@]} playback session(s), heartbeat every $(echo "$BODY" | jq -r .heartbeatSeconds) s"

# heartbeat [N]: a heartbeat as the player sends it on session N (default 0), which also renews
# its lease; sets MEDIA_TOKEN to the fresh playback token.
heartbeat() {
    local n=${1:-0}
    api POST "/api/playback/sessions/${SESSION_IDS[$n]}/heartbeat" "bearer:${BEARERS[$n]}" '{"secondsWatched":1,"position":10}'
    expect 200 "heartbeat of session $((n + 1))"
    MEDIA_TOKEN=$(echo "$BODY" | jq -r .token)
}
heartbeat_all() {
    local i
    for ((i = ${#SESSION_IDS[@]} - 1; i >= 0; i--)); do heartbeat "$i"; done
}

# One check by hand of what each endpoint answers, before wrk hammers it (key and playlist only
# where they are measured: they need the film's packaged media).
heartbeat_all
MEASURE=${MEASURE:-heartbeat-shared heartbeat-single heartbeat-players key master-playlist}
measured() { case " $MEASURE " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }
if measured key || measured master-playlist; then
    key_check=$(curl -s -o /dev/null -w '%{http_code} %{content_type} %{size_download}' "$PORTAL_URL/api/media/$TITLE/key?token=$MEDIA_TOKEN")
    playlist_check=$(curl -s -o /dev/null -w '%{http_code} %{content_type} %{size_download}' "$PORTAL_URL/api/media/$TITLE/master.m3u8?token=$MEDIA_TOKEN")
    log "key: $key_check; master playlist: $playlist_check"
    case "$key_check" in "200 "*" 16") ;; *) echo "key check failed: $key_check" >&2; exit 1 ;; esac
    case "$playlist_check" in 200*) ;; *) echo "playlist check failed: $playlist_check" >&2; exit 1 ;; esac
fi

# --- the measurements ------------------------------------------------------------------------
[ -f "$OUT/summary.tsv" ] || printf 'label\tendpoint\tthreads\tconnections\trequests\trequests_per_s\tp50\tp90\tp99\tmax\tnon_2xx_3xx\tsocket_errors\tstatus_counts\trss_before_kib\trss_after_kib\tloadavg_before\tcpu_s_portal\tcpu_s_wrk\tcpu_s_other\n' > "$OUT/summary.tsv"

# run NAME MODE THREADS CONNECTIONS URL-or-URL-prefix SESSIONS
#   MODE get: URL-prefix is completed with a fresh playback token;
#   MODE heartbeat: SESSIONS of the players' sessions take part (1 or $PLAYERS).
run() {
    local name=$1 mode=$2 threads=$3 conns=$4 base=$5 sessions=${6:-1} url file="$OUT/$LABEL-$1.txt" before after load
    local ids bearers
    ids=$(IFS=,; echo "${SESSION_IDS[*]:0:$sessions}")
    bearers=$(IFS=,; echo "${BEARERS[*]:0:$sessions}")
    for phase in warmup measure; do
        heartbeat_all
        url=$base
        [ "$mode" = get ] && url="$base$MEDIA_TOKEN"
        if [ "$phase" = warmup ]; then
            log "$name: warm-up $WARMUP (discarded), rss $(rss_kib) KiB"
            BENCH_MODE=$mode BENCH_SESSION_IDS=$ids BENCH_BEARERS=$bearers \
                wrk -t"$threads" -c"$conns" -d"$WARMUP" --latency -s "$LUA" "$url" > "$OUT/$LABEL-$name-warmup.txt"
        else
            before=$(rss_kib)
            load=$(cut -d' ' -f1 /proc/loadavg)
            log "$name: measuring $DURATION, rss $before KiB, load $load"
            m0=$(machine_ticks); p0=$(portal_ticks)
            { TIMEFORMAT='%U %S'; time BENCH_MODE=$mode BENCH_SESSION_IDS=$ids BENCH_BEARERS=$bearers \
                wrk -t"$threads" -c"$conns" -d"$DURATION" --latency -s "$LUA" "$url" > "$file"; } 2> "$file.time"
            m1=$(machine_ticks); p1=$(portal_ticks)
            after=$(rss_kib)
        fi
    done
    portal_cpu=$(awk -v a="$p0" -v b="$p1" 'BEGIN {printf "%.1f", (b - a) / 100}')
    wrk_cpu=$(awk '{printf "%.1f", $1 + $2}' "$file.time")
    other_cpu=$(awk -v a="$m0" -v b="$m1" -v p="$portal_cpu" -v w="$wrk_cpu" 'BEGIN {o = (b - a) / 100 - p - w; printf "%.1f", (o < 0 ? 0 : o)}')
    rm -f "$file.time"
    { echo "rss_before_kib $before"; echo "rss_after_kib $after"; echo "loadavg_before $load"
      echo "cpu_seconds portal $portal_cpu wrk $wrk_cpu other $other_cpu (of $(nproc) cores x $DURATION)"; } >> "$file"
    cat "$file" >&2
    local requests rps p50 p90 p99 max non2xx sockerr statuses
    requests=$(awk '/requests in/ {print $1}' "$file")
    rps=$(awk '/^Requests\/sec:/ {print $2}' "$file")
    p50=$(awk '$1 == "50%" {print $2}' "$file")
    p90=$(awk '$1 == "90%" {print $2}' "$file")
    p99=$(awk '$1 == "99%" {print $2}' "$file")
    max=$(awk '$1 == "Latency" {print $4; exit}' "$file")
    non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$file")
    sockerr=$(grep 'Socket errors' "$file" | sed 's/^ *Socket errors: //; s/ /_/g' || true)
    statuses=$(awk '$1 == "status" {printf "%s%s=%s", sep, $2, $3; sep=","}' "$file")
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$LABEL" "$name" "$threads" "$conns" "$requests" \
        "$rps" "$p50" "$p90" "$p99" "$max" "${non2xx:-0}" "${sockerr:-none}" "$statuses" "$before" "$after" "$load" \
        "$portal_cpu" "$wrk_cpu" "$other_cpu" >> "$OUT/summary.tsv"
}

# The heartbeat three ways:
#  - shared: one session and one API token renewed by $CONNECTIONS connections at once; no real
#    player does this, and concurrent updates of the same rows collide (see the docs),
#  - single: one player renewing its session back to back over one connection,
#  - players: $PLAYERS players, each its own session, API token and connection (wrk thread).
measured heartbeat-shared && run heartbeat-shared heartbeat "$THREADS" "$CONNECTIONS" "$PORTAL_URL" 1
measured heartbeat-single && run heartbeat-single heartbeat 1 1 "$PORTAL_URL" 1
measured heartbeat-players && run heartbeat-players heartbeat "$PLAYERS" "$PLAYERS" "$PORTAL_URL" "$PLAYERS"
measured key && run key get "$THREADS" "$CONNECTIONS" "$PORTAL_URL/api/media/$TITLE/key?token="
measured master-playlist && run master-playlist get "$THREADS" "$CONNECTIONS" "$PORTAL_URL/api/media/$TITLE/master.m3u8?token="

echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/$LABEL-system.txt"
column -t -s $'\t' "$OUT/summary.tsv"

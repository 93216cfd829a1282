#!/usr/bin/env bash
# Benchmarks segment and playlist serving: plain nginx static serving against the docuportal
# media edge configuration (run-local.sh), both on this machine, with wrk.
#
#   deploy/nginx/bench.sh [media-root] [results-dir]
#
# media-root defaults to licensing-ejb/src/main/resources/demo-media; raw wrk outputs go to
# results-dir (default: a new temporary folder). Prints the versions, the machine, the exact wrk
# commands and a Markdown table of the results (the table in docs/benchmarks-edge.md).
#
# Environment: WRK_THREADS (2), WRK_CONNECTIONS (32), WRK_DURATION (15s), BENCH_ROUNDS (3),
# NGINX_WORKERS (1).
# Both servers get the same settings: NGINX_WORKERS worker processes, sendfile, keep-alive,
# access log off (so that disk writes of the log do not blur the comparison).
# Needs nginx, libnginx-mod-http-js, wrk, curl, openssl, basenc. Sends traffic to 127.0.0.1 only.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
MEDIA_ROOT=$(cd "${1:-$REPO/licensing-ejb/src/main/resources/demo-media}" && pwd)
RESULTS=${2:-$(mktemp -d "${TMPDIR:-/tmp}/docuportal-edge-bench.XXXXXX")}
mkdir -p "$RESULTS"
THREADS=${WRK_THREADS:-2}
CONNECTIONS=${WRK_CONNECTIONS:-32}
DURATION=${WRK_DURATION:-15s}
ROUNDS=${BENCH_ROUNDS:-3}
export NGINX_WORKERS=${NGINX_WORKERS:-1}
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
for tool in wrk curl openssl basenc; do
    command -v "$tool" >/dev/null 2>&1 || { echo "bench: $tool is needed (Debian: apt-get install $tool)" >&2; exit 1; }
done

SLUG=$(cd "$MEDIA_ROOT" && for d in */; do d=${d%/}; [ -s "$d/master.m3u8" ] && [ -s "keys/$d.key" ] && echo "$d"; done | LC_ALL=C sort | head -n 1)
[ -n "$SLUG" ] || { echo "bench: no title with a master playlist and a key in $MEDIA_ROOT" >&2; exit 1; }
SEGMENT=v0/seg_00000.ts

free_port() {
    local port
    for _ in $(seq 1 50); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
    done
    return 1
}

WORK=$(mktemp -d "${TMPDIR:-/tmp}/docuportal-edge-bench-run.XXXXXX")
chmod 755 "$WORK"
PLAIN="$WORK/plain"
EDGE="$WORK/edge"
cleanup() {
    "$HERE/stop-local.sh" "$EDGE" >/dev/null 2>&1 || true
    "$HERE/stop-local.sh" "$PLAIN" >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT

# Plain nginx: the same media root as static files under /media/, no njs module, no checks.
PLAIN_PORT=$(free_port)
mkdir -p "$PLAIN/logs" "$PLAIN/tmp"
user_line=
[ "$(id -u)" -eq 0 ] && user_line="user root;"
cat >"$PLAIN/nginx.conf" <<EOF
$user_line
worker_processes $NGINX_WORKERS;
daemon on;
pid $PLAIN/nginx.pid;
error_log $PLAIN/logs/error.log warn;
events { worker_connections 1024; }
http {
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    access_log off;
    client_body_temp_path $PLAIN/tmp/client_body;
    proxy_temp_path $PLAIN/tmp/proxy;
    fastcgi_temp_path $PLAIN/tmp/fastcgi;
    uwsgi_temp_path $PLAIN/tmp/uwsgi;
    scgi_temp_path $PLAIN/tmp/scgi;
    types { video/mp2t ts; application/vnd.apple.mpegurl m3u8; }
    server {
        listen 127.0.0.1:$PLAIN_PORT;
        location /media/ { alias $MEDIA_ROOT/; }
    }
}
EOF
"$NGINX" -p "$PLAIN/" -c "$PLAIN/nginx.conf" -e "$PLAIN/logs/error.log"
for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/127.0.0.1/$PLAIN_PORT") 2>/dev/null && break; sleep 0.1; done

EDGE_PORT=$(free_port)
SECRET=$(openssl rand -hex 32)
NGINX_ACCESS_LOG=off "$HERE/run-local.sh" "$MEDIA_ROOT" "$EDGE_PORT" "$SECRET" "$EDGE" >/dev/null

EXP=$(( $(date +%s) + 86400 ))
SIG=$(printf 'hls-v1\n%s\n%s\n%s' "$SLUG" bench-1 "$EXP" | openssl dgst -sha256 -hmac "$SECRET" -binary | basenc --base64url | tr -d '=\n')
TOKEN="$EXP.bench-1.$SIG"
P="http://127.0.0.1:$PLAIN_PORT/media/$SLUG"
E="http://127.0.0.1:$EDGE_PORT/media/$SLUG"

# name | url
CASES=(
    "plain nginx, segment ($SEGMENT, $(wc -c <"$MEDIA_ROOT/$SLUG/$SEGMENT") B)|$P/$SEGMENT"
    "edge, segment (no token check)|$E/$SEGMENT"
    "plain nginx, master.m3u8 (static, no check)|$P/master.m3u8"
    "edge, master.m3u8 with token (njs HMAC + sub_filter)|$E/master.m3u8?token=$TOKEN"
    "edge, v0/index.m3u8 with token (njs HMAC + sub_filter)|$E/v0/index.m3u8?token=$TOKEN"
    "edge, key with token (njs HMAC only)|$E/key?token=$TOKEN"
    "edge, master.m3u8 with a bad token (403)|$E/master.m3u8?token=${TOKEN%?}A"
)

# How busy the CPUs are before the run (other processes on a shared machine blur the results).
cpu_busy() { # percent of all CPUs busy over 3 s, from /proc/stat
    local a b
    a=$(head -n 1 /proc/stat); sleep 3; b=$(head -n 1 /proc/stat)
    awk -v a="$a" -v b="$b" 'BEGIN { n = split(a, x, " "); split(b, y, " ");
        for (i = 2; i <= n; i++) { t += y[i] - x[i]; if (i != 5 && i != 6) busy += y[i] - x[i] }
        printf "%d", t ? 100 * busy / t : 0 }'
}
BUSY_BEFORE=$(cpu_busy)

echo "## Setup"
echo
echo "- nginx: $("$NGINX" -v 2>&1 | sed 's/^nginx version: //'), njs (libnginx-mod-http-js): $(dpkg-query -W -f='${Version}' libnginx-mod-http-js 2>/dev/null || echo unknown), wrk: $(dpkg-query -W -f='${Version}' wrk 2>/dev/null || wrk -v 2>&1 | head -n 1)"
echo "- machine: $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
echo "- both servers: worker_processes $NGINX_WORKERS, sendfile on, keep-alive, access_log off; wrk and nginx share the same $(nproc) CPUs over 127.0.0.1"
echo "- title: $SLUG from $MEDIA_ROOT"
echo "- CPUs busy with other processes just before the run: $BUSY_BEFORE % (load average $(cut -d' ' -f1-3 /proc/loadavg))"
echo
echo "## Commands"
echo
echo '```'
echo "deploy/nginx/bench.sh $MEDIA_ROOT"
for c in "${CASES[@]}"; do
    url=${c#*|}
    echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency '$(sed 's/\(token=[0-9]*\.bench-1\.\)[A-Za-z0-9_-]*/\1<sig>/' <<<"$url")'"
done
echo '```'
echo
echo "## Results"
echo
echo "$ROUNDS rounds; in each round every case runs once, in the order below. Medians over the rounds,"
echo "with each round's requests/s listed too. Latencies are wrk's (--latency) in ms."
echo
echo "| case | status | requests/s (median) | requests/s (rounds) | MB/s | latency p50 | latency p99 | non-2xx |"
echo "| --- | --- | ---: | --- | ---: | ---: | ---: | ---: |"

# wrk prints 890.00us / 4.11ms / 1.02s and 33.30MB / 1.81GB: convert to ms and MB.
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }
to_mb() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /GB$/) n *= 1024; else if (v ~ /KB$/) n /= 1024; else if (v ~ /B$/ && v !~ /MB$/) n /= 1048576; printf "%.1f", n }'; }
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

declare -A RPS MBS P50 P99 NON2XX
for round in $(seq 1 "$ROUNDS"); do
    n=0
    for c in "${CASES[@]}"; do
        n=$((n + 1))
        url=${c#*|}
        out="$RESULTS/round$round-case$n.txt"
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$url" >"$out" 2>&1
        RPS[$n]+=" $(awk '/^Requests\/sec:/ { printf "%d", $2 }' "$out")"
        MBS[$n]+=" $(to_mb "$(awk '/^Transfer\/sec:/ { print $2 }' "$out")")"
        P50[$n]+=" $(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")"
        P99[$n]+=" $(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")"
        NON2XX[$n]+=" $(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$out" | grep . || echo 0)"
    done
done
n=0
for c in "${CASES[@]}"; do
    n=$((n + 1))
    name=${c%%|*}
    url=${c#*|}
    status=$(curl -s -o /dev/null -w '%{http_code}' "$url")
    non2xx=$(tr ' ' '\n' <<<"${NON2XX[$n]}" | awk '{ s += $1 } END { print s + 0 }')
    printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" "$status" \
        "$(median <<<"${RPS[$n]}")" "$(sed 's/^ //; s/ /, /g' <<<"${RPS[$n]}")" \
        "$(median <<<"${MBS[$n]}")" "$(median <<<"${P50[$n]}")" "$(median <<<"${P99[$n]}")" "$non2xx"
done
echo
echo "Raw wrk outputs: $RESULTS"

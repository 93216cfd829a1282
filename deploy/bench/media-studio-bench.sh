#!/usr/bin/env bash
# Media studio benchmark: packaging time of a 10-minute 1080p source and upload throughput, each
# beside a baseline from the same run.
#
#   1. makes the source with ffmpeg's lavfi generators (testsrc2 1920x1080 25 fps + a sine tone,
#      H.264 veryfast CRF 23, AAC), unless $WORK/source.mp4 exists;
#   2. baseline packaging: deploy/media/package-hls.sh --no-verify on the same source (the same
#      ffmpeg settings the portal uses), timed;
#   3. baseline upload: curl -T of the source to an nginx location that reads and discards the
#      body (return 204), on loopback, timed;
#   4. portal upload: curl -T of the source to POST /api/admin/titles/$TITLE/media (the API's
#      plain body upload, streamed to the upload folder), timed;
#   5. portal packaging: polls GET .../media/jobs/{id} every second until DONE, timing from the
#      202 to DONE and recording the stage, percent and estimate it reports on the way.
#
# Usage:  deploy/bench/media-studio-bench.sh [PORTAL_URL]
#   PORTAL_URL  a running portal (default http://localhost:8095) with a platform administrator
# Settings (environment): ADMIN ("email:password", default the demo administrator), TITLE (default
#   kim-il-sungs-children: its media is replaced), SOURCE_SECONDS (600), WORK (folder for the source and
#   results, default /tmp/media-studio-bench).
# Needs: ffmpeg, curl, jq, nginx (apt-get install -y ffmpeg curl jq nginx).
set -euo pipefail

PORTAL_URL=${1:-${PORTAL_URL:-http://localhost:8095}}
PORTAL_URL=${PORTAL_URL%/}
ADMIN=${ADMIN:-admin@demo.example:demo-password}
TITLE=${TITLE:-kim-il-sungs-children}
SECONDS_LONG=${SOURCE_SECONDS:-600}
WORK=${WORK:-/tmp/media-studio-bench}
HERE=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$WORK"
OUT="$WORK/results.txt"
: >"$OUT"
say() { echo "$*" | tee -a "$OUT"; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

say "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
say "ffmpeg: $(ffmpeg -version | head -1)"

SOURCE="$WORK/source.mp4"
if [ ! -s "$SOURCE" ]; then
    t0=$(now)
    ffmpeg -hide_banner -loglevel error -nostdin -y \
        -f lavfi -i "testsrc2=duration=$SECONDS_LONG:size=1920x1080:rate=25" \
        -f lavfi -i "sine=frequency=440:duration=$SECONDS_LONG" \
        -c:v libx264 -preset veryfast -crf 23 -pix_fmt yuv420p -c:a aac -b:a 128k -shortest "$SOURCE"
    say "source: generated in $(elapsed "$t0" "$(now)") s"
fi
BYTES=$(stat -c %s "$SOURCE")
say "source: $SOURCE, $BYTES bytes, $(ffprobe -v error -show_entries format=duration -of csv=p=0 "$SOURCE") s, 1920x1080 25 fps"

# 2. Baseline packaging, outside the portal.
rm -rf "$WORK/baseline-media"
t0=$(now)
"$HERE/../media/package-hls.sh" --no-verify "$SOURCE" bench-title "$WORK/baseline-media" >/dev/null
BASE_PACK=$(elapsed "$t0" "$(now)")
say "baseline packaging (package-hls.sh, same ffmpeg settings): $BASE_PACK s"

# 3. Baseline upload: nginx reading and discarding the body.
NGX="$WORK/nginx"
rm -rf "$NGX"; mkdir -p "$NGX/logs"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat >"$NGX/nginx.conf" <<NGINX
worker_processes 1;
pid $NGX/nginx.pid;
error_log $NGX/logs/error.log;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path $NGX/body;
    server {
        listen 127.0.0.1:$PORT;
        location /sink { client_max_body_size 0; return 204; }
    }
}
NGINX
nginx -c "$NGX/nginx.conf" -p "$NGX"
trap 'nginx -c "$NGX/nginx.conf" -p "$NGX" -s stop 2>/dev/null || true' EXIT
sleep 0.5
t0=$(now)
curl -sS -o /dev/null -w '%{http_code}\n' -T "$SOURCE" -H 'Content-Type: video/mp4' "http://127.0.0.1:$PORT/sink" >/dev/null
BASE_UP=$(elapsed "$t0" "$(now)")
say "baseline upload (curl -T to nginx, body discarded): $BASE_UP s, $(awk -v b="$BYTES" -v s="$BASE_UP" 'BEGIN { printf "%.0f", b / s / 1048576 }') MiB/s"

# 4. Portal upload, with an API token: Basic authentication costs a 600,000-iteration PBKDF2 per
#    request, which is not what this measures.
TOKEN=$(curl -sS -u "$ADMIN" -H 'Content-Type: application/json' -d '{"name":"media studio benchmark"}' \
    "$PORTAL_URL/api/me/tokens" | jq -r .secret)
t0=$(now)
RESPONSE=$(curl -sS -H "Authorization: Bearer $TOKEN" -X POST -T "$SOURCE" -H 'Content-Type: video/mp4' -w '\n%{http_code}' \
    "$PORTAL_URL/api/admin/titles/$TITLE/media")
UP=$(elapsed "$t0" "$(now)")
STATUS=$(tail -n1 <<<"$RESPONSE")
[ "$STATUS" = 202 ] || { say "portal upload answered $STATUS: $(head -n -1 <<<"$RESPONSE")"; exit 1; }
JOB=$(head -n -1 <<<"$RESPONSE" | jq -r .jobId)
say "portal upload (POST .../media, streamed to the upload folder): $UP s, $(awk -v b="$BYTES" -v s="$UP" 'BEGIN { printf "%.0f", b / s / 1048576 }') MiB/s"

# 5. Portal packaging.
t0=$(now)
while true; do
    JOB_JSON=$(curl -sS -u "$ADMIN" "$PORTAL_URL/api/admin/titles/$TITLE/media/jobs/$JOB")
    STATE=$(jq -r .state <<<"$JOB_JSON")
    echo "$(elapsed "$t0" "$(now)") $JOB_JSON" >>"$WORK/job-progress.log"
    case "$STATE" in DONE|FAILED) break ;; esac
    sleep 1
done
PACK=$(elapsed "$t0" "$(now)")
say "portal packaging (202 to DONE): $PACK s, state $STATE $(jq -r '.error // ""' <<<"$JOB_JSON")"
say "ratio portal / baseline packaging: $(awk -v a="$PACK" -v b="$BASE_PACK" 'BEGIN { printf "%.2f", a / b }')"
say "progress reports (seconds since 202, percent, estimate): see $WORK/job-progress.log"

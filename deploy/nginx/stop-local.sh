#!/usr/bin/env bash
# Stops the nginx that deploy/nginx/run-local.sh started in <workdir>, and waits until it is gone.
#
#   deploy/nginx/stop-local.sh <workdir>
set -euo pipefail

[ $# -eq 1 ] || { echo "usage: stop-local.sh <workdir>" >&2; exit 2; }
WORKDIR=$(cd "$1" && pwd)
PID_FILE="$WORKDIR/nginx.pid"
if [ ! -s "$PID_FILE" ]; then
    echo "stop-local: no nginx.pid in $WORKDIR: nothing to stop"
    exit 0
fi
pid=$(cat "$PID_FILE")
[[ "$pid" =~ ^[0-9]+$ ]] || { echo "stop-local: $PID_FILE does not hold a pid" >&2; exit 1; }
if ! kill -0 "$pid" 2>/dev/null; then
    echo "stop-local: nginx $pid is not running"
    rm -f "$PID_FILE"
    exit 0
fi
# SIGQUIT: graceful shutdown of the master and its workers (what `nginx -s quit` sends).
kill -QUIT "$pid"
for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || { echo "stop-local: nginx $pid stopped"; exit 0; }
    sleep 0.1
done
# Still there after 10 s (a long download in progress): fast shutdown.
kill -TERM "$pid" 2>/dev/null || true
for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || { echo "stop-local: nginx $pid stopped"; exit 0; }
    sleep 0.1
done
echo "stop-local: nginx $pid did not stop" >&2
exit 1

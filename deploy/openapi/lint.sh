#!/usr/bin/env bash
# Lints the API's OpenAPI description as the packaged portal serves it:
#   deploy/openapi/lint.sh [portal.jar]     (default portal-web/target/portal.jar; build it with ./mvnw package)
# Starts the portal on a free loopback port with a throwaway data folder, saves /openapi to
# portal-web/target/openapi.json, stops the portal and runs Redocly CLI with deploy/openapi/redocly.yaml.
# Any error fails; warnings are printed. REDOCLY names the redocly executable (CI installs a pinned one).
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=$(realpath "${1:-portal-web/target/portal.jar}")
REDOCLY=${REDOCLY:-redocly}
OUT=portal-web/target/openapi.json
[ -f "$JAR" ] || { echo "No $JAR: build it first (./mvnw -pl portal-web -am package -DskipTests)" >&2; exit 2; }
command -v "$REDOCLY" >/dev/null || { echo "No Redocly CLI ($REDOCLY); .ci/run installs it" >&2; exit 2; }

WORK=$(mktemp -d)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
# The portal keeps its data in ./data of its working folder: a fresh folder gives a fresh H2 database.
(cd "$WORK" && exec java -jar "$JAR" --nohazelcast --disablephonehome --port "$PORT" >"$WORK/portal.log" 2>&1) &
PORTAL=$!
stop() {
    kill "$PORTAL" 2>/dev/null && wait "$PORTAL" 2>/dev/null || true
    rm -rf "$WORK"
}
trap stop EXIT

# The document exists once the application is deployed (about 15 s; minutes on a busy machine).
for _ in $(seq 1 300); do
    if curl -sf -o "$WORK/openapi.json" "http://127.0.0.1:${PORT}/openapi?format=json"; then
        break
    fi
    kill -0 "$PORTAL" 2>/dev/null || { tail -n 40 "$WORK/portal.log"; echo "The portal stopped before serving /openapi" >&2; exit 1; }
    sleep 1
done
[ -s "$WORK/openapi.json" ] || { tail -n 40 "$WORK/portal.log"; echo "No /openapi after 300 s" >&2; exit 1; }

# Payara Micro 6 adds a top-level "endpoints" member of its own, which OpenAPI 3.0 does not allow
# (later Payara releases call it x-endpoints). It lists the paths again; the linter gets the document without it.
mkdir -p "$(dirname "$OUT")"
python3 - "$WORK/openapi.json" "$OUT" <<'PY'
import json, sys
document = json.load(open(sys.argv[1]))
document.pop("endpoints", None)
json.dump(document, open(sys.argv[2], "w"), indent=1)
PY
# No usage telemetry and no update check: CI talks to nothing but the portal it started.
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
"$REDOCLY" lint --config deploy/openapi/redocly.yaml "$OUT"

#!/usr/bin/env bash
# Study guides in the database (issue 17): what the AsciiDoc plugin costs the portal's start and
# memory, and what a guide's PDF costs, each beside a baseline from the same run.
#
#   1. start: the built WAR, and a copy of it without the AsciiDoc plugin (its module, AsciidoctorJ
#      and JRuby removed from WEB-INF/lib: the portal names no format's class, so it deploys without
#      it), each started ROUNDS times in turn with payara-micro.jar on a fresh H2 folder with demo
#      data; seconds to the first 200 on / and resident memory (RSS) then;
#   2. on the last server with the plugin: a guide draft saved in Markdown (the baseline) and the
#      same guide's first and second draft in AsciiDoc (the first boots Asciidoctor on JRuby);
#   3. a guide's PDF: the first download of a demo guide (renders the PDF and stores it) against the
#      second (stamps the stored PDF), as a licensed school's administrator.
#
# Usage:  deploy/bench/guide-studio-bench.sh        (after ./mvnw -DskipTests package)
# Settings (environment): ROUNDS (2), PORT (8097), WORK (/tmp/guide-studio-bench).
# Needs: java 17, curl, jq, zip.
set -euo pipefail

ROUNDS=${ROUNDS:-2}
PORT=${PORT:-8097}
WORK=${WORK:-/tmp/guide-studio-bench}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
MICRO="$ROOT/portal-web/target/payara-micro.jar"
WAR="$ROOT/portal-web/target/ROOT.war"
BASE="http://127.0.0.1:$PORT"
ADMIN=admin@demo.example:demo-password       # demo data's accounts; demo only
SCHOOL_ADMIN=schooladmin@demo.example:demo-password
FILM=kim-il-sungs-children
[ -f "$MICRO" ] && [ -f "$WAR" ] || { echo "build first: ./mvnw -DskipTests package" >&2; exit 2; }

rm -rf "$WORK" && mkdir -p "$WORK"
OUT="$WORK/results.txt"
say() { echo "$*" | tee -a "$OUT"; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

cp "$WAR" "$WORK/with-plugin.war"
cp "$WAR" "$WORK/without-plugin.war"
zip -q -d "$WORK/without-plugin.war" 'WEB-INF/lib/curriculum-format-asciidoc-*' 'WEB-INF/lib/asciidoctorj*' 'WEB-INF/lib/jruby*' >/dev/null
say "machine: $(nproc) CPUs, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
say "WAR with the AsciiDoc plugin: $(du -m "$WORK/with-plugin.war" | cut -f1) MB; without: $(du -m "$WORK/without-plugin.war" | cut -f1) MB"

SERVER=
# The server's exit status after kill is 143: not a failure of this script.
stop() { if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi; SERVER=; }
trap stop EXIT

# Starts a WAR on a fresh data folder (in this shell, so that SERVER names it); sets SECS and RSS_MB.
start() {
    local war=$1 data="$WORK/data-$RANDOM"
    local t0; t0=$(now)
    # The copies are not named ROOT.war, so --contextroot puts them at /; pre-boot commands as the portal ships them.
    java -Dportal.data.dir="$data" -jar "$MICRO" --nohazelcast --disablephonehome --port "$PORT" \
        --prebootcommandfile "$ROOT/portal-web/src/main/payara/pre-boot-commands.txt" \
        --contextroot / --deploy "$war" >"$WORK/server-$(basename "$war" .war)-$RANDOM.log" 2>&1 &
    SERVER=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/")" = 200 ]; do
        kill -0 "$SERVER" 2>/dev/null || { echo "the server died; see $WORK" >&2; exit 1; }
        sleep 0.2
    done
    SECS=$(elapsed "$t0" "$(now)")
    RSS_MB=$(( $(awk '/VmRSS/ {print $2}' "/proc/$SERVER/status") / 1024 ))
}

say ""
say "start (s to the first 200 on /) and RSS (MB) then, $ROUNDS rounds in turn"
for round in $(seq 1 "$ROUNDS"); do
    for kind in without-plugin with-plugin; do
        if curl -s -o /dev/null "$BASE/"; then echo "port $PORT is taken" >&2; exit 1; fi
        start "$WORK/$kind.war"
        say "  round $round  $kind: ${SECS} s, ${RSS_MB} MB"
        [ "$round" = "$ROUNDS" ] && [ "$kind" = with-plugin ] || stop
    done
done

api() { curl -s -u "$1" "${@:2}"; }
timed_put() {   # user, path, content type, file -> "seconds status"
    local t0 t1 code; t0=$(now)
    code=$(curl -s -o /dev/null -w '%{http_code}' -u "$1" -X PUT -H "Content-Type: $3" --data-binary "@$4" "$BASE/$2")
    t1=$(now); echo "$(elapsed "$t0" "$t1") $code"
}

say ""
say "saving a draft (the server started last, with the plugin)"
api "$ADMIN" "$BASE/api/admin/titles/$FILM/guides/UNIVERSITY/ko?format=markdown" | jq -r .source >"$WORK/guide.md"
api "$ADMIN" "$BASE/api/admin/titles/$FILM/guides/UNIVERSITY/ja?format=asciidoc" | jq -r .source >"$WORK/guide.adoc"
read -r secs code < <(timed_put "$ADMIN" "api/admin/titles/$FILM/guides/UNIVERSITY/ko" text/markdown "$WORK/guide.md")
say "  Markdown draft (baseline):      ${secs} s (HTTP $code)"
read -r secs code < <(timed_put "$ADMIN" "api/admin/titles/$FILM/guides/UNIVERSITY/ja" text/asciidoc "$WORK/guide.adoc")
say "  AsciiDoc draft, first:          ${secs} s (HTTP $code; boots Asciidoctor)"
read -r secs code < <(timed_put "$ADMIN" "api/admin/titles/$FILM/guides/UNIVERSITY/ja" text/asciidoc "$WORK/guide.adoc")
say "  AsciiDoc draft, second:         ${secs} s (HTTP $code)"
say "  RSS after the AsciiDoc drafts:  $(( $(awk '/VmRSS/ {print $2}' /proc/$SERVER/status) / 1024 )) MB"

say ""
say "a guide's PDF, as the demo school's administrator (a license of the film opens its guides)"
offer=$(api "$SCHOOL_ADMIN" "$BASE/api/titles/$FILM/offers" | jq '[.[] | select(.kind == "STUDY_GUIDE_PACK")][0].id')
quote=$(api "$SCHOOL_ADMIN" -H 'Content-Type: application/json' -d "{\"offerId\":$offer,\"start\":\"$(date -u +%F)\"}" "$BASE/api/quotes" | jq .id)
order=$(api "$SCHOOL_ADMIN" -H 'Content-Type: application/json' -d "{\"quoteId\":$quote,\"paymentMethod\":\"manual-po\"}" "$BASE/api/orders" | jq .id)
api "$ADMIN" -H 'Content-Type: application/json' -d '{"note":"benchmark"}' "$BASE/api/admin/orders/$order/payment" >/dev/null
for attempt in first second; do
    t0=$(now)
    code=$(curl -s -o "$WORK/guide-$attempt.pdf" -w '%{http_code}' -u "$SCHOOL_ADMIN" "$BASE/api/guides/$FILM.university/pdf")
    t1=$(now)
    say "  $attempt download: $(elapsed "$t0" "$t1") s (HTTP $code, $(du -k "$WORK/guide-$attempt.pdf" | cut -f1) KiB)"
done
say ""
say "results in $OUT"

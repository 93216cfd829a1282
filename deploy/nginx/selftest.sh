#!/usr/bin/env bash
# Starts the media edge locally (run-local.sh) on a free port with a random secret and checks
# its answers with curl, minting tokens the way the portal does (openssl dgst -hmac + base64url).
#
#   deploy/nginx/selftest.sh <media-root>
#
# e.g. deploy/nginx/selftest.sh licensing-ejb/src/main/resources/demo-media
# Needs nginx, libnginx-mod-http-js, curl, openssl, basenc (coreutils); ffprobe optionally.
# Prints one line per check and a closing "N passed, N failed"; exits non-zero on any failure.
set -euo pipefail

[ $# -eq 1 ] || { echo "usage: selftest.sh <media-root>" >&2; exit 2; }
HERE=$(cd "$(dirname "$0")" && pwd)
MEDIA_ROOT=$(cd "$1" && pwd)
for tool in curl openssl basenc; do
    command -v "$tool" >/dev/null 2>&1 || { echo "selftest: $tool is needed" >&2; exit 1; }
done

# Two titles with a master playlist and a key; the second serves as "another slug". A media root
# with one title is checked against a made-up second slug.
mapfile -t SLUGS < <(cd "$MEDIA_ROOT" && for d in */; do
    d=${d%/}; [ -s "$d/master.m3u8" ] && [ -s "keys/$d.key" ] && echo "$d"; done | LC_ALL=C sort)
[ ${#SLUGS[@]} -ge 1 ] || { echo "selftest: no <slug>/master.m3u8 with keys/<slug>.key in $MEDIA_ROOT" >&2; exit 1; }
SLUG=${SLUGS[0]}
OTHER=${SLUGS[1]:-some-other-title}

free_port() {
    local port
    for _ in $(seq 1 50); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    return 1
}
PORT=$(free_port) || { echo "selftest: no free port found" >&2; exit 1; }
SECRET=$(openssl rand -hex 32)
WORKDIR=$(mktemp -d "${TMPDIR:-/tmp}/docuportal-edge-selftest.XXXXXX")
chmod 755 "$WORKDIR"
cleanup() {
    "$HERE/stop-local.sh" "$WORKDIR/nginx" >/dev/null 2>&1 || true
    rm -rf "$WORKDIR"
}
trap cleanup EXIT

NGINX_WORKERS=1 "$HERE/run-local.sh" "$MEDIA_ROOT" "$PORT" "$SECRET" "$WORKDIR/nginx"
BASE="http://127.0.0.1:$PORT/media"

# The portal's token: <exp>.<entitlement>.<base64url(HMAC-SHA256(secret, "hls-v1\n" slug "\n" entitlement "\n" exp))>
mint() { # slug entitlement exp [secret]
    local sig
    sig=$(printf 'hls-v1\n%s\n%s\n%s' "$1" "$2" "$3" \
        | openssl dgst -sha256 -hmac "${4:-$SECRET}" -binary | basenc --base64url | tr -d '=\n')
    printf '%s.%s.%s' "$3" "$2" "$sig"
}
NOW=$(date +%s)
EXP=$((NOW + 3600))
TOKEN=$(mint "$SLUG" license-123 "$EXP")
OTHER_TOKEN=$(mint "$OTHER" license-123 "$EXP")
EXPIRED=$(mint "$SLUG" license-123 $((NOW - 60)))
SIG=${TOKEN##*.}
# Flip the last character of the signature: same length, same alphabet, wrong signature.
case "${SIG: -1}" in A) flip=B ;; *) flip=A ;; esac
TAMPERED="${TOKEN%?}$flip"
ESIG=${EXPIRED##*.}
case "${ESIG: -1}" in A) flip=B ;; *) flip=A ;; esac
TAMPERED_EXPIRED="${EXPIRED%?}$flip"
# A later expiry or another entitlement under the original signature.
LATER="$((EXP + 86400)).license-123.$SIG"
OTHER_ENTITLEMENT="$EXP.license-999.$SIG"
WRONG_SECRET=$(mint "$SLUG" license-123 "$EXP" "not-the-edge-secret-0123456789")

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "PASS $*"; }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }

BODY="$WORKDIR/body"
HEADERS="$WORKDIR/headers"
fetch() { # url [curl args...] -> status; body in $BODY, headers in $HEADERS
    local url=$1; shift
    curl -s -o "$BODY" -D "$HEADERS" -w '%{http_code}' "$@" "$url" || echo 000
}
header() { # the first value of a response header
    awk -v name="$1" 'tolower(substr($0, 1, length(name) + 1)) == tolower(name) ":" {
        sub(/^[^:]*:[ \t]*/, ""); sub(/\r$/, ""); print; exit }' "$HEADERS"
}

expect() { # name expected-status url [curl args...]
    local name=$1 expected=$2 url=$3; shift 3
    local status
    status=$(fetch "$url" "$@")
    if [ "$status" = "$expected" ]; then pass "$name -> $status"; else fail "$name -> $status, expected $expected"; fi
}
expect_header() { # name header expected-value
    local value
    value=$(header "$2")
    if [ "$value" = "$3" ]; then pass "$1: $2: $value"; else fail "$1: $2: '$value', expected '$3'"; fi
}
expect_body() { # name fixed-string
    if grep -qF -- "$2" "$BODY"; then pass "$1"; else fail "$1 (body lacks '$2')"; fi
}

echo "selftest: edge on 127.0.0.1:$PORT, media root $MEDIA_ROOT, title $SLUG, other title $OTHER"

expect "valid token, master playlist" 200 "$BASE/$SLUG/master.m3u8?token=$TOKEN"
expect_header "master playlist" Content-Type "application/vnd.apple.mpegurl; charset=utf-8"
expect_header "master playlist" Cache-Control "private, no-store"
expect_header "master playlist" Access-Control-Allow-Origin "*"
expect_body "master playlist carries the token into v0/index.m3u8" "v0/index.m3u8?token=$TOKEN"
VARIANT=$(grep -v '^#' "$BODY" | grep -m1 'index\.m3u8' | tr -d '\r' || true)
SUBS=$(grep -o 'URI="subs/[^"]*"' "$BODY" | head -n 1 | cut -d'"' -f2 || true)

expect "valid token, variant playlist v0" 200 "$BASE/$SLUG/v0/index.m3u8?token=$TOKEN"
expect_header "variant playlist" Cache-Control "private, no-store"
expect_body "variant playlist carries the token into the key URI" "URI=\"../key?token=$TOKEN\""
SEGMENT=$(grep -v '^#' "$BODY" | grep -m1 '\.ts$' | tr -d '\r' || true)
IV=$(grep -m1 -o 'IV=0x[0-9a-fA-F]*' "$BODY" | cut -c6- || true)
expect "valid token, variant playlist as the master names it (${VARIANT%%\?*}?token=…)" 200 "$BASE/$SLUG/$VARIANT"
expect "valid token, variant playlist v1" 200 "$BASE/$SLUG/v1/index.m3u8?token=$TOKEN"
if [ -n "$SUBS" ]; then
    expect "valid token, subtitle playlist as the master names it (${SUBS%%\?*}?token=…)" 200 "$BASE/$SLUG/$SUBS"
    VTT=$(grep -v '^#' "$BODY" | grep -m1 '\.vtt' | tr -d '\r' | sed 's/?.*//' || true)
    expect "subtitle file without token (subs/$VTT)" 200 "$BASE/$SLUG/subs/$VTT"
    expect_header "subtitle file" Content-Type "text/vtt; charset=utf-8"
fi

expect "valid token, key" 200 "$BASE/$SLUG/key?token=$TOKEN"
size=$(wc -c <"$BODY")
if [ "$size" -eq 16 ] && cmp -s "$BODY" "$MEDIA_ROOT/keys/$SLUG.key"; then
    pass "key is the 16 bytes of keys/$SLUG.key"
else
    fail "key is $size bytes, not keys/$SLUG.key"
fi
cp "$BODY" "$WORKDIR/key"
expect_header "key" Content-Type "application/octet-stream"
expect_header "key" Cache-Control "no-store"

expect "segment without token (v0/$SEGMENT)" 200 "$BASE/$SLUG/v0/$SEGMENT"
expect_header "segment" Content-Type "video/mp2t"
expect_header "segment" Cache-Control "public, max-age=2592000"
cp "$BODY" "$WORKDIR/segment.ts"
if [ -s "$WORKDIR/key" ] && openssl aes-128-cbc -d -K "$(od -An -tx1 -v "$WORKDIR/key" | tr -d ' \n')" \
        -iv "${IV:-0}" -in "$WORKDIR/segment.ts" -out "$WORKDIR/plain.ts" 2>/dev/null \
        && [ "$(head -c 1 "$WORKDIR/plain.ts" | od -An -tx1 | tr -d ' ')" = 47 ]; then
    pass "segment decrypts with the key and IV the edge served"
    if command -v ffprobe >/dev/null 2>&1; then
        # Into a variable first: "ffprobe | grep -q" can fail under pipefail when grep stops reading early.
        codecs=$(ffprobe -v error -show_entries stream=codec_name -of csv=p=0 "$WORKDIR/plain.ts" || true)
        if [[ "$codecs" == *h264* ]]; then
            pass "decrypted segment probes as H.264"
        else
            fail "decrypted segment does not probe as H.264"
        fi
    fi
else
    fail "segment does not decrypt with the key and IV the edge served"
fi
if [ -s "$MEDIA_ROOT/$SLUG/chapters.vtt" ]; then
    expect "chapters without token" 200 "$BASE/$SLUG/chapters.vtt"
fi

expect "tampered signature, master" 403 "$BASE/$SLUG/master.m3u8?token=$TAMPERED"
expect "tampered signature, key" 403 "$BASE/$SLUG/key?token=$TAMPERED"
expect "token for another slug ($OTHER), master" 403 "$BASE/$SLUG/master.m3u8?token=$OTHER_TOKEN"
expect "token for another slug ($OTHER), key" 403 "$BASE/$SLUG/key?token=$OTHER_TOKEN"
expect "missing token, master" 403 "$BASE/$SLUG/master.m3u8"
expect "missing token, variant playlist" 403 "$BASE/$SLUG/v0/index.m3u8"
expect "missing token, key" 403 "$BASE/$SLUG/key"
expect "empty token, master" 403 "$BASE/$SLUG/master.m3u8?token="
expect "expired token, master" 410 "$BASE/$SLUG/master.m3u8?token=$EXPIRED"
expect_header "expired token" Access-Control-Allow-Origin "*"
expect "expired token, key" 410 "$BASE/$SLUG/key?token=$EXPIRED"
expect "tampered expired token, master (signature before expiry)" 403 "$BASE/$SLUG/master.m3u8?token=$TAMPERED_EXPIRED"
expect "later expiry under the old signature" 403 "$BASE/$SLUG/master.m3u8?token=$LATER"
expect "other entitlement under the old signature" 403 "$BASE/$SLUG/master.m3u8?token=$OTHER_ENTITLEMENT"
expect "token signed with another secret" 403 "$BASE/$SLUG/master.m3u8?token=$WRONG_SECRET"
expect "malformed token (two parts)" 403 "$BASE/$SLUG/master.m3u8?token=$EXP.$SIG"
expect "malformed token (letters in exp)" 403 "$BASE/$SLUG/master.m3u8?token=12ab.license-123.$SIG"
expect "malformed token (padded signature)" 403 "$BASE/$SLUG/master.m3u8?token=$TOKEN="
expect "malformed token (entitlement of 65 characters)" 403 \
    "$BASE/$SLUG/master.m3u8?token=$EXP.$(printf 'e%.0s' $(seq 1 65)).$SIG"

expect "CORS preflight, master" 204 "$BASE/$SLUG/master.m3u8" -X OPTIONS \
    -H "Origin: https://portal.example" -H "Access-Control-Request-Method: GET"
expect_header "CORS preflight" Access-Control-Allow-Methods "GET, HEAD, OPTIONS"
expect "CORS preflight, segment" 204 "$BASE/$SLUG/v0/$SEGMENT" -X OPTIONS \
    -H "Origin: https://portal.example" -H "Access-Control-Request-Method: GET"
expect "path outside the layout" 404 "$BASE/$SLUG/../keys/$SLUG.key" --path-as-is
expect "key file by its own path" 404 "$BASE/keys/$SLUG.key"
expect "unknown title with a valid-looking token" 404 "$BASE/no-such-title/master.m3u8?token=$(mint no-such-title license-123 "$EXP")"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

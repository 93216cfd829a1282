#!/usr/bin/env bash
# Checks an HLS set written by package-hls.sh: the layout, that the playlists name the key as
# ../key, and that every segment decrypts (openssl, with the IV its playlist states) into MPEG-TS
# that ffprobe reads as H.264 (+ AAC where the set has sound).
#
#   deploy/media/verify-hls.sh <media-root> <title-slug>
#
# Needs openssl, ffprobe and od. Prints one line per check; exits non-zero if any fails.
set -euo pipefail

[ $# -eq 2 ] || { echo "usage: verify-hls.sh <media-root> <title-slug>" >&2; exit 2; }
ROOT=$1
SLUG=$2
DIR="$ROOT/$SLUG"
KEY="$ROOT/keys/$SLUG.key"
for tool in openssl ffprobe od; do
    command -v "$tool" >/dev/null 2>&1 || { echo "verify-hls: $tool is needed (Debian: apt-get install openssl ffmpeg)" >&2; exit 1; }
done

failures=0
ok() { echo "ok   $SLUG: $*"; }
bad() { echo "FAIL $SLUG: $*"; failures=$((failures + 1)); }
check() { local what=$1; shift; if "$@"; then ok "$what"; else bad "$what"; fi; }

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

check "master.m3u8 exists" test -s "$DIR/master.m3u8"
check "master lists v0/index.m3u8 and v1/index.m3u8" \
    bash -c 'grep -qx "v0/index.m3u8" "$1" && grep -qx "v1/index.m3u8" "$1"' _ "$DIR/master.m3u8"
check "key is 16 bytes" test "$(wc -c <"$KEY" 2>/dev/null || echo 0)" -eq 16
KEY_HEX=$(od -An -tx1 -v "$KEY" | tr -d ' \n')

for v in v0 v1; do
    pl="$DIR/$v/index.m3u8"
    check "$v/index.m3u8 exists" test -s "$pl"
    check "$v/index.m3u8 is a VOD playlist" grep -q '^#EXT-X-PLAYLIST-TYPE:VOD' "$pl"
    keys=$(grep -c '^#EXT-X-KEY:' "$pl" || true)
    relative=$(grep -c '^#EXT-X-KEY:METHOD=AES-128,URI="\.\./key"' "$pl" || true)
    check "$v: all $keys EXT-X-KEY tags are AES-128 with URI=\"../key\"" test "$keys" -gt 0 -a "$keys" -eq "$relative"

    # Walk the playlist: an EXT-X-KEY sets the IV for the segments after it; without an IV
    # attribute the IV is the segment's media sequence number.
    seq=$(sed -n 's/^#EXT-X-MEDIA-SEQUENCE://p' "$pl"); seq=${seq:-0}
    iv=
    segments=0
    decrypted=0
    while IFS= read -r line; do
        case "$line" in
            '#EXT-X-KEY:'*)
                iv=$(grep -o 'IV=0[xX][0-9a-fA-F]*' <<<"$line" | cut -c6- || true) ;;
            '#'*|'') ;;
            *)
                segments=$((segments + 1))
                seg_iv=${iv:-$(printf '%032x' "$seq")}
                out="$TMP/$v-$seq.ts"
                if openssl aes-128-cbc -d -K "$KEY_HEX" -iv "$seg_iv" -in "$DIR/$v/$line" -out "$out" 2>"$TMP/err" \
                    && [ "$(head -c 1 "$out" | od -An -tx1 | tr -d ' ')" = 47 ] \
                    && codecs=$(ffprobe -v error -show_entries stream=codec_name -of csv=p=0 "$out" | grep -v "^$" | sort -u | tr "\n" " ") \
                    && [[ "$codecs" == *h264* ]]; then
                    decrypted=$((decrypted + 1))
                    [ "$seq" -eq 0 ] && ok "$v/$line decrypts (IV $seg_iv) to MPEG-TS with: $codecs"
                else
                    bad "$v/$line does not decrypt to MPEG-TS ($(head -c 200 "$TMP/err"))"
                fi
                seq=$((seq + 1)) ;;
        esac
    done <"$pl"
    check "$v: $decrypted of $segments segments decrypt and probe as H.264" test "$segments" -gt 0 -a "$decrypted" -eq "$segments"
done

while IFS= read -r uri; do
    check "subtitle playlist $uri exists" test -s "$DIR/$uri"
    vtt=$(grep -v '^#' "$DIR/$uri" | grep -v '^$' | head -n 1)
    check "subtitle file $(dirname "$uri")/$vtt starts with WEBVTT" \
        bash -c 'head -n 1 "$1" | grep -q "WEBVTT"' _ "$DIR/$(dirname "$uri")/$vtt"
done < <(grep '^#EXT-X-MEDIA:TYPE=SUBTITLES' "$DIR/master.m3u8" | grep -o 'URI="[^"]*"' | cut -d'"' -f2)

if [ -e "$DIR/chapters.vtt" ]; then
    check "chapters.vtt starts with WEBVTT" bash -c 'head -n 1 "$1" | grep -q "WEBVTT"' _ "$DIR/chapters.vtt"
fi

if [ "$failures" -gt 0 ]; then
    echo "verify-hls: $failures check(s) failed for $SLUG" >&2
    exit 1
fi
echo "verify-hls: $SLUG is complete and decrypts"

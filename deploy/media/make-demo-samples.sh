#!/usr/bin/env bash
# Regenerates the demo HLS samples the portal ships in
# licensing-ejb/src/main/resources/demo-media/ (one 12-second test pattern per demo title).
#
#   deploy/media/make-demo-samples.sh [--new-key] [media-root]
#
# media-root defaults to licensing-ejb/src/main/resources/demo-media. The demo keys already there
# are kept (so a regeneration does not churn them) unless --new-key is given.
# Needs ffmpeg, openssl and fonts-dejavu-core (Debian: apt-get install ffmpeg openssl fonts-dejavu-core).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
NEW_KEY=()
ROOT=
for arg in "$@"; do
    case "$arg" in
        --new-key) NEW_KEY=(--new-key) ;;
        -*) echo "usage: make-demo-samples.sh [--new-key] [media-root]" >&2; exit 2 ;;
        *) ROOT=$arg ;;
    esac
done
ROOT=${ROOT:-$REPO/licensing-ejb/src/main/resources/demo-media}

FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
FONT_BOLD=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
command -v ffmpeg >/dev/null 2>&1 || { echo "make-demo-samples: ffmpeg is needed (apt-get install ffmpeg)" >&2; exit 1; }
command -v openssl >/dev/null 2>&1 || { echo "make-demo-samples: openssl is needed (apt-get install openssl)" >&2; exit 1; }
[ -f "$FONT" ] && [ -f "$FONT_BOLD" ] || { echo "make-demo-samples: $FONT is missing (apt-get install fonts-dejavu-core)" >&2; exit 1; }

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$ROOT"

# slug | lavfi source | tone (Hz) | name drawn on screen (DejaVu has no Hangul or kana, so English)
SAMPLES=(
    "kim-il-sungs-children|testsrc2=size=640x360:rate=25|440|Kim Il Sung's Children"
    "korean-war-prisoners-working-title|smptebars=size=640x360:rate=25|660|Korean War Prisoners (working title)"
)

for sample in "${SAMPLES[@]}"; do
    IFS='|' read -r slug source tone name <<<"$sample"
    src="$HERE/demo-source/$slug"
    # The name goes through a text file: no quoting of apostrophes inside the filter graph.
    printf '%s — demo sample' "$name" >"$TMP/$slug.name"
    clock="drawtext=fontfile=$FONT_BOLD:text='%{pts\\:hms}':fontsize=44:fontcolor=white:box=1:boxcolor=black@0.65:boxborderw=10:x=(w-tw)/2:y=20"
    title="drawtext=fontfile=$FONT:textfile=$TMP/$slug.name:fontsize=22:fontcolor=white:box=1:boxcolor=black@0.65:boxborderw=8:x=(w-tw)/2:y=h-th-22"
    echo "make-demo-samples: $slug"
    ffmpeg -hide_banner -loglevel error -nostdin -y \
        -f lavfi -i "$source:duration=12" \
        -f lavfi -i "sine=frequency=$tone:sample_rate=48000:duration=12" \
        -filter_complex "[0:v]$clock,$title[v];[1:a]volume=0.08[a]" \
        -map "[v]" -map "[a]" -c:v libx264 -preset veryfast -crf 16 -pix_fmt yuv420p \
        -c:a aac -b:a 128k -t 12 "$TMP/$slug.mp4"
    "$HERE/package-hls.sh" "${NEW_KEY[@]}" \
        --v0 640x360:400k --v1 320x180:150k --audio-bitrate 48k \
        --subs "en=$src/en.vtt" --subs "ko=$src/ko.vtt" --subs "ja=$src/ja.vtt" \
        --chapters "$src/chapters.vtt" \
        "$TMP/$slug.mp4" "$slug" "$ROOT"
done

# The list the portal reads from the classpath to copy the samples into its media folder.
(cd "$ROOT" && find . -type f ! -name files.txt ! -name '.*' | sed 's|^\./||' | LC_ALL=C sort) >"$ROOT/files.txt"
echo "make-demo-samples: $(wc -l <"$ROOT/files.txt") files listed in $ROOT/files.txt, $(du -sk "$ROOT" | cut -f1) KiB in all"

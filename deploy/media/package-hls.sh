#!/usr/bin/env bash
# Turns one video into the AES-128-encrypted HLS set the portal and the nginx edge serve.
#
#   deploy/media/package-hls.sh [options] <input-video> <title-slug> <media-root>
#
# Writes <media-root>/<slug>/{master.m3u8,v0/,v1/,subs/,chapters.vtt} and <media-root>/keys/<slug>.key.
# See deploy/media/README.md for the layout and the options.
set -euo pipefail

usage() {
    cat >&2 <<'EOF'
usage: package-hls.sh [options] <input-video> <title-slug> <media-root>

options:
  --subs LANG=FILE.vtt   add a WebVTT subtitle track (repeatable; LANG such as en, ko, ja)
  --chapters FILE.vtt    copy a WebVTT chapter file to <slug>/chapters.vtt
  --v0 WxH:BITRATE       higher rendition (default 640x360:400k)
  --v1 WxH:BITRATE       lower rendition  (default 320x180:150k)
  --audio-bitrate RATE   AAC bit rate of each rendition (default 96k)
  --new-key              make a new key even if <media-root>/keys/<slug>.key exists
  --no-verify            skip decrypting and probing the result afterwards
EOF
    exit 2
}

die() { echo "package-hls: $*" >&2; exit 1; }

V0=640x360:400k
V1=320x180:150k
AUDIO_BITRATE=96k
NEW_KEY=0
VERIFY=1
CHAPTERS=
SUB_LANGS=()
SUB_FILES=()
POSITIONAL=()

while [ $# -gt 0 ]; do
    case "$1" in
        --subs) [ $# -ge 2 ] || usage
            case "$2" in *=*) ;; *) die "--subs wants LANG=FILE.vtt, got '$2'" ;; esac
            SUB_LANGS+=("${2%%=*}"); SUB_FILES+=("${2#*=}"); shift 2 ;;
        --subs=*) v=${1#--subs=}; SUB_LANGS+=("${v%%=*}"); SUB_FILES+=("${v#*=}"); shift ;;
        --chapters) [ $# -ge 2 ] || usage; CHAPTERS=$2; shift 2 ;;
        --chapters=*) CHAPTERS=${1#--chapters=}; shift ;;
        --v0) [ $# -ge 2 ] || usage; V0=$2; shift 2 ;;
        --v1) [ $# -ge 2 ] || usage; V1=$2; shift 2 ;;
        --audio-bitrate) [ $# -ge 2 ] || usage; AUDIO_BITRATE=$2; shift 2 ;;
        --new-key) NEW_KEY=1; shift ;;
        --no-verify) VERIFY=0; shift ;;
        -h|--help) usage ;;
        --) shift; POSITIONAL+=("$@"); break ;;
        -*) die "unknown option $1" ;;
        *) POSITIONAL+=("$1"); shift ;;
    esac
done
[ ${#POSITIONAL[@]} -eq 3 ] || usage
INPUT=${POSITIONAL[0]}
SLUG=${POSITIONAL[1]}
MEDIA_ROOT=${POSITIONAL[2]}

command -v ffmpeg >/dev/null 2>&1 && command -v ffprobe >/dev/null 2>&1 \
    || die "ffmpeg and ffprobe are needed but not on PATH (Debian: apt-get install ffmpeg)"

[ -f "$INPUT" ] || die "input video '$INPUT' not found"
# The same rule as the portal's Title slug ([a-z0-9]+(-[a-z0-9]+)*, at most 100 characters);
# the nginx edge only routes slugs of this shape.
[[ "$SLUG" =~ ^[a-z0-9]+(-[a-z0-9]+)*$ ]] && [ ${#SLUG} -le 100 ] \
    || die "title slug '$SLUG' must match [a-z0-9]+(-[a-z0-9]+)* and be at most 100 characters"

rendition() { # WxH:BITRATE -> "W H BITRATE"
    [[ "$1" =~ ^([0-9]+)x([0-9]+):([0-9]+[kM]?)$ ]] || die "rendition '$1' must look like 640x360:400k"
    echo "${BASH_REMATCH[1]} ${BASH_REMATCH[2]} ${BASH_REMATCH[3]}"
}
read -r W0 H0 B0 <<<"$(rendition "$V0")"
read -r W1 H1 B1 <<<"$(rendition "$V1")"
[[ "$AUDIO_BITRATE" =~ ^[0-9]+[k]?$ ]] || die "audio bit rate '$AUDIO_BITRATE' must look like 96k"

is_webvtt() { # first line WEBVTT, after an optional byte order mark
    local first=
    IFS= read -r first <"$1" || true
    first=${first#$'\xEF\xBB\xBF'}
    [[ "$first" == WEBVTT* ]]
}
for i in "${!SUB_LANGS[@]}"; do
    [[ "${SUB_LANGS[$i]}" =~ ^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$ ]] \
        || die "subtitle language '${SUB_LANGS[$i]}' must be a language tag such as en, ko, ja, pt-BR"
    [ -f "${SUB_FILES[$i]}" ] || die "subtitle file '${SUB_FILES[$i]}' not found"
    is_webvtt "${SUB_FILES[$i]}" || die "subtitle file '${SUB_FILES[$i]}' does not start with WEBVTT"
done
if [ -n "$CHAPTERS" ]; then
    [ -f "$CHAPTERS" ] || die "chapters file '$CHAPTERS' not found"
    is_webvtt "$CHAPTERS" || die "chapters file '$CHAPTERS' does not start with WEBVTT"
fi

mkdir -p "$MEDIA_ROOT/keys"
MEDIA_ROOT=$(cd "$MEDIA_ROOT" && pwd)
KEY_FILE="$MEDIA_ROOT/keys/$SLUG.key"

WORK=$(mktemp -d "$MEDIA_ROOT/.$SLUG.work.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
OUT="$WORK/out"
mkdir -p "$OUT"

# One key per title, shared by both renditions. Kept apart from the segments: the segments may sit
# on any CDN, the key is only handed out against a portal token. A new key is made in the work
# folder and put in place only together with the new set, so a failed run changes nothing.
WORK_KEY="$WORK/key"
(umask 077 && : >"$WORK_KEY")
if [ "$NEW_KEY" = 1 ] || [ ! -s "$KEY_FILE" ]; then
    if command -v openssl >/dev/null 2>&1; then
        openssl rand 16 >"$WORK_KEY"
    else
        head -c 16 /dev/urandom >"$WORK_KEY"
    fi
    KEY_NOTE="new key"
else
    cat "$KEY_FILE" >"$WORK_KEY"
    KEY_NOTE="reused; --new-key makes a new one"
fi
[ "$(wc -c <"$WORK_KEY")" -eq 16 ] || die "$KEY_FILE is not 16 bytes"

# Key info file: line 1 the key URI written into the playlists (relative, so that from
# <base>/<slug>/v0/index.m3u8 it resolves to <base>/<slug>/key), line 2 the key file, no IV line.
# With -hls_flags periodic_rekey ffmpeg re-reads this file for every segment and, with no IV
# given, encrypts segment N with IV = N (its media sequence number) and writes that IV into an
# EXT-X-KEY tag before every segment. Without periodic_rekey ffmpeg 5.1 would take the first
# segment's IV for all segments.
printf '../key\n%s\n' "$WORK_KEY" >"$WORK/key.info"

HAS_AUDIO=0
if [ -n "$(ffprobe -v error -select_streams a:0 -show_entries stream=index -of csv=p=0 "$INPUT")" ]; then
    HAS_AUDIO=1
fi

fit() { # W H -> scale and pad to exactly WxH, square pixels, 4:2:0
    echo "scale=$1:$2:force_original_aspect_ratio=decrease,pad=$1:$2:(ow-iw)/2:(oh-ih)/2,setsar=1,format=yuv420p"
}
maps=(-map "[v0]" -map "[v1]")
stream_map="v:0 v:1"
audio_args=()
if [ "$HAS_AUDIO" = 1 ]; then
    maps+=(-map 0:a:0 -map 0:a:0)
    stream_map="v:0,a:0 v:1,a:1"
    audio_args=(-c:a aac -b:a "$AUDIO_BITRATE" -ac 2 -ar 48000)
fi

kbit() { local v=${1%k}; case "$1" in *M) echo $(( ${1%M} * 1000 )) ;; *) echo "$v" ;; esac; }
K0=$(kbit "$B0"); K1=$(kbit "$B1")

echo "package-hls: encoding $INPUT -> $MEDIA_ROOT/$SLUG (${W0}x${H0}@${B0}, ${W1}x${H1}@${B1})"
# Two-second segments; a key frame forced every two seconds of source time in both renditions
# (same source timestamps through split), no scene-cut key frames: segment boundaries line up,
# so hls.js can switch renditions at any segment.
ffmpeg -hide_banner -loglevel warning -nostdin -y -i "$INPUT" \
    -filter_complex "[0:v:0]split=2[a][b];[a]$(fit "$W0" "$H0")[v0];[b]$(fit "$W1" "$H1")[v1]" \
    "${maps[@]}" \
    -c:v libx264 -preset medium -profile:v main \
    -b:v:0 "${K0}k" -maxrate:v:0 "$((K0 * 11 / 10))k" -bufsize:v:0 "$((K0 * 2))k" \
    -b:v:1 "${K1}k" -maxrate:v:1 "$((K1 * 11 / 10))k" -bufsize:v:1 "$((K1 * 2))k" \
    -force_key_frames "expr:gte(t,n_forced*2)" -sc_threshold 0 \
    "${audio_args[@]}" \
    -f hls -hls_time 2 -hls_playlist_type vod \
    -hls_flags periodic_rekey+independent_segments \
    -hls_key_info_file "$WORK/key.info" \
    -hls_segment_filename "$OUT/v%v/seg_%05d.ts" \
    -master_pl_name ffmpeg-master.m3u8 \
    -var_stream_map "$stream_map" \
    "$OUT/v%v/index.m3u8"

for v in v0 v1; do
    [ -s "$OUT/$v/index.m3u8" ] && [ -s "$OUT/$v/seg_00000.ts" ] || die "ffmpeg wrote no $v rendition"
    grep -q '^#EXT-X-KEY:METHOD=AES-128,URI="\.\./key"' "$OUT/$v/index.m3u8" || die "$v/index.m3u8 does not name ../key"
done

# Peak bit rate of a rendition: the largest segment size over its duration, as HLS defines BANDWIDTH.
peak_bandwidth() {
    local playlist=$1 dir
    dir=$(dirname "$playlist")
    awk -v dir="$dir" '
        /^#EXTINF:/ { sub(/^#EXTINF:/, ""); sub(/,.*/, ""); dur = $0 + 0; next }
        /^[^#]/ && dur > 0 {
            cmd = "wc -c < \"" dir "/" $0 "\""; cmd | getline size; close(cmd)
            bps = size * 8 / dur; if (bps > peak) peak = bps; dur = 0
        }
        END { printf "%d\n", peak }' "$playlist"
}
attr() { # ATTR-NAME STREAM-INF-LINE
    sed -n "s/.*[:,]$1=\(\"[^\"]*\"\|[^,]*\).*/\1/p" <<<"$2"
}
mapfile -t ffmpeg_inf < <(grep '^#EXT-X-STREAM-INF:' "$OUT/ffmpeg-master.m3u8")
[ ${#ffmpeg_inf[@]} -eq 2 ] || die "ffmpeg's master playlist does not list two renditions"

# Subtitles: one single-segment WebVTT playlist per language. The X-TIMESTAMP-MAP header ties cue
# time 0 to the MPEG-TS timestamp of the first video frame (Safari's own player needs it; hls.js
# without it would start the cues at the stream's first timestamp, tens of milliseconds early).
duration=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$INPUT")
target=$(awk -v d="$duration" 'BEGIN { t = int(d); if (t < d) t++; if (t < 1) t = 1; print t }')
mpegts_start=
if [ ${#SUB_LANGS[@]} -gt 0 ] && command -v openssl >/dev/null 2>&1; then
    iv0=$(grep -m1 -o 'IV=0x[0-9a-fA-F]*' "$OUT/v0/index.m3u8" | cut -c6-)
    openssl aes-128-cbc -d -K "$(od -An -tx1 -v "$WORK_KEY" | tr -d ' \n')" -iv "${iv0:-0}" \
        -in "$OUT/v0/seg_00000.ts" -out "$WORK/first.ts"
    # The first video frame is cue time 0 (the audio starts a little earlier, by the AAC priming).
    mpegts_start=$(ffprobe -v error -select_streams v:0 -show_entries stream=start_pts -of csv=p=0 "$WORK/first.ts" | awk 'NF && !n++')
    [[ "$mpegts_start" =~ ^[0-9]+$ ]] || mpegts_start=
fi

lang_name() {
    case "$1" in
        en) echo "English" ;; ko) echo "한국어" ;; ja) echo "日本語" ;; zh) echo "中文" ;;
        fr) echo "Français" ;; de) echo "Deutsch" ;; es) echo "Español" ;; *) echo "$1" ;;
    esac
}
media_lines=()
if [ ${#SUB_LANGS[@]} -gt 0 ]; then
    mkdir -p "$OUT/subs"
    for i in "${!SUB_LANGS[@]}"; do
        lang=${SUB_LANGS[$i]}
        vtt="$OUT/subs/$lang.vtt"
        if [ -n "$mpegts_start" ] && ! grep -q '^X-TIMESTAMP-MAP=' "${SUB_FILES[$i]}"; then
            # The header line goes right under the WEBVTT line, before the first blank line.
            awk -v map="X-TIMESTAMP-MAP=MPEGTS:$mpegts_start,LOCAL:00:00:00.000" \
                'NR == 1 { sub(/\r$/, ""); print; print map; next } { print }' "${SUB_FILES[$i]}" >"$vtt"
        else
            cp "${SUB_FILES[$i]}" "$vtt"
        fi
        cat >"$OUT/subs/$lang.m3u8" <<EOF
#EXTM3U
#EXT-X-VERSION:3
#EXT-X-TARGETDURATION:$target
#EXT-X-MEDIA-SEQUENCE:0
#EXT-X-PLAYLIST-TYPE:VOD
#EXTINF:$duration,
$lang.vtt
#EXT-X-ENDLIST
EOF
        media_lines+=("#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID=\"subs\",LANGUAGE=\"$lang\",NAME=\"$(lang_name "$lang")\",DEFAULT=NO,AUTOSELECT=YES,URI=\"subs/$lang.m3u8\"")
    done
fi

if [ -n "$CHAPTERS" ]; then
    cp "$CHAPTERS" "$OUT/chapters.vtt"
fi

# The master playlist is written here rather than taken from ffmpeg: it adds the SUBTITLES group
# and states each rendition's measured peak bit rate (ffmpeg states the configured one).
{
    echo "#EXTM3U"
    echo "#EXT-X-VERSION:3"
    echo "#EXT-X-INDEPENDENT-SEGMENTS"
    for line in "${media_lines[@]}"; do echo "$line"; done
    for v in 0 1; do
        inf=${ffmpeg_inf[$v]}
        bw=$(attr BANDWIDTH "$inf")
        peak=$(peak_bandwidth "$OUT/v$v/index.m3u8")
        [ "$peak" -gt "$bw" ] && bw=$peak
        line="#EXT-X-STREAM-INF:BANDWIDTH=$bw"
        res=$(attr RESOLUTION "$inf"); [ -n "$res" ] && line+=",RESOLUTION=$res"
        codecs=$(attr CODECS "$inf"); [ -n "$codecs" ] && line+=",CODECS=$codecs"
        [ ${#media_lines[@]} -gt 0 ] && line+=',SUBTITLES="subs"'
        echo "$line"
        echo "v$v/index.m3u8"
    done
} >"$OUT/master.m3u8"
rm -f "$OUT/ffmpeg-master.m3u8"

# Swap the new set in; the old one (if any) goes only once the new one is complete.
chmod -R u+rwX,go+rX "$OUT"
chmod 755 "$OUT"
if [ -e "$MEDIA_ROOT/$SLUG" ]; then
    mv "$MEDIA_ROOT/$SLUG" "$WORK/old"
fi
mv "$OUT" "$MEDIA_ROOT/$SLUG"
chmod 600 "$WORK_KEY"
mv -f "$WORK_KEY" "$KEY_FILE"
echo "package-hls: wrote $MEDIA_ROOT/$SLUG ($(du -sk "$MEDIA_ROOT/$SLUG" | cut -f1) KiB) and $KEY_FILE ($KEY_NOTE)"

if [ "$VERIFY" = 1 ]; then
    if command -v openssl >/dev/null 2>&1; then
        "$(dirname "$0")/verify-hls.sh" "$MEDIA_ROOT" "$SLUG"
    else
        echo "package-hls: openssl not found, skipping the decryption check" >&2
    fi
fi

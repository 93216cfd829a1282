package org.docuportal.media.domain;

import java.util.List;
import java.util.Locale;

/**
 * The playlists the portal writes itself rather than taking from ffmpeg, exactly as
 * {@code deploy/media/package-hls.sh} writes them: the master playlist (renditions plus the
 * {@code SUBTITLES} group) and one single-segment playlist per text track. The master playlist
 * is written again whenever the media or a subtitle track changes.
 */
public final class Playlists {

    public static final String GROUP = "subs";

    private Playlists() {
    }

    /** The master playlist: the tracks' {@code EXT-X-MEDIA} entries, then each rendition. */
    public static String master(List<String> streamInfLines, List<SubtitleTrack> tracks) {
        StringBuilder m3u8 = new StringBuilder("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-INDEPENDENT-SEGMENTS\n");
        for (SubtitleTrack track : tracks) {
            m3u8.append("#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID=\"").append(GROUP).append("\",LANGUAGE=\"")
                    .append(track.language()).append("\",NAME=\"").append(name(track)).append("\",DEFAULT=NO,AUTOSELECT=YES");
            if (track.kind().characteristics() != null) {
                m3u8.append(",CHARACTERISTICS=\"").append(track.kind().characteristics()).append('"');
            }
            m3u8.append(",URI=\"subs/").append(track.fileName()).append(".m3u8\"\n");
        }
        for (int v = 0; v < streamInfLines.size(); v++) {
            m3u8.append(streamInfLines.get(v));
            if (!tracks.isEmpty()) {
                m3u8.append(",SUBTITLES=\"").append(GROUP).append('"');
            }
            m3u8.append("\nv").append(v).append("/index.m3u8\n");
        }
        return m3u8.toString();
    }

    /** A text track's playlist: one WebVTT segment as long as the film. */
    public static String subtitles(String fileName, long durationMillis) {
        double seconds = durationMillis / 1000.0;
        long target = Math.max(1, (long) Math.ceil(seconds));
        return "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:" + target + "\n#EXT-X-MEDIA-SEQUENCE:0\n"
                + "#EXT-X-PLAYLIST-TYPE:VOD\n#EXTINF:" + String.format(Locale.ROOT, "%.6f", seconds) + ",\n"
                + fileName + ".vtt\n#EXT-X-ENDLIST\n";
    }

    /**
     * A track's name in its own language ("한국어", "English"), as the player's menu shows it;
     * captions and descriptions say what they are (in English: the menu has no other language to use).
     */
    public static String name(SubtitleTrack track) {
        Locale locale = Locale.forLanguageTag(track.language());
        String name = locale.getDisplayName(locale);
        if (name.isEmpty()) {
            name = track.language();
        }
        name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        name = switch (track.kind()) {
            case SUBTITLES -> name;
            case CAPTIONS -> name + " (CC)";
            case DESCRIPTIONS -> name + " (descriptions)";
        };
        return name.replace("\"", "'");
    }
}

package org.docuportal.media.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class WebVttTest {

    @Test
    void aValidFileIsKeptWithUnixLineEndingsAndNoByteOrderMark() {
        String vtt = WebVtt.check("\uFEFFWEBVTT\r\n\r\n1\r\n00:00:01.000 --> 00:00:03.500 line:90%\r\n안녕하세요\r\n\r\n"
                + "NOTE a comment\r\n\r\n02:00.000 --> 02:01.000\r\nno hours\r\n");
        assertThat(vtt).isEqualTo("WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.500 line:90%\n안녕하세요\n\n"
                + "NOTE a comment\n\n02:00.000 --> 02:01.000\nno hours\n");
    }

    @Test
    void everyProblemIsReportedWithItsLine() {
        String file = "WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\nfine\n\n2\n00:00:05,000 --> 00:00:06.000\ncomma\n\n"
                + "3\n00:00:09.000 --> 00:00:08.000\nbackwards\n\n4\njust text\n";
        assertThatThrownBy(() -> WebVtt.check(file)).isInstanceOfSatisfying(SubtitleRejectedException.class, e ->
                assertThat(e.problems()).extracting(SubtitleProblem::line).containsExactly(8, 12, 15));
    }

    @Test
    void aFileWithoutTheSignatureIsRefusedAtLineOne() {
        assertThatThrownBy(() -> WebVtt.check("1\n00:00:01.000 --> 00:00:02.000\nhi\n"))
                .isInstanceOfSatisfying(SubtitleRejectedException.class,
                        e -> assertThat(e.problems()).containsExactly(new SubtitleProblem(1, "a WebVTT file starts with the line WEBVTT")));
    }

    @Test
    void cuesOutOfOrderAndArrowsInTextAreRefused() {
        String file = "WEBVTT\n\n00:00:05.000 --> 00:00:06.000\nlater\n\n00:00:01.000 --> 00:00:02.000\nearlier\n"
                + "00:00:03.000 --> 00:00:04.000\n";
        assertThatThrownBy(() -> WebVtt.check(file)).isInstanceOfSatisfying(SubtitleRejectedException.class,
                e -> assertThat(e.problems()).extracting(SubtitleProblem::line).containsExactly(6, 8));
    }

    @Test
    void srtBecomesWebVtt() {
        String srt = "1\r\n00:00:01,000 --> 00:00:03,500\r\nHello\r\n<i>world</i>\r\n\r\n2\r\n0:01:02,5 --> 0:01:04,000\r\nBye\r\n";
        assertThat(WebVtt.fromSrt(srt)).isEqualTo("WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.500\nHello\n<i>world</i>\n\n"
                + "2\n00:01:02.500 --> 00:01:04.000\nBye\n");
    }

    @Test
    void srtProblemsNameTheLinesOfTheSrtFile() {
        String srt = "1\n00:00:01,000 --> 00:00:02,000\nok\n\n2\n00:00:03 --> 00:00:04\nno milliseconds\n";
        assertThatThrownBy(() -> WebVtt.fromSrt(srt)).isInstanceOfSatisfying(SubtitleRejectedException.class,
                e -> assertThat(e.problems()).extracting(SubtitleProblem::line).containsExactly(6));
        assertThatThrownBy(() -> WebVtt.fromSrt("\n\n")).isInstanceOf(SubtitleRejectedException.class);
    }

    @Test
    void theTimestampMapGoesUnderTheSignatureUnlessThereIsOne() {
        assertThat(WebVtt.withTimestampMap("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nx\n", 133200L))
                .startsWith("WEBVTT\nX-TIMESTAMP-MAP=MPEGTS:133200,LOCAL:00:00:00.000\n\n00:00:01.000");
        String mapped = "WEBVTT\nX-TIMESTAMP-MAP=MPEGTS:900000,LOCAL:00:00:00.000\n\n";
        assertThat(WebVtt.withTimestampMap(mapped, 133200L)).isEqualTo(mapped);
        assertThat(WebVtt.withTimestampMap("WEBVTT\n", null)).isEqualTo("WEBVTT\n");
    }

    @Test
    void theMasterPlaylistListsTracksWithCharacteristicsForCaptions() {
        var en = new SubtitleTrack(1, "en", TrackKind.SUBTITLES, "WEBVTT\n", "a", java.time.Instant.EPOCH);
        var ko = new SubtitleTrack(1, "ko", TrackKind.CAPTIONS, "WEBVTT\n", "a", java.time.Instant.EPOCH);
        String master = Playlists.master(List.of("#EXT-X-STREAM-INF:BANDWIDTH=500000,RESOLUTION=640x360,CODECS=\"avc1.4d401e,mp4a.40.2\"",
                "#EXT-X-STREAM-INF:BANDWIDTH=200000,RESOLUTION=320x180"), List.of(en, ko));
        assertThat(master).isEqualTo("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-INDEPENDENT-SEGMENTS\n"
                + "#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID=\"subs\",LANGUAGE=\"en\",NAME=\"English\",DEFAULT=NO,AUTOSELECT=YES,URI=\"subs/en.m3u8\"\n"
                + "#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID=\"subs\",LANGUAGE=\"ko\",NAME=\"한국어 (CC)\",DEFAULT=NO,AUTOSELECT=YES,"
                + "CHARACTERISTICS=\"public.accessibility.transcribes-spoken-dialog,public.accessibility.describes-music-and-sound\","
                + "URI=\"subs/ko_captions.m3u8\"\n"
                + "#EXT-X-STREAM-INF:BANDWIDTH=500000,RESOLUTION=640x360,CODECS=\"avc1.4d401e,mp4a.40.2\",SUBTITLES=\"subs\"\nv0/index.m3u8\n"
                + "#EXT-X-STREAM-INF:BANDWIDTH=200000,RESOLUTION=320x180,SUBTITLES=\"subs\"\nv1/index.m3u8\n");
        assertThat(Playlists.subtitles("en", 10_023)).isEqualTo("#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:11\n"
                + "#EXT-X-MEDIA-SEQUENCE:0\n#EXT-X-PLAYLIST-TYPE:VOD\n#EXTINF:10.023000,\nen.vtt\n#EXT-X-ENDLIST\n");
    }
}

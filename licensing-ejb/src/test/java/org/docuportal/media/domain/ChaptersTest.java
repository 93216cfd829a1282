package org.docuportal.media.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ChaptersTest {

    @Test
    void validChaptersBecomeTheWebVttTrackThePlayerReads() {
        Chapters.Result result = Chapters.check(List.of(new Chapters.Draft("00:00:00", "Opening"),
                new Chapters.Draft("12:30", "  The   border "), new Chapters.Draft("1:02:03.5", "Home")), 4_000_000L);
        assertThat(result.problems()).isEmpty();
        assertThat(result.chapters().list()).containsExactly(new Chapter(0, "Opening"), new Chapter(750_000, "The border"),
                new Chapter(3_723_500, "Home"));
        assertThat(result.chapters().toWebVtt(4_000_000L)).isEqualTo("WEBVTT\n\nchapter-1\n00:00:00.000 --> 00:12:30.000\nOpening\n\n"
                + "chapter-2\n00:12:30.000 --> 01:02:03.500\nThe border\n\nchapter-3\n01:02:03.500 --> 01:06:40.000\nHome\n");
        assertThat(Chapters.fromStored(result.chapters().stored()).list()).isEqualTo(result.chapters().list());
        assertThat(result.chapters().toWebVtt(600_000L)).as("a shorter new video: chapters past its end are left out")
                .isEqualTo("WEBVTT\n\nchapter-1\n00:00:00.000 --> 00:10:00.000\nOpening\n");
    }

    @Test
    void eachProblemNamesItsRow() {
        Chapters.Result result = Chapters.check(List.of(new Chapters.Draft("00:10:00", "A"),
                new Chapters.Draft("00:05:00", "B"), new Chapters.Draft("soon", ""), new Chapters.Draft("02:00:00", "D"),
                new Chapters.Draft("00:20:00", "x".repeat(Chapters.MAX_NAME + 1))), 3_600_000L);
        assertThat(result.chapters()).isNull();
        assertThat(result.problems()).extracting(Chapters.Problem::field)
                .containsExactly("chapters[1].start", "chapters[2].name", "chapters[2].start", "chapters[3].start", "chapters[4].name", "chapters[4].start");
        assertThat(result.problems().get(3).message()).contains("not before the end of the film (01:00:00)");
    }

    @Test
    void timecodesReadAsPeopleWriteThem() {
        assertThat(Timecode.parse("00:12:30")).isEqualTo(750_000);
        assertThat(Timecode.parse("5:07")).isEqualTo(307_000);
        assertThat(Timecode.human(750_250)).isEqualTo("00:12:30.250");
        assertThat(Timecode.vtt(3_723_500)).isEqualTo("01:02:03.500");
    }
}

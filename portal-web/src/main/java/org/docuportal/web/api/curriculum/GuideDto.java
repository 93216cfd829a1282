package org.docuportal.web.api.curriculum;

import java.util.List;

import org.docuportal.curriculum.GuideSection;
import org.docuportal.curriculum.application.GuideChapterView;
import org.docuportal.curriculum.application.GuideView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A study guide as anyone may see it, with where to read it and where to download its PDF (which
 * answers 403 unless the caller's institution holds a license that opens it).
 *
 * @param id the guide's id, {@code <film>.<audience>}
 * @param audience SECONDARY_SCHOOL, UNIVERSITY or MILITARY_TRAINING
 * @param contents the guide's sections, each with its subsections
 * @param chapters the film's chapters, with their timecodes
 * @param page the guide's web page
 * @param pdf the stamped PDF
 */
public record GuideDto(String id, String film,
                       @Schema(enumeration = {"SECONDARY_SCHOOL", "UNIVERSITY", "MILITARY_TRAINING"}) String audience, String title, String language, String summary,
                       List<SectionDto> contents, List<ChapterDto> chapters, String page, String pdf) {

    /** A heading of the guide and the headings below it. */
    public record SectionDto(String heading, List<SectionDto> subsections) {

        static SectionDto of(GuideSection section) {
            return new SectionDto(section.heading(), section.subsections().stream().map(SectionDto::of).toList());
        }
    }

    /** A chapter of the film: its start as {@code HH:MM:SS} and in seconds, its name, and the player at that moment. */
    @Schema(name = "GuideChapter")
    public record ChapterDto(String start, int seconds, String name, String player) {

        static ChapterDto of(GuideChapterView chapter) {
            return new ChapterDto(chapter.start(), chapter.seconds(), chapter.name(), chapter.player());
        }
    }

    static GuideDto of(GuideView guide) {
        return new GuideDto(guide.id(), guide.film(), guide.audience().name(), guide.title(), guide.language(),
                guide.summary(), guide.contents().stream().map(SectionDto::of).toList(),
                guide.chapters().stream().map(ChapterDto::of).toList(),
                "/guide.xhtml?id=" + guide.id(), "/api/guides/" + guide.id() + "/pdf");
    }
}

package org.docuportal.curriculum.application;

import java.util.List;

import org.docuportal.curriculum.Audience;
import org.docuportal.curriculum.GuideSection;
import org.docuportal.curriculum.StudyGuide;

/**
 * What anyone may see of a study guide: its summary, its table of contents and the film's
 * chapters. The guide's text and its PDF are for entitled members only.
 *
 * @param id the guide's key, {@code <film>.<audience>}
 * @param film the film's slug
 * @param audience who the guide is written for
 * @param title the guide's title
 * @param language the guide's language (BCP 47)
 * @param summary one or two sentences about the guide
 * @param contents the guide's sections and their subsections
 * @param chapters the film's chapters as the guide lists them
 */
public record GuideView(String id, String film, Audience audience, String title, String language, String summary,
                        List<GuideSection> contents, List<GuideChapterView> chapters) {

    static GuideView of(StudyGuide guide) {
        return new GuideView(guide.id().key(), guide.film(), guide.audience(), guide.title(), guide.language(),
                guide.summary(), guide.sections(), guide.chapters().stream().map(c -> GuideChapterView.of(guide.film(), c)).toList());
    }
}

package org.docuportal.curriculum.application;

import org.docuportal.curriculum.Chapter;

/**
 * A chapter of the film as a guide lists it, for links that open the player at its start.
 *
 * @param start the timecode as printed, {@code 00:12:30}
 * @param seconds seconds from the film's start
 * @param name the chapter's name
 */
public record GuideChapterView(String start, int seconds, String name) {

    static GuideChapterView of(Chapter chapter) {
        return new GuideChapterView(chapter.start().text(), chapter.seconds(), chapter.name());
    }
}

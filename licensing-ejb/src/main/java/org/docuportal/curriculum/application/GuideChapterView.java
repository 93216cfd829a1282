package org.docuportal.curriculum.application;

import org.docuportal.curriculum.Chapter;
import org.docuportal.curriculum.TimecodeLinks;

/**
 * A chapter of the film as a guide lists it, for links that open the player at its start.
 *
 * @param start the timecode as printed, {@code 00:12:30}
 * @param seconds seconds from the film's start
 * @param name the chapter's name
 * @param player the portal's player at that moment
 */
public record GuideChapterView(String start, int seconds, String name, String player) {

    /** Where a timecode leads: the portal's player (watch.xhtml reads slug and t), for guide pages and the API alike. */
    public static final TimecodeLinks PLAYER_LINKS = (film, seconds) -> "/watch.xhtml?slug=" + film + "&t=" + seconds;

    static GuideChapterView of(String film, Chapter chapter) {
        return new GuideChapterView(chapter.start().text(), chapter.seconds(), chapter.name(),
                PLAYER_LINKS.href(film, chapter.seconds()));
    }
}

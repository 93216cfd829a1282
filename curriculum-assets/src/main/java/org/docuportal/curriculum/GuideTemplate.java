package org.docuportal.curriculum;

import java.util.List;
import java.util.Objects;

/**
 * What the catalog knows of a film when a new guide for it starts: the formats turn it into a first
 * draft with the front matter filled in, the film's synopsis in the context section and its chapters
 * in the chapter list.
 *
 * @param id the guide to start (film, audience, language)
 * @param filmTitle the film's title as the catalog shows it
 * @param synopsis the catalog's synopsis, possibly empty
 * @param runtimeSeconds the film's running time, 0 if not known yet
 * @param subjects the catalog's subjects, in its order
 * @param chapters the film's chapters from its media, in order; empty if it has none yet
 */
public record GuideTemplate(GuideId id, String filmTitle, String synopsis, int runtimeSeconds,
                            List<String> subjects, List<FilmChapter> chapters) {

    public GuideTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(filmTitle, "filmTitle");
        synopsis = synopsis == null ? "" : synopsis;
        subjects = List.copyOf(subjects);
        chapters = List.copyOf(chapters);
    }

    /** A chapter of the film as its media has it: where it starts and its name. */
    public record FilmChapter(Timecode start, String name) {
    }
}

package org.docuportal.curriculum;

import java.util.Objects;

/**
 * One entry of a guide's chapter list: where it starts in the film, its name, and what the guide
 * says about it. Written in the source as {@code - [[00:12:30]] Name: text}.
 *
 * @param start where the chapter starts
 * @param name the words before the first colon
 * @param text the words after it, possibly empty
 * @param line the 1-based line of the source the chapter is written on, 0 where not known; the
 *        portal names it when a timecode does not fit the film
 */
public record Chapter(Timecode start, String name, String text, int line) {

    public Chapter {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }

    /** A chapter whose line in the source is not known. */
    public Chapter(Timecode start, String name, String text) {
        this(start, name, text, 0);
    }

    /** Seconds from the film's start. */
    public int seconds() {
        return start.seconds();
    }

    /** Splits a chapter's words after the timecode into name and text at the first colon. */
    static Chapter of(Timecode start, String words) {
        String trimmed = words.strip();
        int colon = trimmed.indexOf(':');
        if (colon < 0) {
            return new Chapter(start, trimmed, "");
        }
        return new Chapter(start, trimmed.substring(0, colon).strip(), trimmed.substring(colon + 1).strip());
    }
}

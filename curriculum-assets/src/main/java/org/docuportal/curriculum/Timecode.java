package org.docuportal.curriculum;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A moment in a film, written {@code [[HH:MM:SS]]} in a guide's source and shown as
 * {@code 00:12:30}. Hours run to 99; minutes and seconds stay below 60.
 *
 * @param seconds seconds from the film's start
 */
public record Timecode(int seconds) implements Comparable<Timecode> {

    /** A well-formed timecode in a source; minutes and seconds are checked by {@link #parse}. */
    static final Pattern MARKUP = Pattern.compile("\\[\\[(\\d{2}):(\\d{2}):(\\d{2})]]");

    /** Anything an author meant as a timecode: digits and colons in double brackets. */
    static final Pattern INTENDED = Pattern.compile("\\[\\[\\s*\\d[\\d:.\\s]*]]");

    private static final int LIMIT = 100 * 3600;

    public Timecode {
        if (seconds < 0 || seconds >= LIMIT) {
            throw new IllegalArgumentException("a timecode runs from 00:00:00 to 99:59:59, not " + seconds + " s");
        }
    }

    /** The timecode a {@link #MARKUP} match stands for, or empty if its minutes or seconds reach 60. */
    static Optional<Timecode> parse(Matcher markup) {
        int h = Integer.parseInt(markup.group(1));
        int m = Integer.parseInt(markup.group(2));
        int s = Integer.parseInt(markup.group(3));
        if (m >= 60 || s >= 60) {
            return Optional.empty();
        }
        return Optional.of(new Timecode(h * 3600 + m * 60 + s));
    }

    /** Why a piece of source text meant as a timecode is not one. */
    static String problemWith(String written) {
        Matcher m = MARKUP.matcher(written);
        if (!m.matches()) {
            return "bad timecode " + written + ": write it as [[HH:MM:SS]], such as [[00:41:10]]";
        }
        String which = Integer.parseInt(m.group(2)) >= 60 ? "minutes" : "seconds";
        return "bad timecode " + written + ": " + which + " must be below 60";
    }

    /** As shown to readers: {@code 00:12:30}. */
    public String text() {
        return String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    @Override
    public int compareTo(Timecode other) {
        return Integer.compare(seconds, other.seconds);
    }

    @Override
    public String toString() {
        return text();
    }
}

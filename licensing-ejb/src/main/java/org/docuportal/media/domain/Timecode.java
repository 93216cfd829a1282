package org.docuportal.media.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Times as people write them ({@code 1:02:03}, {@code 12:30}, {@code 00:12:30.500}) and as WebVTT writes them. */
public final class Timecode {

    private static final Pattern HUMAN = Pattern.compile("(?:(\\d{1,3}):)?([0-5]?\\d):([0-5]\\d)(?:\\.(\\d{1,3}))?");

    private Timecode() {
    }

    /** Milliseconds from a time such as {@code 00:12:30} or {@code 12:30.5}; empty text or another shape is refused. */
    public static long parse(String text) {
        Matcher m = text == null ? null : HUMAN.matcher(text.trim());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("write the time as hours:minutes:seconds, e.g. 00:12:30");
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long minutes = Long.parseLong(m.group(2));
        long seconds = Long.parseLong(m.group(3));
        long millis = m.group(4) == null ? 0 : Long.parseLong((m.group(4) + "00").substring(0, 3));
        return ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
    }

    /** {@code HH:MM:SS.mmm}, as WebVTT cue timings are written. */
    public static String vtt(long millis) {
        long h = millis / 3_600_000;
        long m = millis / 60_000 % 60;
        long s = millis / 1000 % 60;
        return String.format("%02d:%02d:%02d.%03d", h, m, s, millis % 1000);
    }

    /** {@code HH:MM:SS}, with {@code .mmm} only when there are milliseconds: what the chapters editor shows. */
    public static String human(long millis) {
        String text = String.format("%02d:%02d:%02d", millis / 3_600_000, millis / 60_000 % 60, millis / 1000 % 60);
        return millis % 1000 == 0 ? text : text + String.format(".%03d", millis % 1000);
    }
}

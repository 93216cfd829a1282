package org.docuportal.media.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks WebVTT files and turns SRT files into WebVTT, naming the line of every problem.
 *
 * <p>A small parser of our own: the Java subtitle libraries on Maven Central are either
 * unmaintained or parse leniently and drop bad cues silently, while a distributor needs to be
 * told which line to fix. It checks what players depend on — the {@code WEBVTT} signature, cue
 * timing lines ({@code 00:01:02.000 --> 00:01:05.500}, hours optional), end after start, cues in
 * start-time order, no {@code -->} in cue text — and leaves cue text and settings alone.
 */
public final class WebVtt {

    /** The longest file accepted, in characters (a feature film's subtitles are some 100 KB). */
    public static final int MAX_CHARS = 1_000_000;
    /** Problems reported at most; a file with more is plainly not what it claims to be. */
    static final int MAX_PROBLEMS = 30;

    private static final String TIME = "(?:(\\d{2,}):)?([0-5]\\d):([0-5]\\d)\\.(\\d{3})";
    private static final Pattern TIMING = Pattern.compile(TIME + "[ \\t]+-->[ \\t]+" + TIME + "(?:[ \\t].*)?");
    private static final Pattern SRT_TIMING = Pattern.compile(
            "\\s*(\\d{1,3}):(\\d{1,2}):(\\d{1,2})[,.](\\d{1,3})\\s*-->\\s*(\\d{1,3}):(\\d{1,2}):(\\d{1,2})[,.](\\d{1,3})(?:\\s+.*)?");

    private WebVtt() {
    }

    /** The file as WebVTT, checked: line endings made {@code \n}, byte order mark dropped. */
    public static String check(String text) {
        String[] lines = lines(text);
        List<SubtitleProblem> problems = new ArrayList<>();
        if (lines.length == 0 || !(lines[0].equals("WEBVTT") || lines[0].startsWith("WEBVTT ") || lines[0].startsWith("WEBVTT\t"))) {
            problems.add(new SubtitleProblem(1, "a WebVTT file starts with the line WEBVTT"));
            throw rejected(problems);
        }
        int i = 1;
        while (i < lines.length && !lines[i].isEmpty()) {
            if (lines[i].contains("-->")) {
                problems.add(new SubtitleProblem(i + 1, "a blank line must separate the WEBVTT header from the first cue"));
            }
            i++;
        }
        long previousStart = -1;
        while (i < lines.length && problems.size() < MAX_PROBLEMS) {
            if (lines[i].isEmpty()) {
                i++;
                continue;
            }
            int blockStart = i;
            int blockEnd = i;
            while (blockEnd < lines.length && !lines[blockEnd].isEmpty()) {
                blockEnd++;
            }
            String first = lines[blockStart];
            boolean comment = first.equals("NOTE") || first.startsWith("NOTE ") || first.startsWith("NOTE\t")
                    || first.equals("STYLE") || first.equals("REGION");
            if (!comment) {
                int timing = first.contains("-->") ? blockStart : blockStart + 1;
                if (timing >= blockEnd || !lines[timing].contains("-->")) {
                    problems.add(new SubtitleProblem(blockStart + 1,
                            "expected a cue timing line such as 00:00:01.000 --> 00:00:04.000"));
                } else {
                    Matcher m = TIMING.matcher(lines[timing]);
                    if (!m.matches()) {
                        problems.add(new SubtitleProblem(timing + 1,
                                "not a cue timing line: write start --> end as hh:mm:ss.ttt, e.g. 00:00:01.000 --> 00:00:04.000"));
                    } else {
                        long start = millis(m, 1);
                        long end = millis(m, 5);
                        if (end <= start) {
                            problems.add(new SubtitleProblem(timing + 1, "the cue ends before it starts"));
                        }
                        if (start < previousStart) {
                            problems.add(new SubtitleProblem(timing + 1, "cues must be in order of their start times"));
                        }
                        previousStart = Math.max(previousStart, start);
                    }
                    for (int t = timing + 1; t < blockEnd; t++) {
                        if (lines[t].contains("-->")) {
                            problems.add(new SubtitleProblem(t + 1, "cue text may not contain -->; a blank line must come before the next cue"));
                        }
                    }
                }
            }
            i = blockEnd;
        }
        if (!problems.isEmpty()) {
            throw rejected(problems);
        }
        return String.join("\n", lines) + (lines[lines.length - 1].isEmpty() ? "" : "\n");
    }

    /** An SRT file converted to WebVTT: numbered blocks of a timing line (with commas) and text. */
    public static String fromSrt(String text) {
        String[] lines = lines(text);
        List<SubtitleProblem> problems = new ArrayList<>();
        StringBuilder vtt = new StringBuilder("WEBVTT\n");
        int i = 0;
        int cues = 0;
        while (i < lines.length && problems.size() < MAX_PROBLEMS) {
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            int blockStart = i;
            int blockEnd = i;
            while (blockEnd < lines.length && !lines[blockEnd].isBlank()) {
                blockEnd++;
            }
            int timing = lines[blockStart].trim().matches("\\d+") ? blockStart + 1 : blockStart;
            Matcher m = timing < blockEnd ? SRT_TIMING.matcher(lines[timing]) : null;
            if (m == null || !m.matches()) {
                problems.add(new SubtitleProblem((m == null ? blockStart : timing) + 1,
                        "expected an SRT timing line such as 00:00:01,000 --> 00:00:04,000"));
            } else {
                long start = srtMillis(m, 1);
                long end = srtMillis(m, 5);
                if (end <= start) {
                    problems.add(new SubtitleProblem(timing + 1, "the cue ends before it starts"));
                }
                cues++;
                vtt.append('\n').append(cues).append('\n')
                        .append(Timecode.vtt(start)).append(" --> ").append(Timecode.vtt(end)).append('\n');
                for (int t = timing + 1; t < blockEnd; t++) {
                    if (lines[t].contains("-->")) {
                        problems.add(new SubtitleProblem(t + 1, "cue text may not contain -->; a blank line must come before the next cue"));
                    }
                    vtt.append(lines[t]).append('\n');
                }
            }
            i = blockEnd;
        }
        if (cues == 0 && problems.isEmpty()) {
            problems.add(new SubtitleProblem(1, "the file holds no subtitles"));
        }
        if (!problems.isEmpty()) {
            throw new SubtitleRejectedException("The SRT file has " + problems.size() + " problem(s); nothing was saved.", problems);
        }
        return check(vtt.toString());
    }

    /**
     * The file with an {@code X-TIMESTAMP-MAP} header tying cue time 0 to the first video frame
     * (as {@code package-hls.sh} adds it), unless it has one already or the time is unknown.
     */
    public static String withTimestampMap(String vtt, Long mpegtsStart) {
        if (mpegtsStart == null || vtt.lines().anyMatch(l -> l.startsWith("X-TIMESTAMP-MAP="))) {
            return vtt;
        }
        int firstLineEnd = vtt.indexOf('\n');
        String map = "X-TIMESTAMP-MAP=MPEGTS:" + mpegtsStart + ",LOCAL:00:00:00.000";
        return firstLineEnd < 0 ? vtt + "\n" + map + "\n" : vtt.substring(0, firstLineEnd + 1) + map + "\n" + vtt.substring(firstLineEnd + 1);
    }

    private static String[] lines(String text) {
        if (text == null) {
            return new String[0];
        }
        if (text.length() > MAX_CHARS) {
            throw new SubtitleRejectedException("The file is too large.",
                    List.of(new SubtitleProblem(1, "a subtitle file has at most " + MAX_CHARS + " characters")));
        }
        String clean = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (clean.indexOf('\0') >= 0) {
            throw new SubtitleRejectedException("Not a text file.", List.of(new SubtitleProblem(1, "the file is not text")));
        }
        return clean.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    }

    private static SubtitleRejectedException rejected(List<SubtitleProblem> problems) {
        return new SubtitleRejectedException("The WebVTT file has " + problems.size() + " problem(s); nothing was saved.", problems);
    }

    private static long millis(Matcher m, int group) {
        long hours = m.group(group) == null ? 0 : Long.parseLong(m.group(group));
        return ((hours * 60 + Long.parseLong(m.group(group + 1))) * 60 + Long.parseLong(m.group(group + 2))) * 1000
                + Long.parseLong(m.group(group + 3));
    }

    private static long srtMillis(Matcher m, int group) {
        long ms = Long.parseLong((m.group(group + 3) + "00").substring(0, 3));
        return ((Long.parseLong(m.group(group)) * 60 + Long.parseLong(m.group(group + 1))) * 60
                + Long.parseLong(m.group(group + 2))) * 1000 + ms;
    }
}

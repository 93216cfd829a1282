package org.docuportal.media.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A title's chapters in order. {@link #check} is the one rule for chapter lists: names required
 * and short, starts strictly increasing and before the end of the film.
 */
public final class Chapters {

    public static final int MAX_NAME = 200;
    public static final int MAX_CHAPTERS = 150;

    private final List<Chapter> list;

    private Chapters(List<Chapter> list) {
        this.list = List.copyOf(list);
    }

    public static Chapters none() {
        return new Chapters(List.of());
    }

    /** A chapter as typed: its start as text, its name. */
    public record Draft(String start, String name) {
    }

    /** One thing wrong with the list: the field ({@code chapters[2].start}) and the reason. */
    public record Problem(String field, String message) {
    }

    /**
     * Checks the drafts against the film's length (milliseconds, or null when unknown) and returns
     * the chapters, or the problems when there are any (never both).
     */
    public static Result check(List<Draft> drafts, Long lengthMillis) {
        List<Problem> problems = new ArrayList<>();
        List<Chapter> chapters = new ArrayList<>();
        if (drafts == null) {
            drafts = List.of();
        }
        if (drafts.size() > MAX_CHAPTERS) {
            problems.add(new Problem("chapters", "at most " + MAX_CHAPTERS + " chapters"));
            return new Result(null, problems);
        }
        Long previous = null;
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            String at = "chapters[" + i + "]";
            String name = draft == null || draft.name() == null ? "" : draft.name().replaceAll("\\s+", " ").trim();
            if (name.isEmpty()) {
                problems.add(new Problem(at + ".name", "chapter " + (i + 1) + " needs a name"));
            } else if (name.length() > MAX_NAME) {
                problems.add(new Problem(at + ".name", "chapter " + (i + 1) + ": a name has at most " + MAX_NAME + " characters"));
            }
            Long start = null;
            try {
                start = Timecode.parse(draft == null ? null : draft.start());
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(at + ".start", "chapter " + (i + 1) + ": " + e.getMessage()));
            }
            if (start != null) {
                if (lengthMillis != null && start >= lengthMillis) {
                    problems.add(new Problem(at + ".start", "chapter " + (i + 1) + " starts at " + Timecode.human(start)
                            + ", not before the end of the film (" + Timecode.human(lengthMillis) + ")"));
                } else if (previous != null && start <= previous) {
                    problems.add(new Problem(at + ".start", "chapter " + (i + 1) + " must start after chapter " + i
                            + " (" + Timecode.human(previous) + ")"));
                }
                previous = start;
            }
            chapters.add(new Chapter(start == null ? 0 : start, name));
        }
        return problems.isEmpty() ? new Result(new Chapters(chapters), List.of()) : new Result(null, problems);
    }

    /** The chapters, or the problems found. */
    public record Result(Chapters chapters, List<Problem> problems) {
    }

    public List<Chapter> list() {
        return list;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** The form kept in the database: one chapter per line, start in milliseconds, a tab, the name. */
    String stored() {
        StringBuilder text = new StringBuilder();
        for (Chapter chapter : list) {
            text.append(chapter.startMillis()).append('\t').append(chapter.name()).append('\n');
        }
        return text.toString();
    }

    static Chapters fromStored(String stored) {
        if (stored == null || stored.isBlank()) {
            return none();
        }
        List<Chapter> chapters = new ArrayList<>();
        for (String line : stored.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                chapters.add(new Chapter(Long.parseLong(line.substring(0, tab)), line.substring(tab + 1)));
            }
        }
        return new Chapters(chapters);
    }

    /**
     * The chapters as the WebVTT chapters track the player reads: each chapter runs until the next
     * one starts, the last until the end of the film (or one minute past its start when the length
     * is not known).
     */
    public String toWebVtt(Long lengthMillis) {
        // Chapters past the end of a shorter new video stay in the editor (which asks for them to be
        // fixed) but are left out of the track: the player could not jump there.
        List<Chapter> list = lengthMillis == null ? this.list
                : this.list.stream().filter(c -> c.startMillis() < lengthMillis).toList();
        StringBuilder vtt = new StringBuilder("WEBVTT\n");
        for (int i = 0; i < list.size(); i++) {
            Chapter chapter = list.get(i);
            long end = i + 1 < list.size() ? list.get(i + 1).startMillis()
                    : lengthMillis != null && lengthMillis > chapter.startMillis() ? lengthMillis : chapter.startMillis() + 60_000;
            vtt.append('\n').append("chapter-").append(i + 1).append('\n')
                    .append(Timecode.vtt(chapter.startMillis())).append(" --> ").append(Timecode.vtt(end)).append('\n')
                    .append(chapter.name().replace("-->", "→")).append('\n');
        }
        return vtt.toString();
    }
}

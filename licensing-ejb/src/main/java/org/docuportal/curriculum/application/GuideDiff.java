package org.docuportal.curriculum.application;

import java.io.Serializable;
import java.util.List;

/**
 * The changes between two texts of a guide, line by line.
 *
 * @param from what the left side is ({@code "3"} for version 3, {@code "draft"})
 * @param to what the right side is
 * @param lines every line of both, in order, each marked as kept, removed or added
 */
public record GuideDiff(String from, String to, List<Line> lines) implements Serializable {

    public GuideDiff {
        lines = List.copyOf(lines);
    }

    /** Whether anything changed. */
    public boolean changed() {
        return lines.stream().anyMatch(l -> l.change() != Change.KEPT);
    }

    /** What happened to one line. */
    public enum Change { KEPT, REMOVED, ADDED }

    /**
     * One line of the comparison.
     *
     * @param change kept, removed (only on the left) or added (only on the right)
     * @param fromLine its 1-based line on the left, 0 if added
     * @param toLine its 1-based line on the right, 0 if removed
     * @param text the line's text
     */
    public record Line(Change change, int fromLine, int toLine, String text) implements Serializable {
    }
}

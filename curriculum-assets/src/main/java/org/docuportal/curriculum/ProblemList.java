package org.docuportal.curriculum;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one source as the checks find them, each at its line of the file. A
 * view {@link #from(int) from} a later line lets the body's checks count lines from the end of
 * the front matter, yet report lines of the file. Formats in other modules collect their problems
 * in one too, so that every format reports the same way.
 */
public final class ProblemList {

    private final String location;
    private final List<GuideProblem> problems;
    private final int offset;

    public ProblemList(String location) {
        this(location, new ArrayList<>(), 0);
    }

    private ProblemList(String location, List<GuideProblem> problems, int offset) {
        this.location = location;
        this.problems = problems;
        this.offset = offset;
    }

    /** The same list, for text whose line 1 is this line of the file. */
    public ProblemList from(int firstLine) {
        return new ProblemList(location, problems, offset + firstLine - 1);
    }

    public void add(int line, String message) {
        problems.add(new GuideProblem(location, fileLine(line), message));
    }

    /** The file's line for a line of this view's text, for messages that point at another line. */
    public int fileLine(int line) {
        return Math.max(1, offset + line);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** The problems in the order of their lines; problems of one line in the order found. */
    public List<GuideProblem> sorted() {
        List<GuideProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(GuideProblem::line));
        return sorted;
    }
}

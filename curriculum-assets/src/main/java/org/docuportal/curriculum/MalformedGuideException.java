package org.docuportal.curriculum;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A guide source, or several, that cannot be read as a study guide. It carries every problem
 * found, not just the first, so an author fixes a file in one round; its message lists them one
 * a line as {@code file:line: message}.
 */
public class MalformedGuideException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<GuideProblem> problems;

    public MalformedGuideException(List<GuideProblem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a malformed guide has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<GuideProblem> problems() {
        return problems;
    }

    private static String describe(List<GuideProblem> problems) {
        String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
        return problems.stream().map(GuideProblem::toString)
                .collect(Collectors.joining("\n", count + " in study-guide sources:\n", ""));
    }
}

package org.docuportal.catalog.application;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What reading an avails file found: the rows that are correct in themselves, and every problem
 * in the others. A row with any problem is left out of {@code rows}, so an import should go
 * ahead only when {@link #hasProblems()} is false.
 */
public record AvailsParseResult(List<AvailsRow> rows, List<AvailsProblem> problems, Map<Integer, String> slugsByLine) {

    public AvailsParseResult {
        rows = List.copyOf(rows);
        slugsByLine = Collections.unmodifiableMap(new LinkedHashMap<>(slugsByLine));
        problems = problems.stream()
                .sorted(Comparator.comparingInt(AvailsProblem::line))
                .toList();
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The result of a file whose rows were all read correctly: every row's slug is known by line. */
    public AvailsParseResult(List<AvailsRow> rows, List<AvailsProblem> problems) {
        this(rows, problems, rows.stream().collect(Collectors.toMap(AvailsRow::line, AvailsRow::titleSlug,
                (a, b) -> a, LinkedHashMap::new)));
    }

    /** The distinct title slugs named on any line, good or bad, in file order, for looking the titles up in one go. */
    public Set<String> slugs() {
        return new LinkedHashSet<>(slugsByLine.values());
    }
}

package org.docuportal.catalog.application;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What reading an avails file found: the rows that are correct in themselves, and every problem
 * in the others. A row with any problem is left out of {@code rows}, so an import should go
 * ahead only when {@link #hasProblems()} is false.
 */
public record AvailsParseResult(List<AvailsRow> rows, List<AvailsProblem> problems) {

    public AvailsParseResult {
        rows = List.copyOf(rows);
        problems = problems.stream()
                .sorted(Comparator.comparingInt(AvailsProblem::line))
                .toList();
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The distinct title slugs of the rows, in file order, for looking the titles up in one go. */
    public Set<String> slugs() {
        return rows.stream().map(AvailsRow::titleSlug).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}

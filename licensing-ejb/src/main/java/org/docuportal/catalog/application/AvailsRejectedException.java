package org.docuportal.catalog.application;

import java.util.List;

import jakarta.ejb.ApplicationException;

/** An avails file with at least one bad row: nothing was imported, and every problem is listed. */
@ApplicationException(rollback = true)
public class AvailsRejectedException extends RuntimeException {

    private final List<AvailsProblem> problems;

    public AvailsRejectedException(List<AvailsProblem> problems) {
        super(problems.size() == 1 ? "The file has 1 problem; nothing was imported."
                : "The file has " + problems.size() + " problems; nothing was imported.");
        this.problems = List.copyOf(problems);
    }

    public List<AvailsProblem> problems() {
        return problems;
    }
}

package org.docuportal.curriculum.application;

import java.util.List;

import jakarta.ejb.ApplicationException;

import org.docuportal.curriculum.GuideProblem;

/** A guide source with at least one problem: nothing was saved, and every problem is listed with its line. */
@ApplicationException(rollback = true)
public class GuideRejectedException extends RuntimeException {

    private final List<GuideProblem> problems;

    public GuideRejectedException(List<GuideProblem> problems) {
        super(problems.size() == 1 ? "The guide has 1 problem; it was not saved."
                : "The guide has " + problems.size() + " problems; it was not saved.");
        this.problems = List.copyOf(problems);
    }

    /** Each problem with its 1-based line in the source. */
    public List<GuideProblem> problems() {
        return problems;
    }
}

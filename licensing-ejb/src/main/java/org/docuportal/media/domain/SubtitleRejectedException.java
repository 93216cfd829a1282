package org.docuportal.media.domain;

import java.util.List;

import jakarta.ejb.ApplicationException;

/** A subtitle file that is not valid WebVTT or SRT; nothing was stored. Lists every problem with its line. */
@ApplicationException(rollback = true)
public class SubtitleRejectedException extends RuntimeException {

    private final List<SubtitleProblem> problems;

    public SubtitleRejectedException(String message, List<SubtitleProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<SubtitleProblem> problems() {
        return problems;
    }
}

package org.docuportal.curriculum.application;

import java.util.List;
import java.util.Optional;

import org.docuportal.curriculum.GuideProblem;

/**
 * A source as readers would see it, before it is saved: the web page's fragment if it reads, and
 * every problem with its line (timecodes that do not fit the film among them).
 */
public record GuidePreview(Optional<String> html, List<GuideProblem> problems) {

    public GuidePreview {
        problems = List.copyOf(problems);
    }
}

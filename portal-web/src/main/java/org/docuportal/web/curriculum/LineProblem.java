package org.docuportal.web.curriculum;

import java.io.Serializable;
import java.util.List;

import org.docuportal.curriculum.GuideProblem;

/** A problem of the guide text as the editor lists it, by its 1-based line; kept with the view between requests. */
public record LineProblem(int line, String message) implements Serializable {

    static List<LineProblem> of(List<GuideProblem> problems) {
        return problems.stream().map(p -> new LineProblem(p.line(), p.message())).toList();
    }
}

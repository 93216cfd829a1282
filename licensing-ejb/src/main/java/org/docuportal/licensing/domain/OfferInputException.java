package org.docuportal.licensing.domain;

import java.util.List;

/**
 * An offer described against its rules, with every problem found, each naming the field it
 * concerns ({@code termMonths}, {@code streamCap}, {@code audienceCap}, {@code currency},
 * {@code price}), so that the application layer can point the administrator at it without
 * the domain knowing about forms or HTTP.
 */
public class OfferInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public OfferInputException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid offer" : problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public static OfferInputException of(String field, String message) {
        return new OfferInputException(List.of(new Problem(field, message)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One field and what is wrong with it. */
    public record Problem(String field, String message) {
    }
}

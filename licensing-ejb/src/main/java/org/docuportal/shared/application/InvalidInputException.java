package org.docuportal.shared.application;

import java.util.List;

import jakarta.ejb.ApplicationException;

/**
 * Input that breaks a rule, with one {@link Violation} per offending field. Nothing has been
 * written when it is thrown: the transaction rolls back.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidInputException(String message, List<Violation> violations) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(message, List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }

    /** One field and what is wrong with it, in words the user understands. */
    public record Violation(String field, String message) {
    }
}

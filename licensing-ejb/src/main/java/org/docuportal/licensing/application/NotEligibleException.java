package org.docuportal.licensing.application;

import java.util.List;

import jakarta.ejb.ApplicationException;

import org.docuportal.eligibility.domain.RuleVerdict;

/** The institution may not license this offer for this term; {@link #failures()} say why. */
@ApplicationException(rollback = true)
public class NotEligibleException extends RuntimeException {

    private final List<RuleVerdict> failures;

    public NotEligibleException(List<RuleVerdict> failures) {
        super("Your institution may not license this: " + failures.get(0).message());
        this.failures = List.copyOf(failures);
    }

    public List<RuleVerdict> failures() {
        return failures;
    }
}

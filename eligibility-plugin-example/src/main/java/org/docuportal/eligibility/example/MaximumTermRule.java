package org.docuportal.eligibility.example;

import jakarta.enterprise.context.ApplicationScoped;

import org.docuportal.eligibility.domain.EligibilityRequest;
import org.docuportal.eligibility.domain.EligibilityRule;
import org.docuportal.eligibility.domain.RuleOutcome;

/**
 * A distributor's policy that the portal itself does not have: no license term longer than
 * three years, so that terms come up for renewal while the distributor still knows its rights
 * beyond them. Its verdict appears after the built-in rules.
 */
@ApplicationScoped
public class MaximumTermRule implements EligibilityRule {

    static final int MAXIMUM_MONTHS = 36;

    @Override
    public String id() {
        return "maximum-term";
    }

    @Override
    public int order() {
        return 800;
    }

    @Override
    public String messageBundle() {
        return "org.docuportal.eligibility.example.MaximumTermMessages";
    }

    @Override
    public RuleOutcome evaluate(EligibilityRequest request) {
        int months = request.term().months();
        return months <= MAXIMUM_MONTHS
                ? RuleOutcome.passed("maximum-term.within", months, MAXIMUM_MONTHS)
                : RuleOutcome.failed("maximum-term.too-long", months, MAXIMUM_MONTHS);
    }
}

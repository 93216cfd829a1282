package org.docuportal.eligibility.rules;

import static org.docuportal.eligibility.domain.RuleOutcome.failed;
import static org.docuportal.eligibility.domain.RuleOutcome.passed;

import jakarta.enterprise.context.ApplicationScoped;

import org.docuportal.eligibility.domain.EligibilityRequest;
import org.docuportal.eligibility.domain.EligibilityRule;
import org.docuportal.eligibility.domain.RuleOutcome;

/**
 * Only an institution the distributor's reviewers have verified may license. Each other status
 * has its own message, because each asks something different of the institution: wait, answer
 * the reviewers, or contact the distributor.
 */
@ApplicationScoped
public class InstitutionVerifiedRule implements EligibilityRule {

    @Override
    public String id() {
        return "institution-verified";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String messageBundle() {
        return BuiltInRules.BUNDLE;
    }

    @Override
    public RuleOutcome evaluate(EligibilityRequest request) {
        if (!request.hasInstitution()) {
            return failed("institution-verified.no-institution");
        }
        String name = request.institution().name();
        return switch (request.institution().status()) {
            case VERIFIED -> passed("institution-verified.verified", name);
            case PENDING -> failed("institution-verified.pending", name);
            case INFO_REQUESTED -> failed("institution-verified.info-requested", name);
            case REJECTED -> failed("institution-verified.rejected", name);
            case SUSPENDED -> failed("institution-verified.suspended", name);
        };
    }
}

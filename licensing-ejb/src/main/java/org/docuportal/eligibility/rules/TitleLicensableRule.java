package org.docuportal.eligibility.rules;

import static org.docuportal.eligibility.domain.RuleOutcome.failed;
import static org.docuportal.eligibility.domain.RuleOutcome.passed;

import jakarta.enterprise.context.ApplicationScoped;

import org.docuportal.eligibility.domain.EligibilityRequest;
import org.docuportal.eligibility.domain.EligibilityRule;
import org.docuportal.eligibility.domain.RuleOutcome;

/**
 * Only a released film that the distributor offers can be licensed, whatever its rights windows say:
 * a film still in production is announced but not sold yet, and a withdrawn title is no longer sold
 * (licenses already issued run to their end). A draft is not sold before it is published.
 */
@ApplicationScoped
public class TitleLicensableRule implements EligibilityRule {

    @Override
    public String id() {
        return "title-licensable";
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public String messageBundle() {
        return BuiltInRules.BUNDLE;
    }

    @Override
    public RuleOutcome evaluate(EligibilityRequest request) {
        return switch (request.title().publication()) {
            case WITHDRAWN -> failed("title-licensable.withdrawn");
            case DRAFT -> failed("title-licensable.draft");
            case PUBLISHED -> request.title().licensable()
                    ? passed("title-licensable.available")
                    : failed("title-licensable.in-production");
        };
    }
}

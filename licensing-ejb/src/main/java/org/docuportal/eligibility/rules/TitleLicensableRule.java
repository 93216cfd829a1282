package org.docuportal.eligibility.rules;

import static org.docuportal.eligibility.domain.RuleOutcome.failed;
import static org.docuportal.eligibility.domain.RuleOutcome.passed;

import jakarta.enterprise.context.ApplicationScoped;

import org.docuportal.eligibility.domain.EligibilityRequest;
import org.docuportal.eligibility.domain.EligibilityRule;
import org.docuportal.eligibility.domain.RuleOutcome;

/**
 * A film still in production is announced in the catalog but cannot be licensed, whatever its
 * rights windows say.
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
        return request.title().licensable()
                ? passed("title-licensable.available")
                : failed("title-licensable.in-production");
    }
}

package org.docuportal.eligibility.rules;

import static org.docuportal.eligibility.domain.RuleOutcome.failed;
import static org.docuportal.eligibility.domain.RuleOutcome.passed;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.docuportal.catalog.domain.CountryCode;
import org.docuportal.eligibility.domain.EligibilityRequest;
import org.docuportal.eligibility.domain.EligibilityRule;
import org.docuportal.eligibility.domain.RuleOutcome;

/**
 * The institution's country must lie inside the territory of at least one of the title's windows
 * for the requested right, and not among that window's exclusions. Dates are left to
 * {@link TermCoveredRule}, so that a teacher can tell "not in your country" from "not for that long".
 *
 * <p>When the country is excluded somewhere and covered nowhere, the message says it is
 * excluded: "worldwide excluding your country" is worth knowing as such.
 */
@ApplicationScoped
public class TerritoryRule implements EligibilityRule {

    @Override
    public String id() {
        return "territory";
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public String messageBundle() {
        return BuiltInRules.BUNDLE;
    }

    @Override
    public RuleOutcome evaluate(EligibilityRequest request) {
        if (!request.hasInstitution()) {
            return failed("territory.no-institution");
        }
        List<EligibilityRequest.Window> windows = request.windowsOfRequestedRight();
        if (windows.isEmpty()) {
            return failed("territory.no-rights", request.right());
        }
        CountryCode country = request.institution().country();
        if (windows.stream().anyMatch(w -> w.territory().covers(country))) {
            return passed("territory.inside", country, request.right());
        }
        if (windows.stream().anyMatch(w -> w.territory().excluded().contains(country))) {
            return failed("territory.excluded", country, request.right());
        }
        return failed("territory.outside", country, request.right());
    }
}

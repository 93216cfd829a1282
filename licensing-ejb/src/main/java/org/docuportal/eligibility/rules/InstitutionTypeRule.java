package org.docuportal.eligibility.rules;

import static org.docuportal.eligibility.domain.RuleOutcome.failed;
import static org.docuportal.eligibility.domain.RuleOutcome.passed;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.docuportal.catalog.domain.RightType;
import org.docuportal.eligibility.domain.EligibilityRequest;
import org.docuportal.eligibility.domain.EligibilityRule;
import org.docuportal.eligibility.domain.RuleOutcome;
import org.docuportal.institution.domain.InstitutionType;

/**
 * Which kinds of institution may hold which right. Educational rights are for schools,
 * universities, libraries and nonprofit education; non-theatrical rights are for those and for
 * military and government training. Television and video-on-demand rights are never licensed
 * through the portal, whatever the institution.
 *
 * <p>The table is spelled out here rather than derived from
 * {@link InstitutionType#isTrainingInstitution()}, so that it reads like the distributor's
 * policy and a new institution type is allowed nothing until someone adds it.
 */
@ApplicationScoped
public class InstitutionTypeRule implements EligibilityRule {

    private static final Set<InstitutionType> EDUCATIONAL_HOLDERS = EnumSet.of(InstitutionType.K12_SCHOOL,
            InstitutionType.HIGHER_EDUCATION, InstitutionType.LIBRARY, InstitutionType.NONPROFIT_EDUCATION);

    private static final Map<RightType, Set<InstitutionType>> MAY_HOLD = Map.of(
            RightType.EDUCATIONAL, EDUCATIONAL_HOLDERS,
            RightType.NON_THEATRICAL, union(EDUCATIONAL_HOLDERS,
                    EnumSet.of(InstitutionType.MILITARY_TRAINING, InstitutionType.GOVERNMENT_TRAINING)));

    @Override
    public String id() {
        return "institution-type";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public String messageBundle() {
        return BuiltInRules.BUNDLE;
    }

    @Override
    public RuleOutcome evaluate(EligibilityRequest request) {
        RightType right = request.right();
        Set<InstitutionType> holders = MAY_HOLD.get(right);
        if (holders == null) {
            return failed("institution-type.right-not-offered", right);
        }
        if (!request.hasInstitution()) {
            return failed("institution-type.no-institution", right);
        }
        InstitutionType type = request.institution().type();
        return holders.contains(type)
                ? passed("institution-type.allowed", type, right)
                : failed("institution-type.not-allowed", type, right);
    }

    private static Set<InstitutionType> union(Set<InstitutionType> a, Set<InstitutionType> b) {
        Set<InstitutionType> all = EnumSet.copyOf(a);
        all.addAll(b);
        return all;
    }
}

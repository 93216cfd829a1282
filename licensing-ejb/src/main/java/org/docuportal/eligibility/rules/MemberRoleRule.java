package org.docuportal.eligibility.rules;

import static org.docuportal.eligibility.domain.RuleOutcome.failed;
import static org.docuportal.eligibility.domain.RuleOutcome.passed;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.docuportal.account.domain.Role;
import org.docuportal.eligibility.domain.EligibilityRequest;
import org.docuportal.eligibility.domain.EligibilityRule;
import org.docuportal.eligibility.domain.RuleOutcome;

/**
 * The caller licenses on the institution's behalf, so they must be an approved member in a role
 * that buys: a teacher, a training officer or the institution's administrator. The distributor's
 * own staff review and run the catalog; they do not license.
 */
@ApplicationScoped
public class MemberRoleRule implements EligibilityRule {

    private static final Set<Role> MAY_LICENSE = EnumSet.of(Role.TEACHER, Role.TRAINING_OFFICER, Role.INSTITUTION_ADMIN);

    @Override
    public String id() {
        return "member-role";
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String messageBundle() {
        return BuiltInRules.BUNDLE;
    }

    @Override
    public RuleOutcome evaluate(EligibilityRequest request) {
        EligibilityRequest.Member member = request.member();
        if (!request.hasInstitution() || member == null) {
            return failed("member-role.no-membership");
        }
        if (!member.active()) {
            return failed("member-role.pending");
        }
        if (!MAY_LICENSE.contains(member.role())) {
            return failed("member-role.may-not-license", member.role());
        }
        return passed("member-role.may-license", member.role());
    }
}

package org.docuportal.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.docuportal.eligibility.rules.Requests.teacherAtVerifiedSchoolIn;

import java.util.List;
import java.util.Locale;

import org.docuportal.account.domain.Role;
import org.docuportal.eligibility.domain.EligibilityEvaluator;
import org.docuportal.eligibility.domain.EligibilityRequest;
import org.docuportal.eligibility.domain.RuleVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MemberRoleRuleTest {

    private final EligibilityEvaluator evaluator = new EligibilityEvaluator(List.of(new MemberRoleRule()));

    @ParameterizedTest
    @CsvSource({
            "TEACHER,           true,  'You are a teacher at your institution, a role that may license films.'",
            "TRAINING_OFFICER,  true,  'You are a training officer at your institution, a role that may license films.'",
            "INSTITUTION_ADMIN, true,  'You are an institution administrator at your institution, a role that may license films.'",
            "REVIEWER,          false, 'You are a reviewer for the distributor; licensing films is for teachers, training officers and institution administrators.'",
            "PLATFORM_ADMIN,    false, 'You are an administrator for the distributor; licensing films is for teachers, training officers and institution administrators.'"
    })
    void onlyRolesThatBuyMayLicense(Role role, boolean passed, String message) {
        assertThat(verdict(teacherAtVerifiedSchoolIn("KR").member(role, true).build()))
                .isEqualTo(new RuleVerdict("member-role", passed, message));
    }

    @Test
    void aMembershipAwaitingApprovalFailsWithItsOwnMessageWhateverTheRole() {
        for (Role role : List.of(Role.TEACHER, Role.INSTITUTION_ADMIN, Role.REVIEWER)) {
            assertThat(verdict(teacherAtVerifiedSchoolIn("KR").member(role, false).build())).as(role.name())
                    .isEqualTo(new RuleVerdict("member-role", false, "Your membership is still waiting for approval by "
                            + "your institution's administrator. You can license films once it is approved."));
        }
    }

    @Test
    void aCallerWhoIsNoMemberFails() {
        String notAMember = "You are not a member of an institution on the portal, so you cannot license films for one.";
        assertThat(verdict(teacherAtVerifiedSchoolIn("KR").member(null).build()).message()).isEqualTo(notAMember);
        assertThat(verdict(teacherAtVerifiedSchoolIn("KR").institution(null).build()).message())
                .as("a role without an institution to hold it in").isEqualTo(notAMember);
    }

    private RuleVerdict verdict(EligibilityRequest request) {
        return evaluator.evaluate(request, Locale.ENGLISH).rules().get(0);
    }
}

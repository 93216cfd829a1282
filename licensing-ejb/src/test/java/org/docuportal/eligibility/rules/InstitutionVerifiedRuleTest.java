package org.docuportal.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.docuportal.eligibility.rules.Requests.country;
import static org.docuportal.eligibility.rules.Requests.teacherAtVerifiedSchoolIn;

import java.util.List;
import java.util.Locale;

import org.docuportal.eligibility.domain.EligibilityEvaluator;
import org.docuportal.eligibility.domain.RuleOutcome;
import org.docuportal.institution.domain.InstitutionStatus;
import org.docuportal.institution.domain.InstitutionType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class InstitutionVerifiedRuleTest {

    private final InstitutionVerifiedRule rule = new InstitutionVerifiedRule();

    @ParameterizedTest
    @CsvSource({
            "VERIFIED,       true,  'Your institution, Hanbit Middle School, has been verified by the distributor.'",
            "PENDING,        false, 'Your institution, Hanbit Middle School, is still waiting for verification, so it cannot license films yet.'",
            "INFO_REQUESTED, false, 'The distributor''s reviewers have asked your institution, Hanbit Middle School, for more information. It can license films once it has answered and been verified.'",
            "REJECTED,       false, 'The distributor did not accept the registration of your institution, Hanbit Middle School, so it cannot license films.'",
            "SUSPENDED,      false, 'Your institution, Hanbit Middle School, has been suspended by the distributor, so it cannot license films while the suspension lasts.'"
    })
    void eachStatusHasItsOwnVerdict(InstitutionStatus status, boolean passed, String message) {
        var request = teacherAtVerifiedSchoolIn("KR")
                .institution("Hanbit Middle School", InstitutionType.K12_SCHOOL, status, country("KR")).build();

        var verdict = new EligibilityEvaluator(List.of(rule)).evaluate(request, Locale.ENGLISH).rules().get(0);

        assertThat(verdict.passed()).isEqualTo(passed);
        assertThat(verdict.message()).isEqualTo(message);
    }

    @Test
    void everyStatusButVerifiedFails() {
        for (InstitutionStatus status : InstitutionStatus.values()) {
            var request = teacherAtVerifiedSchoolIn("KR").institution("X", InstitutionType.LIBRARY, status, country("KR")).build();
            assertThat(rule.evaluate(request).passed()).as(status.name()).isEqualTo(status == InstitutionStatus.VERIFIED);
        }
    }

    @Test
    void aCallerWithoutInstitutionFails() {
        var request = teacherAtVerifiedSchoolIn("KR").institution(null).member(null).build();
        assertThat(rule.evaluate(request)).isEqualTo(RuleOutcome.failed("institution-verified.no-institution"));
    }
}

package org.docuportal.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.docuportal.eligibility.rules.Requests.country;
import static org.docuportal.eligibility.rules.Requests.teacherAtVerifiedSchoolIn;

import java.util.List;
import java.util.Locale;

import org.docuportal.catalog.domain.RightType;
import org.docuportal.eligibility.domain.EligibilityEvaluator;
import org.docuportal.eligibility.domain.EligibilityRequest;
import org.docuportal.eligibility.domain.RuleVerdict;
import org.docuportal.institution.domain.InstitutionStatus;
import org.docuportal.institution.domain.InstitutionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class InstitutionTypeRuleTest {

    private final EligibilityEvaluator evaluator = new EligibilityEvaluator(List.of(new InstitutionTypeRule()));

    @ParameterizedTest
    @CsvSource({
            "K12_SCHOOL,          EDUCATIONAL,    true",
            "HIGHER_EDUCATION,    EDUCATIONAL,    true",
            "LIBRARY,             EDUCATIONAL,    true",
            "NONPROFIT_EDUCATION, EDUCATIONAL,    true",
            "MILITARY_TRAINING,   EDUCATIONAL,    false",
            "GOVERNMENT_TRAINING, EDUCATIONAL,    false",
            "K12_SCHOOL,          NON_THEATRICAL, true",
            "HIGHER_EDUCATION,    NON_THEATRICAL, true",
            "LIBRARY,             NON_THEATRICAL, true",
            "NONPROFIT_EDUCATION, NON_THEATRICAL, true",
            "MILITARY_TRAINING,   NON_THEATRICAL, true",
            "GOVERNMENT_TRAINING, NON_THEATRICAL, true"
    })
    void theDistributorsTableOfWhoMayHoldWhichRight(InstitutionType type, RightType right, boolean allowed) {
        assertThat(verdict(type, right).passed()).isEqualTo(allowed);
    }

    @Test
    void theVerdictNamesTheKindOfInstitutionAndTheRight() {
        assertThat(verdict(InstitutionType.HIGHER_EDUCATION, RightType.EDUCATIONAL).message())
                .isEqualTo("Your institution is a university or college, which may license educational rights.");
        assertThat(verdict(InstitutionType.MILITARY_TRAINING, RightType.EDUCATIONAL).message())
                .isEqualTo("Your institution is a military training institution, which may not license educational rights. "
                        + "Educational rights are for schools, universities, libraries and nonprofit education; "
                        + "training institutions license non-theatrical rights.");
    }

    @ParameterizedTest
    @EnumSource(value = RightType.class, names = {"LINEAR_TV", "TVOD", "SVOD", "AVOD", "FVOD"})
    void televisionAndVideoOnDemandAreNeverLicensedThroughThePortal(RightType right) {
        for (InstitutionType type : InstitutionType.values()) {
            RuleVerdict verdict = verdict(type, right);
            assertThat(verdict.passed()).as(type.name()).isFalse();
            assertThat(verdict.message()).startsWith("This portal licenses educational and non-theatrical rights only, not ");
        }
    }

    @Test
    void aCallerWithoutInstitutionFails() {
        var request = teacherAtVerifiedSchoolIn("KR").institution(null).build();
        assertThat(evaluator.evaluate(request, Locale.ENGLISH).rules().get(0))
                .isEqualTo(new RuleVerdict("institution-type", false,
                        "Only institutions may hold educational rights, and you do not belong to one."));
    }

    private RuleVerdict verdict(InstitutionType type, RightType right) {
        EligibilityRequest request = teacherAtVerifiedSchoolIn("KR")
                .institution("Institution", type, InstitutionStatus.VERIFIED, country("KR"))
                .right(right).build();
        return evaluator.evaluate(request, Locale.ENGLISH).rules().get(0);
    }
}

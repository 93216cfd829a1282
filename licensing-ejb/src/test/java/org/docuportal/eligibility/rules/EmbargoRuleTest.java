package org.docuportal.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.docuportal.eligibility.rules.Requests.countries;
import static org.docuportal.eligibility.rules.Requests.teacherAtVerifiedSchoolIn;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.docuportal.eligibility.domain.EligibilityEvaluator;
import org.docuportal.eligibility.domain.EligibilityRequest;
import org.docuportal.eligibility.domain.RuleVerdict;
import org.junit.jupiter.api.Test;

class EmbargoRuleTest {

    @Test
    void aCountryOnTheListIsRefused() {
        assertThat(verdict(countries("BY", "SY"), teacherAtVerifiedSchoolIn("SY"))).isEqualTo(new RuleVerdict("embargo",
                false, "Syria is on the distributor's embargo list, so films cannot be licensed to institutions there."));
    }

    @Test
    void aCountryOffTheListPasses() {
        assertThat(verdict(countries("BY", "SY"), teacherAtVerifiedSchoolIn("KR")))
                .isEqualTo(new RuleVerdict("embargo", true, "South Korea is not on the distributor's embargo list."));
    }

    @Test
    void anEmptyListRefusesNoOne() {
        assertThat(verdict(Set.of(), teacherAtVerifiedSchoolIn("SY")).passed()).isTrue();
    }

    @Test
    void aCallerWithoutInstitutionFails() {
        assertThat(verdict(Set.of(), teacherAtVerifiedSchoolIn("KR").institution(null)).passed()).isFalse();
    }

    @Test
    void theSettingIsAListOfCodesInAnyCaseWithBlanksIgnored() {
        assertThat(EmbargoRule.parse("")).isEmpty();
        assertThat(EmbargoRule.parse(" , ")).isEmpty();
        assertThat(EmbargoRule.parse("by, sy ,,CU")).isEqualTo(countries("BY", "SY", "CU"));
    }

    @Test
    void aCodeThatIsNoCountryIsAnErrorRatherThanAnEmbargoSilentlyLifted() {
        assertThatIllegalStateException().isThrownBy(() -> EmbargoRule.parse("BY,Syria"))
                .withMessageContaining("portal.eligibility.embargoed-countries").withMessageContaining("'Syria'");
    }

    private static RuleVerdict verdict(Set<org.docuportal.catalog.domain.CountryCode> embargoed,
                                       EligibilityRequest.Builder request) {
        return new EligibilityEvaluator(List.of(new EmbargoRule(embargoed)))
                .evaluate(request.build(), Locale.ENGLISH).rules().get(0);
    }
}

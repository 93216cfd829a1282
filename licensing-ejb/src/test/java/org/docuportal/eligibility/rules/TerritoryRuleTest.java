package org.docuportal.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.docuportal.eligibility.rules.Requests.only;
import static org.docuportal.eligibility.rules.Requests.teacherAtVerifiedSchoolIn;
import static org.docuportal.eligibility.rules.Requests.worldwideExcept;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.docuportal.catalog.domain.RightType;
import org.docuportal.catalog.domain.Territory;
import org.docuportal.eligibility.domain.EligibilityEvaluator;
import org.docuportal.eligibility.domain.EligibilityRequest;
import org.docuportal.eligibility.domain.RuleVerdict;
import org.junit.jupiter.api.Test;

class TerritoryRuleTest {

    private static final LocalDate START = LocalDate.of(2020, 1, 1);
    private static final LocalDate END = LocalDate.of(2030, 12, 31);

    private final EligibilityEvaluator evaluator = new EligibilityEvaluator(List.of(new TerritoryRule()));

    @Test
    void aListedCountryIsInside() {
        var verdict = verdict(teacherAtVerifiedSchoolIn("KR").window(RightType.EDUCATIONAL, only("JP", "KR"), START, END));
        assertThat(verdict).isEqualTo(new RuleVerdict("territory", true,
                "South Korea lies inside the territory where the distributor holds educational rights for this film."));
    }

    @Test
    void aCountryNotListedIsOutside() {
        var verdict = verdict(teacherAtVerifiedSchoolIn("US").window(RightType.EDUCATIONAL, only("JP", "KR"), START, END));
        assertThat(verdict).isEqualTo(new RuleVerdict("territory", false,
                "United States lies outside the territory where the distributor holds educational rights for this film."));
    }

    @Test
    void worldwideCoversAnyCountryButTheExcluded() {
        assertThat(verdict(teacherAtVerifiedSchoolIn("BR").window(RightType.EDUCATIONAL, Territory.everywhere(), START, END))
                .passed()).isTrue();
        assertThat(verdict(teacherAtVerifiedSchoolIn("US").window(RightType.EDUCATIONAL, worldwideExcept("CN"), START, END))
                .passed()).isTrue();
        assertThat(verdict(teacherAtVerifiedSchoolIn("CN").window(RightType.EDUCATIONAL, worldwideExcept("CN"), START, END)))
                .isEqualTo(new RuleVerdict("territory", false,
                        "The distributor's educational rights for this film leave out China, so institutions there cannot license it."));
    }

    @Test
    void anExclusionFromAListWinsOverTheList() {
        Territory listedAndExcluded = new Territory(false, Requests.countries("KR", "JP"), Requests.countries("KR"));
        assertThat(verdict(teacherAtVerifiedSchoolIn("KR").window(RightType.EDUCATIONAL, listedAndExcluded, START, END))
                .passed()).isFalse();
    }

    @Test
    void anotherWindowOfTheSameRightMayCoverACountryOneWindowExcludes() {
        var request = teacherAtVerifiedSchoolIn("CN")
                .window(RightType.EDUCATIONAL, worldwideExcept("CN"), START, END)
                .window(RightType.EDUCATIONAL, only("CN"), LocalDate.of(2027, 1, 1), END);
        assertThat(verdict(request).passed()).isTrue();
    }

    @Test
    void onlyWindowsOfTheRequestedRightCount() {
        var request = teacherAtVerifiedSchoolIn("KR")
                .window(RightType.LINEAR_TV, Territory.everywhere(), START, END)
                .window(RightType.NON_THEATRICAL, only("KR"), START, END);
        assertThat(verdict(request)).isEqualTo(new RuleVerdict("territory", false,
                "The distributor holds no educational rights for this film in any country."));
        assertThat(verdict(request.right(RightType.NON_THEATRICAL)).passed()).isTrue();
    }

    @Test
    void theDatesOfAWindowAreLeftToTheTermRule() {
        var expired = teacherAtVerifiedSchoolIn("KR").window(RightType.EDUCATIONAL, only("KR"), START, START.plusYears(1));
        assertThat(verdict(expired).passed()).isTrue();
    }

    @Test
    void aCallerWithoutInstitutionFails() {
        var request = teacherAtVerifiedSchoolIn("KR").institution(null)
                .window(RightType.EDUCATIONAL, Territory.everywhere(), START, END);
        assertThat(verdict(request).passed()).isFalse();
        assertThat(verdict(request).message()).contains("Without an institution");
    }

    @Test
    void aCountryLeftOutOfEveryWindowIsNamedAsExcludedNotMerelyOutside() {
        var request = teacherAtVerifiedSchoolIn("KP")
                .window(RightType.EDUCATIONAL, worldwideExcept("KP", "CN"), START, END)
                .window(RightType.EDUCATIONAL, only("JP"), START, END);
        RuleVerdict verdict = verdict(request);
        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.message()).contains("leave out North Korea");
    }

    private RuleVerdict verdict(EligibilityRequest.Builder request) {
        return evaluator.evaluate(request.build(), Locale.ENGLISH).rules().get(0);
    }
}

package org.docuportal.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.docuportal.eligibility.rules.Requests.TODAY;
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

class TermCoveredRuleTest {

    /** A twelve-month term from 2026-09-01 runs to 2027-08-31. */
    private static final LocalDate TERM_START = LocalDate.of(2026, 9, 1);
    private static final LocalDate TERM_LAST_DAY = LocalDate.of(2027, 8, 31);

    private final EligibilityEvaluator evaluator = new EligibilityEvaluator(List.of(new TermCoveredRule()));

    @Test
    void aWindowFromTheTermsFirstDayToItsLastDayCoversIt() {
        var request = yearFromSeptember().window(RightType.EDUCATIONAL, only("KR"), TERM_START, TERM_LAST_DAY);
        assertThat(verdict(request)).isEqualTo(new RuleVerdict("term-covered", true,
                "The distributor's educational rights run through the whole term, from September 1, 2026 to August 31, 2027."));
    }

    @Test
    void aWindowEndingOneDayBeforeTheTermsLastDayDoesNotAndSaysWhenTheRightsEnd() {
        var request = yearFromSeptember().window(RightType.EDUCATIONAL, only("KR"), TERM_START, TERM_LAST_DAY.minusDays(1));
        assertThat(verdict(request)).isEqualTo(new RuleVerdict("term-covered", false,
                "The term would run until August 31, 2027, but the distributor's educational rights end on August 30, 2027. "
                        + "Choose a term that ends by August 30, 2027."));
    }

    @Test
    void aWindowStartingOneDayAfterTheTermsFirstDayDoesNotAndSaysWhenTheRightsStart() {
        var request = yearFromSeptember().window(RightType.EDUCATIONAL, only("KR"), TERM_START.plusDays(1), null);
        assertThat(verdict(request)).isEqualTo(new RuleVerdict("term-covered", false,
                "The distributor's educational rights for this film in South Korea start on September 2, 2026, "
                        + "after the term's first day, September 1, 2026. Choose a start from September 2, 2026 on."));
    }

    @Test
    void anOpenEndedWindowCoversAnyLengthOfTerm() {
        var request = teacherAtVerifiedSchoolIn("KR").term(TERM_START, 1200)
                .window(RightType.EDUCATIONAL, only("KR"), TERM_START, null);
        assertThat(verdict(request).passed()).isTrue();
    }

    @Test
    void aWindowThatHasEndedSaysWhen() {
        var request = yearFromSeptember().window(RightType.EDUCATIONAL, only("KR"), LocalDate.of(2020, 1, 1),
                LocalDate.of(2025, 12, 31));
        assertThat(verdict(request)).isEqualTo(new RuleVerdict("term-covered", false,
                "The distributor's educational rights for this film in South Korea ended on December 31, 2025."));
    }

    @Test
    void whenSeveralWindowsRunOnTheFirstDayTheLatestEndIsNamed() {
        var request = yearFromSeptember()
                .window(RightType.EDUCATIONAL, only("KR"), LocalDate.of(2020, 1, 1), LocalDate.of(2027, 3, 31))
                .window(RightType.EDUCATIONAL, Territory.everywhere(), LocalDate.of(2021, 1, 1), LocalDate.of(2027, 6, 30))
                .window(RightType.EDUCATIONAL, only("JP"), LocalDate.of(2021, 1, 1), null);
        assertThat(verdict(request).message()).contains("rights end on June 30, 2027");
    }

    @Test
    void backToBackWindowsAreNotChainedIntoOne() {
        var request = yearFromSeptember()
                .window(RightType.EDUCATIONAL, only("KR"), LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31))
                .window(RightType.EDUCATIONAL, only("KR"), LocalDate.of(2027, 1, 1), LocalDate.of(2029, 12, 31));
        assertThat(verdict(request).passed()).isFalse();
    }

    @Test
    void onlyWindowsOfTheRightAndCoveringTheCountryCount() {
        var request = yearFromSeptember()
                .window(RightType.NON_THEATRICAL, only("KR"), TERM_START, null)
                .window(RightType.EDUCATIONAL, worldwideExcept("KR"), TERM_START, null)
                .window(RightType.EDUCATIONAL, only("KR"), TERM_START, LocalDate.of(2027, 1, 31));
        assertThat(verdict(request).message()).contains("rights end on January 31, 2027");

        var noneForKorea = yearFromSeptember().window(RightType.EDUCATIONAL, worldwideExcept("KR"), TERM_START, null);
        assertThat(verdict(noneForKorea)).isEqualTo(new RuleVerdict("term-covered", false,
                "The distributor holds no educational rights for this film in South Korea, so no term can be licensed there."));
    }

    @Test
    void aTermMayStartTodayButNotYesterday() {
        var window = new EligibilityRequest.Window(RightType.EDUCATIONAL, only("KR"), LocalDate.of(2020, 1, 1), null);
        assertThat(verdict(teacherAtVerifiedSchoolIn("KR").term(TODAY, 12).window(window)).passed()).isTrue();
        assertThat(verdict(teacherAtVerifiedSchoolIn("KR").term(TODAY.minusDays(1), 12).window(window)))
                .isEqualTo(new RuleVerdict("term-covered", false,
                        "The term would start on May 31, 2026, which has passed. Choose a start from today, June 1, 2026, on."));
    }

    @Test
    void aCallerWithoutInstitutionFails() {
        var request = yearFromSeptember().institution(null).window(RightType.EDUCATIONAL, Territory.everywhere(), TERM_START, null);
        assertThat(verdict(request).passed()).isFalse();
    }

    @Test
    void theEnglishDatesFollowTheReadersLanguage() {
        var request = yearFromSeptember().window(RightType.EDUCATIONAL, only("KR"), TERM_START, TERM_LAST_DAY.minusDays(1));
        String british = evaluator.evaluate(request.build(), Locale.UK).rules().get(0).message();
        assertThat(british).contains("30 August 2027");
    }

    private static EligibilityRequest.Builder yearFromSeptember() {
        return teacherAtVerifiedSchoolIn("KR").term(TERM_START, 12);
    }

    private RuleVerdict verdict(EligibilityRequest.Builder request) {
        return evaluator.evaluate(request.build(), Locale.ENGLISH).rules().get(0);
    }
}

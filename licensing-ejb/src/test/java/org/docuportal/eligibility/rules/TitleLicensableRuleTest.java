package org.docuportal.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.docuportal.eligibility.rules.Requests.teacherAtVerifiedSchoolIn;

import java.util.List;
import java.util.Locale;

import org.docuportal.catalog.domain.RightType;
import org.docuportal.catalog.domain.Territory;
import org.docuportal.catalog.domain.TitlePublication;
import org.docuportal.eligibility.domain.EligibilityRequest;
import org.docuportal.eligibility.domain.EligibilityEvaluator;
import org.docuportal.eligibility.domain.RuleVerdict;
import org.junit.jupiter.api.Test;

class TitleLicensableRuleTest {

    private final EligibilityEvaluator evaluator = new EligibilityEvaluator(List.of(new TitleLicensableRule()));

    @Test
    void aReleasedFilmMayBeLicensed() {
        var request = teacherAtVerifiedSchoolIn("KR").title("released", true).build();
        assertThat(evaluator.evaluate(request, Locale.ENGLISH).rules())
                .containsExactly(new RuleVerdict("title-licensable", true, "The film has been released and may be licensed."));
    }

    @Test
    void aFilmInProductionCannotBeLicensedEvenWithRightsThatCoverTheTerm() {
        var request = teacherAtVerifiedSchoolIn("KR").title("in-production", false)
                .window(RightType.EDUCATIONAL, Territory.everywhere(), Requests.TODAY.minusYears(1), null).build();
        assertThat(evaluator.evaluate(request, Locale.ENGLISH).rules()).containsExactly(new RuleVerdict(
                "title-licensable", false, "The film is still being made, so it cannot be licensed yet."));
    }

    @Test
    void aWithdrawnFilmCannotBeLicensedAndTheReasonSaysSoInPlainWords() {
        var request = teacherAtVerifiedSchoolIn("KR").title(new EligibilityRequest.TitleRights("withdrawn", false,
                List.of(), TitlePublication.WITHDRAWN)).right(RightType.EDUCATIONAL).build();
        RuleVerdict verdict = evaluator.evaluate(request, Locale.ENGLISH).rules().get(0);
        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.message()).contains("withdrawn", "licenses already issued stay valid");
    }

    @Test
    void aDraftCannotBeLicensed() {
        var request = teacherAtVerifiedSchoolIn("KR").title(new EligibilityRequest.TitleRights("draft", false,
                List.of(), TitlePublication.DRAFT)).right(RightType.EDUCATIONAL).build();
        assertThat(evaluator.evaluate(request, Locale.ENGLISH).rules().get(0).message()).contains("not been published");
    }
}

package org.docuportal.eligibility.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.docuportal.catalog.domain.RightType;
import org.docuportal.eligibility.domain.EligibilityEvaluator;
import org.docuportal.eligibility.domain.EligibilityRequest;
import org.docuportal.eligibility.domain.RuleVerdict;
import org.junit.jupiter.api.Test;

class MaximumTermRuleTest {

    private final EligibilityEvaluator evaluator = new EligibilityEvaluator(List.of(new MaximumTermRule()));

    @Test
    void threeYearsIsTheLongestTerm() {
        assertThat(verdict(36)).isEqualTo(new RuleVerdict("maximum-term", true,
                "A term of 36 months is within the distributor's limit of 36 months."));
        assertThat(verdict(37)).isEqualTo(new RuleVerdict("maximum-term", false,
                "A term of 37 months is longer than the distributor allows. Choose 36 months or fewer."));
        assertThat(verdict(1).passed()).isTrue();
    }

    private RuleVerdict verdict(int months) {
        EligibilityRequest request = EligibilityRequest.builder().right(RightType.EDUCATIONAL)
                .term(LocalDate.of(2026, 9, 1), months).today(LocalDate.of(2026, 6, 1)).build();
        return evaluator.evaluate(request, Locale.ENGLISH).rules().get(0);
    }
}

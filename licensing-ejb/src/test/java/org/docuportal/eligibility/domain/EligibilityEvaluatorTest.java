package org.docuportal.eligibility.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.docuportal.catalog.domain.CountryCode;
import org.docuportal.catalog.domain.RightType;
import org.junit.jupiter.api.Test;

class EligibilityEvaluatorTest {

    private static final String BUNDLE = "org.docuportal.eligibility.domain.TestRuleMessages";

    private static final EligibilityRequest REQUEST = EligibilityRequest.builder()
            .right(RightType.EDUCATIONAL)
            .term(LocalDate.of(2026, 9, 1), 12)
            .today(LocalDate.of(2026, 6, 1))
            .build();

    /** A rule that answers what it is told and remembers that it was asked. */
    private static final class FakeRule implements EligibilityRule {

        private final String id;
        private final int order;
        private final String bundle;
        private final Function<EligibilityRequest, RuleOutcome> outcome;
        private int calls;

        FakeRule(String id, int order, String bundle, Function<EligibilityRequest, RuleOutcome> outcome) {
            this.id = id;
            this.order = order;
            this.bundle = bundle;
            this.outcome = outcome;
        }

        static FakeRule passing(String id, int order) {
            return new FakeRule(id, order, BUNDLE, r -> RuleOutcome.passed("ok", id));
        }

        static FakeRule failing(String id, int order) {
            return new FakeRule(id, order, BUNDLE, r -> RuleOutcome.failed("no", id));
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public int order() {
            return order;
        }

        @Override
        public RuleOutcome evaluate(EligibilityRequest request) {
            calls++;
            return outcome.apply(request);
        }

        @Override
        public String messageBundle() {
            return bundle;
        }
    }

    @Test
    void verdictsFollowTheRulesOrderThenTheirIds() {
        var evaluator = new EligibilityEvaluator(List.of(FakeRule.passing("zeta", 100), FakeRule.passing("late", 900),
                FakeRule.passing("alpha", 100), FakeRule.passing("first", -5)));

        var decision = evaluator.evaluate(REQUEST, Locale.ENGLISH);

        assertThat(decision.rules()).extracting(RuleVerdict::id).containsExactly("first", "alpha", "zeta", "late");
        assertThat(evaluator.ruleIds()).containsExactly("first", "alpha", "zeta", "late");
    }

    @Test
    void everyRuleIsAskedAndListedEvenAfterAFailure() {
        FakeRule early = FakeRule.failing("early", 100);
        FakeRule later = FakeRule.passing("later", 200);
        FakeRule last = FakeRule.failing("last", 300);

        var decision = new EligibilityEvaluator(List.of(last, later, early)).evaluate(REQUEST, Locale.ENGLISH);

        assertThat(decision.eligible()).isFalse();
        assertThat(decision.rules()).containsExactly(
                new RuleVerdict("early", false, "Rule early failed."),
                new RuleVerdict("later", true, "Rule later passed."),
                new RuleVerdict("last", false, "Rule last failed."));
        assertThat(decision.failures()).extracting(RuleVerdict::id).containsExactly("early", "last");
        assertThat(List.of(early.calls, later.calls, last.calls)).containsOnly(1);
    }

    @Test
    void aRequestIsEligibleWhenEveryRulePassed() {
        var decision = new EligibilityEvaluator(List.of(FakeRule.passing("a", 1), FakeRule.passing("b", 2)))
                .evaluate(REQUEST, Locale.ENGLISH);
        assertThat(decision.eligible()).isTrue();
        assertThat(decision.failures()).isEmpty();
    }

    @Test
    void twoRulesWithOneIdAreRefusedNamingBoth() {
        var rules = List.of(FakeRule.passing("embargo", 100), FakeRule.failing("embargo", 200));
        assertThatIllegalArgumentException().isThrownBy(() -> new EligibilityEvaluator(rules))
                .withMessageContaining("'embargo'").withMessageContaining(FakeRule.class.getName());
    }

    @Test
    void anIdMustBeKebabCase() {
        for (String id : new String[] {"Embargo", "maximum_term", "-term", "term-", "two--hyphens", "", "with space"}) {
            assertThatIllegalArgumentException().as(id)
                    .isThrownBy(() -> new EligibilityEvaluator(List.of(FakeRule.passing(id, 1))))
                    .withMessageContaining("'" + id + "'");
        }
        assertThat(new EligibilityEvaluator(List.of(FakeRule.passing("rule-2-b", 1))).ruleIds()).containsExactly("rule-2-b");
    }

    @Test
    void anEvaluatorWithoutRulesIsRefusedRatherThanCallingEverythingEligible() {
        assertThatIllegalArgumentException().isThrownBy(() -> new EligibilityEvaluator(List.of()));
    }

    @Test
    void valuesAreWrittenOutForTheReader() {
        FakeRule rule = new FakeRule("values", 1, BUNDLE, r -> RuleOutcome.passed("values",
                LocalDate.of(2027, 8, 31), CountryCode.of("KR"), RightType.EDUCATIONAL, RightType.LINEAR_TV, 1200, "text"));

        String english = new EligibilityEvaluator(List.of(rule)).evaluate(REQUEST, Locale.ENGLISH).rules().get(0).message();

        assertThat(english).isEqualTo("On August 31, 2027, in South Korea, for educational rights and LINEAR_TV, 1,200 times: text.");
    }

    @Test
    void aLanguageWithoutMessagesGetsEnglishEvenWhenTheServerSpeaksAnother() {
        Locale serverDefault = Locale.getDefault();
        Locale.setDefault(Locale.GERMAN);
        try {
            var evaluator = new EligibilityEvaluator(List.of(FakeRule.passing("a", 1)));
            assertThat(evaluator.evaluate(REQUEST, Locale.KOREAN).rules().get(0).message()).isEqualTo("Rule a passed.");
            assertThat(evaluator.evaluate(REQUEST, Locale.GERMAN).rules().get(0).message()).isEqualTo("Regel a erfüllt.");
        } finally {
            Locale.setDefault(serverDefault);
        }
    }

    @Test
    void aQuoteInAPatternIsWrittenOnce() {
        FakeRule rule = new FakeRule("quote", 1, BUNDLE, r -> RuleOutcome.passed("quote"));
        assertThat(new EligibilityEvaluator(List.of(rule)).evaluate(REQUEST, Locale.ENGLISH).rules().get(0).message())
                .isEqualTo("The distributor's rule.");
    }

    @Test
    void aMissingMessageFailsTheQuestionNamingTheRuleAndKey() {
        FakeRule rule = new FakeRule("careless", 1, BUNDLE, r -> RuleOutcome.failed("no-such-key"));
        var evaluator = new EligibilityEvaluator(List.of(rule));
        assertThatIllegalStateException().isThrownBy(() -> evaluator.evaluate(REQUEST, Locale.ENGLISH))
                .withMessageContaining("'careless'").withMessageContaining("no-such-key");
    }

    @Test
    void aMissingBundleFailsTheQuestionNamingTheBundle() {
        FakeRule rule = new FakeRule("lost", 1, "com.example.Nowhere", r -> RuleOutcome.passed("ok"));
        var evaluator = new EligibilityEvaluator(List.of(rule));
        assertThatIllegalStateException().isThrownBy(() -> evaluator.evaluate(REQUEST, Locale.ENGLISH))
                .withMessageContaining("com.example.Nowhere");
    }

    @Test
    void aRuleThatAnswersNothingFailsTheQuestion() {
        FakeRule rule = new FakeRule("silent", 1, BUNDLE, r -> null);
        var evaluator = new EligibilityEvaluator(List.of(rule));
        assertThatIllegalStateException().isThrownBy(() -> evaluator.evaluate(REQUEST, Locale.ENGLISH))
                .withMessageContaining("'silent'");
    }

    @Test
    void theRuleListGivenIsCopied() {
        List<EligibilityRule> rules = new ArrayList<>(List.of(FakeRule.passing("a", 1)));
        var evaluator = new EligibilityEvaluator(rules);
        rules.add(FakeRule.failing("b", 2));
        assertThat(evaluator.evaluate(REQUEST, Locale.ENGLISH).eligible()).isTrue();
    }

    @Test
    void aDecisionCannotClaimEligibilityAFailedRuleDenies() {
        var verdicts = List.of(new RuleVerdict("a", true, "yes"), new RuleVerdict("b", false, "no"));
        assertThatIllegalArgumentException().isThrownBy(() -> new EligibilityDecision(true, verdicts));
        assertThat(EligibilityDecision.of(verdicts).eligible()).isFalse();
        assertThat(EligibilityDecision.of(verdicts).verdict("b")).contains(new RuleVerdict("b", false, "no"));
    }
}

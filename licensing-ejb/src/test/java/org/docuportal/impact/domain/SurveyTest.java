package org.docuportal.impact.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.docuportal.catalog.domain.CountryCode;
import org.docuportal.catalog.domain.RightType;
import org.docuportal.catalog.domain.Territory;
import org.docuportal.catalog.domain.Title;
import org.docuportal.catalog.domain.TitleStatus;
import org.docuportal.institution.domain.Institution;
import org.docuportal.institution.domain.InstitutionType;
import org.docuportal.institution.domain.SizeBand;
import org.docuportal.licensing.domain.License;
import org.docuportal.licensing.domain.LicenseOrder;
import org.docuportal.licensing.domain.Offer;
import org.docuportal.licensing.domain.Quote;
import org.docuportal.shared.domain.Money;
import org.junit.jupiter.api.Test;

/** A screening survey's rules: which licenses open one, frozen statements, answers checked, codes that pair once. */
class SurveyTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    static final List<String> ITEMS = List.of("I know that North Korean war orphans were sent to Eastern Europe.",
            "I know why these children were called back.");

    static License license(LocalDate start) {
        Institution school = new Institution("Hillside School", InstitutionType.K12_SCHOOL, CountryCode.of("KR"), "Seoul",
                null, null, Set.of("hillside.example"), Set.of(), SizeBand.UP_TO_500, NOW);
        school.decide(Institution.Decision.APPROVE, "checked", "reviewer@d.example", NOW);
        Title title = new Title("film", "Film", "A film.", "ko", TitleStatus.AVAILABLE);
        title.grantRights(RightType.EDUCATIONAL, Territory.countries(Set.of(CountryCode.of("KR"))), LocalDate.of(2025, 1, 1), null);
        Offer offer = Offer.classroomStreaming(title, 12, 3, "USD").price(InstitutionType.K12_SCHOOL, SizeBand.UP_TO_500, "249");
        Quote quote = new Quote(school, offer, Money.of("249", "USD"), offer.termStarting(start), "t@hillside.example",
                false, NOW, TODAY);
        quote.markOrdered(TODAY);
        LicenseOrder order = new LicenseOrder(quote, "manual-po", "PO-1", "t@hillside.example", NOW);
        order.markPaid(NOW, "paid");
        return License.issue(order, NOW);
    }

    static Screening screening() {
        return new Screening(license(TODAY), TODAY, ITEMS, "public-code", "t@hillside.example", NOW);
    }

    private static LikertAnswers answers(Integer... values) {
        return new LikertAnswers(List.of(values));
    }

    @Test
    void aSurveyOpensForAScreeningDayInsideAnActiveLicensesTerm() {
        License license = license(TODAY);
        assertThat(ScreeningRule.allowsSurvey(license, TODAY, TODAY)).isTrue();
        assertThat(ScreeningRule.allowsSurvey(license, license.term().end(), TODAY)).isTrue();
        assertThat(ScreeningRule.allowsSurvey(license, license.term().end().plusDays(1), TODAY)).isFalse();
        assertThat(ScreeningRule.allowsSurvey(license, TODAY.minusDays(1), TODAY)).isFalse();
        assertThat(ScreeningRule.allowsSurvey(license, TODAY, license.term().end().plusDays(1))).isFalse();
        license.revoke("refunded", NOW);
        assertThat(ScreeningRule.allowsSurvey(license, TODAY, TODAY)).isFalse();
        assertThat(ScreeningRule.allowsSomeSurvey(license(TODAY.plusDays(10)), TODAY)).isTrue();
    }

    @Test
    void theStatementsCanBeReworkedUntilTheFirstAnswer() {
        Screening screening = screening();
        screening.replaceItems(List.of("  I know   where the orphans went.  "), AnswerCounts.NONE);
        assertThat(screening.items()).containsExactly("I know where the orphans went.");
        SurveyResponse.before(screening, answers(3), PairingCode.random(new SecureRandom()));
        assertThatThrownBy(() -> screening.replaceItems(ITEMS, new AnswerCounts(0, 1, 0))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("first answer");
    }

    @Test
    void statementsAreCheckedNamingTheOneAtFault() {
        Screening screening = screening();
        assertThatThrownBy(() -> screening.replaceItems(List.of(), AnswerCounts.NONE)).isInstanceOfSatisfying(SurveyInputException.class,
                e -> assertThat(e.field()).isEqualTo("items"));
        assertThatThrownBy(() -> screening.replaceItems(List.of(ITEMS.get(0), "short"), AnswerCounts.NONE)).isInstanceOfSatisfying(
                SurveyInputException.class, e -> assertThat(e.field()).isEqualTo("items[1]"));
        assertThatThrownBy(() -> screening.replaceItems(List.of(ITEMS.get(0), ITEMS.get(0).toUpperCase()), AnswerCounts.NONE))
                .isInstanceOfSatisfying(SurveyInputException.class, e -> assertThat(e.field()).isEqualTo("items[1]"));
    }

    @Test
    void everyStatementIsAnsweredFromOneToFive() {
        assertThatThrownBy(() -> LikertAnswers.forItems(List.of(3), 2)).isInstanceOfSatisfying(SurveyInputException.class,
                e -> assertThat(e.field()).isEqualTo("answers"));
        assertThatThrownBy(() -> LikertAnswers.forItems(List.of(3, 6), 2)).isInstanceOfSatisfying(SurveyInputException.class,
                e -> assertThat(e.field()).isEqualTo("answers[1]"));
        assertThatThrownBy(() -> LikertAnswers.forItems(java.util.Arrays.asList(0, null), 2))
                .isInstanceOfSatisfying(SurveyInputException.class, e -> assertThat(e.field()).isEqualTo("answers[0]"));
        assertThat(LikertAnswers.forItems(List.of(1, 5), 2).total()).isEqualTo(6);
        assertThat(LikertAnswers.fromStored("4,2,5").values()).containsExactly(4, 2, 5);
    }

    @Test
    void aCodePairsOnlyWithinItsScreening() {
        // That it pairs once is the database's unique key (ImpactSurveyIT, SurveyBurstIT).
        Screening screening = screening();
        SurveyResponse before = SurveyResponse.before(screening, answers(2, 3), PairingCode.parse("K7P4-QX2M"));
        SurveyResponse after = SurveyResponse.after(screening, answers(4, 4), before);
        assertThat(after.isPaired()).isTrue();
        assertThat(SurveyResponse.codeUsedAlready().field()).isEqualTo("pairingCode");

        Screening other = screening();
        SurveyResponse elsewhere = SurveyResponse.before(other, answers(2, 3), PairingCode.parse("K7P4-QX2N"));
        assertThatThrownBy(() -> SurveyResponse.after(screening, answers(5, 5), elsewhere))
                .isInstanceOfSatisfying(SurveyInputException.class, e -> assertThat(e.field()).isEqualTo("pairingCode"));

        SurveyResponse alone = SurveyResponse.after(screening, answers(3, 3), null);
        assertThat(alone.isPaired()).isFalse();
    }

    @Test
    void aClosedSurveyTakesNoAnswers() {
        Screening screening = screening();
        screening.close(NOW);
        assertThat(screening.status()).isEqualTo(ScreeningStatus.CLOSED);
        assertThatThrownBy(() -> SurveyResponse.before(screening, answers(2, 3), PairingCode.parse("K7P4-QX2M")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> screening.replaceItems(ITEMS, AnswerCounts.NONE)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void policyEventsCountOnceWithinSixMonthsAfterAnyScreening() {
        List<LocalDate> screenings = List.of(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 5, 1));
        List<LocalDate> events = List.of(
                LocalDate.of(2025, 3, 9),    // the day before the first screening: no
                LocalDate.of(2025, 3, 10),   // the screening day: yes
                LocalDate.of(2025, 6, 1),    // after both: once
                LocalDate.of(2025, 11, 1),   // six months after the second, to the day: yes
                LocalDate.of(2025, 11, 2));  // one day later: no
        assertThat(PolicyImpact.eventsWithinSixMonths(screenings, events)).isEqualTo(3);
        assertThat(PolicyImpact.eventsWithinSixMonths(List.of(), events)).isZero();
    }

    @Test
    void aPolicyEventNamesItsBodyAndAReference() {
        Title title = new Title("film", "Film", "A film.", "ko", TitleStatus.AVAILABLE);
        assertThatThrownBy(() -> new PolicyEvent(title, null, "Committee", null, "A/HRC/1", null, "a", NOW))
                .isInstanceOfSatisfying(SurveyInputException.class, e -> assertThat(e.field()).isEqualTo("date"));
        assertThatThrownBy(() -> new PolicyEvent(title, TODAY, " ", null, "A/HRC/1", null, "a", NOW))
                .isInstanceOfSatisfying(SurveyInputException.class, e -> assertThat(e.field()).isEqualTo("body"));
        assertThatThrownBy(() -> new PolicyEvent(title, TODAY, "Committee", null, "", null, "a", NOW))
                .isInstanceOfSatisfying(SurveyInputException.class, e -> assertThat(e.field()).isEqualTo("reference"));
        PolicyEvent event = new PolicyEvent(title, TODAY, " UN Human Rights Council ", null, "A/HRC/RES/1", " ", "a", NOW);
        assertThat(event.body()).isEqualTo("UN Human Rights Council");
        assertThat(event.note()).isNull();
        assertThat(event.country()).isNull();
    }
}

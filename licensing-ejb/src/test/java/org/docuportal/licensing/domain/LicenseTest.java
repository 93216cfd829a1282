package org.docuportal.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.docuportal.catalog.domain.CountryCode;
import org.docuportal.catalog.domain.RightType;
import org.docuportal.catalog.domain.Territory;
import org.docuportal.catalog.domain.Title;
import org.docuportal.catalog.domain.TitleStatus;
import org.docuportal.institution.domain.Institution;
import org.docuportal.institution.domain.InstitutionType;
import org.docuportal.institution.domain.SizeBand;
import org.docuportal.shared.domain.Money;
import org.junit.jupiter.api.Test;

class LicenseTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private static Institution school() {
        Institution school = new Institution("Hillside School", InstitutionType.K12_SCHOOL, CountryCode.of("KR"), "Seoul",
                null, null, Set.of("hillside.example"), Set.of(), SizeBand.UP_TO_500, NOW);
        school.decide(Institution.Decision.APPROVE, "checked", "reviewer@d.example", NOW);
        return school;
    }

    private static Title film(LocalDate windowEnd) {
        Title title = new Title("film", "Film", "A film.", "ko", TitleStatus.AVAILABLE);
        title.grantRights(RightType.EDUCATIONAL, Territory.countries(Set.of(CountryCode.of("KR"))),
                LocalDate.of(2025, 1, 1), windowEnd);
        return title;
    }

    private static LicenseOrder paidOrder(Title title, LocalDate start) {
        Offer offer = Offer.classroomStreaming(title, 12, 3, "USD").price(InstitutionType.K12_SCHOOL, SizeBand.UP_TO_500, "249");
        Quote quote = new Quote(school(), offer, Money.of("249", "USD"), offer.termStarting(start), "t@hillside.example",
                false, NOW, TODAY);
        quote.markOrdered(TODAY);
        LicenseOrder order = new LicenseOrder(quote, "manual-po", "PO-1", "t@hillside.example", NOW);
        order.markPaid(NOW, "paid");
        return order;
    }

    @Test
    void aLicenseCoversExactlyTheQuotedTermInsideTheRightsWindow() {
        License license = License.issue(paidOrder(film(null), TODAY), NOW);
        assertThat(license.term()).isEqualTo(new LicenseTerm(TODAY, TODAY.plusMonths(12).minusDays(1)));
        assertThat(license.status()).isEqualTo(LicenseStatus.ACTIVE);
        assertThat(license.isUsableOn(TODAY)).isTrue();
        assertThat(license.isUsableOn(TODAY.plusMonths(12))).isFalse();
    }

    @Test
    void noLicenseOutlivesTheRightsWindowThatAllowsIt() {
        LicenseOrder order = paidOrder(film(TODAY.plusMonths(6)), TODAY);
        assertThatThrownBy(() -> License.issue(order, NOW))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no longer cover");
    }

    @Test
    void anUnpaidOrderIsNoLicense() {
        Title title = film(null);
        Offer offer = Offer.studyGuidePack(title, "USD");
        Quote quote = new Quote(school(), offer, Money.of("49", "USD"), offer.termStarting(TODAY), "t@x.example", false, NOW, TODAY);
        LicenseOrder order = new LicenseOrder(quote, "manual-po", null, "t@x.example", NOW);
        assertThatThrownBy(() -> License.issue(order, NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theRenewalReminderIsDueOnceWithinThirtyDaysOfTheEnd() {
        License license = License.issue(paidOrder(film(null), TODAY), NOW);
        LocalDate end = license.term().end();
        assertThat(license.takeRenewalReminder(end.minusDays(31), NOW)).isFalse();
        assertThat(license.takeRenewalReminder(end.minusDays(30), NOW)).isTrue();
        assertThat(license.takeRenewalReminder(end.minusDays(29), NOW)).isFalse();
    }

    @Test
    void theStartMailIsDueOnceOnTheFirstDayOfALicenseBoughtAhead() {
        LocalDate start = TODAY.plusDays(10);
        License ahead = License.issue(paidOrder(film(null), start), NOW);
        assertThat(ahead.takeStartNotice(start.minusDays(1), java.time.ZoneOffset.UTC, NOW)).isFalse();
        assertThat(ahead.takeStartNotice(start, java.time.ZoneOffset.UTC, NOW)).isTrue();
        assertThat(ahead.takeStartNotice(start, java.time.ZoneOffset.UTC, NOW)).as("once").isFalse();

        License missedRound = License.issue(paidOrder(film(null), start), NOW);
        assertThat(missedRound.takeStartNotice(start.plusDays(1), java.time.ZoneOffset.UTC, NOW)).isTrue();
        License longAgo = License.issue(paidOrder(film(null), start), NOW);
        assertThat(longAgo.takeStartNotice(start.plusDays(2), java.time.ZoneOffset.UTC, NOW)).isFalse();

        License boughtOnItsFirstDay = License.issue(paidOrder(film(null), TODAY), NOW);
        assertThat(boughtOnItsFirstDay.takeStartNotice(TODAY, java.time.ZoneOffset.UTC, NOW))
                .as("the buyer has just been told by the receipt").isFalse();
    }

    @Test
    void aLicenseExpiresTheDayAfterItsLastDayAndARevocationStops() {
        License license = License.issue(paidOrder(film(null), TODAY), NOW);
        assertThat(license.expireIfOver(license.term().end())).isFalse();
        assertThat(license.expireIfOver(license.term().end().plusDays(1))).isTrue();
        assertThat(license.status()).isEqualTo(LicenseStatus.EXPIRED);

        License other = License.issue(paidOrder(film(null), TODAY), NOW);
        assertThat(other.revoke("Payment refunded", NOW)).isTrue();
        assertThat(other.revoke("Payment refunded", NOW)).as("revoking twice changes nothing").isFalse();
        assertThat(other.isUsableOn(TODAY)).isFalse();
        assertThat(other.revocationReason()).isEqualTo("Payment refunded");
    }

    @Test
    void aQuoteCanBeOrderedOnceAndNotAfterItsValidity() {
        Title title = film(null);
        Offer offer = Offer.publicScreening(title, 200, "USD");
        Quote quote = new Quote(school(), offer, Money.of("150", "USD"), offer.termStarting(TODAY), "t@x.example", false, NOW, TODAY);
        assertThat(quote.term().start()).isEqualTo(quote.term().end());
        assertThatThrownBy(() -> quote.markOrdered(TODAY.plusDays(Quote.VALID_DAYS + 1))).isInstanceOf(IllegalStateException.class);
        quote.markOrdered(TODAY);
        assertThatThrownBy(() -> quote.markOrdered(TODAY)).isInstanceOf(IllegalStateException.class);
    }
}

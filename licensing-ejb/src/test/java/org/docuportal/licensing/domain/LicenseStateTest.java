package org.docuportal.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * A license's state is read from the clock: bought in March for a term from April, it is
 * SCHEDULED until April, ACTIVE through its last day and EXPIRED after, whether or not the hourly
 * round has stored the expiry yet; a revocation outranks the date.
 */
class LicenseStateTest {

    private static final Instant BOUGHT = Instant.parse("2026-03-01T10:00:00Z");
    private static final LocalDate START = LocalDate.of(2026, 4, 1);

    private static Title film() {
        Title title = new Title("film", "Film", "A film.", "ko", TitleStatus.AVAILABLE);
        title.grantRights(RightType.EDUCATIONAL, Territory.countries(Set.of(CountryCode.of("KR"))), LocalDate.of(2025, 1, 1), null);
        return title;
    }

    private static License licenseFrom(Title title, LocalDate start) {
        Institution school = new Institution("Hillside School", InstitutionType.K12_SCHOOL, CountryCode.of("KR"), "Seoul",
                null, null, Set.of("hillside.example"), Set.of(), SizeBand.UP_TO_500, BOUGHT);
        school.decide(Institution.Decision.APPROVE, "checked", "reviewer@d.example", BOUGHT);
        Offer offer = Offer.classroomStreaming(title, 12, 3, "USD").price(InstitutionType.K12_SCHOOL, SizeBand.UP_TO_500, "249");
        LocalDate bought = LocalDate.ofInstant(BOUGHT, ZoneOffset.UTC);
        Quote quote = new Quote(school, offer, Money.of("249", "USD"), offer.termStarting(start), "t@hillside.example",
                false, BOUGHT, bought);
        quote.markOrdered(bought);
        LicenseOrder order = new LicenseOrder(quote, "manual-po", "PO-1", "t@hillside.example", BOUGHT);
        order.markPaid(BOUGHT, "paid");
        return License.issue(order, BOUGHT);
    }

    /** The day a clock set to that moment says it is, as the services read it. */
    private static LocalDate today(String instant) {
        return LocalDate.now(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    @Test
    void scheduledBeforeItsFirstDayActiveThroughItsLastExpiredAfter() {
        License license = licenseFrom(film(), START);
        LocalDate end = license.term().end();
        assertThat(end).isEqualTo(LocalDate.of(2027, 3, 31));

        assertThat(license.stateOn(today("2026-03-01T10:00:00Z"))).isEqualTo(LicenseState.SCHEDULED);
        assertThat(license.stateOn(today("2026-03-31T23:59:59Z"))).isEqualTo(LicenseState.SCHEDULED);
        assertThat(license.stateOn(today("2026-04-01T00:00:00Z"))).isEqualTo(LicenseState.ACTIVE);
        assertThat(license.stateOn(today("2027-03-31T23:59:59Z"))).isEqualTo(LicenseState.ACTIVE);
        assertThat(license.stateOn(today("2027-04-01T00:00:00Z"))).as("before the round stores it").isEqualTo(LicenseState.EXPIRED);

        license.expireIfOver(LocalDate.of(2027, 4, 1));
        assertThat(license.stateOn(today("2027-04-01T00:00:00Z"))).isEqualTo(LicenseState.EXPIRED);
    }

    @Test
    void onlyAnActiveLicenseIsUsableAndARevocationOutranksTheDate() {
        License license = licenseFrom(film(), START);
        assertThat(license.isUsableOn(START.minusDays(1))).as("scheduled").isFalse();
        assertThat(license.isUsableOn(START)).isTrue();

        license.revoke("Payment refunded", BOUGHT);
        assertThat(license.stateOn(START.minusDays(1))).isEqualTo(LicenseState.REVOKED);
        assertThat(license.stateOn(START)).isEqualTo(LicenseState.REVOKED);
        assertThat(license.stateOn(START.plusYears(2))).isEqualTo(LicenseState.REVOKED);
        assertThat(license.isUsableOn(START)).isFalse();
    }

    @Test
    void countsTheDaysLeftAndTheDaysUntilTheStart() {
        LicenseTerm term = licenseFrom(film(), START).term();
        assertThat(term.daysUntilStart(LocalDate.of(2026, 3, 1))).isEqualTo(31);
        assertThat(term.daysUntilStart(START.minusDays(1))).isEqualTo(1);
        assertThat(term.daysUntilStart(START)).isZero();
        assertThat(term.daysLeft(START)).isEqualTo(365);
        assertThat(term.daysLeft(term.end())).as("the last day is still a day").isEqualTo(1);
        assertThat(term.daysLeft(term.end().plusDays(1))).isZero();
    }

    @Test
    void aRenewalStartsTheDayAfterTheEndOrTodayOnceItHasEnded() {
        License license = licenseFrom(film(), START);
        assertThat(license.renewalStart(START)).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(license.renewalStart(LocalDate.of(2027, 6, 15))).isEqualTo(LocalDate.of(2027, 6, 15));
    }

    @Test
    void holdsTheTermOfAPurchaseOfTheSameFilmKindAndRightThatSharesADay() {
        Title film = film();
        License license = licenseFrom(film, START);
        LocalDate today = LocalDate.of(2026, 3, 1);
        LicenseTerm overlapping = new LicenseTerm(LocalDate.of(2027, 3, 31), LocalDate.of(2028, 3, 30));
        LicenseTerm following = new LicenseTerm(LocalDate.of(2027, 4, 1), LocalDate.of(2028, 3, 31));

        assertThat(license.holdsTermOf(film, OfferKind.CLASSROOM_STREAMING, RightType.EDUCATIONAL, overlapping, today)).isTrue();
        assertThat(license.holdsTermOf(film, OfferKind.CLASSROOM_STREAMING, RightType.EDUCATIONAL, following, today)).isFalse();
        assertThat(license.holdsTermOf(film, OfferKind.STUDY_GUIDE_PACK, RightType.EDUCATIONAL, overlapping, today)).isFalse();
        assertThat(license.holdsTermOf(film(), OfferKind.CLASSROOM_STREAMING, RightType.EDUCATIONAL, overlapping, today))
                .as("another film").isFalse();
        license.revoke("refunded", BOUGHT);
        assertThat(license.holdsTermOf(film, OfferKind.CLASSROOM_STREAMING, RightType.EDUCATIONAL, overlapping, today)).isFalse();
    }

    /** Against an oracle written from the definition, for any term and day and any stored status. */
    @Property
    void theStateIsTheDatesUnlessRevokedOrStoredExpired(@ForAll @IntRange(min = 0, max = 800) int startOffset,
                                                        @ForAll @IntRange(min = 0, max = 800) int length,
                                                        @ForAll @IntRange(min = 0, max = 2000) int dayOffset,
                                                        @ForAll LicenseStatus stored) {
        LocalDate origin = LocalDate.of(2026, 1, 1);
        LicenseTerm term = new LicenseTerm(origin.plusDays(startOffset), origin.plusDays(startOffset + length));
        LocalDate day = origin.plusDays(dayOffset);
        LicenseState expected;
        if (stored == LicenseStatus.REVOKED) {
            expected = LicenseState.REVOKED;
        } else if (dayOffset > startOffset + length || stored == LicenseStatus.EXPIRED) {
            expected = LicenseState.EXPIRED;
        } else if (dayOffset < startOffset) {
            expected = LicenseState.SCHEDULED;
        } else {
            expected = LicenseState.ACTIVE;
        }
        assertThat(LicenseState.of(stored, term, day)).isEqualTo(expected);
        if (stored == LicenseStatus.ACTIVE) {
            assertThat(expected == LicenseState.ACTIVE).as("active exactly on the days of the term").isEqualTo(term.includes(day));
        }
    }
}

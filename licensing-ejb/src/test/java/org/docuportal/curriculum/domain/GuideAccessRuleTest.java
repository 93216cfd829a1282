package org.docuportal.curriculum.domain;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.docuportal.licensing.domain.License;
import org.docuportal.licensing.domain.LicenseOrder;
import org.docuportal.licensing.domain.Offer;
import org.docuportal.licensing.domain.Quote;
import org.docuportal.shared.domain.Money;
import org.junit.jupiter.api.Test;

class GuideAccessRuleTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final LocalDate SCREENING_DAY = TODAY.plusDays(14);

    private final Institution command = verifiedCommand();

    private static Institution verifiedCommand() {
        Institution command = new Institution("Training Command", InstitutionType.MILITARY_TRAINING, CountryCode.of("US"),
                "Fort Example", null, null, Set.of("command.example"), Set.of(), SizeBand.UP_TO_500, NOW);
        command.decide(Institution.Decision.APPROVE, "checked", "reviewer@d.example", NOW);
        return command;
    }

    private License screening() {
        Title title = new Title("film", "Film", "A film.", "ko", TitleStatus.AVAILABLE);
        title.grantRights(RightType.NON_THEATRICAL, Territory.countries(Set.of(CountryCode.of("US"))), LocalDate.of(2025, 1, 1), null);
        Offer offer = Offer.publicScreening(title, 200, "USD").price(InstitutionType.MILITARY_TRAINING, SizeBand.UP_TO_500, "150");
        Quote quote = new Quote(command, offer, Money.of("150", "USD"), offer.termStarting(SCREENING_DAY), "o@command.example",
                false, NOW, TODAY);
        quote.markOrdered(TODAY);
        LicenseOrder order = new LicenseOrder(quote, "manual-po", "PO-7", "o@command.example", NOW);
        order.markPaid(NOW, "paid");
        return License.issue(order, NOW);
    }

    @Test
    void aLicenseOpensTheGuidesFromItsIssueThroughItsLastDay() {
        License license = screening();
        assertThat(license.isUsableOn(TODAY)).as("the screening itself is in a fortnight").isFalse();
        assertThat(GuideAccessRule.opensGuidesOn(license, TODAY)).as("preparing the screening").isTrue();
        assertThat(GuideAccessRule.opensGuidesOn(license, SCREENING_DAY)).isTrue();
        assertThat(GuideAccessRule.opensGuidesOn(license, SCREENING_DAY.plusDays(1))).isFalse();
    }

    @Test
    void aRevokedLicenseOrASuspendedInstitutionOpensNothing() {
        License revoked = screening();
        revoked.revoke("Refunded", NOW);
        assertThat(GuideAccessRule.opensGuidesOn(revoked, TODAY)).isFalse();

        License license = screening();
        command.decide(Institution.Decision.SUSPEND, "Under review", "reviewer@d.example", NOW);
        assertThat(GuideAccessRule.opensGuidesOn(license, TODAY)).isFalse();
    }
}

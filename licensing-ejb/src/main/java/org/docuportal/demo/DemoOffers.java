package org.docuportal.demo;

import java.math.BigDecimal;

import org.docuportal.catalog.domain.Title;
import org.docuportal.institution.domain.InstitutionType;
import org.docuportal.institution.domain.SizeBand;
import org.docuportal.licensing.domain.LicensingRepository;
import org.docuportal.licensing.domain.Offer;
import org.docuportal.licensing.domain.OfferKind;

/**
 * Offers for the licensable demo title. The seed documents name no prices, so these are
 * demo prices in US dollars, scaled by institution size: placeholders for a distributor's own.
 */
final class DemoOffers {

    private DemoOffers() {
    }

    /** Adds the demo offers to a title that has none; returns how many it added. */
    static int addMissing(LicensingRepository licensing, Title title) {
        if (!title.isLicensable() || !licensing.offersFor(title).isEmpty()) {
            return 0;
        }
        Offer oneYear = priced(Offer.classroomStreaming(title, 12, 3, "USD"), "249");
        Offer threeYears = priced(Offer.classroomStreaming(title, 36, 10, "USD"), "599");
        Offer screening = priced(Offer.publicScreening(title, 300, "USD"), "150");
        Offer guides = priced(Offer.studyGuidePack(title, "USD"), "49");
        for (Offer offer : new Offer[] {oneYear, threeYears, screening, guides}) {
            licensing.add(offer);
        }
        return 4;
    }

    private static Offer priced(Offer offer, String base) {
        BigDecimal amount = new BigDecimal(base);
        for (InstitutionType type : InstitutionType.values()) {
            if (type.isTrainingInstitution() && offer.kind() != OfferKind.PUBLIC_SCREENING) {
                continue; // training institutions hold non-theatrical rights only
            }
            BigDecimal typeFactor = type == InstitutionType.HIGHER_EDUCATION ? new BigDecimal("1.5") : BigDecimal.ONE;
            int step = 0;
            for (SizeBand band : SizeBand.values()) {
                BigDecimal bandFactor = BigDecimal.ONE.add(new BigDecimal("0.5").multiply(BigDecimal.valueOf(step++)));
                offer.price(type, band, amount.multiply(typeFactor).multiply(bandFactor).setScale(2).toPlainString());
            }
        }
        return offer;
    }
}

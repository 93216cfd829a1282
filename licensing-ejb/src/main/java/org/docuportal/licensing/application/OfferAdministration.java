package org.docuportal.licensing.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Role;
import org.docuportal.catalog.domain.Title;
import org.docuportal.catalog.domain.TitleRepository;
import org.docuportal.institution.domain.InstitutionType;
import org.docuportal.institution.domain.SizeBand;
import org.docuportal.licensing.domain.LicensingRepository;
import org.docuportal.licensing.domain.Offer;
import org.docuportal.licensing.domain.OfferKind;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.InvalidInputException.Violation;
import org.docuportal.shared.application.NotFoundException;

/** Platform administrators put offers on titles, with their prices, and withdraw them. */
@Stateless
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
public class OfferAdministration {

    @Inject
    private TitleRepository titles;

    @Inject
    private LicensingRepository licensing;

    public OfferView create(String slug, NewOffer form) {
        Title title = titles.findBySlug(slug)
                .orElseThrow(() -> new NotFoundException("There is no title '" + slug + "' in the catalog."));
        if (form == null) {
            throw InvalidInputException.of("kind", "Describe the offer: kind, currency and prices.");
        }
        List<Violation> problems = new ArrayList<>();
        Offer offer = null;
        try {
            OfferKind kind = OfferKind.valueOf(form.kind() == null ? "" : form.kind().strip().toUpperCase(Locale.ROOT));
            String currency = form.currency() == null ? "" : form.currency().strip().toUpperCase(Locale.ROOT);
            offer = switch (kind) {
                case CLASSROOM_STREAMING -> Offer.classroomStreaming(title, orZero(form.termMonths()), orZero(form.streamCap()), currency);
                case PUBLIC_SCREENING -> Offer.publicScreening(title, orZero(form.audienceCap()), currency);
                case STUDY_GUIDE_PACK -> Offer.studyGuidePack(title, currency);
            };
        } catch (IllegalArgumentException e) {
            problems.add(new Violation("kind", "Check the kind (CLASSROOM_STREAMING, PUBLIC_SCREENING, STUDY_GUIDE_PACK), "
                    + "its term and caps, and the currency: " + e.getMessage() + "."));
        }
        List<NewOffer.Price> prices = form.prices() == null ? List.of() : form.prices();
        if (prices.isEmpty()) {
            problems.add(new Violation("prices", "Give at least one price."));
        }
        for (int i = 0; offer != null && i < prices.size(); i++) {
            NewOffer.Price price = prices.get(i);
            try {
                offer.price(InstitutionType.valueOf(price.institutionType()), SizeBand.valueOf(price.sizeBand()), price.amount());
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add(new Violation("prices[" + i + "]", "Price " + (i + 1) + " needs a known institutionType, "
                        + "sizeBand and an exact amount such as \"249.00\"."));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The offer has " + problems.size() + (problems.size() == 1 ? " problem." : " problems."),
                    problems);
        }
        licensing.add(offer);
        return OfferView.of(offer, null);
    }

    public void withdraw(long offerId) {
        licensing.offer(offerId).orElseThrow(() -> new NotFoundException("There is no offer " + offerId + ".")).withdraw();
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}

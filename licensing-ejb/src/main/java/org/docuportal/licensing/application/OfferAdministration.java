package org.docuportal.licensing.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Role;
import org.docuportal.audit.application.AuditTrail;
import org.docuportal.audit.application.Snapshot;
import org.docuportal.audit.domain.AuditAction;
import org.docuportal.catalog.domain.Title;
import org.docuportal.catalog.domain.TitleRepository;
import org.docuportal.institution.domain.InstitutionType;
import org.docuportal.institution.domain.SizeBand;
import org.docuportal.licensing.domain.LicensingRepository;
import org.docuportal.licensing.domain.Offer;
import org.docuportal.licensing.domain.OfferInputException;
import org.docuportal.licensing.domain.OfferKind;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.InvalidInputException.Violation;
import org.docuportal.shared.application.NotFoundException;

/**
 * Platform administrators put offers on titles, with their prices, list them (withdrawn ones
 * too) and withdraw them. The API and the title's offers page both call this service, so an
 * offer is checked the same way wherever it comes from.
 *
 * <p>Offers are withdrawn, never deleted: quotes, orders and licenses refer to them.
 */
@Stateless
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
public class OfferAdministration {

    @Inject
    private TitleRepository titles;

    @Inject
    private LicensingRepository licensing;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    /** The title's offers, sold and withdrawn, with their whole price tables. */
    public TitleOffers offersOf(String slug) {
        Title title = title(slug);
        return new TitleOffers(title.slug(), title.title(),
                licensing.offersFor(title).stream().map(o -> OfferView.of(o, null)).toList());
    }

    /**
     * Puts an offer on a title.
     *
     * @throws NotFoundException     when there is no such title
     * @throws InvalidInputException naming {@code kind}, {@code termMonths}, {@code streamCap}, {@code audienceCap},
     *                               {@code currency}, {@code prices} or {@code prices[i]}; a price's message names its
     *                               cell ("Price for Library, Up to 500 (USD): ...")
     */
    public OfferView create(String slug, NewOffer form) {
        Title title = title(slug);
        if (form == null) {
            throw InvalidInputException.of("kind", "Describe the offer: kind, currency and prices.");
        }
        List<Violation> problems = new ArrayList<>();
        Offer offer = null;
        OfferKind kind = parse(OfferKind.class, form.kind());
        String currency = form.currency() == null ? "" : form.currency().strip().toUpperCase(Locale.ROOT);
        try {
            if (kind == null) {
                problems.add(new Violation("kind", "Kind: choose CLASSROOM_STREAMING, PUBLIC_SCREENING or STUDY_GUIDE_PACK."));
            } else {
                offer = switch (kind) {
                    case CLASSROOM_STREAMING -> Offer.classroomStreaming(title, form.termMonths(), form.streamCap(), currency);
                    case PUBLIC_SCREENING -> Offer.publicScreening(title, form.audienceCap(), currency);
                    case STUDY_GUIDE_PACK -> Offer.studyGuidePack(title, currency);
                };
            }
        } catch (OfferInputException e) {
            e.problems().forEach(p -> problems.add(new Violation(p.field(), p.message())));
        }
        List<NewOffer.Price> prices = form.prices() == null ? List.of() : form.prices();
        if (prices.isEmpty()) {
            problems.add(new Violation("prices", "Prices: give at least one price."));
        }
        Set<String> cells = new HashSet<>();
        for (int i = 0; offer != null && i < prices.size(); i++) {
            NewOffer.Price price = prices.get(i);
            String field = "prices[" + i + "]";
            InstitutionType type = price == null ? null : parse(InstitutionType.class, price.institutionType());
            SizeBand band = price == null ? null : parse(SizeBand.class, price.sizeBand());
            if (type == null || band == null) {
                problems.add(new Violation(field, "Price " + (i + 1) + " needs an institutionType (" + names(InstitutionType.values())
                        + ") and a sizeBand (" + names(SizeBand.values()) + ")."));
            } else if (!cells.add(type + "/" + band)) {
                problems.add(new Violation(field, offer.cell(type, band) + ": given twice."));
            } else {
                try {
                    offer.price(type, band, price.amount());
                } catch (OfferInputException e) {
                    problems.add(new Violation(field, e.getMessage()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The offer has " + problems.size() + (problems.size() == 1 ? " problem." : " problems."),
                    problems);
        }
        licensing.add(offer);
        audit.record(AuditAction.OFFER_CREATED, LicensingSnapshots.subject(offer), null, LicensingSnapshots.of(offer));
        return OfferView.of(offer, null);
    }

    /**
     * Withdraws one of the title's offers: it is no longer sold, and quotes, orders and licenses
     * made under it keep showing it. Withdrawing it again changes nothing.
     *
     * @throws NotFoundException when there is no such title, or the offer is not one of this title's
     */
    public OfferView withdraw(String slug, long offerId) {
        Title title = title(slug);
        Offer offer = licensing.offer(offerId).filter(o -> o.isOf(title.slug()))
                .orElseThrow(() -> new NotFoundException("The title '" + title.slug() + "' has no offer " + offerId + "."));
        if (offer.isActive()) {
            Snapshot before = LicensingSnapshots.of(offer);
            offer.withdraw(clock.instant());
            audit.record(AuditAction.OFFER_WITHDRAWN, LicensingSnapshots.subject(offer), before, LicensingSnapshots.of(offer));
        }
        return OfferView.of(offer, null);
    }

    private Title title(String slug) {
        return titles.findBySlug(slug == null ? "" : slug.strip())
                .orElseThrow(() -> new NotFoundException("There is no title '" + slug + "' in the catalog."));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String names(Enum<?>[] values) {
        return String.join(", ", java.util.Arrays.stream(values).map(Enum::name).toList());
    }
}

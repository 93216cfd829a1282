package org.docuportal.licensing.application;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.docuportal.catalog.application.TitleLookup;
import org.docuportal.catalog.domain.Title;
import org.docuportal.institution.application.CallerMembership;
import org.docuportal.institution.domain.Institution;
import org.docuportal.institution.domain.Membership;
import org.docuportal.licensing.domain.LicensingRepository;
import org.docuportal.licensing.domain.Offer;

/** The offers of a title, with the caller's own price when the caller belongs to an institution. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class OfferService {

    @Inject
    private TitleLookup lookup;

    @Inject
    private LicensingRepository licensing;

    @Inject
    private CallerMembership caller;

    public List<OfferView> offersFor(String slug) {
        Title title = lookup.require(slug);
        if (!title.publication().isOnSale()) {
            // A withdrawn title (or a draft an administrator previews) is not sold: no offer to show.
            return List.of();
        }
        Institution institution = caller.find().map(Membership::institution).orElse(null);
        return licensing.offersFor(title).stream()
                .filter(Offer::isActive)
                .map(o -> OfferView.of(o, institution == null ? null
                        : o.priceFor(institution.type(), institution.sizeBand()).orElse(null)))
                .toList();
    }
}

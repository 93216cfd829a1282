package org.docuportal.licensing.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.docuportal.catalog.domain.RightType;
import org.docuportal.licensing.domain.Offer;
import org.docuportal.licensing.domain.OfferKind;
import org.docuportal.shared.domain.Money;

/**
 * An offer, with the price for the caller's institution when the caller belongs to one.
 * {@code active} is false once it is withdrawn ({@code withdrawnAt}, when known).
 */
public record OfferView(long id, String titleSlug, OfferKind kind, String description, RightType rightType,
                        int termMonths, Integer streamCap, Integer audienceCap, Money yourPrice,
                        List<PriceView> prices, String currency, boolean active, Instant withdrawnAt)
                                implements Serializable {

    /** A price for one institution type and size band. */
    public record PriceView(String institutionType, String sizeBand, Money price) implements Serializable {
    }

    static OfferView of(Offer o, Money yourPrice) {
        return new OfferView(o.id(), o.title().slug(), o.kind(), o.describe(), o.rightType(), o.termMonths(),
                o.streamCap(), o.audienceCap(), yourPrice,
                o.prices().stream().map(p -> new PriceView(p.institutionType().name(), p.sizeBand().name(),
                        Money.of(p.amount(), o.currency()))).toList(),
                o.currency(), o.isActive(), o.withdrawnAt().orElse(null));
    }
}

package org.docuportal.web.licensing;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

import org.docuportal.institution.domain.InstitutionType;
import org.docuportal.institution.domain.SizeBand;
import org.docuportal.licensing.application.OfferView;
import org.docuportal.licensing.domain.OfferKind;
import org.docuportal.web.Messages;

/**
 * One offer as the title's offers page lists it: its term and caps in words, and its prices
 * read out in the order of the price table ("School (K-12), Up to 500: USD 249.00").
 */
public record OfferRow(OfferView offer, String kind, String term, String caps, String priceSummary, List<String> prices)
        implements Serializable {

    static OfferRow of(OfferView o, Messages messages) {
        String term = o.kind() == OfferKind.PUBLIC_SCREENING ? messages.get("offers.oneDay")
                : messages.get("offers.months", o.termMonths());
        String caps = o.streamCap() != null ? messages.get("offers.streams", o.streamCap())
                : o.audienceCap() != null ? messages.get("offers.audience", o.audienceCap()) : "—";
        List<String> prices = o.prices().stream()
                .sorted(Comparator.comparing((OfferView.PriceView p) -> InstitutionType.valueOf(p.institutionType()).ordinal())
                        .thenComparing(p -> SizeBand.valueOf(p.sizeBand()).ordinal()))
                .map(p -> InstitutionType.valueOf(p.institutionType()).label() + ", " + SizeBand.valueOf(p.sizeBand()).label()
                        + ": " + p.price())
                .toList();
        return new OfferRow(o, messages.get("offers.kind." + o.kind().name()), term, caps,
                messages.get("offers.priceCount", prices.size(), o.currency()), prices);
    }
}

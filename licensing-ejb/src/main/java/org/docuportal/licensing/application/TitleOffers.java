package org.docuportal.licensing.application;

import java.io.Serializable;
import java.util.List;

/** A title's offers as its administrators see them: sold and withdrawn, with their whole price tables. */
public record TitleOffers(String slug, String title, List<OfferView> offers) implements Serializable {
}

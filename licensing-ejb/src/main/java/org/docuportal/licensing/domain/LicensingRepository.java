package org.docuportal.licensing.domain;

import java.util.List;
import java.util.Optional;

import org.docuportal.catalog.domain.Title;
import org.docuportal.institution.domain.Institution;

/** Offers, quotes, orders and licenses. Implementations join the caller's transaction. */
public interface LicensingRepository {

    void add(Offer offer);

    Optional<Offer> offer(long id);

    List<Offer> offersFor(Title title);

    void add(Quote quote);

    Optional<Quote> quote(long id);

    void add(LicenseOrder order);

    Optional<LicenseOrder> order(long id);

    Optional<LicenseOrder> orderForQuote(Quote quote);

    List<LicenseOrder> ordersAwaitingPayment();

    /** The order a payment provider knows under this reference of its own (checkout session, invoice). */
    Optional<LicenseOrder> orderByProviderReference(String providerReference);

    void add(License license);

    Optional<License> licenseForOrder(LicenseOrder order);

    Optional<License> license(long id);

    List<License> licensesOf(Institution institution);

    /** Active licenses whose last day is on or before the given day. */
    List<License> activeEndingBy(java.time.LocalDate day);
}

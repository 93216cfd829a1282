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

    /** The quote, locked until the caller's transaction ends, so that of simultaneous orders one decides at a time. */
    Optional<Quote> quoteForUpdate(long id);

    /** Orders whose call to the payment provider is due at {@code now}, oldest first. */
    List<Long> paymentRequestsDue(java.time.Instant now, int max);

    /**
     * Takes the next attempt of an order's payment request, if it is due (or, for {@code first}, if
     * no attempt was made yet): counts the attempt and holds it until {@code leaseEnd}, in one
     * update, so that of two servers (or a request and the retry round) exactly one makes the call.
     *
     * @return whether the caller won the attempt
     */
    boolean claimPaymentRequest(long orderId, boolean first, java.time.Instant now, java.time.Instant leaseEnd);

    /** Records that the provider took the request, and where it keeps it. */
    void paymentRequestSent(long orderId, String providerReference);

    /**
     * Records the failure of attempt {@code attempt}: due again at {@code dueAt}, or given up ({@code FAILED}) when
     * {@code dueAt} is null. Only while that attempt is the latest: a caller whose attempt outlasted its lease, and
     * was taken over by another, changes nothing of the newer one.
     *
     * @return whether it was recorded
     */
    boolean paymentRequestFailed(long orderId, int attempt, String error, java.time.Instant dueAt);

    /**
     * Makes a given-up request ({@code FAILED}) of an order still awaiting payment due again at {@code now},
     * for one more attempt; false when it is not given up (pending, sent, or no request at all).
     */
    boolean reopenPaymentRequest(long orderId, java.time.Instant now);

    /** The order a payment provider knows under this reference of its own (checkout session, invoice). */
    Optional<LicenseOrder> orderByProviderReference(String providerReference);

    void add(License license);

    Optional<License> licenseForOrder(LicenseOrder order);

    Optional<License> license(long id);

    List<License> licensesOf(Institution institution);

    /** Active licenses whose last day is on or before the given day. */
    List<License> activeEndingBy(java.time.LocalDate day);

    /**
     * The institution's quotes, newest first: only those {@code requestedBy} asked for when it is
     * given, only those in {@code status} when it is given.
     */
    List<Quote> quotesOf(Institution institution, String requestedBy, QuoteStatus status, int first, int max);

    /** How many quotes {@link #quotesOf} would list in all. */
    long countQuotes(Institution institution, String requestedBy, QuoteStatus status);

    /** The orders of these quotes (a quote has at most one). */
    List<LicenseOrder> ordersFor(java.util.Collection<Quote> quotes);

    /** The licenses issued for these orders (an order has at most one). */
    List<License> licensesFor(java.util.Collection<LicenseOrder> orders);

    /** Active licenses whose first day is between the two days, both included. */
    List<License> activeStartingBetween(java.time.LocalDate first, java.time.LocalDate last);
}

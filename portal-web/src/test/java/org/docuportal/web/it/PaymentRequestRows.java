package org.docuportal.web.it;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Role;
import org.docuportal.institution.domain.Institution;
import org.docuportal.licensing.domain.LicenseOrder;
import org.docuportal.licensing.domain.LicensingRepository;
import org.docuportal.licensing.domain.Offer;
import org.docuportal.licensing.domain.OfferKind;
import org.docuportal.payment.application.StripeInvoicePayment;

/**
 * For {@link PaymentRequestClaimIT}: an order whose invoice is still to be requested, and the
 * conditional updates of its request, each in its own transaction as a server runs them, with
 * times the test chooses.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PaymentRequestRows {

    @Inject
    private InServerPurchases purchases;

    @Inject
    private LicensingRepository licensing;

    /** A new school's invoice order, placed at {@code now}; its first attempt is left to the test. */
    public long invoiceOrder(Instant now) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Institution school = purchases.approvedSchool("Claim School " + tag, "claim", tag, now);
        String buyer = "admin-" + tag + "@claim-" + tag + ".example";
        purchases.member(school, buyer, "Claim Admin", Role.INSTITUTION_ADMIN, now);
        Offer offer = purchases.offer(school, OfferKind.PUBLIC_SCREENING);
        LicenseOrder order = purchases.providerOrder(school, offer, offer.termStarting(LocalDate.now(ZoneOffset.UTC).plusDays(30)),
                StripeInvoicePayment.ID, buyer, now);
        return order.id();
    }

    public boolean claim(long orderId, boolean first, Instant now, Instant leaseEnd) {
        return licensing.claimPaymentRequest(orderId, first, now, leaseEnd);
    }

    public boolean failed(long orderId, int attempt, String error, Instant dueAt) {
        return licensing.paymentRequestFailed(orderId, attempt, error, dueAt);
    }

    public boolean reopen(long orderId, Instant now) {
        return licensing.reopenPaymentRequest(orderId, now);
    }

    public LicenseOrder find(long orderId) {
        return licensing.order(orderId).orElseThrow();
    }

    /**
     * Takes a test's order out of every round for good: its request given up, so that the server's
     * payment round never calls an unconfigured provider for it.
     */
    public void settle(long orderId) {
        licensing.paymentRequestFailed(orderId, find(orderId).paymentRequestAttempts(), "Test over", null);
    }
}

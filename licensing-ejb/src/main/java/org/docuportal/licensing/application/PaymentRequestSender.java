package org.docuportal.licensing.application;

import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Makes one attempt of an order's call to its payment provider, after the order was committed and
 * outside any transaction: right after the order is placed, and again from
 * {@link PaymentRequestRound} until it succeeds or is given up. Only the caller that won the
 * attempt ({@link PaymentRequestLedger#claim}) calls the provider, and the call is idempotent per
 * order, so neither a retry nor a second server makes a second invoice.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PaymentRequestSender {

    private static final Logger LOG = Logger.getLogger(PaymentRequestSender.class.getName());

    /**
     * What came of an attempt.
     *
     * @param sent the provider's answer, when it took the request
     * @param error why it did not, when it failed
     * @param givenUp whether the failure was the last attempt
     */
    public record Outcome(ProviderRequest sent, String error, boolean givenUp) {

        static final Outcome NOT_DUE = new Outcome(null, null, false);
    }

    @Inject
    private PaymentRequestLedger ledger;

    @Inject
    @Any
    private Instance<PaymentMethod> paymentMethods;

    /** The first attempt, made by the request that placed the order, right after its commit. */
    public Outcome first(long orderId) {
        return ledger.claim(orderId, true).map(this::call).orElse(Outcome.NOT_DUE);
    }

    /** One more attempt, if due and not taken by another caller. */
    public Outcome retry(long orderId) {
        return ledger.claim(orderId, false).map(this::call).orElse(Outcome.NOT_DUE);
    }

    private Outcome call(PaymentRequestLedger.Claim claim) {
        long orderId = claim.order().id();
        try {
            PaymentMethod method = paymentMethods.stream().filter(m -> m.id().equals(claim.paymentMethod())).findFirst()
                    .orElseThrow(() -> new PaymentRequestException("No payment method " + claim.paymentMethod()
                            + " is installed any more", false, null));
            ProviderRequest sent = method.request(claim.order());
            ledger.sent(orderId, sent);
            return new Outcome(sent, null, false);
        } catch (RuntimeException thrown) {
            // Besides a PaymentRequestException, anything else (a provider not configured, a bug in its adapter) is a failed attempt, retried and
            // given up like the others: left unrecorded, the order would be claimed again every few minutes for ever.
            PaymentRequestException e = thrown instanceof PaymentRequestException known ? known
                    : new PaymentRequestException(thrown.getMessage() == null ? thrown.getClass().getSimpleName() : thrown.getMessage(),
                            true, thrown);
            boolean givenUp = ledger.failed(orderId, claim.attempt(), e);
            LOG.warning(() -> "Payment request of order " + claim.order().reference() + ", attempt " + claim.attempt()
                    + (givenUp ? " (given up)" : "") + ": " + e.getMessage());
            return new Outcome(null, e.getMessage(), givenUp);
        }
    }
}

package org.docuportal.licensing.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.docuportal.licensing.domain.LicensingRepository;
import org.docuportal.licensing.domain.PaymentRequestRetry;

/**
 * The short transactions around a call to a payment provider: take the attempt, then record what
 * came of it. Each commits on its own so that the provider call between them runs outside any
 * transaction, and holds no database lock while the network is slow. Internal: no page or resource
 * calls it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PaymentRequestLedger {

    /** A won attempt: the order's snapshot, its payment method and the number of this attempt. */
    public record Claim(PaymentOrder order, String paymentMethod, int attempt) {
    }

    @Inject
    private LicensingRepository licensing;

    @Inject
    private Clock clock;

    /**
     * The next attempt of the order's request, unless it is not due or another caller took it.
     *
     * @param first whether this is the attempt of the request that placed the order, due at once
     */
    public Optional<Claim> claim(long orderId, boolean first) {
        Instant now = clock.instant();
        if (!licensing.claimPaymentRequest(orderId, first, now, now.plus(PaymentRequestRetry.LEASE))) {
            return Optional.empty();
        }
        return licensing.order(orderId).map(o -> new Claim(PaymentOrder.of(o), o.paymentMethod(), o.paymentRequestAttempts()));
    }

    public void sent(long orderId, ProviderRequest request) {
        licensing.paymentRequestSent(orderId, request.providerReference());
    }

    /** @return whether the request was given up */
    public boolean failed(long orderId, int attempt, PaymentRequestException failure) {
        boolean givesUp = PaymentRequestRetry.givesUp(attempt, failure.isRetryable());
        licensing.paymentRequestFailed(orderId, failure.getMessage(),
                givesUp ? null : PaymentRequestRetry.nextAttempt(attempt, clock.instant()));
        return givesUp;
    }

    public List<Long> due(int max) {
        return licensing.paymentRequestsDue(clock.instant(), max);
    }
}

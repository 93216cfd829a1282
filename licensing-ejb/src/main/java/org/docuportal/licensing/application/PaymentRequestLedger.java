package org.docuportal.licensing.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.docuportal.licensing.domain.LicenseOrder;
import org.docuportal.licensing.domain.LicensingRepository;
import org.docuportal.licensing.domain.OrderStatus;
import org.docuportal.licensing.domain.PaymentRequestRetry;
import org.docuportal.shared.application.ConflictException;
import org.docuportal.shared.application.NotFoundException;

/**
 * The short transactions around a call to a payment provider: take the attempt, then record what
 * came of it. Each commits on its own so that the provider call between them runs outside any
 * transaction, and holds no database lock while the network is slow. Each attempt is claimed with
 * one conditional update, so of several servers (or a server and the request that placed the order)
 * exactly one calls the provider; the outcome is recorded only for the attempt still current.
 * Internal: no page or resource calls it.
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
        licensing.paymentRequestFailed(orderId, attempt, failure.getMessage(),
                givesUp ? null : PaymentRequestRetry.nextAttempt(attempt, clock.instant()));
        return givesUp;
    }

    /**
     * Makes a given-up request due again now, for one more attempt (and, if that one fails for a
     * reason worth retrying, the remaining backoff).
     *
     * @throws NotFoundException when there is no such order
     * @throws ConflictException when its request is not given up: pending ones are retried by themselves
     */
    public void reopen(long orderId) {
        LicenseOrder order = licensing.order(orderId).orElseThrow(() -> new NotFoundException("There is no order " + orderId + "."));
        if (!licensing.reopenPaymentRequest(orderId, clock.instant())) {
            throw new ConflictException("The payment request of order " + order.reference() + " is "
                    + order.paymentRequest().name().toLowerCase(Locale.ROOT)
                    + (order.status() == OrderStatus.AWAITING_PAYMENT ? "" : " and the order " + order.status().name().toLowerCase(Locale.ROOT))
                    + "; only a request given up while the order awaits payment can be tried again.");
        }
    }

    /** The order as it stands now, for the caller that reopened it. */
    public Optional<OrderView> view(long orderId) {
        return licensing.order(orderId).map(o -> OrderView.of(o, null));
    }

    public List<Long> due(int max) {
        return licensing.paymentRequestsDue(clock.instant(), max);
    }
}

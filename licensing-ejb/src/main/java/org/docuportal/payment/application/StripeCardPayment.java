package org.docuportal.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.docuportal.licensing.application.PaymentMethod;
import org.docuportal.licensing.application.PaymentOrder;
import org.docuportal.licensing.application.PaymentRequestException;
import org.docuportal.licensing.application.PaymentStart;
import org.docuportal.licensing.application.ProviderRequest;
import org.docuportal.licensing.domain.LicenseOrder;
import org.docuportal.payment.domain.CheckoutRequest;
import org.docuportal.payment.domain.CheckoutStarted;
import org.docuportal.payment.domain.PaymentProviderException;
import org.docuportal.payment.infrastructure.StripeGateway;
import org.docuportal.shared.application.PublicAddress;

/**
 * Card payment on Stripe Checkout. The buyer is sent to Stripe's page; the license comes from
 * Stripe's signed {@code checkout.session.completed} event, not from the browser's return.
 *
 * <p>The session is created after the order is committed, while the buyer waits, under the order's
 * idempotency key: ordering again (a double click, a retry after Stripe failed) gives the same
 * session back rather than a second one.
 */
@ApplicationScoped
public class StripeCardPayment implements PaymentMethod {

    public static final String ID = "stripe-card";

    @Inject
    private StripeGateway stripe;

    @Inject
    private PublicAddress publicAddress;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Card (Stripe)";
    }

    @Override
    public boolean isAvailable() {
        return stripe.isConfigured();
    }

    @Override
    public boolean callsProvider() {
        return true;
    }

    @Override
    public boolean redirectsBuyer() {
        return true;
    }

    @Override
    public PaymentStart begin(LicenseOrder order) {
        return new PaymentStart(null, "You will pay " + order.quote().total()
                + " by card on Stripe's page. The license is issued as soon as Stripe confirms the payment.");
    }

    @Override
    public ProviderRequest request(PaymentOrder order) {
        try {
            CheckoutStarted started = stripe.startCheckout(new CheckoutRequest(order.reference(), order.description(),
                    order.total(), order.orderedBy(), publicAddress.link("payment/success.xhtml?order=" + order.reference()),
                    publicAddress.link("payment/cancelled.xhtml?order=" + order.reference())));
            return new ProviderRequest(started.sessionId(), started.redirectUrl());
        } catch (PaymentProviderException e) {
            throw new PaymentRequestException(e.getMessage(), e.isRetryable(), e);
        } catch (IllegalArgumentException e) {
            throw new PaymentRequestException("The payment page cannot be made: " + e.getMessage(), false, e);
        }
    }
}

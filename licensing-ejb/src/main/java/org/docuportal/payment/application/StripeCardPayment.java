package org.docuportal.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.docuportal.licensing.application.PaymentMethod;
import org.docuportal.licensing.application.PaymentStart;
import org.docuportal.licensing.domain.LicenseOrder;
import org.docuportal.payment.domain.CheckoutRequest;
import org.docuportal.payment.domain.CheckoutStarted;
import org.docuportal.payment.infrastructure.StripeGateway;
import org.docuportal.shared.config.Setting;

/**
 * Card payment on Stripe Checkout. The buyer is sent to Stripe's page; the license comes from
 * Stripe's signed {@code checkout.session.completed} event, not from the browser's return.
 */
@ApplicationScoped
public class StripeCardPayment implements PaymentMethod {

    public static final String ID = "stripe-card";

    @Inject
    private StripeGateway stripe;

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
    public PaymentStart begin(LicenseOrder order) {
        String base = Setting.BASE_URL.valueOr("http://localhost:8080");
        CheckoutStarted started = stripe.startCheckout(new CheckoutRequest(order.reference(),
                StripeInvoicePayment.description(order), order.quote().total(), order.orderedBy(),
                base + "/payment/success.xhtml?order=" + order.reference(),
                base + "/payment/cancelled.xhtml?order=" + order.reference()));
        order.trackAt(started.sessionId());
        return new PaymentStart(started.redirectUrl(), "You will pay " + order.quote().total()
                + " by card on Stripe's page. The license is issued as soon as Stripe confirms the payment.");
    }
}

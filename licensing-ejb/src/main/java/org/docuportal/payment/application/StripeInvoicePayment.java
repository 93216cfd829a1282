package org.docuportal.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.docuportal.licensing.application.PaymentMethod;
import org.docuportal.licensing.application.PaymentStart;
import org.docuportal.licensing.domain.LicenseOrder;
import org.docuportal.payment.domain.InvoiceRequest;
import org.docuportal.payment.domain.InvoiceSent;
import org.docuportal.payment.infrastructure.StripeGateway;

/**
 * Invoice or purchase order through Stripe Invoicing: Stripe mails an invoice carrying the
 * institution's PO number, payable in {@value #DAYS_UNTIL_DUE} days; the license comes from
 * Stripe's signed {@code invoice.paid} event.
 */
@ApplicationScoped
public class StripeInvoicePayment implements PaymentMethod {

    public static final String ID = "stripe-invoice";
    static final int DAYS_UNTIL_DUE = 30;

    @Inject
    private StripeGateway stripe;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "Invoice or purchase order (Stripe)";
    }

    @Override
    public boolean isAvailable() {
        return stripe.isConfigured();
    }

    @Override
    public PaymentStart begin(LicenseOrder order) {
        InvoiceSent sent = stripe.sendInvoice(new InvoiceRequest(order.reference(), description(order),
                order.quote().total(), order.orderedBy(), order.quote().institution().name(),
                order.purchaseOrderNumber(), DAYS_UNTIL_DUE));
        order.trackAt(sent.invoiceId());
        return new PaymentStart(null, "An invoice for " + order.quote().total() + " was sent to " + order.orderedBy()
                + ", payable within " + DAYS_UNTIL_DUE + " days. The license is issued when it is paid.");
    }

    static String description(LicenseOrder order) {
        return order.quote().offer().describe() + ": " + order.quote().offer().title().title() + " ("
                + order.quote().term().start() + " to " + order.quote().term().end() + "), order " + order.reference();
    }
}

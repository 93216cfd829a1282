package org.docuportal.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.docuportal.licensing.application.PaymentMethod;
import org.docuportal.licensing.application.PaymentOrder;
import org.docuportal.licensing.application.PaymentRequestException;
import org.docuportal.licensing.application.PaymentStart;
import org.docuportal.licensing.application.ProviderRequest;
import org.docuportal.licensing.domain.LicenseOrder;
import org.docuportal.payment.domain.InvoiceRequest;
import org.docuportal.payment.domain.InvoiceSent;
import org.docuportal.payment.domain.PaymentProviderException;
import org.docuportal.payment.infrastructure.StripeGateway;

/**
 * Invoice or purchase order through Stripe Invoicing: Stripe mails an invoice carrying the
 * institution's PO number, payable in {@value #DAYS_UNTIL_DUE} days; the license comes from
 * Stripe's signed {@code invoice.paid} event. The invoice is sent after the order is committed,
 * and again (replayed by its idempotency keys) until Stripe took it.
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
    public boolean callsProvider() {
        return true;
    }

    @Override
    public PaymentStart begin(LicenseOrder order) {
        return new PaymentStart(null, "An invoice for " + order.quote().total() + " is sent to " + order.orderedBy()
                + ", payable within " + DAYS_UNTIL_DUE + " days. The license is issued when it is paid.");
    }

    @Override
    public ProviderRequest request(PaymentOrder order) {
        try {
            InvoiceSent sent = stripe.sendInvoice(new InvoiceRequest(order.reference(), order.description(), order.total(),
                    order.orderedBy(), order.institution(), order.purchaseOrderNumber(), DAYS_UNTIL_DUE));
            return new ProviderRequest(sent.invoiceId(), null);
        } catch (PaymentProviderException e) {
            throw new PaymentRequestException(e.getMessage(), e.isRetryable(), e);
        } catch (IllegalArgumentException e) {
            throw new PaymentRequestException("The invoice cannot be made: " + e.getMessage(), false, e);
        }
    }
}

package org.docuportal.payment.domain;

import java.util.Objects;

import org.docuportal.shared.domain.Money;

/**
 * An invoice to send for one order, paid later by bank transfer or card from the invoice's own
 * page: how schools pay against a purchase order.
 *
 * @param orderReference the portal's order, carried to the provider and back in every event
 * @param description the invoice line, such as the title and the license
 * @param amount the price, more than zero
 * @param customerEmail where the invoice is sent
 * @param customerName the institution as it should appear on the invoice; may be {@code null}
 * @param purchaseOrderNumber the buyer's PO number, printed on the invoice; may be {@code null}
 * @param daysUntilDue payment terms in days, such as 30
 */
public record InvoiceRequest(String orderReference, String description, Money amount, String customerEmail,
        String customerName, String purchaseOrderNumber, int daysUntilDue) {

    /** Longest value Stripe prints in an invoice's custom field. */
    public static final int MAX_PURCHASE_ORDER_NUMBER = 140;

    public InvoiceRequest {
        orderReference = PaymentRequests.orderReference(orderReference);
        PaymentRequests.required(description, "description");
        Objects.requireNonNull(amount, "amount");
        if (amount.minorUnits() == 0) {
            throw new IllegalArgumentException("nothing to invoice for order " + orderReference);
        }
        PaymentRequests.required(customerEmail, "customerEmail");
        customerName = PaymentRequests.optional(customerName);
        purchaseOrderNumber = PaymentRequests.optional(purchaseOrderNumber);
        if (purchaseOrderNumber != null && purchaseOrderNumber.length() > MAX_PURCHASE_ORDER_NUMBER) {
            throw new IllegalArgumentException("a PO number has at most " + MAX_PURCHASE_ORDER_NUMBER + " characters");
        }
        if (daysUntilDue < 0) {
            throw new IllegalArgumentException("days until due cannot be negative: " + daysUntilDue);
        }
    }
}

package org.docuportal.payment.domain;

import java.util.Objects;

import org.docuportal.shared.domain.Money;

/**
 * A card payment to start: one amount for one order, paid on the provider's hosted page, after
 * which the buyer's browser returns to {@code successUrl} or {@code cancelUrl}. Returning to the
 * success page proves nothing; only the verified {@link PaymentEvent} does.
 *
 * @param orderReference the portal's order, carried to the provider and back in every event
 * @param description what the buyer sees on the payment page, such as the title and the license
 * @param amount the price, more than zero
 * @param customerEmail prefilled on the payment page and used for the receipt; {@code null} lets the buyer type it
 * @param successUrl where the browser goes once paid
 * @param cancelUrl where the browser goes when the buyer gives up
 */
public record CheckoutRequest(String orderReference, String description, Money amount, String customerEmail,
        String successUrl, String cancelUrl) {

    public CheckoutRequest {
        orderReference = PaymentRequests.orderReference(orderReference);
        PaymentRequests.required(description, "description");
        Objects.requireNonNull(amount, "amount");
        if (amount.minorUnits() == 0) {
            throw new IllegalArgumentException("nothing to pay for order " + orderReference);
        }
        customerEmail = PaymentRequests.optional(customerEmail);
        PaymentRequests.required(successUrl, "successUrl");
        PaymentRequests.required(cancelUrl, "cancelUrl");
    }
}

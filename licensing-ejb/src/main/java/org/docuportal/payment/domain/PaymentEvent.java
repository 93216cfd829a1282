package org.docuportal.payment.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Something the payment provider reports about an order, after its signature was checked.
 *
 * <p>Providers deliver events at least once and in no particular order: handle each
 * {@code eventId} once, and let the order's own state decide what a late or repeated event means.
 *
 * @param eventId the provider's id of the event, the same on every redelivery
 * @param type what happened
 * @param created when the provider recorded it
 * @param orderReference the order it concerns; {@code null} for {@link Type#OTHER} and when the
 *        provider's object does not name one (see {@link Type#CHARGE_REFUNDED})
 * @param stripeObjectId the provider's object the event is about: the checkout session, the
 *        invoice or the charge
 */
public record PaymentEvent(String eventId, Type type, Instant created, String orderReference, String stripeObjectId) {

    public enum Type {
        /** The buyer paid on the checkout page; the money is there. */
        CHECKOUT_COMPLETED,
        /** An invoice was paid in full, by whatever means the buyer chose. */
        INVOICE_PAID,
        /**
         * Some or all of a payment was refunded. The order reference is known for card payments
         * started here; a charge that paid an invoice does not carry it, so it is {@code null}
         * and the order has to be found through the charge.
         */
        CHARGE_REFUNDED,
        /** Anything else, including a checkout completed but not yet paid: acknowledge and ignore. */
        OTHER
    }

    public PaymentEvent {
        PaymentRequests.required(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(created, "created");
    }
}

package org.docuportal.payment.infrastructure;

/**
 * A webhook request as Stripe sends it: the JSON payload and its {@code Stripe-Signature}
 * header. Made by {@link StripeEvents#signedEvent}; {@link #withPayload} and {@link #withHeader}
 * make the forgeries a webhook endpoint must refuse.
 */
public record SignedEvent(String payload, String signatureHeader) {

    /** The same signature over a different payload, as an attacker who changed the body would send. */
    public SignedEvent withPayload(String otherPayload) {
        return new SignedEvent(otherPayload, signatureHeader);
    }

    public SignedEvent withHeader(String otherHeader) {
        return new SignedEvent(payload, otherHeader);
    }
}

package org.docuportal.payment.infrastructure;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stripe event payloads for tests, and their signatures made the way Stripe makes them:
 * {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<payload>" keyed with the endpoint secret>}.
 *
 * <p>Signing is done here with the JDK's {@link Mac}, not with stripe-java's helper, so that a
 * test checks stripe-java's verification against an independent signer.
 */
public final class StripeEvents {

    /** The API version stripe-java 33 is built for. */
    public static final String CURRENT_API_VERSION = com.stripe.Stripe.API_VERSION;
    /** An older API version, as a webhook endpoint created before an upgrade would have. */
    public static final String OLDER_API_VERSION = "2024-06-20";

    private StripeEvents() {
    }

    /** Signs {@code payload} with {@code secret} as if Stripe had sent it at {@code signedAt}. */
    public static SignedEvent signedEvent(String payload, String secret, Instant signedAt) {
        long timestamp = signedAt.getEpochSecond();
        return new SignedEvent(payload, "t=" + timestamp + ",v1=" + hmacSha256Hex(secret, timestamp + "." + payload));
    }

    /** A {@code checkout.session.completed} event for a session paid (or not) for the order. */
    public static String checkoutSessionCompleted(String eventId, String orderReference, String paymentStatus,
            Instant created) {
        return event(eventId, "checkout.session.completed", CURRENT_API_VERSION, created, """
                {
                  "id": "%s",
                  "object": "checkout.session",
                  "amount_total": 19900,
                  "client_reference_id": %s,
                  "currency": "usd",
                  "customer_email": "buyer@school.example",
                  "livemode": false,
                  "metadata": %s,
                  "mode": "payment",
                  "payment_intent": "pi_3StubIntent",
                  "payment_status": "%s",
                  "status": "complete",
                  "url": null
                }""".formatted(StripeStub.CHECKOUT_SESSION_ID, quoted(orderReference), metadata(orderReference),
                paymentStatus));
    }

    /** An {@code invoice.paid} event for the order's invoice. */
    public static String invoicePaid(String eventId, String orderReference, String apiVersion, Instant created) {
        return event(eventId, "invoice.paid", apiVersion, created, """
                {
                  "id": "%s",
                  "object": "invoice",
                  "amount_due": 19900,
                  "amount_paid": 19900,
                  "collection_method": "send_invoice",
                  "currency": "usd",
                  "custom_fields": [{"name": "PO number", "value": "PO-4711"}],
                  "customer": "%s",
                  "livemode": false,
                  "metadata": %s,
                  "paid": true,
                  "status": "paid"
                }""".formatted(StripeStub.INVOICE_ID, StripeStub.CUSTOMER_ID, metadata(orderReference)));
    }

    /**
     * A {@code charge.refunded} event; {@code orderReference} {@code null} gives a charge without
     * the portal's metadata, like one that paid an invoice.
     */
    public static String chargeRefunded(String eventId, String chargeId, String orderReference, Instant created) {
        return event(eventId, "charge.refunded", CURRENT_API_VERSION, created, """
                {
                  "id": "%s",
                  "object": "charge",
                  "amount": 19900,
                  "amount_refunded": 19900,
                  "currency": "usd",
                  "livemode": false,
                  "metadata": %s,
                  "paid": true,
                  "payment_intent": "pi_3StubIntent",
                  "refunded": true,
                  "status": "succeeded"
                }""".formatted(chargeId, metadata(orderReference)));
    }

    /** An event of any type around the given data object. */
    public static String event(String eventId, String type, String apiVersion, Instant created, String dataObject) {
        return """
                {
                  "id": "%s",
                  "object": "event",
                  "api_version": "%s",
                  "created": %d,
                  "data": {
                    "object": %s
                  },
                  "livemode": false,
                  "pending_webhooks": 1,
                  "request": {"id": null, "idempotency_key": null},
                  "type": "%s"
                }
                """.formatted(eventId, apiVersion, created.getEpochSecond(), dataObject, type);
    }

    private static String metadata(String orderReference) {
        return orderReference == null ? "{}" : "{\"order_reference\": \"" + orderReference + "\"}";
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private static String hmacSha256Hex(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no HmacSHA256", e);
        }
    }
}

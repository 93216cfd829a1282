package org.docuportal.payment.infrastructure;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;

import org.docuportal.payment.domain.InvalidWebhookException;
import org.docuportal.payment.domain.PaymentEvent;
import org.docuportal.shared.config.Setting;

/**
 * Turns a webhook request from Stripe into a {@link PaymentEvent}, after checking that Stripe
 * signed it with the endpoint's secret no longer ago than the configured tolerance.
 *
 * <p>The event's object is read from its raw JSON rather than through stripe-java's typed
 * models: those come back empty whenever the webhook endpoint's API version differs from the
 * one stripe-java is built for (as it does after every upgrade of either), while the few fields
 * read here (metadata, {@code client_reference_id}, {@code payment_status}) have had the same
 * shape in every API version.
 *
 * <p>Verification makes no call to Stripe, so the webhook resource can answer at once; an event
 * whose order reference cannot be read from the event itself keeps it {@code null}.
 */
@ApplicationScoped
public class StripeWebhooks {

    private final StripeSettings settings;
    private final Clock clock;

    /** For CDI's proxy only. */
    protected StripeWebhooks() {
        this.settings = null;
        this.clock = null;
    }

    @Inject
    public StripeWebhooks(StripeSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether a webhook signing secret is configured, without which no event is accepted. */
    public boolean isConfigured() {
        return settings.webhookSecret() != null;
    }

    /**
     * Checks the {@code Stripe-Signature} header against the payload exactly as received, and
     * reads the event.
     *
     * <ul>
     *   <li>{@code checkout.session.completed} with {@code payment_status} "paid" gives
     *       {@link PaymentEvent.Type#CHECKOUT_COMPLETED}, the order from the session's metadata or,
     *       failing that, its {@code client_reference_id}. A completed session still waiting for a
     *       delayed payment method is {@code OTHER}.</li>
     *   <li>{@code invoice.paid} gives {@link PaymentEvent.Type#INVOICE_PAID}, the order from the
     *       invoice's metadata.</li>
     *   <li>{@code charge.refunded} gives {@link PaymentEvent.Type#CHARGE_REFUNDED}, the order
     *       from the charge's metadata, which card payments started by {@link StripeGateway}
     *       carry. A charge that paid an invoice carries none, and Stripe's event does not name the
     *       invoice in current API versions, so the order reference is {@code null}.</li>
     *   <li>Anything else is {@link PaymentEvent.Type#OTHER}.</li>
     * </ul>
     *
     * @param payload the request body, byte for byte as Stripe sent it (decoded as UTF-8)
     * @param signatureHeader the {@code Stripe-Signature} header
     * @throws InvalidWebhookException when the signature is missing, wrong or too old, when no
     *         webhook secret is configured, or when the payload is not an event
     */
    public PaymentEvent verify(String payload, String signatureHeader) {
        if (settings.webhookSecret() == null) {
            throw new InvalidWebhookException("no webhook secret configured (" + Setting.STRIPE_WEBHOOK_SECRET.key() + ")");
        }
        if (payload == null || signatureHeader == null || signatureHeader.isBlank()) {
            throw new InvalidWebhookException("webhook without payload or Stripe-Signature header");
        }
        Event event = constructEvent(payload, signatureHeader);
        if (event.getId() == null || event.getType() == null || event.getCreated() == null) {
            throw new InvalidWebhookException("webhook payload is not a Stripe event");
        }
        Instant created = Instant.ofEpochSecond(event.getCreated());
        JsonObject object = dataObject(payload);
        if (object == null) {
            throw new InvalidWebhookException("Stripe event " + event.getId() + " has no data object");
        }
        String objectId = string(object, "id");
        return switch (event.getType()) {
            case "checkout.session.completed" -> "paid".equals(string(object, "payment_status"))
                    ? new PaymentEvent(event.getId(), PaymentEvent.Type.CHECKOUT_COMPLETED, created,
                            firstNonNull(metadata(object), string(object, "client_reference_id")), objectId)
                    : other(event, created, objectId);
            case "invoice.paid" -> new PaymentEvent(event.getId(), PaymentEvent.Type.INVOICE_PAID, created,
                    metadata(object), objectId);
            case "charge.refunded" -> new PaymentEvent(event.getId(), PaymentEvent.Type.CHARGE_REFUNDED, created,
                    metadata(object), objectId);
            default -> other(event, created, objectId);
        };
    }

    private Event constructEvent(String payload, String signatureHeader) {
        try {
            return Webhook.constructEvent(payload, signatureHeader, settings.webhookSecret(),
                    settings.webhookToleranceSeconds(), clock);
        } catch (SignatureVerificationException e) {
            throw new InvalidWebhookException("Stripe signature refused: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // stripe-java lets a malformed header or payload escape as whatever its parsing threw:
            // NumberFormatException for "t=abc", ArrayIndexOutOfBoundsException for a part without
            // '=', JsonSyntaxException, or NullPointerException for the payload "null".
            throw new InvalidWebhookException("unreadable Stripe webhook: " + e, e);
        }
    }

    /** The event's {@code data.object}, from the payload whose signature was just checked. */
    private static JsonObject dataObject(String payload) {
        JsonObject data = member(JsonParser.parseString(payload).getAsJsonObject(), "data");
        return data == null ? null : member(data, "object");
    }

    private static JsonObject member(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value != null && value.isJsonObject() ? value.getAsJsonObject() : null;
    }

    private static PaymentEvent other(Event event, Instant created, String objectId) {
        return new PaymentEvent(event.getId(), PaymentEvent.Type.OTHER, created, null, objectId);
    }

    private static String metadata(JsonObject object) {
        JsonObject metadata = member(object, "metadata");
        return metadata == null ? null : string(metadata, StripeGateway.ORDER_REFERENCE);
    }

    private static String string(JsonObject object, String member) {
        JsonElement value = object.get(member);
        if (value == null || !value.isJsonPrimitive()) {
            return null;
        }
        String text = value.getAsString();
        return text.isBlank() ? null : text;
    }

    private static String firstNonNull(String first, String second) {
        return first != null ? first : second;
    }
}

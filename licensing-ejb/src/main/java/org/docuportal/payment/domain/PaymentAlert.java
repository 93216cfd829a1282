package org.docuportal.payment.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A payment the portal could not lead back to one of its orders: the provider reported money paid
 * (or refunded) for an order reference the portal does not know. Money may have arrived for
 * nothing, so a platform administrator looks into it and resolves the alert with a note; until
 * then it stays open on their page. Provider-neutral: the provider's object is kept as text.
 */
@Entity
@Table(name = "payment_alert")
public class PaymentAlert {

    @Id
    @SequenceGenerator(name = "payment_alert_seq", sequenceName = "payment_alert_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_alert_seq")
    private Long id;

    @Column(name = "event_id", nullable = false, unique = true, length = 255)
    private String eventId;

    @Column(name = "event_type", nullable = false, length = 50)
    private String eventType;

    @Column(name = "order_reference", length = 200)
    private String orderReference;

    @Column(name = "provider_object", length = 255)
    private String providerObject;

    @Column(name = "detail", nullable = false, length = 500)
    private String detail;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by", length = 254)
    private String resolvedBy;

    @Column(name = "resolution_note", length = 500)
    private String resolutionNote;

    @Version
    private long version;

    protected PaymentAlert() {
    }

    /** An alert for an event that names no order of this portal. */
    public static PaymentAlert unknownOrder(PaymentEvent event, Instant now) {
        PaymentAlert alert = new PaymentAlert();
        alert.eventId = event.eventId();
        alert.eventType = event.type().name();
        alert.orderReference = clip(event.orderReference(), 200);
        alert.providerObject = clip(event.stripeObjectId(), 255);
        alert.detail = clip("The payment provider reported " + describe(event.type()) + " for "
                + (event.orderReference() == null ? "no order reference" : "order reference " + event.orderReference())
                + ", which names no order of this portal. Check the payment at the provider and refund or match it.", 500);
        alert.raisedAt = Objects.requireNonNull(now);
        return alert;
    }

    /**
     * Closes the alert with what was done about it.
     *
     * @throws IllegalArgumentException when the note is missing or longer than 500 characters
     * @throws IllegalStateException when it was resolved already
     */
    public void resolve(String by, String note, Instant now) {
        if (note == null || note.isBlank() || note.strip().length() > 500) {
            throw new IllegalArgumentException("Say in up to 500 characters what was done about this payment.");
        }
        if (resolvedAt != null) {
            throw new IllegalStateException("this alert was resolved already by " + resolvedBy);
        }
        resolvedAt = Objects.requireNonNull(now);
        resolvedBy = Objects.requireNonNull(by);
        resolutionNote = note.strip();
    }

    private static String describe(PaymentEvent.Type type) {
        return switch (type) {
            case CHECKOUT_COMPLETED -> "a completed card payment";
            case INVOICE_PAID -> "a paid invoice";
            case CHARGE_REFUNDED -> "a refund";
            case OTHER -> "an event";
        };
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public String eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public String orderReference() {
        return orderReference;
    }

    public String providerObject() {
        return providerObject;
    }

    public String detail() {
        return detail;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public String resolvedBy() {
        return resolvedBy;
    }

    public String resolutionNote() {
        return resolutionNote;
    }
}

package org.docuportal.licensing.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An order for a quote, paid through one payment method. A quote has at most one order, and
 * an order becomes at most one license: the database holds both to that with unique keys.
 */
@Entity
@Table(name = "license_order")
public class LicenseOrder {

    @Id
    @SequenceGenerator(name = "license_order_seq", sequenceName = "license_order_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "license_order_seq")
    private Long id;

    @OneToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "quote_id", nullable = false, unique = true)
    private Quote quote;

    @Column(name = "payment_method", nullable = false, length = 50)
    private String paymentMethod;

    @Column(name = "po_number", length = 100)
    private String purchaseOrderNumber;

    @Column(name = "provider_reference", length = 200)
    private String providerReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private OrderStatus status;

    @Column(name = "ordered_by", nullable = false, length = 254)
    private String orderedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "payment_note", length = 500)
    private String paymentNote;

    @Version
    private long version;

    protected LicenseOrder() {
    }

    public LicenseOrder(Quote quote, String paymentMethod, String purchaseOrderNumber, String orderedBy, Instant now) {
        this.quote = Objects.requireNonNull(quote);
        this.paymentMethod = Objects.requireNonNull(paymentMethod);
        this.purchaseOrderNumber = purchaseOrderNumber == null || purchaseOrderNumber.isBlank() ? null
                : purchaseOrderNumber.strip();
        if (this.purchaseOrderNumber != null && this.purchaseOrderNumber.length() > 100) {
            throw new IllegalArgumentException("a purchase order number has at most 100 characters");
        }
        this.orderedBy = Objects.requireNonNull(orderedBy);
        this.status = OrderStatus.AWAITING_PAYMENT;
        this.createdAt = now;
    }

    /** Where the payment provider keeps this order (a Checkout Session, an invoice). */
    public void trackAt(String providerReference) {
        this.providerReference = providerReference;
    }

    /**
     * Records the payment.
     *
     * @return false when it was recorded already, so that a repeated notice changes nothing
     */
    public boolean markPaid(Instant now, String note) {
        if (status == OrderStatus.PAID) {
            return false;
        }
        if (status != OrderStatus.AWAITING_PAYMENT) {
            throw new IllegalStateException("cannot record a payment for an order that is " + status.name().toLowerCase());
        }
        status = OrderStatus.PAID;
        paidAt = now;
        paymentNote = note;
        return true;
    }

    public boolean markRefunded() {
        if (status == OrderStatus.REFUNDED) {
            return false;
        }
        status = OrderStatus.REFUNDED;
        return true;
    }

    public Long id() {
        return id;
    }

    /** "O-000123", the reference payment providers carry back. */
    public String reference() {
        return "O-" + String.format("%06d", id);
    }

    /** The order id in a reference such as "O-000123", or empty when it is not one. */
    public static java.util.OptionalLong idFromReference(String reference) {
        if (reference == null || !reference.matches("O-\\d{1,18}")) {
            return java.util.OptionalLong.empty();
        }
        return java.util.OptionalLong.of(Long.parseLong(reference.substring(2)));
    }

    public Quote quote() {
        return quote;
    }

    public String paymentMethod() {
        return paymentMethod;
    }

    public String purchaseOrderNumber() {
        return purchaseOrderNumber;
    }

    public String providerReference() {
        return providerReference;
    }

    public OrderStatus status() {
        return status;
    }

    public String orderedBy() {
        return orderedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant paidAt() {
        return paidAt;
    }
}

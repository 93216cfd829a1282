package org.docuportal.licensing.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Cacheable;
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

import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * An order for a quote, paid through one payment method. A quote has at most one order, and
 * an order becomes at most one license: the database holds both to that with unique keys.
 *
 * <p>An order whose method calls a payment provider carries the state of that call
 * ({@link PaymentRequestStatus}): the order is committed first with the call {@code PENDING}, and
 * the call is made after commit and retried ({@link PaymentRequestRetry}). Those columns are written
 * by single updates of the repository, never through this versioned entity, so that a provider's
 * notice arriving at the same moment never collides with them. Those updates raise the version, so
 * the order is kept out of the shared cache ({@code @Cacheable(false)}, ISOLATED): a notice must
 * never act on a copy cached before the update.
 */
@Entity
@Cacheable(false)
@Cache(isolation = CacheIsolationType.ISOLATED)
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

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_request", nullable = false, length = 20)
    private PaymentRequestStatus paymentRequest;

    @Column(name = "payment_request_attempts", nullable = false)
    private int paymentRequestAttempts;

    @Column(name = "payment_request_due_at")
    private Instant paymentRequestDueAt;

    @Column(name = "payment_request_error", length = 500)
    private String paymentRequestError;

    @Version
    private long version;

    protected LicenseOrder() {
    }

    /** An order whose payment method calls no provider. */
    public LicenseOrder(Quote quote, String paymentMethod, String purchaseOrderNumber, String orderedBy, Instant now) {
        this(quote, paymentMethod, purchaseOrderNumber, orderedBy, now, false);
    }

    /**
     * @param callsProvider whether the payment method calls a provider, which is then due at once after commit
     */
    public LicenseOrder(Quote quote, String paymentMethod, String purchaseOrderNumber, String orderedBy, Instant now,
                        boolean callsProvider) {
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
        this.paymentRequest = callsProvider ? PaymentRequestStatus.PENDING : PaymentRequestStatus.NONE;
        // The request that places the order makes the first attempt; the retry round takes it only if that request died.
        this.paymentRequestDueAt = callsProvider ? now.plus(PaymentRequestRetry.LEASE) : null;
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

    public PaymentRequestStatus paymentRequest() {
        return paymentRequest;
    }

    public int paymentRequestAttempts() {
        return paymentRequestAttempts;
    }

    /** Why the last call to the provider failed, in the provider's words; null when it did not fail. */
    public String paymentRequestError() {
        return paymentRequestError;
    }
}

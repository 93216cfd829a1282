package org.docuportal.licensing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.docuportal.institution.domain.Institution;
import org.docuportal.shared.domain.Money;

/**
 * A priced proposal for one offer, for one institution, for a term: line items, a total and
 * a date until which it may be ordered. Made only after eligibility was checked.
 */
@Entity
@Table(name = "quote")
public class Quote {

    /** How long a quote may be ordered. */
    public static final int VALID_DAYS = 30;

    @Id
    @SequenceGenerator(name = "quote_seq", sequenceName = "quote_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quote_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "institution_id", nullable = false)
    private Institution institution;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "offer_id", nullable = false)
    private Offer offer;

    @Column(name = "requested_by", nullable = false, length = 254)
    private String requestedBy;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "quote_line", joinColumns = @JoinColumn(name = "quote_id"))
    @OrderColumn(name = "position")
    private List<QuoteLine> lines = new ArrayList<>();

    @jakarta.persistence.Embedded
    private Money total;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private QuoteStatus status;

    @Column(name = "decision_reason", length = 1000)
    private String decisionReason;

    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Quote() {
    }

    /**
     * A quote for the institution at its price; it waits for the administrator's approval when
     * the institution asks for that.
     */
    public Quote(Institution institution, Offer offer, Money price, LicenseTerm term, String requestedBy,
                 boolean needsApproval, Instant now, LocalDate today) {
        this.institution = Objects.requireNonNull(institution);
        this.offer = Objects.requireNonNull(offer);
        this.requestedBy = Objects.requireNonNull(requestedBy);
        this.startDate = term.start();
        this.endDate = term.end();
        String film = offer.title().title();
        this.lines.add(new QuoteLine(offer.describe() + ": " + film + " (" + term.start() + " to " + term.end() + ")", 1,
                price.amount()));
        this.total = price;
        this.validUntil = today.plusDays(VALID_DAYS);
        this.status = needsApproval ? QuoteStatus.AWAITING_APPROVAL : QuoteStatus.OPEN;
        this.createdAt = now;
    }

    public void approve(String administrator, String reason) {
        requireStatus(QuoteStatus.AWAITING_APPROVAL, "approve");
        status = QuoteStatus.OPEN;
        decidedBy = administrator;
        decisionReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public void decline(String administrator, String reason) {
        requireStatus(QuoteStatus.AWAITING_APPROVAL, "decline");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reason is required to decline a purchase");
        }
        status = QuoteStatus.DECLINED;
        decidedBy = administrator;
        decisionReason = reason.strip();
    }

    /** Marks the quote ordered; only an open quote within its validity can be. */
    public void markOrdered(LocalDate today) {
        requireStatus(QuoteStatus.OPEN, "order");
        if (today.isAfter(validUntil)) {
            throw new IllegalStateException("this quote expired on " + validUntil);
        }
        status = QuoteStatus.ORDERED;
    }

    private void requireStatus(QuoteStatus required, String action) {
        if (status != required) {
            throw new IllegalStateException("cannot " + action + " a quote that is " + status.name().toLowerCase().replace('_', ' '));
        }
    }

    public Long id() {
        return id;
    }

    /** "Q-000123", for people and documents. */
    public String reference() {
        return "Q-" + String.format("%06d", id);
    }

    public Institution institution() {
        return institution;
    }

    public Offer offer() {
        return offer;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public LicenseTerm term() {
        return new LicenseTerm(startDate, endDate);
    }

    public List<QuoteLine> lines() {
        return Collections.unmodifiableList(lines);
    }

    public Money total() {
        return total;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public QuoteStatus status() {
        return status;
    }

    public String decisionReason() {
        return decisionReason;
    }

    /** The administrator who approved or declined the quote; null when nobody has (yet). */
    public String decidedBy() {
        return decidedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}

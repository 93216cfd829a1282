package org.docuportal.institution.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One entry of the review audit trail: who decided what about an institution, when and why.
 *
 * <p>Append-only: it has no setters, the repository can only add and read entries, and the
 * columns are not updatable.
 */
@Entity
@Table(name = "review_decision")
public class ReviewDecision {

    @Id
    @SequenceGenerator(name = "review_decision_seq", sequenceName = "review_decision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_decision_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id", nullable = false, updatable = false)
    private Institution institution;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", nullable = false, updatable = false, length = 20)
    private Institution.Decision decision;

    @Column(name = "reason", nullable = false, updatable = false, length = 2000)
    private String reason;

    @Column(name = "reviewer", nullable = false, updatable = false, length = 254)
    private String reviewer;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_before", nullable = false, updatable = false, length = 20)
    private InstitutionStatus statusBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", nullable = false, updatable = false, length = 20)
    private InstitutionStatus statusAfter;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    protected ReviewDecision() {
    }

    ReviewDecision(Institution institution, Institution.Decision decision, String reason, String reviewer,
                   InstitutionStatus statusBefore, InstitutionStatus statusAfter, Instant decidedAt) {
        if (reason.length() > 2000) {
            throw new IllegalArgumentException("a reason has at most 2000 characters");
        }
        this.institution = institution;
        this.decision = decision;
        this.reason = reason;
        this.reviewer = reviewer;
        this.statusBefore = statusBefore;
        this.statusAfter = statusAfter;
        this.decidedAt = decidedAt;
    }

    public Long id() {
        return id;
    }

    public Institution institution() {
        return institution;
    }

    public Institution.Decision decision() {
        return decision;
    }

    public String reason() {
        return reason;
    }

    public String reviewer() {
        return reviewer;
    }

    public InstitutionStatus statusBefore() {
        return statusBefore;
    }

    public InstitutionStatus statusAfter() {
        return statusAfter;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}

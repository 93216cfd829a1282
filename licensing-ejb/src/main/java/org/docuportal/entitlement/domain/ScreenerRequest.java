package org.docuportal.entitlement.domain;

import java.time.Duration;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.docuportal.catalog.domain.Title;

/**
 * Someone's request for a full-length screener of a title (a programmer, a festival, an
 * educator deciding whether to license), and, once a platform administrator approves it, the
 * screener itself: one stream at a time, until a set end.
 *
 * <p>Screener holders need no account. Approval hands them a secret link; only the secret's
 * SHA-256 is stored, so the database alone cannot open a screener.
 */
@Entity
@Table(name = "screener_request")
public class ScreenerRequest {

    /** A screener is watched by one person: one stream at a time. */
    public static final int STREAM_CAP = 1;

    @Id
    @SequenceGenerator(name = "screener_request_seq", sequenceName = "screener_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "screener_request_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "title_id", nullable = false)
    private Title title;

    @Column(name = "requester_name", nullable = false, length = 200)
    private String requesterName;

    @Column(name = "organisation", nullable = false, length = 200)
    private String organisation;

    @Column(name = "requester_role", nullable = false, length = 200)
    private String requesterRole;

    @Column(name = "reason", nullable = false, length = 2000)
    private String reason;

    @Column(name = "email", nullable = false, length = 320)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ScreenerStatus status;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 320)
    private String decidedBy;

    @Column(name = "decision_reason", length = 2000)
    private String decisionReason;

    @Column(name = "access_code_hash", length = 64, unique = true)
    private String accessCodeHash;

    @Column(name = "valid_until")
    private Instant validUntil;

    @Version
    private long version;

    protected ScreenerRequest() {
    }

    public ScreenerRequest(Title title, String requesterName, String organisation, String requesterRole, String reason,
                           String email, Instant now) {
        this.title = Objects.requireNonNull(title, "title");
        this.requesterName = required(requesterName, "name");
        this.organisation = required(organisation, "organisation");
        this.requesterRole = required(requesterRole, "role");
        this.reason = required(reason, "reason");
        this.email = required(email, "email");
        this.status = ScreenerStatus.REQUESTED;
        this.requestedAt = now;
    }

    /**
     * Grants the screener for {@code length} from now.
     *
     * @param accessCodeHash the SHA-256 of the secret sent to the requester
     * @throws IllegalStateException when the request was decided already
     */
    public void approve(String administrator, Duration length, String accessCodeHash, Instant now) {
        requireUndecided();
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("a screener lasts a positive time");
        }
        this.status = ScreenerStatus.APPROVED;
        this.decidedBy = administrator;
        this.decidedAt = now;
        this.accessCodeHash = Objects.requireNonNull(accessCodeHash);
        this.validUntil = now.plus(length);
    }

    /** Refuses the request with a reason the requester is told. */
    public void decline(String administrator, String reason, Instant now) {
        requireUndecided();
        this.status = ScreenerStatus.DECLINED;
        this.decidedBy = administrator;
        this.decidedAt = now;
        this.decisionReason = required(reason, "reason");
    }

    /**
     * Gives an approved screener that has not ended a new secret, for a link sent again: the link
     * sent before stops opening it, so that only the newest mail holds a working link.
     *
     * @param accessCodeHash the SHA-256 of the new secret
     * @throws IllegalStateException when the request was not approved, or the screener has ended
     */
    public void replaceAccessCode(String accessCodeHash, Instant now) {
        if (status != ScreenerStatus.APPROVED) {
            throw new IllegalStateException(status == ScreenerStatus.REQUESTED
                    ? "the screener request is not decided yet, so there is no link to send"
                    : "the screener request was declined, so there is no link to send");
        }
        if (!now.isBefore(validUntil)) {
            throw new IllegalStateException("the screener ended at " + validUntil + "; a new request can be approved instead");
        }
        this.accessCodeHash = Objects.requireNonNull(accessCodeHash);
    }

    /** Whether the screener lets its holder watch at that moment. */
    public boolean isWatchableAt(Instant now) {
        return status == ScreenerStatus.APPROVED && now.isBefore(validUntil);
    }

    /** The entitlement it grants; valid only while {@link #isWatchableAt} holds. */
    public Entitlement entitlement() {
        return new Entitlement(Entitlement.screenerReference(id), title.id(), title.slug(), null, null, STREAM_CAP, validUntil);
    }

    private void requireUndecided() {
        if (status != ScreenerStatus.REQUESTED) {
            throw new IllegalStateException("the screener request was " + status.name().toLowerCase() + " already");
        }
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.strip();
    }

    public Long id() {
        return id;
    }

    public Title title() {
        return title;
    }

    public String requesterName() {
        return requesterName;
    }

    public String organisation() {
        return organisation;
    }

    public String requesterRole() {
        return requesterRole;
    }

    public String reason() {
        return reason;
    }

    public String email() {
        return email;
    }

    public ScreenerStatus status() {
        return status;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public Instant validUntil() {
        return validUntil;
    }
}

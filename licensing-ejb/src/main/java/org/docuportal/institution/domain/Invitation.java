package org.docuportal.institution.domain;

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

import org.docuportal.account.domain.Account;
import org.docuportal.account.domain.Role;

/**
 * An administrator's invitation to join an institution, sent by email. Following its link
 * proves the address, so the invitation doubles as the email verification.
 *
 * <p>Only a hash of the link's secret is stored. Joining with an address outside the
 * institution's email domains leaves the membership waiting for an administrator's approval.
 */
@Entity
@Table(name = "invitation")
public class Invitation {

    /** How long an invitation link works. */
    public static final Duration VALIDITY = Duration.ofDays(14);

    @Id
    @SequenceGenerator(name = "invitation_seq", sequenceName = "invitation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invitation_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "institution_id", nullable = false)
    private Institution institution;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", nullable = false, length = 30)
    private Role role;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "invited_by", nullable = false, length = 254)
    private String invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    /** When an administrator revoked the invitation or replaced it with a resent one. */
    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected Invitation() {
    }

    public Invitation(Institution institution, String email, Role role, String tokenHash, String invitedBy, Instant now) {
        this.institution = Objects.requireNonNull(institution);
        this.email = Account.normalizeEmail(email);
        if (!Membership.INSTITUTION_ROLES.contains(role)) {
            throw new IllegalArgumentException("members are invited as teacher, training officer or administrator");
        }
        this.role = role;
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.invitedBy = Objects.requireNonNull(invitedBy);
        this.createdAt = now;
        this.expiresAt = now.plus(VALIDITY);
    }

    public boolean isOpenAt(Instant now) {
        return stateAt(now) == State.OPEN;
    }

    /** Where the invitation stands: a link that is used, revoked or expired no longer works, each for its own reason. */
    public State stateAt(Instant now) {
        if (acceptedAt != null) {
            return State.ACCEPTED;
        }
        if (revokedAt != null) {
            return State.REVOKED;
        }
        return now.isBefore(expiresAt) ? State.OPEN : State.EXPIRED;
    }

    /**
     * Stops the link from working. An accepted invitation has become a membership, which revoking
     * the invitation would not undo, so it cannot be revoked.
     */
    public void revoke(Instant now) {
        if (acceptedAt != null) {
            throw new IllegalStateException("this invitation was accepted already; the person is a member now");
        }
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** Where an invitation stands. */
    public enum State {
        OPEN, ACCEPTED, REVOKED, EXPIRED
    }

    /**
     * Turns the invitation into a membership of the new account: active when the address is
     * one of the institution's, otherwise waiting for an administrator.
     */
    public Membership accept(Account account, Instant now) {
        if (!isOpenAt(now)) {
            throw new IllegalStateException("this invitation was used already or has expired");
        }
        acceptedAt = now;
        MembershipStatus status = institution.admitsEmail(email) ? MembershipStatus.ACTIVE : MembershipStatus.PENDING_APPROVAL;
        return new Membership(institution, account, role, status, now);
    }

    public Long id() {
        return id;
    }

    public Institution institution() {
        return institution;
    }

    public String email() {
        return email;
    }

    public Role role() {
        return role;
    }

    public String invitedBy() {
        return invitedBy;
    }

    /** When the invitation's link was mailed. */
    public Instant createdAt() {
        return createdAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }
}

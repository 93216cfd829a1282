package org.docuportal.account.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A one-time link that makes someone one of the distributor's staff (a reviewer or a platform
 * administrator). Following it, the owner of an address without a password chooses one; the
 * owner of an existing account proves its password instead. Either way the role is granted and
 * the link is spent.
 *
 * <p>The first platform administrator's set-password link is one too, made by the bootstrap.
 * Only a hash of the link's secret is stored; the link works once, for {@link #VALIDITY}.
 * Staff are accounts with a role, not members of an institution, so this is not an
 * institution's {@code Invitation}.
 */
@Entity
@Table(name = "staff_invitation")
public class StaffInvitation {

    /** How long a link works. */
    public static final Duration VALIDITY = Duration.ofHours(48);

    /** The roles a staff invitation may give. */
    public static final Set<Role> STAFF_ROLES = Set.of(Role.REVIEWER, Role.PLATFORM_ADMIN, Role.CURRICULUM_EDITOR);

    /** Who "invited" the first administrator. */
    public static final String BOOTSTRAP = "bootstrap";

    @Id
    @SequenceGenerator(name = "staff_invitation_seq", sequenceName = "staff_invitation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_invitation_seq")
    private Long id;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "staff_role", nullable = false, length = 30)
    private Role role;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "invited_by", nullable = false, length = 254)
    private String invitedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Version
    private long version;

    protected StaffInvitation() {
    }

    public StaffInvitation(String email, Role role, String tokenHash, String invitedBy, Instant now) {
        this.email = Account.normalizeEmail(email);
        if (!STAFF_ROLES.contains(role)) {
            throw new IllegalArgumentException("staff are invited as REVIEWER or PLATFORM_ADMIN");
        }
        this.role = role;
        this.tokenHash = Objects.requireNonNull(tokenHash, "token hash");
        this.invitedBy = Objects.requireNonNull(invitedBy, "invited by");
        this.createdAt = Objects.requireNonNull(now);
        this.expiresAt = now.plus(VALIDITY);
    }

    /** Whether the link still works: not used, not expired. */
    public boolean isOpenAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /**
     * Spends the link and gives its role to the account, which must be the invited address's.
     *
     * @throws IllegalStateException when the link was used already or has expired
     */
    public void useFor(Account account, Instant now) {
        if (!isOpenAt(now)) {
            throw new IllegalStateException("this link was used already or has expired");
        }
        if (!account.email().equals(email)) {
            throw new IllegalArgumentException("this link is for another address");
        }
        usedAt = now;
        account.grant(role);
        // Following the link proved the address.
        account.markEmailVerified(now);
    }

    public Long id() {
        return id;
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

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant usedAt() {
        return usedAt;
    }
}

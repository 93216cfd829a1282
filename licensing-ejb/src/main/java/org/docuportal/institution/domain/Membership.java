package org.docuportal.institution.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

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
 * An account's place in an institution: its role there and whether it is active. An account
 * belongs to at most one institution.
 */
@Entity
@Table(name = "membership")
public class Membership {

    /** The roles a member of an institution can hold; reviewers and platform administrators are the distributor's. */
    public static final Set<Role> INSTITUTION_ROLES = EnumSet.of(Role.TEACHER, Role.TRAINING_OFFICER, Role.INSTITUTION_ADMIN);

    @Id
    @SequenceGenerator(name = "membership_seq", sequenceName = "membership_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "membership_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "institution_id", nullable = false)
    private Institution institution;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "account_id", nullable = false, unique = true)
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", nullable = false, length = 30)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private MembershipStatus status;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Version
    private long version;

    protected Membership() {
    }

    public Membership(Institution institution, Account account, Role role, MembershipStatus status, Instant now) {
        this.institution = Objects.requireNonNull(institution);
        this.account = Objects.requireNonNull(account);
        if (!INSTITUTION_ROLES.contains(role)) {
            throw new IllegalArgumentException("an institution's member is a teacher, training officer or administrator");
        }
        this.role = role;
        this.status = Objects.requireNonNull(status);
        this.joinedAt = Objects.requireNonNull(now);
    }

    public void approve() {
        status = MembershipStatus.ACTIVE;
    }

    public boolean isActive() {
        return status == MembershipStatus.ACTIVE;
    }

    public Long id() {
        return id;
    }

    public Institution institution() {
        return institution;
    }

    public Account account() {
        return account;
    }

    public Role role() {
        return role;
    }

    public MembershipStatus status() {
        return status;
    }

    public Instant joinedAt() {
        return joinedAt;
    }
}

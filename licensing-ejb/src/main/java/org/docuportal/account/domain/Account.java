package org.docuportal.account.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person who signs in: email, password hash, roles, and the count of failed logins that
 * throttles password guessing.
 *
 * <p>The lock lives in the database, not in memory, so it holds across restarts and across
 * the instances of a cluster, and it covers every way in (login page and HTTP Basic). Parallel
 * guesses all touch this one row, so failures, the lock and a successful login are written by
 * single atomic updates of the repository ({@link AccountRepository#recordFailedLogin}), never
 * through this versioned entity; {@link LoginPolicy} says when a failure locks.
 */
@Entity
@Table(name = "account")
public class Account {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(name = "email", nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    /** Null for an account whose owner has not chosen a password yet (see {@link #withoutPassword}). */
    @Column(name = "password_hash", length = 300)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 30)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "failed_login_count", nullable = false)
    private int failedLoginCount;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    @Version
    private long version;

    protected Account() {
    }

    /** How finely "last login" is kept. */
    public static final Duration LOGIN_RECORDING_GRANULARITY = Duration.ofMinutes(1);

    public Account(String email, String displayName, String passwordHash, Set<Role> roles, Instant now) {
        this.email = normalizeEmail(email);
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("a display name is required");
        }
        this.displayName = displayName.strip();
        this.passwordHash = Objects.requireNonNull(passwordHash, "password hash");
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("an account has at least one role");
        }
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = Objects.requireNonNull(now);
    }

    /**
     * An account whose owner chooses the password later, through a one-time link: nothing signs
     * in to it until then. The display name starts as the address's local part.
     */
    public static Account withoutPassword(String email, Set<Role> roles, Instant now) {
        String address = normalizeEmail(email);
        Account account = new Account(address, address.substring(0, address.indexOf('@')), "", roles, now);
        account.passwordHash = null;
        return account;
    }

    /** Emails are compared without regard to case, so they are stored in lower case. */
    public static String normalizeEmail(String email) {
        if (email == null || !EMAIL.matcher(email.strip()).matches() || email.strip().length() > 254) {
            throw new IllegalArgumentException("not an email address: " + email);
        }
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a successful login at {@code now} has a stale "last login" to write (failures to
     * clear are {@link LoginState}'s to say). "Last login" is kept to the minute, so a script signing every request with HTTP
     * Basic does not write (and contend for) the account's row on each call.
     */
    public boolean loginWorthRecording(Instant now) {
        return lastLoginAt == null || lastLoginAt.isBefore(now.minus(LOGIN_RECORDING_GRANULARITY));
    }

    /** Whether a password was ever chosen; an account without one cannot sign in. */
    public boolean hasPassword() {
        return passwordHash != null;
    }

    /** Sets the password chosen through a one-time link, and the name the owner gave, if any. */
    public void choosePassword(String newHash, String newDisplayName) {
        this.passwordHash = Objects.requireNonNull(newHash);
        if (newDisplayName != null && !newDisplayName.isBlank()) {
            this.displayName = newDisplayName.strip();
        }
        failedLoginCount = 0;
        lockedUntil = null;
    }

    /** Adds a role; adding one the account holds already changes nothing. */
    public void grant(Role role) {
        roles.add(Objects.requireNonNull(role));
    }

    /** Stops every way of signing in (password, HTTP Basic, API tokens) until {@link #enable()}. */
    public void disable(Instant now) {
        if (disabledAt == null) {
            disabledAt = Objects.requireNonNull(now);
        }
    }

    public void enable() {
        disabledAt = null;
    }

    public boolean isEnabled() {
        return disabledAt == null;
    }

    public Instant disabledAt() {
        return disabledAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Records that the owner proved they read mail at the account's address. */
    public void markEmailVerified(Instant now) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = now;
        }
    }

    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }
}

package org.docuportal.account.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A personal API token with which scripts act as their owner ({@code Authorization: Bearer}).
 *
 * <p>Only a hash of the secret is stored; the owner sees the secret once, when it is made.
 * The short prefix lets the owner tell tokens apart without revealing them.
 */
@Entity
@Table(name = "api_token")
// Kept out of the shared cache: a token is read once per request anyway, and its "last used" time is
// written by a bulk update, whose cache invalidation stalled concurrent readers of cached tokens in
// EclipseLink's clone locks (seen with parallel requests on one token).
@Cacheable(false)
public class ApiToken {

    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "token_prefix", nullable = false, length = 16)
    private String tokenPrefix;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected ApiToken() {
    }

    /** How finely "last used" is kept. */
    public static final Duration USE_RECORDING_GRANULARITY = Duration.ofMinutes(1);

    public ApiToken(Account account, String name, String tokenHash, String tokenPrefix, Instant now) {
        this.account = Objects.requireNonNull(account);
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new IllegalArgumentException("a token needs a name of 1 to 100 characters");
        }
        this.name = name.strip();
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.tokenPrefix = Objects.requireNonNull(tokenPrefix);
        this.createdAt = Objects.requireNonNull(now);
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /**
     * Whether a use at {@code now} is worth writing down. "Last used" is shown to the owner to the
     * minute, so a token used again within a minute is not written again: that keeps a script's
     * burst of parallel calls from all updating (and contending for) the same row.
     */
    public boolean useWorthRecording(Instant now) {
        return lastUsedAt == null || lastUsedAt.isBefore(now.minus(USE_RECORDING_GRANULARITY));
    }

    public Long id() {
        return id;
    }

    public Account account() {
        return account;
    }

    public String name() {
        return name;
    }

    public String tokenPrefix() {
        return tokenPrefix;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}

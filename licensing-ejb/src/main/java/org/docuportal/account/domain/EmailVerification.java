package org.docuportal.account.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

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

/** A one-time link that proves the account's owner reads mail at its address. Only its hash is stored. */
@Entity
@Table(name = "email_verification")
public class EmailVerification {

    public static final Duration VALIDITY = Duration.ofDays(7);

    @Id
    @SequenceGenerator(name = "email_verification_seq", sequenceName = "email_verification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "email_verification_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected EmailVerification() {
    }

    public EmailVerification(Account account, String tokenHash, Instant now) {
        this.account = Objects.requireNonNull(account);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.expiresAt = now.plus(VALIDITY);
    }

    /** Marks the address verified; false when the link was used already or has expired. */
    public boolean use(Instant now) {
        if (usedAt != null || !now.isBefore(expiresAt)) {
            return false;
        }
        usedAt = now;
        account.markEmailVerified(now);
        return true;
    }

    public Account account() {
        return account;
    }
}

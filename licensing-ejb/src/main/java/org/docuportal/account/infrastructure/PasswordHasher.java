package org.docuportal.account.infrastructure;

import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Hashes passwords with the container's PBKDF2 implementation at the strength OWASP's
 * Password Storage Cheat Sheet recommends today: PBKDF2-HMAC-SHA256, 600,000 iterations,
 * a 32-byte random salt and a 32-byte key.
 *
 * <p>The stored form names its algorithm and iteration count, so hashes made with weaker
 * parameters still verify and can be upgraded at the next successful login.
 */
@ApplicationScoped
public class PasswordHasher {

    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final int ITERATIONS = 600_000;

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    /** A hash of no one's password at today's strength, checked when there is no real one to check. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate("not-a-password".toCharArray());
    }

    /**
     * Spends the time of one verification and ignores the result, so that a login without an
     * account to check (or with a locked one) answers no faster than a wrong password.
     */
    public void verifyDecoy(char[] password) {
        pbkdf2.verify(password == null ? new char[0] : password, decoy);
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean verify(char[] password, String storedHash) {
        return pbkdf2.verify(password, storedHash);
    }

    /** Whether a stored hash was made with weaker parameters than today's. */
    public boolean isOutdated(String storedHash) {
        String[] parts = storedHash.split(":");
        return parts.length < 2 || !ALGORITHM.equals(parts[0]) || Integer.parseInt(parts[1]) < ITERATIONS;
    }
}

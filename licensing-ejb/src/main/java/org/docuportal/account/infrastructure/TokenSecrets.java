package org.docuportal.account.infrastructure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Makes the secrets of API tokens and emailed links, and the hashes under which they are stored.
 *
 * <p>A token carries 256 random bits, so a plain SHA-256 is enough to store it: unlike a
 * password it cannot be guessed, and the lookup by hash stays a single indexed query.
 */
@ApplicationScoped
public class TokenSecrets {

    /** Marks the portal's tokens so that secret scanners and people can recognise them. */
    public static final String PREFIX = "dp_";

    private final SecureRandom random = new SecureRandom();

    /** A secret for a personal API token, marked with {@link #PREFIX}. */
    public String newSecret() {
        return PREFIX + newLinkSecret();
    }

    /** A secret for a link sent by email (invitations), safe in a URL. */
    public String newLinkSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String hash(String secret) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The first characters of a secret, shown to its owner to tell tokens apart. */
    public String displayPrefix(String secret) {
        return secret.substring(0, Math.min(secret.length(), PREFIX.length() + 6));
    }
}

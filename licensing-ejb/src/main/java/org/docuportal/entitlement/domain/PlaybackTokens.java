package org.docuportal.entitlement.domain;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks the short-lived tokens that open a title's playlists and key.
 *
 * <p>A token reads {@code <expiry>.<entitlement>.<signature>}: the expiry in Unix seconds, the
 * entitlement it was issued under ({@code license-12}, {@code screener-7}), and the unpadded
 * base64url HMAC-SHA256 of {@code "hls-v1\n" + slug + "\n" + entitlement + "\n" + expiry} under
 * the shared secret. The title's path segment (its slug) is signed but not carried, so a token
 * presented on another title's path fails the signature check. The format is deliberately
 * this simple: {@code deploy/nginx/media-token.js} checks the same tokens at the edge.
 *
 * <p>The signature is checked before the expiry, so a tampered token is refused as forbidden
 * even when it also claims an old expiry; signatures are compared in constant time.
 */
public final class PlaybackTokens {

    /** Versions the signed message, so that a future format cannot be confused with this one. */
    static final String SCHEME = "hls-v1";
    private static final String ALGORITHM = "HmacSHA256";
    private static final Pattern ENTITLEMENT = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Shorter secrets could be guessed offline from one token; 32 bytes matches the hash's strength. */
    public static final int MINIMUM_SECRET_BYTES = 32;

    private final SecretKeySpec key;

    public PlaybackTokens(byte[] secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length < MINIMUM_SECRET_BYTES) {
            throw new IllegalArgumentException("a playback token secret needs at least " + MINIMUM_SECRET_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    /** A token for the title's path, under the entitlement, valid until {@code expiresAt} (to the second). */
    public String sign(String slug, String entitlement, Instant expiresAt) {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("not a title slug: " + slug);
        }
        if (entitlement == null || !ENTITLEMENT.matcher(entitlement).matches()) {
            throw new IllegalArgumentException("not an entitlement reference: " + entitlement);
        }
        long expiry = expiresAt.getEpochSecond();
        return expiry + "." + entitlement + "." + signature(slug, entitlement, Long.toString(expiry));
    }

    /** What the token allows on the title's path at that moment. */
    public TokenVerdict check(String token, String slug, Instant now) {
        if (token == null || slug == null || token.length() > 200) {
            return TokenVerdict.FORBIDDEN;
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !parts[0].matches("\\d{1,12}") || !ENTITLEMENT.matcher(parts[1]).matches()) {
            return TokenVerdict.FORBIDDEN;
        }
        byte[] expected = signature(slug, parts[1], parts[0]).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return TokenVerdict.FORBIDDEN;
        }
        return Long.parseLong(parts[0]) < now.getEpochSecond() ? TokenVerdict.EXPIRED : TokenVerdict.VALID;
    }

    /** The entitlement a token names, without checking it; for logs and usage, never for access. */
    public static String entitlementOf(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        return parts.length == 3 ? parts[1] : null;
    }

    private String signature(String slug, String entitlement, String expiry) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            String message = SCHEME + "\n" + slug + "\n" + entitlement + "\n" + expiry;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime has HMAC-SHA256", e);
        }
    }
}

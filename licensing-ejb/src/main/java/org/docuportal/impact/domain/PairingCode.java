package org.docuportal.impact.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The one-time code that ties a participant's "after" answers to their "before" answers without
 * knowing who they are: eight random characters shown as two groups ({@code K7P4-QX2M}), which
 * the participant writes down before the film and types after it.
 *
 * <p>The alphabet leaves out characters people confuse when copying by hand (0/O, 1/I/L, 5/S, 8/B,
 * U/V): 25 symbols, about 37 bits per code. That is plenty for its use: a code only matters inside
 * one screening, pairs once, and a wrong guess pairs nothing. Only the SHA-256 of the normalised
 * code is stored, so the table does not hand out codes to whoever reads it.
 */
public record PairingCode(String value) {

    /** The symbols of a code. */
    public static final String ALPHABET = "234679ACDEFGHJKMNPQRTWXYZ";

    public static final int LENGTH = 8;

    public PairingCode {
        if (value == null || value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("not a pairing code");
        }
    }

    /** A fresh random code. */
    public static PairingCode random(SecureRandom random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new PairingCode(code.toString());
    }

    /**
     * The code a participant typed, forgiving case, spaces and dashes.
     *
     * @throws SurveyInputException naming {@code pairingCode} when it cannot be a code
     */
    public static PairingCode parse(String typed) {
        String normalised = typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-\u2010-\u2015]", "");
        if (normalised.length() != LENGTH || !normalised.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new SurveyInputException("pairingCode", "A pairing code has 8 letters and digits, like K7P4-QX2M."
                    + " Check the code you wrote down before the screening.");
        }
        return new PairingCode(normalised);
    }

    /** The code as shown to the participant: two groups of four. */
    public String display() {
        return value.substring(0, 4) + "-" + value.substring(4);
    }

    /** The SHA-256 of the code, hex: what is stored. */
    public String hash() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return display();
    }
}

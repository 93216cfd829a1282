package org.docuportal.shared.domain;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * What replaces a person's email in records that outlive the link to that person: usage records
 * past their retention period, and everything a deleted account leaves behind (plays, downloads,
 * quotes and orders, which stay with the institution).
 *
 * <p>A pseudonym is random, not derived from the email: nothing kept by the portal (no key, no
 * hash) can lead back to the person. One pseudonym replaces all of one person's records in one
 * pass, so counts of distinct viewers per day and per month stay exactly as they were. It
 * contains no {@code @}, so it is never taken for an address to mail or a name to sign in with.
 */
public final class Pseudonym {

    /** How every pseudonym starts; what follows is 16 random hexadecimal digits (64 bits). */
    public static final String PREFIX = "anonymous-";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Pseudonym() {
    }

    public static String random() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return PREFIX + HexFormat.of().formatHex(bytes);
    }

    /** Whether the value still names a person (an email) rather than a pseudonym. */
    public static boolean isPerson(String identity) {
        return identity != null && identity.indexOf('@') > 0;
    }
}

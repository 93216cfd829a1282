package org.docuportal.institution.domain;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks and compares the email domains through which members prove they belong to an institution. */
public final class EmailDomains {

    private static final Pattern HOSTNAME = Pattern.compile(
            "(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    private EmailDomains() {
    }

    /** The domain in lower-case ASCII ({@code Schule.DE} becomes {@code schule.de}). */
    public static String normalize(String domain) {
        if (domain == null || domain.isBlank()) {
            throw new IllegalArgumentException("an email domain is required");
        }
        String ascii;
        try {
            ascii = IDN.toASCII(domain.strip().replaceFirst("^@", ""), IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a domain name: " + domain, e);
        }
        if (!HOSTNAME.matcher(ascii).matches()) {
            throw new IllegalArgumentException("not a domain name: " + domain);
        }
        return ascii;
    }

    /** The domain part of an email address, normalized. */
    public static String of(String email) {
        int at = email == null ? -1 : email.lastIndexOf('@');
        if (at < 0) {
            throw new IllegalArgumentException("not an email address: " + email);
        }
        return normalize(email.substring(at + 1));
    }

    /** Whether an address belongs to the domain or one of its subdomains ({@code staff.school.example}). */
    public static boolean covers(String domain, String emailDomain) {
        return emailDomain.equals(domain) || emailDomain.endsWith("." + domain);
    }
}

package org.docuportal.institution.application;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.docuportal.institution.domain.EmailDomains;
import org.docuportal.institution.domain.IpRanges;
import org.docuportal.shared.application.InvalidInputException.Violation;

/**
 * Checks the email domains and IP ranges an institution gives, at registration and when its
 * administrators change them. Every bad value is reported, each naming the value and what is
 * wrong with it, so that a form with three typos says so once rather than three submissions later.
 */
final class NetworkInput {

    static final String DOMAINS = "emailDomains";
    static final String RANGES = "ipRanges";

    /** More than a campus network needs; a limit keeps a pasted list (or a hostile one) from becoming a table scan per review. */
    static final int MAX_DOMAINS = 50;
    static final int MAX_RANGES = 100;

    private NetworkInput() {
    }

    /** The domains, normalized and without repeats; one problem per bad value, none for an empty list. */
    static Set<String> emailDomains(Collection<String> values, List<Violation> problems) {
        return each(values, MAX_DOMAINS, problems, DOMAINS, EmailDomains::normalize,
                "An email domain is empty; leave out empty entries.",
                "“%s” is not an email domain; write just the part after the @, such as school.example.");
    }

    /** The ranges in canonical CIDR form, without repeats; one problem per bad value. */
    static Set<String> ipRanges(Collection<String> values, List<Violation> problems) {
        return each(values, MAX_RANGES, problems, RANGES, IpRanges::normalize,
                "An IP range is empty; leave out empty entries.",
                "“%s” is not an IP range; write IPv4 or IPv6 ranges in CIDR notation, such as 192.0.2.0/24 or 2001:db8::/32.");
    }

    private static Set<String> each(Collection<String> values, int max, List<Violation> problems, String field,
                                    UnaryOperator<String> normalize, String empty, String bad) {
        Set<String> normalized = new LinkedHashSet<>();
        if (values == null) {
            return normalized;
        }
        if (values.size() > max) {
            problems.add(new Violation(field, "List at most " + max + " values here; " + values.size() + " were given."));
            return normalized;
        }
        for (String value : values) {
            if (value == null || value.isBlank()) {
                problems.add(new Violation(field, empty));
                continue;
            }
            try {
                normalized.add(normalize.apply(value));
            } catch (RuntimeException e) {
                // The address library also throws its own unchecked exceptions for some malformed ranges.
                problems.add(new Violation(field, String.format(bad, shorten(value.strip()))));
            }
        }
        return normalized;
    }

    /** A hostile or pasted value is quoted back only in part. */
    private static String shorten(String value) {
        return value.length() <= 80 ? value : value.substring(0, 77) + "…";
    }
}

package org.docuportal.catalog.domain;

import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/**
 * An ISO 3166-1 alpha-2 country code, such as {@code KR} or {@code US}.
 *
 * <p>The list of valid codes is the JDK's own copy of ISO 3166-1.
 */
public record CountryCode(String code) implements Comparable<CountryCode>, Serializable {

    private static final Set<String> ISO_CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    public CountryCode {
        if (code == null || !ISO_CODES.contains(code)) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 country code: " + code);
        }
    }

    /** Parses a code case-insensitively, ignoring surrounding blanks. */
    public static CountryCode of(String code) {
        return new CountryCode(code == null ? null : code.trim().toUpperCase(Locale.ROOT));
    }

    public static boolean isValid(String code) {
        return code != null && ISO_CODES.contains(code.trim().toUpperCase(Locale.ROOT));
    }

    public static Set<String> all() {
        return ISO_CODES;
    }

    /** The country's English name, for messages. */
    public String englishName() {
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }

    @Override
    public int compareTo(CountryCode other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}

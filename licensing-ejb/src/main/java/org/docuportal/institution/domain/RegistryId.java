package org.docuportal.institution.domain;

import java.util.Locale;
import java.util.regex.Pattern;

import org.docuportal.catalog.domain.CountryCode;

/**
 * The identifier of an institution in a public registry, checked by format where the registry
 * is known: a ROR id for universities (https://ror.org), the 12-digit NCES school id for US
 * schools, the 6-digit URN for schools in the United Kingdom. Other institutions may give
 * any identifier, which reviewers check by hand.
 */
public final class RegistryId {

    /** ROR ids: a leading 0, six characters of Crockford base32 without i, l, o, u, then two check digits. */
    private static final Pattern ROR = Pattern.compile("0[0-9a-hjkmnp-tv-z]{6}[0-9]{2}");
    private static final Pattern NCES = Pattern.compile("[0-9]{12}");
    private static final Pattern URN = Pattern.compile("[0-9]{6}");

    private RegistryId() {
    }

    /** Which registry an institution of this type in this country is expected to name. */
    public enum Registry {
        ROR("a ROR id such as 05xg72x27 or https://ror.org/05xg72x27"),
        NCES("a 12-digit NCES school id"),
        UK_URN("a 6-digit URN (Unique Reference Number)"),
        FREE_TEXT("any registry identifier");

        private final String expected;

        Registry(String expected) {
            this.expected = expected;
        }

        public String expected() {
            return expected;
        }
    }

    public static Registry registryFor(InstitutionType type, CountryCode country) {
        if (type == InstitutionType.HIGHER_EDUCATION) {
            return Registry.ROR;
        }
        if (type == InstitutionType.K12_SCHOOL && "US".equals(country.code())) {
            return Registry.NCES;
        }
        if (type == InstitutionType.K12_SCHOOL && "GB".equals(country.code())) {
            return Registry.UK_URN;
        }
        return Registry.FREE_TEXT;
    }

    /**
     * The identifier in canonical form (ROR ids without their URL prefix, in lower case), or
     * null when none was given.
     *
     * @throws IllegalArgumentException when it does not have the registry's format
     */
    public static String normalize(String value, InstitutionType type, CountryCode country) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String id = value.strip();
        Registry registry = registryFor(type, country);
        switch (registry) {
            case ROR -> id = id.toLowerCase(Locale.ROOT).replaceFirst("^https?://(www\\.)?ror\\.org/", "");
            case NCES, UK_URN -> id = id.replace(" ", "").replace("-", "");
            case FREE_TEXT -> {
                if (id.length() > 100) {
                    throw new IllegalArgumentException("a registry identifier has at most 100 characters");
                }
                return id;
            }
        }
        Pattern format = switch (registry) {
            case ROR -> ROR;
            case NCES -> NCES;
            default -> URN;
        };
        if (!format.matcher(id).matches()) {
            throw new IllegalArgumentException("expected " + registry.expected() + ", got '" + value.strip() + "'");
        }
        return id;
    }
}

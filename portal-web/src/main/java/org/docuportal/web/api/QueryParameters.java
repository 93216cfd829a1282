package org.docuportal.web.api;

import org.docuportal.shared.application.InvalidInputException;

/**
 * Parses query parameters that JAX-RS would otherwise turn into a 404 when malformed:
 * a bad {@code page=abc} is the caller's mistake and deserves a 400 naming the parameter.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static int intParam(String name, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                throw outOfRange(name, min, max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw outOfRange(name, min, max);
        }
    }

    /** Like {@link #intParam}, but {@code null} where the parameter is missing or left empty. */
    public static Integer optionalIntParam(String name, String value, int min, int max) {
        return value == null || value.isBlank() ? null : intParam(name, value, 0, min, max);
    }

    /** {@code true} or {@code false} (any case); missing or empty is {@code false}; anything else a 400 naming it. */
    public static boolean booleanParam(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw InvalidInputException.of(name, name + " must be true or false.");
        };
    }

    private static InvalidInputException outOfRange(String name, int min, int max) {
        return InvalidInputException.of(name, name + " must be a whole number from " + min + " to " + max + ".");
    }
}

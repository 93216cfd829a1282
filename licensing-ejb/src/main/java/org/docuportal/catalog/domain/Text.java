package org.docuportal.catalog.domain;

/** Small checks on free text shared by the catalog's entities and value objects. */
final class Text {

    private Text() {
    }

    static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.strip();
    }

    /** Like {@link #required}, and at most {@code max} characters once stripped. */
    static String limited(String value, String field, int max) {
        String text = required(value, field);
        if (text.length() > max) {
            throw new IllegalArgumentException(field + " is longer than " + max + " characters");
        }
        return text;
    }

    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

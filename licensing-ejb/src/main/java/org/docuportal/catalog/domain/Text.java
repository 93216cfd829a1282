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

    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

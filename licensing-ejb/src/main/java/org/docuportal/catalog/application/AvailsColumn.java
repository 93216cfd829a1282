package org.docuportal.catalog.application;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The columns of an avails CSV file, by their header names. */
public enum AvailsColumn {
    TITLE_SLUG(true),
    RIGHT_TYPE(true),
    TERRITORY(true),
    EXCLUDED_COUNTRIES(false),
    START_DATE(true),
    END_DATE(false);

    private final boolean required;

    AvailsColumn(boolean required) {
        this.required = required;
    }

    /** The name the header row uses, such as {@code title_slug}. */
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isRequired() {
        return required;
    }

    /** The column a header cell names, ignoring case and surrounding blanks. */
    public static Optional<AvailsColumn> fromHeader(String header) {
        String wanted = header.strip();
        return Arrays.stream(values()).filter(c -> c.header().equalsIgnoreCase(wanted)).findFirst();
    }
}

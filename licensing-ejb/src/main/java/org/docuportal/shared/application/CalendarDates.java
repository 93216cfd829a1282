package org.docuportal.shared.application;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads a calendar date a person typed or a script sent ({@code yyyy-mm-dd}, a four-digit year) and
 * keeps it between 1900 and 9999: ISO parsing alone accepts {@code -999999999-01-01}, which then
 * breaks arithmetic, sorting and the database's date type. Tighter limits (how far ahead a licence
 * may start) are the domain's, with their own messages.
 */
public final class CalendarDates {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private CalendarDates() {
    }

    /**
     * The date, or empty where nothing was given.
     *
     * @throws InvalidInputException naming {@code field} where the value is not a date or out of range
     */
    public static Optional<LocalDate> parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String given = value.strip();
        LocalDate date;
        try {
            date = given.length() == 10 ? LocalDate.parse(given) : null;
        } catch (DateTimeException e) {
            date = null;
        }
        if (date == null) {
            throw InvalidInputException.of(field, field + " must be a date such as 2027-01-31 (yyyy-mm-dd).");
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw InvalidInputException.of(field, field + " must be between " + EARLIEST + " and " + LATEST + ".");
        }
        return Optional.of(date);
    }
}

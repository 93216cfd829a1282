package org.docuportal.reporting.domain;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import org.docuportal.shared.application.InvalidInputException;

/**
 * The whole months a usage report covers, {@code from} to {@code to} inclusive, as the usage
 * records count them: by the UTC month in which a play started or a guide was downloaded.
 *
 * <p>Reports are by month because COUNTER reports are, and because the records carry their month:
 * a day given as a bound stands for its month. A period is at most {@value #MAX_MONTHS} months, so
 * one request cannot ask the database to group a decade of plays.
 */
public record ReportingPeriod(YearMonth from, YearMonth to) implements Serializable {

    /** The longest period one report may cover: three years, the longest license term on offer. */
    public static final int MAX_MONTHS = 36;

    /** How many months a report covers when no start is given: the last twelve, this one included. */
    public static final int DEFAULT_MONTHS = 12;

    public ReportingPeriod {
        if (from == null) {
            throw InvalidInputException.of("from", "from is missing.");
        }
        if (to == null) {
            throw InvalidInputException.of("to", "to is missing.");
        }
        if (from.isAfter(to)) {
            throw InvalidInputException.of("from", "from (" + from + ") is after to (" + to + "); the period must start before it ends.");
        }
        if (ChronoUnit.MONTHS.between(from, to) + 1 > MAX_MONTHS) {
            throw InvalidInputException.of("to", "A report covers at most " + MAX_MONTHS + " months; " + from + " to " + to
                    + " is " + (ChronoUnit.MONTHS.between(from, to) + 1) + ".");
        }
    }

    /**
     * The period that the query parameters name. A missing {@code to} is the current month; a missing
     * {@code from} is {@value #DEFAULT_MONTHS} months before {@code to}'s end.
     *
     * @param from a month ({@code 2026-01}) or a day ({@code 2026-01-15}), or null or blank
     * @param to the same
     * @param current the current month, in UTC
     * @throws InvalidInputException naming the field that is not a month or a day, or a period that breaks the rules above
     */
    public static ReportingPeriod parse(String from, String to, YearMonth current) {
        YearMonth end = isBlank(to) ? current : month("to", to);
        YearMonth start = isBlank(from) ? end.minusMonths(DEFAULT_MONTHS - 1L) : month("from", from);
        return new ReportingPeriod(start, end);
    }

    /** The first day of the first month: the lowest {@code usage_month} the report counts. */
    public LocalDate firstMonth() {
        return from.atDay(1);
    }

    /** The first day of the last month: the highest {@code usage_month} the report counts. */
    public LocalDate lastMonth() {
        return to.atDay(1);
    }

    /** How many months it covers. */
    public int months() {
        return (int) ChronoUnit.MONTHS.between(from, to) + 1;
    }

    private static YearMonth month(String field, String value) {
        String given = value.strip();
        try {
            if (given.length() == 7) {
                return YearMonth.parse(given);
            }
            if (given.length() == 10) {
                return YearMonth.from(LocalDate.parse(given));
            }
        } catch (DateTimeException e) {
            // falls through to the message below, which says what is expected
        }
        throw InvalidInputException.of(field, field + " must be a month such as 2026-01 or a day such as 2026-01-15; got \""
                + printable(given) + "\".");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** Keeps a hostile value from putting control characters or a wall of text into a message. */
    private static String printable(String value) {
        String shown = value.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 40 ? shown.substring(0, 40) + "\u2026" : shown;
    }
}

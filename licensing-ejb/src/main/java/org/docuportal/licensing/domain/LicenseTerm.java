package org.docuportal.licensing.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** The days a license covers, both inclusive. */
public record LicenseTerm(LocalDate start, LocalDate end) {

    public LicenseTerm {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a term cannot end before it starts");
        }
    }

    public boolean includes(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /** Whether the two terms share at least one day. */
    public boolean overlaps(LicenseTerm other) {
        return !other.end.isBefore(start) && !other.start.isAfter(end);
    }

    /** The days from {@code today} to the last day, both counted: 1 on the last day, 0 once it is over. */
    public long daysLeft(LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(today, end) + 1);
    }

    /** The days from {@code today} until the first day: 1 the day before, 0 once it has started. */
    public long daysUntilStart(LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(today, start));
    }
}

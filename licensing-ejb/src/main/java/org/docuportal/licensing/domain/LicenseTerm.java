package org.docuportal.licensing.domain;

import java.time.LocalDate;
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
}

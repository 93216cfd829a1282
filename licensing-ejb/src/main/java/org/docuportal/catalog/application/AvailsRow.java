package org.docuportal.catalog.application;

import java.time.LocalDate;
import java.util.Objects;

import org.docuportal.catalog.domain.RightType;
import org.docuportal.catalog.domain.Territory;

/**
 * One rights window read from an avails file, checked in itself but not yet against the catalog.
 *
 * @param line      the physical line of the file it was read from, the header being line 1
 * @param titleSlug the slug of the title the window is for; whether that title exists is not known yet
 * @param endDate   the last day of the window, or null when it is open-ended
 */
public record AvailsRow(int line, String titleSlug, RightType rightType, Territory territory,
                        LocalDate startDate, LocalDate endDate) {

    public AvailsRow {
        Objects.requireNonNull(titleSlug, "title slug");
        Objects.requireNonNull(rightType, "right type");
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(startDate, "start date");
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("the end date " + endDate + " is before the start date " + startDate);
        }
    }
}

package org.docuportal.catalog.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a rights window says, as a value: right, territory and dates. The rights history keeps
 * these words ({@link #describe()}) for the state before and after each change, so that a
 * withdrawn window stays readable after its row is gone.
 *
 * @param end the last day (inclusive), or null when the right runs until further notice
 */
public record WindowTerms(RightType rightType, Territory territory, LocalDate start, LocalDate end) {

    public WindowTerms {
        Objects.requireNonNull(rightType, "right type");
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(start, "start");
    }

    /** "EDUCATIONAL, Worldwide excluding CN, 2024-01-01 to 2028-12-31" (or "from 2024-01-01, open-ended"). */
    public String describe() {
        String dates = end == null ? "from " + start + ", open-ended" : start + " to " + end;
        return rightType.name() + ", " + territory.describe() + ", " + dates;
    }
}

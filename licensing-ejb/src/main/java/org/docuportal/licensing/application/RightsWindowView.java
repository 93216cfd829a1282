package org.docuportal.licensing.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import org.docuportal.catalog.domain.CountryCode;
import org.docuportal.catalog.domain.RightType;
import org.docuportal.catalog.domain.RightsWindow;
import org.docuportal.catalog.domain.Territory;

/**
 * A rights window as the distributor's rights page and API show it.
 *
 * @param territory the territory in words ("Worldwide excluding CN")
 * @param endDate the last day, or null when open-ended
 */
public record RightsWindowView(long id, RightType rightType, boolean worldwide, List<String> countries,
                               List<String> excludedCountries, String territory, LocalDate startDate, LocalDate endDate)
                                       implements Serializable {

    public static RightsWindowView of(RightsWindow window) {
        Territory t = window.territory();
        return new RightsWindowView(window.id(), window.rightType(), t.worldwide(),
                t.countries().stream().map(CountryCode::code).toList(),
                t.excluded().stream().map(CountryCode::code).toList(),
                t.describe(), window.startDate(), window.endDate());
    }
}

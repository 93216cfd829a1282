package org.docuportal.licensing.application;

import java.util.List;

/**
 * A rights window as the distributor types it, before any check: every value is text, so that
 * each mistake can be named by its field.
 *
 * <p>The territory is either the avails CSV syntax in {@code territory} ({@code WORLDWIDE} or
 * {@code KR;JP;US}) or {@code worldwide} / {@code countries}; exclusions are ISO codes, each entry
 * may itself hold several ({@code "CN;KP"}). In an amendment, a null value keeps what the window
 * has: no territory fields keep the territory, null {@code excludedCountries} keep the exclusions,
 * a null {@code endDate} keeps the end unless {@code openEnded} is true.
 *
 * @param rightType  EDUCATIONAL, NON_THEATRICAL, ...; ignored by amendments
 * @param startDate  the first day, yyyy-mm-dd; ignored by amendments
 * @param endDate    the last day, yyyy-mm-dd, or empty for open-ended (when adding)
 * @param openEnded  in an amendment, true removes the end date
 * @param reason     why, in the distributor's words; required
 */
public record RightsForm(String rightType, String territory, Boolean worldwide, List<String> countries,
                         List<String> excludedCountries, String startDate, String endDate, Boolean openEnded,
                         String reason) {

    /** Whether the form says anything about the territory itself (not the exclusions). */
    boolean namesTerritory() {
        return (territory != null && !territory.isBlank()) || worldwide != null || countries != null;
    }
}

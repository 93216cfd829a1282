package org.docuportal.web.api.reporting;

import java.math.BigDecimal;

import org.docuportal.reporting.domain.UsageRow;

/**
 * The usage of one title in one month by one institution in one country. Screener plays have no
 * institution and no country.
 */
public record UsageRowDto(String month, String title, String titleName, Long institutionId, String institution, String country,
                          long plays, long completedPlays, long secondsWatched, BigDecimal minutesWatched,
                          long uniqueViewerDays, long guideDownloads) {

    static UsageRowDto of(UsageRow row) {
        return new UsageRowDto(row.month().toString(), row.titleSlug(), row.title(), row.institutionId(), row.institution(),
                row.country(), row.plays(), row.completedPlays(), row.secondsWatched(), row.minutesWatched(),
                row.uniqueViewerDays(), row.guideDownloads());
    }
}

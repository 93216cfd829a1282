package org.docuportal.web.api.reporting;

import java.math.BigDecimal;

import org.docuportal.reporting.domain.TitleMonthUsage;

/** The usage of one title in one month over every institution in the report: one row of the CSV file. */
public record TitleMonthUsageDto(String month, String title, String titleName, long plays, long completedPlays,
                                 long secondsWatched, BigDecimal minutesWatched, long uniqueViewerDays, long guideDownloads) {

    static TitleMonthUsageDto of(TitleMonthUsage usage) {
        return new TitleMonthUsageDto(usage.month().toString(), usage.titleSlug(), usage.title(), usage.plays(),
                usage.completedPlays(), usage.secondsWatched(), usage.minutesWatched(), usage.uniqueViewerDays(),
                usage.guideDownloads());
    }
}

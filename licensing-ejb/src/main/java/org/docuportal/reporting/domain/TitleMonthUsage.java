package org.docuportal.reporting.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The usage of one title in one month, over every institution and country in scope: one row of the
 * COUNTER-shaped export and one bar of the dashboard's chart.
 *
 * <p>Its unique viewer-days are counted at this grain, not added up from {@link UsageRow}s: a viewer
 * who played the title on one day counts once here even if the plays fall in two finer rows.
 *
 * @see UsageRow for the meaning of each count
 */
public record TitleMonthUsage(YearMonth month, String titleSlug, String title,
                              long plays, long completedPlays, long secondsWatched, long uniqueViewerDays, long guideDownloads)
                                      implements Serializable {

    public BigDecimal minutesWatched() {
        return WatchTime.minutes(secondsWatched);
    }

    /**
     * Every use of the title: plays and guide downloads. COUNTER counts each request also as an
     * investigation, and a guide download is an investigation of the film that is not a request.
     */
    public long investigations() {
        return plays + guideDownloads;
    }
}

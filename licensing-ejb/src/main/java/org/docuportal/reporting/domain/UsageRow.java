package org.docuportal.reporting.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * The usage of one title in one month by one institution in one country: the finest grain the
 * reports show.
 *
 * @param month the UTC month the plays started and the guides were downloaded in
 * @param titleSlug the title's address in the catalog
 * @param title the title's name
 * @param institutionId the institution, or null for plays under a screener
 * @param institution the institution's name, or null for plays under a screener
 * @param country the institution's country (ISO 3166 alpha-2), or null where none was recorded
 * @param plays playback sessions started
 * @param completedPlays those the player reported as watched to the end
 * @param secondsWatched seconds watched, as the heartbeats reported them, capped at wall time
 * @param uniqueViewerDays distinct viewers per UTC day with at least one play (COUNTER's unique requests)
 * @param guideDownloads stamped study-guide copies downloaded
 */
public record UsageRow(YearMonth month, String titleSlug, String title, Long institutionId, String institution, String country,
                       long plays, long completedPlays, long secondsWatched, long uniqueViewerDays, long guideDownloads)
                               implements Serializable {

    public BigDecimal minutesWatched() {
        return WatchTime.minutes(secondsWatched);
    }
}

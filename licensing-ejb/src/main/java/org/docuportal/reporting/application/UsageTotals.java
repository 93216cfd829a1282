package org.docuportal.reporting.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

import org.docuportal.reporting.domain.TitleMonthUsage;
import org.docuportal.reporting.domain.WatchTime;

/**
 * The sums of a report's additive counts. Distinct viewer-days are not among them: they do not add
 * up across titles and months without counting some viewers twice.
 */
public record UsageTotals(long plays, long completedPlays, long secondsWatched, long guideDownloads)
        implements Serializable {

    static UsageTotals of(List<TitleMonthUsage> rows) {
        long plays = 0;
        long completed = 0;
        long seconds = 0;
        long downloads = 0;
        for (TitleMonthUsage row : rows) {
            plays += row.plays();
            completed += row.completedPlays();
            seconds += row.secondsWatched();
            downloads += row.guideDownloads();
        }
        return new UsageTotals(plays, completed, seconds, downloads);
    }

    public BigDecimal minutesWatched() {
        return WatchTime.minutes(secondsWatched);
    }
}

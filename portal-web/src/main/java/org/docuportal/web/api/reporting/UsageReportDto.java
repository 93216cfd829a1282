package org.docuportal.web.api.reporting;

import java.math.BigDecimal;
import java.util.List;

import org.docuportal.reporting.application.UsageReport;
import org.docuportal.reporting.application.UsageTotals;

/**
 * A usage report: its months, whose usage it is (an institution's name, absent for the whole
 * platform), rows by title, institution, country and month, rows by title and month, and totals.
 */
public record UsageReportDto(String from, String to, String institution, List<UsageRowDto> rows,
                             List<TitleMonthUsageDto> titles, TotalsDto totals) {

    /** The sums over the whole report. */
    public record TotalsDto(long plays, long completedPlays, long secondsWatched, BigDecimal minutesWatched, long guideDownloads) {

        static TotalsDto of(UsageTotals totals) {
            return new TotalsDto(totals.plays(), totals.completedPlays(), totals.secondsWatched(), totals.minutesWatched(),
                    totals.guideDownloads());
        }
    }

    static UsageReportDto of(UsageReport report) {
        return new UsageReportDto(report.period().from().toString(), report.period().to().toString(), report.institution(),
                report.rows().stream().map(UsageRowDto::of).toList(),
                report.titles().stream().map(TitleMonthUsageDto::of).toList(),
                TotalsDto.of(report.totals()));
    }
}

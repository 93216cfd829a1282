package org.docuportal.reporting.application;

import java.io.Serializable;
import java.util.List;

import org.docuportal.reporting.domain.ReportingPeriod;
import org.docuportal.reporting.domain.TitleMonthUsage;
import org.docuportal.reporting.domain.UsageRow;

/**
 * A usage report as its reader may see it.
 *
 * @param period the months it covers
 * @param institution the name of the one institution it is limited to, or null when it covers the whole platform
 * @param rows usage by month, title, institution and country
 * @param titles usage by month and title
 * @param totals the sums over the whole report
 */
public record UsageReport(ReportingPeriod period, String institution, List<UsageRow> rows, List<TitleMonthUsage> titles,
                          UsageTotals totals) implements Serializable {

    public boolean isWholePlatform() {
        return institution == null;
    }
}

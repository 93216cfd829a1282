package org.docuportal.web.reporting;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.reporting.application.UsageReport;
import org.docuportal.reporting.application.UsageReportService;
import org.docuportal.reporting.domain.UsageRow;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;
import org.docuportal.web.Messages;

/**
 * The usage dashboard of an institution administrator (their institution) or a platform
 * administrator (everything). The period comes from the page's address ({@code ?from=2026-01&to=2026-06}),
 * so a report can be bookmarked and shared; the report and both charts are computed once per view,
 * which keeps the table's pages (AJAX) from asking the database again.
 */
@Named
@ViewScoped
public class UsageDashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UsageReportService reports;

    @Inject
    private Messages messages;

    private String from;
    private String to;
    private UsageReport report;
    private String titleChart;
    private String monthChart;

    /** Loads the report for the period in the address; a bad period shows its message instead. */
    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            report = reports.report(from, to);
            from = report.period().from().toString();
            to = report.period().to().toString();
            UsageCharts.Labels labels = new UsageCharts.Labels(messages.get("usage.plays"), messages.get("usage.minutes"));
            titleChart = UsageCharts.perTitle(report.titles(), labels);
            monthChart = UsageCharts.perMonth(report.titles(), labels);
        } catch (InvalidInputException e) {
            // The service's messages name the field as the address does (from, to), next to the inputs that carry those names.
            e.violations().forEach(v -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, v.message(), null)));
        } catch (NotFoundException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public boolean isLoaded() {
        return report != null;
    }

    public boolean isWithoutUsage() {
        return report == null || report.titles().isEmpty();
    }

    public UsageReport getReport() {
        return report;
    }

    public List<UsageRow> getRows() {
        return report == null ? List.of() : report.rows();
    }

    public String getTitleChart() {
        return titleChart;
    }

    public String getMonthChart() {
        return monthChart;
    }

    /** Whose usage the page shows, in words. */
    public String getScope() {
        if (report == null) {
            return "";
        }
        return report.isWholePlatform() ? messages.get("usage.scope.platform") : messages.get("usage.scope.institution", report.institution());
    }

    /** The API's address of the same report as a CSV file, relative to the portal's root. */
    public String getCsvPath() {
        return "/api/reports/usage?from=" + encode(from) + "&to=" + encode(to) + "&format=csv";
    }

    private static String encode(String value) {
        return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package org.docuportal.web.impact;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.docuportal.catalog.domain.CountryCode;
import org.docuportal.impact.application.ImpactReport;
import org.docuportal.impact.application.ImpactReportService;
import org.docuportal.impact.domain.ChangeEstimate;
import org.docuportal.impact.domain.GroupIndicators;
import org.docuportal.impact.domain.GroupKind;
import org.docuportal.institution.domain.InstitutionType;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.web.Messages;

/**
 * The impact section of the reports dashboard, {@code reports/impact.xhtml?title=<slug>}: one film's
 * indicators as a table, every change with its 95% confidence interval, hidden groups said to be
 * hidden. Read-only and chosen by a GET form, so request scope is enough.
 */
@Named
@RequestScoped
public class ImpactReportPage {

    @Inject
    private ImpactReportService reports;

    @Inject
    private Messages messages;

    private String title;
    private Map<String, String> films;
    private ImpactReport report;

    /** Loads the films and, once one is chosen (the first by default), its report. */
    public void load() {
        films = reports.films();
        if ((title == null || title.isBlank()) && !films.isEmpty()) {
            title = films.keySet().iterator().next();
        }
        try {
            report = title == null ? null : reports.report(title);
        } catch (InvalidInputException e) {
            report = null;
        }
    }

    /** The film group's statements with their change, for the table under the groups. */
    public List<GroupIndicators.ItemChange> getFilmItems() {
        return report == null ? List.of() : report.groups().stream().filter(g -> g.kind() == GroupKind.FILM && !g.hidden())
                .findFirst().map(GroupIndicators::items).orElse(List.of());
    }

    /** A change as people read it: "+1.2 (95% CI +0.6 to +1.8)". */
    public String change(ChangeEstimate change) {
        return change == null ? "" : messages.get("impact.ci", signed(change.mean()), signed(change.low()), signed(change.high()));
    }

    public String percent(Double share) {
        return share == null ? "" : String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    /** The group's name in words: the film's title, a country's or an institution type's name, a screening's day and place. */
    public String groupName(GroupIndicators group) {
        return switch (group.kind()) {
            case FILM -> report.title();
            case COUNTRY -> CountryCode.isValid(group.key()) ? CountryCode.of(group.key()).englishName() : group.key();
            case INSTITUTION_TYPE -> InstitutionType.valueOf(group.key()).label();
            case SCREENING -> group.label();
        };
    }

    static String signed(double value) {
        String formatted = String.format(Locale.ROOT, "%.1f", value);
        if (formatted.equals("-0.0")) {
            formatted = "0.0";
        }
        return value > 0 && !formatted.equals("0.0") ? "+" + formatted : formatted;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Map<String, String> getFilms() {
        return films;
    }

    public ImpactReport getReport() {
        return report;
    }
}

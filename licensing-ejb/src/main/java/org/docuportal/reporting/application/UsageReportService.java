package org.docuportal.reporting.application;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import org.docuportal.account.domain.Role;
import org.docuportal.institution.application.CallerMembership;
import org.docuportal.institution.domain.Membership;
import org.docuportal.reporting.domain.ReportingPeriod;
import org.docuportal.reporting.domain.TitleMonthUsage;
import org.docuportal.reporting.domain.UsageRepository;
import org.docuportal.reporting.domain.UsageRow;
import org.docuportal.reporting.domain.UsageScope;
import org.docuportal.shared.application.DocumentContent;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;

/**
 * Usage reports: plays, minutes watched and guide downloads by title, institution, country and month.
 *
 * <p>Who sees what is decided here and only here: a platform administrator sees the whole platform,
 * screener plays included; an institution administrator sees their own institution's usage and
 * nothing else, whatever they ask for ({@link CallerMembership#requireAdministrator()}). An account
 * with both roles gets the platform's view.
 */
@Stateless
@RolesAllowed({Role.Names.INSTITUTION_ADMIN, Role.Names.PLATFORM_ADMIN})
public class UsageReportService {

    @Inject
    private UsageRepository usage;

    @Inject
    private CallerMembership caller;

    @Inject
    private SecurityContext security;

    @Inject
    private Clock clock;

    /**
     * The report for the months {@code from} to {@code to}, months ({@code 2026-01}) or days; by
     * default the last twelve months up to the current one.
     *
     * @throws InvalidInputException naming {@code from} or {@code to} when the period is not valid
     * @throws NotFoundException when an institution administrator's membership is not active
     */
    public UsageReport report(String from, String to) {
        ReportingPeriod period = ReportingPeriod.parse(from, to, currentMonth());
        Reader reader = reader();
        List<TitleMonthUsage> titles = usage.byTitleAndMonth(period, reader.scope());
        List<UsageRow> rows = usage.byTitleInstitutionCountryAndMonth(period, reader.scope());
        return new UsageReport(period, reader.institution(), rows, titles, UsageTotals.of(titles));
    }

    /** The same report's titles and months as a COUNTER-shaped CSV file ({@link CounterCsv}). */
    public DocumentContent counterCsv(String from, String to) {
        ReportingPeriod period = ReportingPeriod.parse(from, to, currentMonth());
        byte[] csv = CounterCsv.write(usage.byTitleAndMonth(period, reader().scope()));
        return new DocumentContent("usage-" + period.from() + "-to-" + period.to() + ".csv", CounterCsv.CONTENT_TYPE, csv);
    }

    private YearMonth currentMonth() {
        return YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
    }

    private Reader reader() {
        if (security.isCallerInRole(Role.Names.PLATFORM_ADMIN)) {
            return new Reader(UsageScope.everything(), null);
        }
        Membership admin = caller.requireAdministrator();
        return new Reader(UsageScope.institution(admin.institution().id()), admin.institution().name());
    }

    /** Whose usage the caller may read, and the institution's name to show with it. */
    private record Reader(UsageScope scope, String institution) {
    }
}

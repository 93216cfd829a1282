package org.docuportal.licensing.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Role;
import org.docuportal.audit.application.AuditSubject;
import org.docuportal.audit.application.AuditTrail;
import org.docuportal.audit.application.Snapshot;
import org.docuportal.audit.domain.AuditAction;
import org.docuportal.catalog.domain.CountryCode;
import org.docuportal.catalog.domain.RightType;
import org.docuportal.catalog.domain.RightsChange;
import org.docuportal.catalog.domain.RightsChangeAction;
import org.docuportal.catalog.domain.RightsHistory;
import org.docuportal.catalog.domain.RightsWindow;
import org.docuportal.catalog.domain.Territory;
import org.docuportal.catalog.domain.Title;
import org.docuportal.catalog.domain.TitleRepository;
import org.docuportal.catalog.domain.WindowTerms;
import org.docuportal.licensing.domain.License;
import org.docuportal.licensing.domain.LicenseRightsIssue;
import org.docuportal.licensing.domain.RightsIssues;
import org.docuportal.shared.application.CalendarDates;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.InvalidInputException.Violation;
import org.docuportal.shared.application.NotFoundException;

/**
 * The distributor's rights studio: add, amend, end early and withdraw a title's rights windows,
 * each with a reason kept in the append-only rights history, and see which running licenses a
 * change leaves outside the rights.
 *
 * <p>It lives in licensing, not catalog, because it needs both: the catalog owns windows and
 * their history, licensing owns licenses, and the contexts depend one way (catalog never sees a
 * license). A dry run asks the same question as a save ("which running license did the windows
 * cover before and do not after?") against the windows as the change would leave them
 * ({@link Title#rightsWindowsIfAmended}), and changes nothing; a save flags those licenses
 * ({@link LicenseRightsIssue}) and leaves the licenses themselves alone.
 */
@Stateless
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
public class RightsAdministration {

    private static final Pattern CODE_SEPARATORS = Pattern.compile("[;,\\s]+");
    private static final String WORLDWIDE = "WORLDWIDE";

    @Inject
    private TitleRepository titles;

    @Inject
    private RightsHistory history;

    @Inject
    private RightsIssues issues;

    @Inject
    private Clock clock;

    @Inject
    private AuditTrail audit;

    @Resource
    private SessionContext session;

    public TitleRightsOverview rights(String slug) {
        Title title = title(slug);
        LocalDate today = LocalDate.now(clock);
        List<RightsWindowView> windows = title.rightsWindows().stream().map(RightsWindowView::of).toList();
        List<RightsIssueView> flagged = issues.of(title).stream()
                .map(i -> new RightsIssueView(AffectedLicenseView.of(i.license()), i.change().id(), i.change().action(),
                        i.change().reason(), i.change().changedBy(), i.flaggedAt(),
                        !i.license().isCoveredBy(title.rightsWindows()) && !i.license().term().end().isBefore(today)))
                .toList();
        List<RightsChangeView> changes = history.of(title).stream().map(RightsChangeView::of).toList();
        return new TitleRightsOverview(title.slug(), title.title(), windows, flagged, changes);
    }

    /** Adds a window. Adding only widens the rights, so it leaves no license outside them. */
    public RightsChangeOutcome add(String slug, RightsForm form) {
        Title title = title(slug);
        List<Violation> problems = new ArrayList<>();
        RightsForm f = form == null ? new RightsForm(null, null, null, null, null, null, null, null, null) : form;
        RightType type = rightType(f.rightType(), problems);
        Territory territory = territory(f, null, problems);
        LocalDate start = date(f.startDate(), "startDate", true, problems);
        LocalDate end = date(f.endDate(), "endDate", false, problems);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(new Violation("endDate", "endDate " + end + " is before startDate " + start + "."));
        }
        String reason = reason(f.reason(), problems);
        refuseIfAny(problems);
        RightsWindow window = title.grantRights(type, territory, start, end);
        if (window == null) {
            throw InvalidInputException.of("startDate", "The title already has exactly this window.");
        }
        RightsChange change = history.record(window, RightsChangeAction.ADDED, null, window.terms(), reason, caller(), now());
        record(AuditAction.RIGHTS_WINDOW_ADDED, title, change, null, window.terms(), List.of());
        return new RightsChangeOutcome(false, RightsWindowView.of(window), RightsChangeView.of(change), List.of());
    }

    /**
     * Changes a window's territory, exclusions or end date; ending early is moving the end
     * earlier. On a dry run nothing is written and the reason may be left out.
     */
    public RightsChangeOutcome amend(String slug, long windowId, RightsForm form, boolean dryRun) {
        Title title = title(slug);
        RightsWindow window = window(title, windowId);
        RightsForm f = form == null ? new RightsForm(null, null, null, null, null, null, null, null, null) : form;
        List<Violation> problems = new ArrayList<>();
        WindowTerms before = window.terms();
        Territory territory = territory(f, before.territory(), problems);
        LocalDate end = before.end();
        if (Boolean.TRUE.equals(f.openEnded())) {
            end = null;
        } else if (f.endDate() != null && !f.endDate().isBlank()) {
            end = date(f.endDate(), "endDate", true, problems);
        }
        LocalDate today = LocalDate.now(clock);
        if (end != null && !end.equals(before.end())) {
            if (end.isBefore(before.start())) {
                problems.add(new Violation("endDate", "endDate " + end + " is before the window's start, " + before.start() + "."));
            } else if (end.isBefore(today)) {
                problems.add(new Violation("endDate", "endDate " + end + " has passed; the earliest end is today, " + today + "."));
            }
        }
        String reason = dryRun ? f.reason() : reason(f.reason(), problems);
        refuseIfAny(problems);
        WindowTerms after = new WindowTerms(before.rightType(), territory, before.start(), end);
        if (after.equals(before)) {
            throw InvalidInputException.of("endDate", "The amendment changes nothing: give a new end date, territory or exclusions.");
        }
        List<License> outside = leftOutside(title, title.rightsWindowsIfAmended(windowId, territory, end), today);
        if (dryRun) {
            return new RightsChangeOutcome(true, view(windowId, after), null, views(outside));
        }
        title.amendRights(windowId, territory, end);
        RightsChange change = history.record(window, RightsChange.actionOf(before, after), before, after, reason, caller(), now());
        flag(outside, change);
        record(AuditAction.RIGHTS_WINDOW_AMENDED, title, change, before, after, outside);
        return new RightsChangeOutcome(false, RightsWindowView.of(window), RightsChangeView.of(change), views(outside));
    }

    /** Removes a window as if it had never been granted. On a dry run nothing is written. */
    public RightsChangeOutcome withdraw(String slug, long windowId, String reasonText, boolean dryRun) {
        Title title = title(slug);
        RightsWindow window = window(title, windowId);
        List<Violation> problems = new ArrayList<>();
        String reason = dryRun ? reasonText : reason(reasonText, problems);
        refuseIfAny(problems);
        List<License> outside = leftOutside(title, title.rightsWindowsIfWithdrawn(windowId), LocalDate.now(clock));
        if (dryRun) {
            return new RightsChangeOutcome(true, null, null, views(outside));
        }
        WindowTerms before = window.terms();
        RightsChange change = history.record(window, RightsChangeAction.WITHDRAWN, before, null, reason, caller(), now());
        title.withdrawRights(windowId);
        flag(outside, change);
        record(AuditAction.RIGHTS_WINDOW_WITHDRAWN, title, change, before, null, outside);
        return new RightsChangeOutcome(false, null, RightsChangeView.of(change), views(outside));
    }

    /** The running licenses the title's windows cover now and the given windows would not. */
    private List<License> leftOutside(Title title, Collection<RightsWindow> after, LocalDate today) {
        return issues.runningLicensesOf(title, today).stream()
                .filter(l -> l.isCoveredBy(title.rightsWindows()) && !l.isCoveredBy(after))
                .toList();
    }

    private void flag(List<License> licenses, RightsChange change) {
        Instant now = change.changedAt();
        licenses.forEach(l -> issues.add(new LicenseRightsIssue(l, change, now)));
    }

    private static List<AffectedLicenseView> views(List<License> licenses) {
        return licenses.stream().map(AffectedLicenseView::of).toList();
    }

    private static RightsWindowView view(long id, WindowTerms terms) {
        Territory t = terms.territory();
        return new RightsWindowView(id, terms.rightType(), t.worldwide(),
                t.countries().stream().map(CountryCode::code).toList(), t.excluded().stream().map(CountryCode::code).toList(),
                t.describe(), terms.start(), terms.end());
    }

    private Title title(String slug) {
        return titles.findBySlug(slug == null ? "" : slug)
                .orElseThrow(() -> new NotFoundException("There is no title '" + slug + "' in the catalog."));
    }

    private static RightsWindow window(Title title, long windowId) {
        return title.rightsWindow(windowId).orElseThrow(
                () -> new NotFoundException("The title '" + title.slug() + "' has no rights window " + windowId + "."));
    }

    /** Mirrors the rights history's entry in the audit log, with the reason and the licenses it flagged on the after side. */
    private void record(AuditAction action, Title title, RightsChange change, WindowTerms before, WindowTerms after,
                        List<License> flagged) {
        Snapshot afterSnapshot = after == null ? Snapshot.of() : LicensingSnapshots.of(after);
        audit.record(action, AuditSubject.of(change.windowId(), title.title() + " · " + change.action()), LicensingSnapshots.of(before),
                afterSnapshot.with("reason", change.reason()).with("rightsChange", change.id())
                        .with("licensesFlagged", flagged.stream().map(License::reference).toList()));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private Instant now() {
        return clock.instant();
    }

    private static void refuseIfAny(List<Violation> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.get(0).message(), problems);
        }
    }

    private static String reason(String reason, List<Violation> problems) {
        if (reason == null || reason.isBlank()) {
            problems.add(new Violation("reason", "Give the reason for the change (reason); the rights history keeps it."));
            return null;
        }
        if (reason.strip().length() > 1000) {
            problems.add(new Violation("reason", "Keep the reason under 1,000 characters."));
            return null;
        }
        return reason.strip();
    }

    private static RightType rightType(String value, List<Violation> problems) {
        String name = value == null ? "" : value.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        for (RightType type : RightType.values()) {
            if (type.name().equals(name)) {
                return type;
            }
        }
        problems.add(new Violation("rightType", "rightType must be one of "
                + Arrays.stream(RightType.values()).map(RightType::name).collect(Collectors.joining(", ")) + "."));
        return null;
    }

    private static LocalDate date(String value, String field, boolean required, List<Violation> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new Violation(field, "Give " + field + " as yyyy-mm-dd."));
            }
            return null;
        }
        try {
            return CalendarDates.parse(field, value).orElse(null);
        } catch (InvalidInputException e) {
            problems.addAll(e.violations());
            return null;
        }
    }

    /**
     * The territory the form states, falling back to {@code current}'s parts where the form is
     * silent (amendments); null after naming every problem.
     */
    private static Territory territory(RightsForm f, Territory current, List<Violation> problems) {
        boolean worldwide;
        Set<CountryCode> countries;
        if (f.namesTerritory()) {
            List<String> tokens = new ArrayList<>();
            if (f.territory() != null) {
                tokens.addAll(tokens(f.territory()));
            }
            if (f.countries() != null) {
                f.countries().forEach(c -> tokens.addAll(tokens(c)));
            }
            worldwide = Boolean.TRUE.equals(f.worldwide()) || tokens.stream().anyMatch(WORLDWIDE::equalsIgnoreCase);
            tokens.removeIf(WORLDWIDE::equalsIgnoreCase);
            if (worldwide && !tokens.isEmpty()) {
                problems.add(new Violation("territory", "A territory is WORLDWIDE or a list of countries, not both."));
                return null;
            }
            if (!worldwide && tokens.isEmpty()) {
                problems.add(new Violation("territory", "Give the territory: WORLDWIDE or country codes such as KR;JP;US."));
                return null;
            }
            countries = codes(tokens, "territory", problems);
        } else if (current != null) {
            worldwide = current.worldwide();
            countries = current.countries();
        } else {
            problems.add(new Violation("territory", "Give the territory: WORLDWIDE or country codes such as KR;JP;US."));
            return null;
        }
        Set<CountryCode> excluded;
        if (f.excludedCountries() != null) {
            List<String> tokens = new ArrayList<>();
            f.excludedCountries().forEach(c -> tokens.addAll(tokens(c)));
            excluded = codes(tokens, "excludedCountries", problems);
        } else {
            excluded = current == null ? Set.of() : current.excluded();
        }
        if (countries == null || excluded == null) {
            return null;
        }
        try {
            return new Territory(worldwide, countries, excluded);
        } catch (IllegalArgumentException e) {
            problems.add(new Violation("excludedCountries", "The exclusions leave no country in the territory."));
            return null;
        }
    }

    private static List<String> tokens(String value) {
        return value == null ? List.of()
                : Arrays.stream(CODE_SEPARATORS.split(value.strip())).filter(t -> !t.isEmpty()).toList();
    }

    private static Set<CountryCode> codes(List<String> tokens, String field, List<Violation> problems) {
        Set<CountryCode> codes = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        for (String token : tokens) {
            if (CountryCode.isValid(token)) {
                codes.add(CountryCode.of(token));
            } else {
                unknown.add(token);
            }
        }
        if (!unknown.isEmpty()) {
            problems.add(new Violation(field, field + ": not ISO 3166-1 country codes: " + String.join(", ", unknown) + "."));
            return null;
        }
        return codes;
    }
}

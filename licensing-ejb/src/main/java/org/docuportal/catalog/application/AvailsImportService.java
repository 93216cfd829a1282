package org.docuportal.catalog.application;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

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
import org.docuportal.catalog.domain.RightsChangeAction;
import org.docuportal.catalog.domain.RightsHistory;
import org.docuportal.catalog.domain.RightsWindow;
import org.docuportal.catalog.domain.Title;
import org.docuportal.catalog.domain.TitleRepository;

/**
 * Loads rights windows for many titles from an avails CSV file (columns in {@code docs/avails-csv.md}).
 *
 * <p>All or nothing: the whole file is checked first, titles included, and a file with any
 * bad row imports nothing and reports every bad row and column. A row that repeats a window
 * the title already has is counted as unchanged, so the same file can be loaded twice.
 */
@Stateless
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
public class AvailsImportService {

    /** The reason every imported window's history entry gives, followed by the file's name. */
    public static final String REASON = "avails import";

    @Inject
    private AuditTrail audit;

    @Inject
    private TitleRepository titles;

    @Inject
    private RightsHistory history;

    @Resource
    private SessionContext session;

    @Inject
    private Clock clock;

    public AvailsImportReport importCsv(Reader csv) {
        return importCsv(csv, null);
    }

    /**
     * Imports the file; each window it adds gets an IMPORTED entry in its title's rights history
     * with the reason "avails import" and the file's name.
     *
     * @param fileName the uploaded file's name, or null when the upload had none
     */
    public AvailsImportReport importCsv(Reader csv, String fileName) {
        AvailsParser parser = new AvailsParser();
        AvailsParseResult parsed;
        try {
            parsed = parser.parse(csv);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded avails file", e);
        }
        Map<String, Title> known = titles.findBySlugs(parsed.slugs());
        List<AvailsProblem> problems = new ArrayList<>(parsed.problems());
        problems.addAll(parser.checkSlugs(parsed, known.keySet()));
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(AvailsProblem::line));
            throw new AvailsRejectedException(problems);
        }
        int added = 0;
        String reason = REASON + " " + shortName(fileName);
        String who = session.getCallerPrincipal().getName();
        Instant now = clock.instant();
        for (AvailsRow row : parsed.rows()) {
            Title title = known.get(row.titleSlug());
            RightsWindow window = title.grantRights(row.rightType(), row.territory(), row.startDate(), row.endDate());
            if (window != null) {
                history.record(window, RightsChangeAction.IMPORTED, null, window.terms(), reason, who, now);
                added++;
            }
        }
        audit.record(AuditAction.AVAILS_IMPORTED, AuditSubject.of(null, shortName(fileName)), null, Snapshot.of()
                .with("rows", parsed.rows().size()).with("windowsAdded", added).with("alreadyThere", parsed.rows().size() - added)
                .with("titles", parsed.rows().stream().map(AvailsRow::titleSlug).distinct().toList()));
        return new AvailsImportReport(parsed.rows().size(), added, parsed.rows().size() - added);
    }

    /** The file's own name, without any folder a browser sent along, and short enough for the history. */
    private static String shortName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll("^.*[/\\\\]", "").strip();
        if (name.isEmpty()) {
            return "(unnamed upload)";
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}

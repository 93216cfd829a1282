package org.docuportal.catalog.application;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Role;
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

    @Inject
    private TitleRepository titles;

    public AvailsImportReport importCsv(Reader csv) {
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
        for (AvailsRow row : parsed.rows()) {
            Title title = known.get(row.titleSlug());
            if (title.grantRights(row.rightType(), row.territory(), row.startDate(), row.endDate()) != null) {
                added++;
            }
        }
        return new AvailsImportReport(parsed.rows().size(), added, parsed.rows().size() - added);
    }
}

package org.docuportal.catalog.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.docuportal.catalog.domain.Award;
import org.docuportal.catalog.domain.AwardResult;
import org.docuportal.catalog.domain.LanguageKind;
import org.docuportal.catalog.domain.LanguageTags;
import org.docuportal.catalog.domain.LanguageVersion;
import org.docuportal.catalog.domain.PressQuote;
import org.docuportal.catalog.domain.ProgramDetails;
import org.docuportal.catalog.domain.Title;
import org.docuportal.catalog.domain.TitleStatus;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.InvalidInputException.Violation;

/**
 * A title's program details as the studio's API and edit page send them: the same fields that
 * {@code GET /api/titles/{slug}} returns, plus the optional production {@code status}.
 *
 * <p>{@link #toDetails()} checks every field at once against the limits of its column and names each
 * offending field ({@code awards[1].festival}), so that nothing reaches the database that it would refuse.
 */
public record TitleForm(String slug, String title, String originalTitle, List<String> alternateTitles, String synopsis,
                        Integer runtimeMinutes, Integer productionYear, String supplier, String originalLanguage,
                        List<Language> languageVersions, List<String> subjects, List<AwardEntry> awards,
                        List<Quote> pressQuotes, String status) {

    /** Longest runtime accepted, in minutes: longer than any documentary series shown in one piece. */
    public static final int MAX_RUNTIME = 2000;
    public static final int FIRST_YEAR = 1888;
    public static final int LAST_YEAR = 2200;
    public static final int MAX_LANGUAGE_TAG = 35;
    public static final int MAX_LANGUAGE_VERSIONS = 50;
    public static final int MAX_AWARDS = 50;
    public static final int MAX_PRESS_QUOTES = 20;

    /** A language version: a BCP 47 tag and {@code AUDIO} or {@code SUBTITLES}; the API's {@code name} is ignored. */
    public record Language(String language, String kind) {
    }

    public record AwardEntry(Integer year, String festival, String result, String category) {
    }

    public record Quote(String quote, String source, String language) {
    }

    /** The production status asked for, AVAILABLE when none is given. */
    public TitleStatus productionStatus() {
        TitleStatus parsed = parseStatus(status);
        if (parsed == null && status != null && !status.isBlank()) {
            throw InvalidInputException.of("status", "status must be one of " + Arrays.toString(TitleStatus.values()) + ".");
        }
        return parsed == null ? TitleStatus.AVAILABLE : parsed;
    }

    /** Checks the slug of a new title. */
    public String checkedSlug() {
        if (slug == null || slug.isBlank()) {
            throw InvalidInputException.of("slug", "slug is required: the title's address, such as kim-il-sungs-children.");
        }
        if (!Title.isValidSlug(slug.strip())) {
            throw InvalidInputException.of("slug", "slug must be lower-case letters and digits joined by single hyphens,"
                    + " at most " + Title.MAX_SLUG + " characters, such as kim-il-sungs-children.");
        }
        return slug.strip();
    }

    /**
     * The program details, once every field has been checked.
     *
     * @throws InvalidInputException naming every field that breaks a rule
     */
    public ProgramDetails toDetails() {
        List<Violation> problems = new ArrayList<>();
        text(problems, "title", title, Title.MAX_TITLE, true);
        text(problems, "originalTitle", originalTitle, Title.MAX_TITLE, false);
        text(problems, "synopsis", synopsis, Title.MAX_SYNOPSIS, true);
        text(problems, "supplier", supplier, Title.MAX_SUPPLIER, false);
        String language = language(problems, "originalLanguage", originalLanguage);
        if (runtimeMinutes != null && (runtimeMinutes < 1 || runtimeMinutes > MAX_RUNTIME)) {
            problems.add(new Violation("runtimeMinutes", "runtimeMinutes must be 1 to " + MAX_RUNTIME + " minutes."));
        }
        if (productionYear != null && (productionYear < FIRST_YEAR || productionYear > LAST_YEAR)) {
            problems.add(new Violation("productionYear", "productionYear must be " + FIRST_YEAR + " to " + LAST_YEAR + "."));
        }
        if (status != null && !status.isBlank() && parseStatus(status) == null) {
            problems.add(new Violation("status", "status must be one of " + Arrays.toString(TitleStatus.values()) + "."));
        }
        List<String> alternates = texts(problems, "alternateTitles", alternateTitles, Title.MAX_TITLE, Title.MAX_ALTERNATE_TITLES);
        List<String> subjectList = texts(problems, "subjects", subjects, Title.MAX_SUBJECT, Title.MAX_SUBJECTS);
        List<LanguageVersion> versions = languageVersions(problems);
        List<Award> awardList = awards(problems);
        List<PressQuote> quotes = pressQuotes(problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The title has " + problems.size() + (problems.size() == 1 ? " problem: " : " problems, first: ")
                    + problems.get(0).message(), problems);
        }
        return new ProgramDetails(title.strip(), blankToNull(originalTitle), alternates, synopsis.strip(), runtimeMinutes,
                productionYear, blankToNull(supplier), language, versions, subjectList, awardList, quotes);
    }

    private List<LanguageVersion> languageVersions(List<Violation> problems) {
        List<LanguageVersion> versions = new ArrayList<>();
        List<Language> given = orEmpty(languageVersions);
        if (given.size() > MAX_LANGUAGE_VERSIONS) {
            problems.add(new Violation("languageVersions", "At most " + MAX_LANGUAGE_VERSIONS + " language versions."));
            return versions;
        }
        for (int i = 0; i < given.size(); i++) {
            String field = "languageVersions[" + i + "]";
            Language l = given.get(i);
            if (l == null) {
                problems.add(new Violation(field, field + " is empty."));
                continue;
            }
            String tag = language(problems, field + ".language", l.language());
            LanguageKind kind = parse(LanguageKind.class, l.kind());
            if (kind == null) {
                problems.add(new Violation(field + ".kind", field + ".kind must be AUDIO or SUBTITLES."));
            }
            if (tag != null && kind != null) {
                LanguageVersion version = new LanguageVersion(tag, kind);
                if (!versions.contains(version)) {
                    versions.add(version);
                }
            }
        }
        return versions;
    }

    private List<Award> awards(List<Violation> problems) {
        List<Award> list = new ArrayList<>();
        List<AwardEntry> given = orEmpty(awards);
        if (given.size() > MAX_AWARDS) {
            problems.add(new Violation("awards", "At most " + MAX_AWARDS + " awards."));
            return list;
        }
        for (int i = 0; i < given.size(); i++) {
            String field = "awards[" + i + "]";
            AwardEntry a = given.get(i);
            if (a == null) {
                problems.add(new Violation(field, field + " is empty."));
                continue;
            }
            int before = problems.size();
            if (a.year() == null || a.year() < FIRST_YEAR || a.year() > LAST_YEAR) {
                problems.add(new Violation(field + ".year", field + ".year must be " + FIRST_YEAR + " to " + LAST_YEAR + "."));
            }
            text(problems, field + ".festival", a.festival(), Award.MAX_FESTIVAL, true);
            AwardResult result = parse(AwardResult.class, a.result());
            if (result == null) {
                problems.add(new Violation(field + ".result", field + ".result must be one of "
                        + Arrays.toString(AwardResult.values()) + "."));
            }
            text(problems, field + ".category", a.category(), Award.MAX_CATEGORY, false);
            if (problems.size() == before) {
                list.add(new Award(a.year(), a.festival(), result, a.category()));
            }
        }
        return list;
    }

    private List<PressQuote> pressQuotes(List<Violation> problems) {
        List<PressQuote> list = new ArrayList<>();
        List<Quote> given = orEmpty(pressQuotes);
        if (given.size() > MAX_PRESS_QUOTES) {
            problems.add(new Violation("pressQuotes", "At most " + MAX_PRESS_QUOTES + " press quotes."));
            return list;
        }
        for (int i = 0; i < given.size(); i++) {
            String field = "pressQuotes[" + i + "]";
            Quote q = given.get(i);
            if (q == null) {
                problems.add(new Violation(field, field + " is empty."));
                continue;
            }
            int before = problems.size();
            text(problems, field + ".quote", q.quote(), PressQuote.MAX_QUOTE, true);
            text(problems, field + ".source", q.source(), PressQuote.MAX_SOURCE, true);
            String tag = language(problems, field + ".language", q.language());
            if (problems.size() == before) {
                list.add(new PressQuote(q.quote(), q.source(), tag));
            }
        }
        return list;
    }

    private static void text(List<Violation> problems, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new Violation(field, field + " is required."));
            }
        } else if (value.strip().length() > max) {
            problems.add(new Violation(field, field + " is longer than " + max + " characters."));
        }
    }

    /** Non-blank, distinct texts of at most {@code max} characters, at most {@code count} of them. */
    private static List<String> texts(List<Violation> problems, String field, List<String> values, int max, int count) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; values != null && i < values.size(); i++) {
            String value = values.get(i);
            if (value == null || value.isBlank()) {
                continue;
            }
            if (value.strip().length() > max) {
                problems.add(new Violation(field + "[" + i + "]", field + "[" + i + "] is longer than " + max + " characters."));
            } else if (!kept.contains(value.strip())) {
                kept.add(value.strip());
            }
        }
        if (kept.size() > count) {
            problems.add(new Violation(field, "At most " + count + " " + field + "."));
        }
        return kept;
    }

    private static String language(List<Violation> problems, String field, String tag) {
        if (tag == null || tag.isBlank()) {
            problems.add(new Violation(field, field + " is required: a BCP 47 language tag such as ko, en or pt-BR."));
            return null;
        }
        if (tag.strip().length() > MAX_LANGUAGE_TAG) {
            problems.add(new Violation(field, field + " is longer than " + MAX_LANGUAGE_TAG + " characters."));
            return null;
        }
        try {
            return LanguageTags.normalize(tag);
        } catch (IllegalArgumentException e) {
            problems.add(new Violation(field, field + " must be a BCP 47 language tag such as ko, en or pt-BR."));
            return null;
        }
    }

    private static TitleStatus parseStatus(String value) {
        return parse(TitleStatus.class, value);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}

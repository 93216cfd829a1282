package org.docuportal.curriculum;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names one study guide: a film, an audience and a language. It is also the guide's place among the
 * demo sources, {@code <film>/<audience>.md} (or {@code <film>/<audience>.<language>.md}), so that a
 * source file and its front matter can be checked against each other.
 *
 * @param film the film's slug, as in the catalog ({@code kim-il-sungs-children})
 * @param audience who the guide is for
 * @param language the guide's language, an ISO 639-1 code the JDK knows ({@code en}, {@code ko}, {@code ja})
 */
public record GuideId(String film, Audience audience, String language) {

    /** What a film slug may be made of. */
    public static final Pattern FILM_SLUG = Pattern.compile("[a-z0-9-]+");

    /** The ISO 639-1 codes, such as {@code ko}: what a guide's language may be (no region, no script). */
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    /**
     * The language whose guides keep the addresses guides had before they came in several languages
     * ({@code <film>.<audience>}), so that links in mails, syllabi and bookmarks keep working.
     */
    public static final String FIRST_LANGUAGE = "en";

    private static final Pattern PATH = Pattern.compile("([^/]+)/([a-z-]+)(?:\\.([a-z]{2}))?\\.md");

    private static final Pattern KEY = Pattern.compile("([a-z0-9-]+)\\.([a-z-]+)(?:\\.([a-z]{2}))?");

    public GuideId {
        Objects.requireNonNull(film, "film");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(language, "language");
        if (!FILM_SLUG.matcher(film).matches()) {
            throw new IllegalArgumentException("not a film slug: " + film);
        }
        if (!isLanguage(language)) {
            throw new IllegalArgumentException("not a language code: " + language);
        }
    }

    /** Whether a guide may be written in this language: an ISO 639-1 code in lower case. */
    public static boolean isLanguage(String code) {
        return code != null && LANGUAGES.contains(code);
    }

    /** The guide in the {@link #FIRST_LANGUAGE}. */
    public GuideId(String film, Audience audience) {
        this(film, audience, FIRST_LANGUAGE);
    }

    /** Where the guide's source sits below the demo guides folder: {@code <film>/<audience>[.<language>].md}. */
    public String path() {
        return film + "/" + audience.fileName() + languageSuffix() + ".md";
    }

    /** The guide a source at this path must be, if the path has the {@code <film>/<audience>.md} shape. */
    public static Optional<GuideId> fromPath(String path) {
        Matcher m = PATH.matcher(path);
        if (!m.matches() || !FILM_SLUG.matcher(m.group(1)).matches()) {
            return Optional.empty();
        }
        String language = languageOf(m.group(3));
        if (!isLanguage(language)) {
            return Optional.empty();
        }
        return Audience.fromFileName(m.group(2)).map(audience -> new GuideId(m.group(1), audience, language));
    }

    /**
     * The guide's name in addresses and file names, {@code <film>.<audience>[.<language>]}
     * ({@code kim-il-sungs-children.military-training}, {@code kim-il-sungs-children.university.ko}):
     * lower-case letters, digits, dashes and dots, so it needs no escaping in a URL path, a header or
     * a file name. Guides in the {@link #FIRST_LANGUAGE} have no language part.
     */
    public String key() {
        return film + "." + audience.fileName() + languageSuffix();
    }

    private String languageSuffix() {
        return FIRST_LANGUAGE.equals(language) ? "" : "." + language;
    }

    private static String languageOf(String group) {
        return group == null ? FIRST_LANGUAGE : group;
    }

    /**
     * The guide a {@link #key()} names. Anything else, such as a path with slashes or dots, names
     * no guide: callers look guides up by id and never turn a request into a file path.
     */
    public static Optional<GuideId> fromKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        Matcher m = KEY.matcher(key);
        if (!m.matches()) {
            return Optional.empty();
        }
        String language = languageOf(m.group(3));
        if (!isLanguage(language)) {
            return Optional.empty();
        }
        return Audience.fromFileName(m.group(2)).map(audience -> new GuideId(m.group(1), audience, language));
    }

    @Override
    public String toString() {
        return path();
    }
}

package org.docuportal.curriculum;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names one study guide: a film and an audience. It is also the guide's place among the sources,
 * {@code <film>/<audience>.md}, so that a source file and its front matter can be checked against
 * each other.
 *
 * @param film the film's slug, as in the catalog ({@code kim-il-sungs-children})
 * @param audience who the guide is for
 */
public record GuideId(String film, Audience audience) {

    /** What a film slug may be made of. */
    public static final Pattern FILM_SLUG = Pattern.compile("[a-z0-9-]+");

    private static final Pattern PATH = Pattern.compile("([^/]+)/([^/]+)\\.md");

    private static final Pattern KEY = Pattern.compile("([a-z0-9-]+)\\.([a-z-]+)");

    public GuideId {
        Objects.requireNonNull(film, "film");
        Objects.requireNonNull(audience, "audience");
        if (!FILM_SLUG.matcher(film).matches()) {
            throw new IllegalArgumentException("not a film slug: " + film);
        }
    }

    /** Where the guide's source sits below the guides folder: {@code <film>/<audience>.md}. */
    public String path() {
        return film + "/" + audience.fileName() + ".md";
    }

    /** The guide a source at this path must be, if the path has the {@code <film>/<audience>.md} shape. */
    public static Optional<GuideId> fromPath(String path) {
        Matcher m = PATH.matcher(path);
        if (!m.matches() || !FILM_SLUG.matcher(m.group(1)).matches()) {
            return Optional.empty();
        }
        return Audience.fromFileName(m.group(2)).map(audience -> new GuideId(m.group(1), audience));
    }

    /**
     * The guide's name in addresses and file names, {@code <film>.<audience>}
     * ({@code kim-il-sungs-children.military-training}): lower-case letters, digits, dashes and one
     * dot, so it needs no escaping in a URL path, a header or a file name.
     */
    public String key() {
        return film + "." + audience.fileName();
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
        return Audience.fromFileName(m.group(2)).map(audience -> new GuideId(m.group(1), audience));
    }

    @Override
    public String toString() {
        return path();
    }
}

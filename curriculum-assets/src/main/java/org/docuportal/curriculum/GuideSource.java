package org.docuportal.curriculum;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

import org.commonmark.node.Node;

/**
 * Reads a guide's source, Markdown with YAML front matter, into a {@link StudyGuide}, or reports
 * everything wrong with it as {@code file:line: message} in a {@link MalformedGuideException}.
 * The same reading serves the build (which refuses a malformed source, naming file and line) and
 * the running portal, so nothing reaches a reader that the build did not check.
 *
 * <p>Front matter is read by SnakeYAML, the body by commonmark-java; this class only decides what
 * the house format requires of them (see {@link FrontMatter} and {@link GuideOutline}).
 */
public final class GuideSource {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private GuideSource() {
    }

    /**
     * Reads a source on its own.
     *
     * @param location how problems name the file, such as {@code src/main/guides/x/university.md}
     * @param text the whole source
     */
    public static StudyGuide parse(String location, String text) throws MalformedGuideException {
        return parse(location, text, Optional.empty());
    }

    /** Reads a source that sits at the place of {@code expected}, and checks that its front matter agrees. */
    public static StudyGuide parse(String location, String text, GuideId expected) throws MalformedGuideException {
        return parse(location, text, Optional.of(expected));
    }

    private static StudyGuide parse(String location, String text, Optional<GuideId> expected)
            throws MalformedGuideException {
        ProblemList problems = new ProblemList(location);
        FrontMatter frontMatter = FrontMatter.read(text, problems);
        Optional<GuideId> id = guideId(frontMatter, problems, expected);
        frontMatter.value("language").filter(l -> !LANGUAGE.matcher(l).matches()).ifPresent(l ->
                problems.add(frontMatter.line("language"), "language '" + l + "' is not a language tag such as 'en' or 'ko'"));

        Node body = GuideMarkdown.parse(frontMatter.body());
        int bodyLines = (int) frontMatter.body().lines().count();
        GuideOutline outline = GuideOutline.check(body, problems.from(frontMatter.bodyLine()), Math.max(1, bodyLines));
        if (!problems.isEmpty()) {
            throw new MalformedGuideException(problems.sorted());
        }
        return new StudyGuide(id.orElseThrow(), frontMatter.value("title").orElseThrow(),
                frontMatter.value("language").orElseThrow(), frontMatter.value("summary").orElseThrow(),
                outline.sections(), outline.chapters(), frontMatter.body());
    }

    /** The language part of a tag ({@code ko} of {@code ko-KR}), which names the guide. */
    private static String primaryLanguage(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    private static Optional<GuideId> guideId(FrontMatter frontMatter, ProblemList problems, Optional<GuideId> expected) {
        Optional<String> film = frontMatter.value("film");
        Optional<String> audienceName = frontMatter.value("audience");
        if (film.isPresent() && !GuideId.FILM_SLUG.matcher(film.get()).matches()) {
            problems.add(frontMatter.line("film"), "film '" + film.get()
                    + "' is not a film slug: lower-case letters, digits and dashes, as in the catalog");
            film = Optional.empty();
        }
        Optional<Audience> audience = audienceName.flatMap(Audience::fromName);
        if (audienceName.isPresent() && audience.isEmpty()) {
            problems.add(frontMatter.line("audience"), "unknown audience '" + audienceName.get() + "': one of "
                    + String.join(", ", Arrays.stream(Audience.values()).map(Enum::name).toList()));
        }
        if (expected.isPresent()) {
            GuideId place = expected.get();
            film.filter(f -> !f.equals(place.film())).ifPresent(f -> problems.add(frontMatter.line("film"),
                    "film '" + f + "' does not match the folder the file is in, '" + place.film() + "'"));
            audience.filter(a -> a != place.audience()).ifPresent(a -> problems.add(frontMatter.line("audience"),
                    "audience " + a + " does not match the file name, '" + place.audience().fileName()
                            + ".md' is the " + place.audience() + " guide"));
        }
        Optional<String> language = frontMatter.value("language").filter(l -> LANGUAGE.matcher(l).matches())
                .map(GuideSource::primaryLanguage);
        if (expected.isPresent()) {
            String placeLanguage = expected.get().language();
            language.filter(l -> !l.equals(placeLanguage)).ifPresent(l -> problems.add(frontMatter.line("language"),
                    "language '" + l + "' does not match the guide's language, '" + placeLanguage + "'"));
        }
        if (film.isEmpty() || audience.isEmpty() || language.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new GuideId(film.get(), audience.get(), language.get()));
    }
}

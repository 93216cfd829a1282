package org.docuportal.curriculum;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The house rules every guide obeys whatever its format: a header that names a known film, audience
 * and language (those of the guide it is saved as), the seven required sections once each and in
 * order, and a chapter list whose chapters have names and go forward in time. Each format finds these
 * pieces in its own syntax and hands them here, so one rule is written once and every format reports
 * it in the same words, with the format's own way of writing a section ({@code ##} or {@code ==}).
 */
public final class GuideRules {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private GuideRules() {
    }

    /** A top-level section heading as a format read it: its plain text and its line. */
    public record HeadingAt(String text, int line) {
    }

    /**
     * Checks the header's film, audience and language, against {@code expected} when given.
     *
     * @return the guide the header names, empty if it names none (a problem has been added)
     */
    public static Optional<GuideId> guideId(GuideHeader header, ProblemList problems, Optional<GuideId> expected) {
        header.value("language").filter(l -> !LANGUAGE.matcher(l).matches()).ifPresent(l ->
                problems.add(header.line("language"), "language '" + l + "' is not a language tag such as 'en' or 'ko'"));
        Optional<String> film = header.value("film");
        Optional<String> audienceName = header.value("audience");
        if (film.isPresent() && !GuideId.FILM_SLUG.matcher(film.get()).matches()) {
            problems.add(header.line("film"), "film '" + film.get()
                    + "' is not a film slug: lower-case letters, digits and dashes, as in the catalog");
            film = Optional.empty();
        }
        Optional<Audience> audience = audienceName.flatMap(Audience::fromName);
        if (audienceName.isPresent() && audience.isEmpty()) {
            problems.add(header.line("audience"), "unknown audience '" + audienceName.get() + "': one of "
                    + String.join(", ", Arrays.stream(Audience.values()).map(Enum::name).toList()));
        }
        Optional<String> language = header.value("language").filter(l -> LANGUAGE.matcher(l).matches())
                .map(GuideRules::primaryLanguage);
        language.filter(l -> !GuideId.isLanguage(l)).ifPresent(l -> problems.add(header.line("language"),
                "language '" + l + "' is not an ISO 639-1 language code such as 'en', 'ko' or 'ja'"));
        language = language.filter(GuideId::isLanguage);
        if (expected.isPresent()) {
            GuideId place = expected.get();
            film.filter(f -> !f.equals(place.film())).ifPresent(f -> problems.add(header.line("film"),
                    "film '" + f + "' is not this guide's film, '" + place.film() + "'"));
            audience.filter(a -> a != place.audience()).ifPresent(a -> problems.add(header.line("audience"),
                    "audience " + a + " is not this guide's audience, " + place.audience()));
            language.filter(l -> !l.equals(place.language())).ifPresent(l -> problems.add(header.line("language"),
                    "language '" + l + "' is not this guide's language, '" + place.language() + "'"));
        }
        if (film.isEmpty() || audience.isEmpty() || language.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new GuideId(film.get(), audience.get(), language.get()));
    }

    /** The language part of a tag ({@code ko} of {@code ko-KR}), which names the guide. */
    private static String primaryLanguage(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    /**
     * Checks that the top-level sections are the seven required ones, each once and in order.
     *
     * @param headings the top-level section headings in source order, lines counted as {@code problems} counts them
     * @param marker how the format writes a top-level heading ({@code ##}, {@code ==}), for the messages
     * @param lastLine where a section missing at the end is reported
     */
    public static void checkSections(List<HeadingAt> headings, String marker, int lastLine, ProblemList problems) {
        String order = Arrays.stream(RequiredSection.values()).map(s -> s.written(marker))
                .collect(Collectors.joining(", "));
        Map<RequiredSection, HeadingAt> seen = new EnumMap<>(RequiredSection.class);
        RequiredSection furthest = null;
        for (HeadingAt heading : headings) {
            Optional<RequiredSection> section = Arrays.stream(RequiredSection.values())
                    .filter(s -> s.isNamed(heading.text())).findFirst();
            if (section.isEmpty()) {
                problems.add(heading.line(), "unexpected section '" + marker + " " + heading.text()
                        + "': a guide has exactly these sections, in this order: " + order);
            } else if (seen.containsKey(section.get())) {
                problems.add(heading.line(), "section " + section.get().written(marker) + " appears twice (first on line "
                        + problems.fileLine(seen.get(section.get()).line()) + ")");
            } else {
                seen.put(section.get(), heading);
                if (furthest != null && section.get().compareTo(furthest) < 0) {
                    problems.add(heading.line(), "section " + section.get().written(marker) + " is out of order: it must come before "
                            + furthest.written(marker) + " (line " + problems.fileLine(seen.get(furthest).line()) + ")");
                } else {
                    furthest = section.get();
                }
            }
        }
        for (RequiredSection section : RequiredSection.values()) {
            if (!seen.containsKey(section)) {
                Optional<RequiredSection> next = seen.keySet().stream().filter(s -> s.compareTo(section) > 0).findFirst();
                if (next.isPresent()) {
                    problems.add(seen.get(next.get()).line(), "missing section " + section.written(marker)
                            + " (it comes before " + next.get().written(marker) + ")");
                } else {
                    problems.add(lastLine, "missing section " + section.written(marker) + " (expected after all the others' content)");
                }
            }
        }
    }

    /**
     * Checks one chapter of the list against the chapters above it: it has a name and does not start
     * before the previous one. The chapter's {@link Chapter#line()} is where problems are reported,
     * counted as {@code problems} counts lines.
     */
    public static void checkChapter(Chapter chapter, List<Chapter> above, ProblemList problems) {
        if (chapter.name().isEmpty()) {
            problems.add(chapter.line(), "chapter at " + chapter.start() + " has no name");
        }
        if (!above.isEmpty() && chapter.start().compareTo(above.get(above.size() - 1).start()) < 0) {
            problems.add(chapter.line(), "chapter at " + chapter.start() + " starts before the chapter above it ("
                    + above.get(above.size() - 1).start() + ")");
        }
    }
}

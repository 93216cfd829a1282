package org.docuportal.curriculum.asciidoc;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.docuportal.curriculum.Chapter;
import org.docuportal.curriculum.GuideId;
import org.docuportal.curriculum.GuideTemplate;
import org.docuportal.curriculum.RequiredSection;
import org.docuportal.curriculum.TemplateText;

/**
 * A new guide's first draft in AsciiDoc: the header filled in from the catalog, the seven sections
 * with the instructions of {@link TemplateText}, the synopsis in the context section and the film's
 * chapters as the chapter list. Catalog text is written so that Asciidoctor shows it as written.
 */
final class AsciiDocTemplate {

    /** Characters of AsciiDoc's inline syntax, written as the built-in attributes that stand for them. */
    private static final Map<Character, String> SYNTAX = Map.of('*', "{asterisk}", '+', "{plus}", '[', "{startsb}",
            ']', "{endsb}", '|', "{vbar}", '^', "{caret}", '~', "{tilde}", '`', "{backtick}");
    private static final Pattern SYNTAX_CHARACTER = Pattern.compile("[*+\\[\\]|^~`]");

    private AsciiDocTemplate() {
    }

    static String of(GuideTemplate film) {
        GuideId id = film.id();
        TemplateText text = TemplateText.of(id.language());
        StringBuilder out = new StringBuilder(2048);
        out.append("= ").append(text.title(film.filmTitle(), id.audience())).append('\n')
                .append(":film: ").append(id.film()).append('\n')
                .append(":audience: ").append(id.audience().name()).append('\n')
                .append(":language: ").append(id.language()).append('\n')
                .append(":summary: ").append(text.summary()).append('\n');
        for (RequiredSection section : RequiredSection.values()) {
            out.append("\n== ").append(section.heading()).append("\n\n");
            if (section == RequiredSection.CONTEXT && !film.synopsis().isBlank()) {
                out.append(escape(film.synopsis())).append("\n\n");
            }
            out.append(text.section(section)).append('\n');
            if (section == RequiredSection.CHAPTERS) {
                out.append('\n');
                for (Chapter chapter : text.chapters(film)) {
                    out.append("* ").append(chapter.start().text()).append(' ').append(escapeLine(chapter.name()))
                            .append(": ").append(chapter.text()).append('\n');
                }
            } else if (section == RequiredSection.ACTIVITIES) {
                out.append("\n=== ").append(text.activity()).append("\n\n").append(text.activityText()).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * Catalog text as AsciiDoc paragraphs that show it as written: one line per paragraph, inline
     * syntax characters as attributes, and a line that does not start with a letter led by
     * {@code {empty}} so that it cannot open a list, a block or a heading.
     */
    static String escape(String plain) {
        return Arrays.stream(plain.strip().split("\\n\\s*\\n"))
                .map(paragraph -> escapeLine(paragraph.replaceAll("\\s+", " ")))
                .filter(paragraph -> !paragraph.isEmpty())
                .map(paragraph -> Character.isLetter(paragraph.codePointAt(0)) ? paragraph : "{empty}" + paragraph)
                .collect(Collectors.joining("\n\n"));
    }

    private static String escapeLine(String line) {
        return SYNTAX_CHARACTER.matcher(line.strip()).replaceAll(m -> Matcher.quoteReplacement(SYNTAX.get(m.group().charAt(0))));
    }
}

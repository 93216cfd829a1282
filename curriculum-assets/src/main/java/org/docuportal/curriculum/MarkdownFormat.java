package org.docuportal.curriculum;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Guides written in Markdown with YAML front matter, the portal's first format: read and checked by
 * {@link GuideSource}, rendered by commonmark-java ({@link GuideHtml}). A source looks like
 *
 * <pre>
 * ---
 * film: kim-il-sungs-children
 * audience: SECONDARY_SCHOOL
 * title: "Kim Il Sung's Children: a study guide for secondary schools"
 * language: en
 * summary: "Two to three lessons ..."
 * ---
 * ## Learning objectives
 * ...
 * ## Chapters
 * - [[00:06:30]] The war and its orphans: what to watch for.
 * </pre>
 *
 * <p>It keeps no state, so one instance serves every thread; the portal finds it as a CDI bean.
 */
@ApplicationScoped
public class MarkdownFormat implements CurriculumFormat {

    /** The format's {@link #name()}, which every guide it reads records. */
    public static final String NAME = "markdown";

    /** Characters that start Markdown syntax anywhere in a line; written with a backslash in templates. */
    private static final Pattern INLINE_SYNTAX = Pattern.compile("([\\\\`*_\\[\\]<>#!&|~{}])");

    /** The starts of a line that would make it a list item, a quote, a heading underline or a break. */
    private static final Pattern LINE_START_SYNTAX = Pattern.compile("^(\\d+)([.)])|^([-+=>])", Pattern.MULTILINE);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String label() {
        return "Markdown";
    }

    @Override
    public String mediaType() {
        return "text/markdown";
    }

    @Override
    public StudyGuide read(String location, String source, GuideId expected) throws MalformedGuideException {
        return GuideSource.parse(location, source, expected);
    }

    @Override
    public String bodyHtml(StudyGuide guide, Optional<TimecodeLinks> links) {
        return new GuideHtml(guide, links).body();
    }

    @Override
    public String template(GuideTemplate film) {
        GuideId id = film.id();
        TemplateText text = TemplateText.of(id.language());
        StringBuilder out = new StringBuilder(2048);
        out.append("---\n")
                .append("film: ").append(id.film()).append('\n')
                .append("audience: ").append(id.audience().name()).append('\n')
                .append("title: ").append(yamlString(text.title(film.filmTitle(), id.audience()))).append('\n')
                .append("language: ").append(id.language()).append('\n')
                .append("summary: ").append(yamlString(text.summary())).append('\n')
                .append("---\n");
        for (RequiredSection section : RequiredSection.values()) {
            out.append("\n## ").append(section.heading()).append("\n\n");
            if (section == RequiredSection.CONTEXT && !film.synopsis().isBlank()) {
                out.append(escape(film.synopsis())).append("\n\n");
            }
            out.append(text.section(section)).append('\n');
            if (section == RequiredSection.CHAPTERS) {
                out.append('\n');
                chapters(text.chapters(film), out);
            } else if (section == RequiredSection.ACTIVITIES) {
                out.append("\n### ").append(text.activity()).append("\n\n").append(text.activityText()).append('\n');
            }
        }
        return out.toString();
    }

    private static void chapters(List<Chapter> chapters, StringBuilder out) {
        for (Chapter chapter : chapters) {
            out.append("- [[").append(chapter.start().text()).append("]] ").append(escape(chapter.name()))
                    .append(": ").append(chapter.text()).append('\n');
        }
    }

    /** A value as one double-quoted YAML scalar, quoted by SnakeYAML so that any title is read back as written. */
    private static String yamlString(String value) {
        DumperOptions options = new DumperOptions();
        options.setDefaultScalarStyle(DumperOptions.ScalarStyle.DOUBLE_QUOTED);
        options.setSplitLines(false);
        return new Yaml(options).dump(value).strip();
    }

    /**
     * Catalog text as Markdown that shows it as written: syntax characters are escaped with a
     * backslash, lines lose the indentation that would make them code, and blank lines stay paragraph breaks.
     */
    static String escape(String plain) {
        String stripped = plain.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("")
                .replaceAll("\n{3,}", "\n\n");
        String inline = INLINE_SYNTAX.matcher(stripped).replaceAll("\\\\$1");
        return LINE_START_SYNTAX.matcher(inline).replaceAll(m -> m.group(3) != null
                ? "\\\\" + m.group(3)
                : m.group(1) + "\\\\" + m.group(2));
    }
}

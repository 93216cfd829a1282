package org.docuportal.curriculum;

import java.util.Optional;

import org.commonmark.node.Node;

/**
 * Reads a guide's source, Markdown with YAML front matter, into a {@link StudyGuide}, or reports
 * everything wrong with it as {@code file:line: message} in a {@link MalformedGuideException}.
 * The same reading serves the build (which refuses a malformed source, naming file and line) and
 * the running portal, so nothing reaches a reader that the build did not check.
 *
 * <p>Front matter is read by SnakeYAML, the body by commonmark-java; this class only decides what
 * the house format requires of them (see {@link FrontMatter} and {@link GuideOutline}), with the
 * rules every format shares in {@link GuideRules}. {@link MarkdownFormat} offers it to the portal.
 */
public final class GuideSource {

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
        Optional<GuideId> id = GuideRules.guideId(frontMatter, problems, expected);

        Node body = GuideMarkdown.parse(frontMatter.body());
        int bodyLines = (int) frontMatter.body().lines().count();
        GuideOutline outline = GuideOutline.check(body, problems.from(frontMatter.bodyLine()), Math.max(1, bodyLines));
        if (!problems.isEmpty()) {
            throw new MalformedGuideException(problems.sorted());
        }
        return new StudyGuide(id.orElseThrow(), frontMatter.value("title").orElseThrow(),
                frontMatter.value("language").orElseThrow(), frontMatter.value("summary").orElseThrow(),
                outline.sections(), outline.chapters(), MarkdownFormat.NAME, frontMatter.body());
    }
}

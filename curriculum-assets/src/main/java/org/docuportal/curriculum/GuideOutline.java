package org.docuportal.curriculum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * Checks the body of a guide against the house format and reads its outline and chapters: no
 * level-1 heading (the title lives in the front matter), the seven required sections exactly once
 * and in order, chapter items that start with a timecode and go forward in time, no malformed
 * timecode and no raw HTML anywhere (the renderers would show it as text, tags and all). Every check runs, so one pass reports everything that is wrong.
 */
final class GuideOutline {

    private static final String ORDER = Arrays.stream(RequiredSection.values())
            .map(RequiredSection::toString).collect(Collectors.joining(", "));

    private final Node document;
    private final Map<Heading, String> anchors;
    private final ProblemList problems;
    private final List<GuideSection> sections = new ArrayList<>();
    private final List<Chapter> chapters = new ArrayList<>();

    private GuideOutline(Node document, ProblemList problems) {
        this.document = document;
        this.anchors = HeadingAnchors.of(document);
        this.problems = problems;
    }

    /**
     * Checks a parsed body.
     *
     * @param problems where to report, counting lines of the body
     * @param lastLine the body's last line, where a missing last section is reported
     */
    static GuideOutline check(Node document, ProblemList problems, int lastLine) {
        GuideOutline outline = new GuideOutline(document, problems);
        outline.checkHeadings();
        outline.checkSections(lastLine);
        outline.readChapters();
        outline.checkTimecodes();
        outline.readSections();
        return outline;
    }

    List<GuideSection> sections() {
        return sections;
    }

    List<Chapter> chapters() {
        return chapters;
    }

    private void checkHeadings() {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (heading.getLevel() == 1) {
                    problems.add(GuideMarkdown.line(heading), "level-1 heading '# " + GuideMarkdown.plainText(heading)
                            + "': the title comes from the front matter, sections start with '## '");
                }
                visitChildren(heading);
            }

            @Override
            public void visit(HtmlBlock html) {
                rawHtml(html, html.getLiteral());
            }

            @Override
            public void visit(HtmlInline html) {
                rawHtml(html, html.getLiteral());
            }
        });
    }

    private void rawHtml(Node node, String html) {
        String first = html.strip().lines().findFirst().orElse("");
        problems.add(GuideMarkdown.line(node), "raw HTML " + first + " is shown as text: write Markdown instead");
    }

    private void checkSections(int lastLine) {
        Map<RequiredSection, Heading> seen = new EnumMap<>(RequiredSection.class);
        RequiredSection furthest = null;
        for (Heading heading : topLevelHeadings(2)) {
            String text = GuideMarkdown.plainText(heading);
            int line = GuideMarkdown.line(heading);
            Optional<RequiredSection> section = Arrays.stream(RequiredSection.values())
                    .filter(s -> s.isNamed(text)).findFirst();
            if (section.isEmpty()) {
                problems.add(line, "unexpected section '## " + text + "': a guide has exactly these sections, in this order: " + ORDER);
            } else if (seen.containsKey(section.get())) {
                problems.add(line, "section " + section.get() + " appears twice (first on line "
                        + problems.fileLine(GuideMarkdown.line(seen.get(section.get()))) + ")");
            } else {
                seen.put(section.get(), heading);
                if (furthest != null && section.get().compareTo(furthest) < 0) {
                    problems.add(line, "section " + section.get() + " is out of order: it must come before " + furthest
                            + " (line " + problems.fileLine(GuideMarkdown.line(seen.get(furthest))) + ")");
                } else {
                    furthest = section.get();
                }
            }
        }
        for (RequiredSection section : RequiredSection.values()) {
            if (!seen.containsKey(section)) {
                reportMissing(section, seen, lastLine);
            }
        }
    }

    private void reportMissing(RequiredSection missing, Map<RequiredSection, Heading> seen, int lastLine) {
        Optional<RequiredSection> next = seen.keySet().stream().filter(s -> s.compareTo(missing) > 0).findFirst();
        if (next.isPresent()) {
            problems.add(GuideMarkdown.line(seen.get(next.get())),
                    "missing section " + missing + " (it comes before " + next.get() + ")");
        } else {
            problems.add(lastLine, "missing section " + missing + " (expected after all the others' content)");
        }
    }

    private void readChapters() {
        Optional<Heading> chaptersHeading = topLevelHeadings(2).stream()
                .filter(h -> RequiredSection.CHAPTERS.isNamed(GuideMarkdown.plainText(h))).findFirst();
        List<ChapterList> lists = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof ChapterList list) {
                lists.add(list);
            }
        }
        if (chaptersHeading.isPresent() && lists.isEmpty()) {
            problems.add(GuideMarkdown.line(chaptersHeading.get()),
                    "section " + RequiredSection.CHAPTERS + " has no list: write one '- [[HH:MM:SS]] Name: text' item per chapter");
        }
        for (ChapterList list : lists) {
            list.items().forEach(this::readChapter);
        }
    }

    private void readChapter(ListItem item) {
        int line = GuideMarkdown.line(item);
        Optional<Chapter> chapter = ChapterList.chapter(item);
        if (chapter.isEmpty()) {
            problems.add(line, "chapter item must start with a timecode, as in '- [[00:12:30]] Name: text'");
            return;
        }
        Chapter c = chapter.get();
        if (c.name().isEmpty()) {
            problems.add(line, "chapter at " + c.start() + " has no name");
        }
        if (!chapters.isEmpty() && c.start().compareTo(chapters.get(chapters.size() - 1).start()) < 0) {
            problems.add(line, "chapter at " + c.start() + " starts before the chapter above it ("
                    + chapters.get(chapters.size() - 1).start() + ")");
        }
        chapters.add(c);
    }

    private void checkTimecodes() {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                Matcher m = Timecode.INTENDED.matcher(text.getLiteral());
                while (m.find()) {
                    problems.add(GuideMarkdown.line(text), Timecode.problemWith(m.group()));
                }
            }
        });
    }

    private void readSections() {
        String heading = null;
        String anchor = null;
        List<GuideSection> subsections = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h && h.getLevel() == 2) {
                if (heading != null) {
                    sections.add(new GuideSection(heading, anchor, subsections));
                }
                heading = GuideMarkdown.plainText(h);
                anchor = anchors.get(h);
                subsections = new ArrayList<>();
            } else if (node instanceof Heading h && h.getLevel() == 3 && heading != null) {
                subsections.add(new GuideSection(GuideMarkdown.plainText(h), anchors.get(h), List.of()));
            }
        }
        if (heading != null) {
            sections.add(new GuideSection(heading, anchor, subsections));
        }
    }

    private List<Heading> topLevelHeadings(int level) {
        List<Heading> headings = new ArrayList<>();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() == level) {
                headings.add(heading);
            }
        }
        return headings;
    }
}

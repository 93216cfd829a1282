package org.docuportal.curriculum;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

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
        List<GuideRules.HeadingAt> headings = topLevelHeadings(2).stream()
                .map(h -> new GuideRules.HeadingAt(GuideMarkdown.plainText(h), GuideMarkdown.line(h))).toList();
        GuideRules.checkSections(headings, "##", lastLine, problems);
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
        Chapter read = chapter.get();
        GuideRules.checkChapter(new Chapter(read.start(), read.name(), read.text(), line), chapters, problems);
        chapters.add(new Chapter(read.start(), read.name(), read.text(), problems.fileLine(line)));
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

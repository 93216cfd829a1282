package org.docuportal.curriculum.asciidoc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asciidoctor.ast.ListItem;
import org.asciidoctor.ast.StructuralNode;
import org.docuportal.curriculum.Chapter;
import org.docuportal.curriculum.GuideId;
import org.docuportal.curriculum.GuideRules;
import org.docuportal.curriculum.GuideSection;
import org.docuportal.curriculum.MalformedGuideException;
import org.docuportal.curriculum.ProblemList;
import org.docuportal.curriculum.RequiredSection;
import org.docuportal.curriculum.StudyGuide;
import org.docuportal.curriculum.Timecode;

/**
 * Reads an AsciiDoc guide and checks it against the house rules, reporting every problem with its
 * line: the header ({@link AsciiDocHeader}), passthroughs ({@link Passthroughs}), the seven sections
 * in order, a chapter list of timecoded items going forward, and every timecode well-formed.
 */
final class AsciiDocReader {

    private static final String EXAMPLE = "'* 00:12:30 Name: text'";
    private static final Pattern CHAPTER = Pattern.compile("^\\s*(\\d{2}):(\\d{2}):(\\d{2})(?![\\d:])(.*)$", Pattern.DOTALL);

    private final AsciiDocSource source;
    private final ProblemList problems;
    private final AsciiDocOutline outline;

    private AsciiDocReader(AsciiDocSource source, ProblemList problems) {
        this.source = source;
        this.problems = problems;
        this.outline = new AsciiDocOutline(source);
    }

    static StudyGuide read(AsciiDocEngine engine, String location, String text, GuideId expected)
            throws MalformedGuideException {
        ProblemList problems = new ProblemList(location);
        AsciiDocSource source = new AsciiDocSource(text, engine.load(text));
        AsciiDocHeader header = new AsciiDocHeader(source);
        header.checkPresent(problems);
        Optional<GuideId> id = GuideRules.guideId(header, problems, Optional.of(expected));
        Passthroughs.report(text.lines().toList(), problems);
        AsciiDocReader reader = new AsciiDocReader(source, problems);
        reader.checkSections();
        List<Chapter> chapters = reader.readChapters();
        reader.checkTimecodes(text.lines().toList());
        if (!problems.isEmpty()) {
            throw new MalformedGuideException(problems.sorted());
        }
        return new StudyGuide(id.orElseThrow(), header.value("title").orElseThrow(), header.value("language").orElseThrow(),
                header.value("summary").orElseThrow(), reader.sections(), chapters, AsciiDocFormat.NAME, text);
    }

    private void checkSections() {
        List<GuideRules.HeadingAt> headings = new ArrayList<>();
        for (StructuralNode section : outline.topLevel()) {
            if (section.getLevel() == 0) {
                problems.add(AsciiDocSource.line(section), "a second title '= " + source.heading(section)
                        + "': a guide has one title, and its sections start with '== '");
            } else {
                headings.add(new GuideRules.HeadingAt(source.heading(section), AsciiDocSource.line(section)));
            }
        }
        GuideRules.checkSections(headings, "==", Math.max(1, source.lineCount()), problems);
    }

    private List<Chapter> readChapters() {
        List<Chapter> chapters = new ArrayList<>();
        Optional<StructuralNode> section = outline.chaptersSection();
        Optional<StructuralNode> list = outline.chapterList();
        if (section.isPresent() && list.isEmpty()) {
            problems.add(AsciiDocSource.line(section.get()), "section " + RequiredSection.CHAPTERS.written("==")
                    + " has no list: write one " + EXAMPLE + " item per chapter");
        }
        for (StructuralNode item : list.map(l -> ((org.asciidoctor.ast.List) l).getItems()).orElse(List.of())) {
            readChapter((ListItem) item, chapters);
        }
        return chapters;
    }

    private void readChapter(ListItem item, List<Chapter> chapters) {
        int line = AsciiDocSource.line(item);
        Matcher m = CHAPTER.matcher(item.getSource());
        Optional<Timecode> start = m.matches() ? AsciiDocSource.timecode(m) : Optional.empty();
        if (start.isEmpty()) {
            problems.add(line, "chapter item must start with a timecode, as in " + EXAMPLE);
            return;
        }
        String words = source.resolve(m.group(4).replaceAll("\\s+", " "));
        int colon = words.indexOf(':');
        String name = (colon < 0 ? words : words.substring(0, colon)).strip();
        String text = colon < 0 ? "" : words.substring(colon + 1).strip();
        Chapter chapter = new Chapter(start.get(), name, text, line);
        GuideRules.checkChapter(chapter, chapters, problems);
        chapters.add(chapter);
    }

    private void checkTimecodes(List<String> lines) {
        boolean[] verbatim = Passthroughs.verbatim(lines);
        for (int i = 0; i < lines.size(); i++) {
            if (verbatim[i]) {
                continue;
            }
            Matcher m = AsciiDocSource.INTENDED.matcher(lines.get(i));
            while (m.find()) {
                Matcher exact = AsciiDocSource.TIMECODE.matcher(m.group());
                if (!exact.matches()) {
                    problems.add(i + 1, "bad timecode " + m.group() + ": write it as HH:MM:SS, such as 00:41:10");
                } else if (AsciiDocSource.timecode(exact).isEmpty()) {
                    String which = Integer.parseInt(exact.group(2)) >= 60 ? "minutes" : "seconds";
                    problems.add(i + 1, "bad timecode " + m.group() + ": " + which + " must be below 60");
                }
            }
        }
    }

    /** The level-1 sections with their level-2 subsections, as tables of contents and bookmarks show them. */
    private List<GuideSection> sections() {
        List<GuideSection> sections = new ArrayList<>();
        for (StructuralNode section : outline.topLevel()) {
            List<GuideSection> subsections = section.getBlocks().stream().filter(b -> "section".equals(b.getContext()))
                    .map(s -> new GuideSection(source.heading(s), outline.anchor(s), List.of())).toList();
            sections.add(new GuideSection(source.heading(section), outline.anchor(section), subsections));
        }
        return sections;
    }
}

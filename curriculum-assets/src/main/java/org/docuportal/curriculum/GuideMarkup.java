package org.docuportal.curriculum;

import static org.docuportal.curriculum.GuideHtml.attributes;

import java.util.List;

import java.util.Optional;

import org.commonmark.renderer.html.HtmlWriter;

/**
 * The pieces of a guide's body HTML that look the same whatever format the guide is written in, so
 * that the page's and the PDF's styles apply to every guide: a timecode (a {@code guide-timecode}
 * link, or plain text in print) and the chapter list as a {@code table class="guide-chapters"}.
 * Everything written here is escaped. The table of contents, made from the guide's outline, is here too.
 */
public final class GuideMarkup {

    private GuideMarkup() {
    }

    /**
     * A timecode: a link made by {@code links} with the seconds in {@code data-seconds}, or a
     * {@code span} when there are no links (print) or it stands inside another link.
     */
    public static String timecode(String film, Timecode timecode, Optional<TimecodeLinks> links, boolean insideLink) {
        StringBuilder out = new StringBuilder(96);
        timecode(film, timecode, links, insideLink, new HtmlWriter(out));
        return out.toString();
    }

    /** The chapter list as a table of timecode and chapter, headed in the guide's language. */
    public static String chapterTable(StudyGuide guide, List<Chapter> chapters, Optional<TimecodeLinks> links) {
        StringBuilder out = new StringBuilder(256 + 160 * chapters.size());
        HtmlWriter html = new HtmlWriter(out);
        GuideText text = GuideText.of(guide.language());
        html.line();
        html.tag("table", attributes("class", "guide-chapters"));
        html.tag("thead");
        html.tag("tr");
        html.tag("th", attributes("class", "guide-chapter-time", "scope", "col"));
        html.text(text.get("guide.chapterTime"));
        html.tag("/th");
        html.tag("th", attributes("scope", "col"));
        html.text(text.get("guide.chapterName"));
        html.tag("/th");
        html.tag("/tr");
        html.tag("/thead");
        html.line();
        html.tag("tbody");
        for (Chapter chapter : chapters) {
            row(guide.film(), chapter, links, html);
        }
        html.tag("/tbody");
        html.tag("/table");
        html.line();
        return out.toString();
    }

    /** The table of contents: the seven sections, each with its subsections, as nested lists. */
    static void toc(StudyGuide guide, String id, HtmlWriter html) {
        GuideText text = GuideText.of(guide.language());
        html.tag("nav", attributes("class", "guide-toc", "aria-labelledby", id));
        html.tag("h2", attributes("id", id));
        html.text(text.get("guide.contents"));
        html.tag("/h2");
        tocList(guide.sections(), html);
        html.tag("/nav");
        html.line();
    }

    private static void tocList(List<GuideSection> sections, HtmlWriter html) {
        if (sections.isEmpty()) {
            return;
        }
        html.tag("ol");
        for (GuideSection section : sections) {
            html.tag("li");
            html.tag("a", attributes("href", "#" + section.anchor()));
            html.text(section.heading());
            html.tag("/a");
            tocList(section.subsections(), html);
            html.tag("/li");
        }
        html.tag("/ol");
    }

    static void timecode(String film, Timecode timecode, Optional<TimecodeLinks> links, boolean insideLink, HtmlWriter html) {
        String seconds = Integer.toString(timecode.seconds());
        if (links.isPresent() && !insideLink) {
            html.tag("a", attributes("class", "guide-timecode", "href", links.get().href(film, timecode.seconds()),
                    "data-seconds", seconds));
            html.text(timecode.text());
            html.tag("/a");
        } else {
            html.tag("span", attributes("class", "guide-timecode", "data-seconds", seconds));
            html.text(timecode.text());
            html.tag("/span");
        }
    }

    private static void row(String film, Chapter chapter, Optional<TimecodeLinks> links, HtmlWriter html) {
        html.tag("tr");
        html.tag("td", attributes("class", "guide-chapter-time"));
        timecode(film, chapter.start(), links, false, html);
        html.tag("/td");
        html.tag("td");
        html.tag("strong", attributes("class", "guide-chapter-name"));
        html.text(chapter.name());
        if (!chapter.text().isEmpty()) {
            html.text(":");
            html.tag("/strong");
            html.text(" " + chapter.text());
        } else {
            html.tag("/strong");
        }
        html.tag("/td");
        html.tag("/tr");
        html.line();
    }
}

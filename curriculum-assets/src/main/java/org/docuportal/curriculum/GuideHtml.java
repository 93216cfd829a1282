package org.docuportal.curriculum;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * The HTML of a guide's body and table of contents, shared by the web page and the PDF so both
 * show the same guide. commonmark-java writes it with raw HTML escaped and unsafe link schemes
 * dropped; this class adds the guide's own pieces: heading anchors, timecodes (links on the web,
 * plain text in print) and the chapter list as a table.
 */
final class GuideHtml {

    private final StudyGuide guide;
    private final GuideText text;
    private final Optional<TimecodeLinks> links;

    /** @param links where timecodes lead, or empty to show them as plain text */
    GuideHtml(StudyGuide guide, Optional<TimecodeLinks> links) {
        this.guide = guide;
        this.text = GuideText.of(guide.language());
        this.links = links;
    }

    /** The body: escaped, with anchored headings, timecodes and a chapter table. */
    String body() {
        Node document = GuideMarkdown.parse(guide.markdown());
        Map<Heading, String> anchors = HeadingAnchors.of(document);
        HtmlRenderer renderer = HtmlRenderer.builder()
                .escapeHtml(true)
                .sanitizeUrls(true)
                .attributeProviderFactory(context -> (node, tag, attributes) -> {
                    if (node instanceof Heading heading && anchors.containsKey(heading)) {
                        attributes.put("id", anchors.get(heading));
                    }
                })
                .nodeRendererFactory(TimecodeRenderer::new)
                .nodeRendererFactory(ChapterTableRenderer::new)
                .build();
        return renderer.render(document);
    }

    /** The table of contents: the seven sections, each with its subsections, as nested lists. */
    void toc(String id, HtmlWriter html) {
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

    private void timecode(Timecode timecode, boolean insideLink, HtmlWriter html) {
        String seconds = Integer.toString(timecode.seconds());
        if (links.isPresent() && !insideLink) {
            html.tag("a", attributes("class", "guide-timecode", "href", links.get().href(guide.film(), timecode.seconds()),
                    "data-seconds", seconds));
            html.text(timecode.text());
            html.tag("/a");
        } else {
            html.tag("span", attributes("class", "guide-timecode", "data-seconds", seconds));
            html.text(timecode.text());
            html.tag("/span");
        }
    }

    /** Attributes in the order given, so the markup reads the same on every run. */
    static Map<String, String> attributes(String... namesAndValues) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            attributes.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return attributes;
    }

    private static boolean insideLink(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Link) {
                return true;
            }
        }
        return false;
    }

    private final class TimecodeRenderer implements NodeRenderer {

        private final HtmlNodeRendererContext context;

        TimecodeRenderer(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(TimecodeNode.class);
        }

        @Override
        public void render(Node node) {
            timecode(((TimecodeNode) node).timecode(), insideLink(node), context.getWriter());
        }
    }

    private final class ChapterTableRenderer implements NodeRenderer {

        private final HtmlNodeRendererContext context;

        ChapterTableRenderer(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(ChapterList.class);
        }

        @Override
        public void render(Node node) {
            HtmlWriter html = context.getWriter();
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
            for (ListItem item : ((ChapterList) node).items()) {
                ChapterList.chapter(item).ifPresent(chapter -> row(chapter, html));
            }
            html.tag("/tbody");
            html.tag("/table");
            html.line();
        }

        private void row(Chapter chapter, HtmlWriter html) {
            html.tag("tr");
            html.tag("td", attributes("class", "guide-chapter-time"));
            timecode(chapter.start(), false, html);
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
}

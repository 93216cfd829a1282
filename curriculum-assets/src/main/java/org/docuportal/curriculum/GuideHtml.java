package org.docuportal.curriculum;

import java.util.ArrayList;
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
 * The HTML of a Markdown guide's body, shared by the web page and the PDF so both show the same
 * guide. commonmark-java writes it with raw HTML escaped and unsafe link schemes
 * dropped; this class adds the guide's own pieces: heading anchors, timecodes (links on the web,
 * plain text in print) and the chapter list as a table, both drawn by {@link GuideMarkup}.
 */
final class GuideHtml {

    private final StudyGuide guide;
    private final Optional<TimecodeLinks> links;

    /** @param links where timecodes lead, or empty to show them as plain text */
    GuideHtml(StudyGuide guide, Optional<TimecodeLinks> links) {
        this.guide = guide;
        this.links = links;
    }

    /** The body: escaped, with anchored headings, timecodes and a chapter table. */
    String body() {
        Node document = GuideMarkdown.parse(guide.body());
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

    private void timecode(Timecode timecode, boolean insideLink, HtmlWriter html) {
        GuideMarkup.timecode(guide.film(), timecode, links, insideLink, html);
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
            List<Chapter> chapters = new ArrayList<>();
            for (ListItem item : ((ChapterList) node).items()) {
                ChapterList.chapter(item).ifPresent(chapters::add);
            }
            context.getWriter().raw(GuideMarkup.chapterTable(guide, chapters, links));
        }
    }
}

package org.docuportal.curriculum;

import java.util.Set;

import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentNodeRendererContext;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * The one Markdown dialect of guide sources: CommonMark (commonmark-java) with timecodes and a
 * chapter list. Checking and rendering parse with this same parser, so what passes the checks is
 * what gets rendered. Source spans are kept for blocks and inlines so problems name their line.
 */
final class GuideMarkdown {

    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .postProcessor(new TimecodePostProcessor())
            .postProcessor(new ChapterListPostProcessor())
            .build();

    private static final TextContentRenderer PLAIN = TextContentRenderer.builder()
            .lineBreakRendering(LineBreakRendering.STRIP)
            .nodeRendererFactory(PlainTimecode::new)
            .build();

    private GuideMarkdown() {
    }

    /** The body's tree; both {@link Parser} and the post-processors are safe to share between threads. */
    static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /** The text of a node's children without markup, timecodes as {@code 00:12:30}: for headings. */
    static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            text.append(PLAIN.render(child));
        }
        return text.toString().strip();
    }

    /** The text of the nodes that follow this one in its parent, without markup. */
    static String plainTextAfter(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node next = node.getNext(); next != null; next = next.getNext()) {
            text.append(PLAIN.render(next));
        }
        return text.toString().strip();
    }

    /** The 1-based line a node starts on in its Markdown, or 0 if the parser kept no span. */
    static int line(Node node) {
        return node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex() + 1;
    }

    private static final class PlainTimecode implements NodeRenderer {

        private final TextContentNodeRendererContext context;

        PlainTimecode(TextContentNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(TimecodeNode.class);
        }

        @Override
        public void render(Node node) {
            context.getWriter().write(((TimecodeNode) node).timecode().text());
        }
    }
}

package org.docuportal.curriculum;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Turns each well-formed {@code [[HH:MM:SS]]} in a guide's text into a {@link TimecodeNode}, so
 * that renderers show it as a link or as plain {@code 00:12:30}. It works on the parsed tree, not
 * on the source text, so a timecode in a code span stays literal. Written-as-timecode text that is
 * not a valid one is left as text for {@link GuideOutline} to report.
 */
final class TimecodePostProcessor implements PostProcessor {

    @Override
    public Node process(Node document) {
        List<Text> texts = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                texts.add(text);
            }
        });
        texts.forEach(TimecodePostProcessor::split);
        return document;
    }

    private static void split(Text text) {
        String literal = text.getLiteral();
        Matcher m = Timecode.MARKUP.matcher(literal);
        Node last = text;
        int done = 0;
        while (m.find()) {
            Optional<Timecode> timecode = Timecode.parse(m);
            if (timecode.isEmpty()) {
                continue;
            }
            if (m.start() > done) {
                last = insertAfter(last, new Text(literal.substring(done, m.start())), text, done);
            }
            last = insertAfter(last, new TimecodeNode(timecode.get()), text, m.start());
            done = m.end();
        }
        if (last == text) {
            return;
        }
        if (done < literal.length()) {
            insertAfter(last, new Text(literal.substring(done)), text, done);
        }
        text.unlink();
    }

    /** Places a piece of the split text, keeping its source line for problem reports. */
    private static Node insertAfter(Node previous, Node piece, Text original, int offset) {
        for (SourceSpan span : original.getSourceSpans()) {
            piece.addSourceSpan(SourceSpan.of(span.getLineIndex(), span.getColumnIndex() + offset,
                    span.getInputIndex() + offset, Math.max(0, span.getLength() - offset)));
        }
        previous.insertAfter(piece);
        return piece;
    }
}

package org.docuportal.curriculum;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * Gives each heading of a guide its anchor, {@code guide-} and the heading's words in lower case
 * joined by dashes ({@code guide-learning-objectives}), numbered on repeats. Parsing the same body
 * gives the same anchors, so the outline that {@link GuideSource} keeps and the {@code id}s the
 * renderers write always agree. The prefix keeps them clear of the ids of the page around a guide.
 */
final class HeadingAnchors {

    /** The anchor of the table of contents, which no heading takes. */
    static final String CONTENTS = "guide-toc";

    private HeadingAnchors() {
    }

    static Map<Heading, String> of(Node document) {
        Map<Heading, String> anchors = new IdentityHashMap<>();
        Set<String> taken = new HashSet<>(Set.of(CONTENTS));
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String base = "guide-" + slug(GuideMarkdown.plainText(heading));
                String anchor = base;
                for (int n = 2; !taken.add(anchor); n++) {
                    anchor = base + "-" + n;
                }
                anchors.put(heading, anchor);
            }
        });
        return anchors;
    }

    private static String slug(String text) {
        String slug = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-|-$", "");
        return slug.isEmpty() ? "section" : slug;
    }
}

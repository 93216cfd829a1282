package org.docuportal.curriculum;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * Gives each heading of a guide its anchor, {@code guide-} and the heading's words in lower case
 * joined by dashes ({@code guide-learning-objectives}), numbered on repeats. Parsing the same body
 * gives the same anchors, so the outline a format keeps and the {@code id}s its body HTML writes
 * always agree, and a guide has the same anchors whatever format it is written in. The prefix keeps
 * them clear of the ids of the page around a guide.
 */
public final class HeadingAnchors {

    /** The anchor of the table of contents, which no heading takes. */
    public static final String CONTENTS = "guide-toc";

    private HeadingAnchors() {
    }

    /**
     * The anchors of a guide's headings, given as plain text in the order they appear in the source
     * (every level, as a reader meets them).
     */
    public static List<String> of(List<String> headings) {
        Set<String> taken = new HashSet<>(Set.of(CONTENTS));
        List<String> anchors = new ArrayList<>(headings.size());
        for (String heading : headings) {
            String base = "guide-" + slug(heading);
            String anchor = base;
            for (int n = 2; !taken.add(anchor); n++) {
                anchor = base + "-" + n;
            }
            anchors.add(anchor);
        }
        return anchors;
    }

    static Map<Heading, String> of(Node document) {
        List<Heading> headings = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                headings.add(heading);
            }
        });
        List<String> anchors = of(headings.stream().map(GuideMarkdown::plainText).toList());
        Map<Heading, String> byHeading = new IdentityHashMap<>();
        for (int i = 0; i < headings.size(); i++) {
            byHeading.put(headings.get(i), anchors.get(i));
        }
        return byHeading;
    }

    private static String slug(String text) {
        String slug = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-|-$", "");
        return slug.isEmpty() ? "section" : slug;
    }
}

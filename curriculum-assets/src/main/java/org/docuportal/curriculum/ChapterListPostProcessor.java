package org.docuportal.curriculum;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.PostProcessor;

/**
 * Wraps each list that stands directly in the "Chapters" section in a {@link ChapterList}. Runs
 * after {@link TimecodePostProcessor}, so the items' timecodes are already nodes.
 */
final class ChapterListPostProcessor implements PostProcessor {

    @Override
    public Node process(Node document) {
        List<ListBlock> lists = new ArrayList<>();
        boolean inChapters = false;
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() <= 2) {
                inChapters = RequiredSection.CHAPTERS.isNamed(GuideMarkdown.plainText(heading));
            } else if (inChapters && node instanceof ListBlock list) {
                lists.add(list);
            }
        }
        for (ListBlock list : lists) {
            ChapterList chapters = new ChapterList();
            chapters.setSourceSpans(list.getSourceSpans());
            list.insertBefore(chapters);
            chapters.appendChild(list);
        }
        return document;
    }
}

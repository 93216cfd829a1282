package org.docuportal.curriculum;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.commonmark.node.CustomBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;

/**
 * A list in the "Chapters" section, set apart by {@link ChapterListPostProcessor} so that the
 * renderers show it as a table of timecode and chapter. Its child is the original Markdown list.
 */
final class ChapterList extends CustomBlock {

    /** The list's items, in order. */
    List<ListItem> items() {
        List<ListItem> items = new ArrayList<>();
        for (Node list = getFirstChild(); list != null; list = list.getNext()) {
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem listItem) {
                    items.add(listItem);
                }
            }
        }
        return items;
    }

    /** The chapter an item stands for, if its text starts with a timecode. */
    static Optional<Chapter> chapter(ListItem item) {
        Optional<TimecodeNode> timecode = leadingTimecode(item);
        return timecode.map(t -> Chapter.of(t.timecode(), GuideMarkdown.plainTextAfter(t)));
    }

    /** The timecode an item's text starts with, ignoring spaces before it. */
    static Optional<TimecodeNode> leadingTimecode(ListItem item) {
        if (!(item.getFirstChild() instanceof Paragraph paragraph)) {
            return Optional.empty();
        }
        Node first = paragraph.getFirstChild();
        if (first instanceof Text text && text.getLiteral().isBlank()) {
            first = first.getNext();
        }
        return first instanceof TimecodeNode timecode ? Optional.of(timecode) : Optional.empty();
    }
}

package org.docuportal.curriculum;

import java.util.List;

/**
 * A heading of a guide with the anchor its web page and PDF give it, and the headings one level
 * below it: the seven {@code ##} sections carry their {@code ###} subsections (the activities,
 * for example). This is what tables of contents and PDF bookmarks are made from.
 *
 * @param heading the heading's text
 * @param anchor the {@code id} of the heading in the rendered guide
 * @param subsections the next level's headings, in order
 */
public record GuideSection(String heading, String anchor, List<GuideSection> subsections) {

    public GuideSection {
        subsections = List.copyOf(subsections);
    }
}

package org.docuportal.curriculum;

import java.util.Optional;

import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders a guide as an HTML fragment for a portal page: a table of contents, then the body, with
 * each timecode a link made by the portal's {@link TimecodeLinks} (visible text {@code 00:12:30},
 * the seconds in {@code data-seconds}) and the chapter list as a table. The body comes from the
 * guide's {@link CurriculumFormat}, which escapes raw markup written in a source, so a guide cannot
 * inject markup into the portal. The page places
 * the guide's title and summary itself; its styles hook on the {@code guide-} classes.
 */
public final class GuideRenderer {

    private final TimecodeLinks links;

    public GuideRenderer(TimecodeLinks links) {
        this.links = links;
    }

    /** The fragment, one {@code <div class="study-guide">}, with the body as the guide's format renders it. */
    public String html(StudyGuide guide, CurriculumFormat format) {
        StringBuilder out = new StringBuilder();
        HtmlWriter html = new HtmlWriter(out);
        html.tag("div", GuideHtml.attributes("class", "study-guide", "lang", guide.language()));
        html.line();
        GuideMarkup.toc(guide, HeadingAnchors.CONTENTS, html);
        html.tag("div", GuideHtml.attributes("class", "guide-body"));
        html.line();
        html.raw(format.bodyHtml(guide, Optional.of(links)));
        html.tag("/div");
        html.line();
        html.tag("/div");
        html.line();
        return out.toString();
    }
}

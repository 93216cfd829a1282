package org.docuportal.curriculum;

import static org.docuportal.curriculum.GuideHtml.attributes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.commonmark.renderer.html.HtmlWriter;
import org.docuportal.documents.HtmlPdf;

/**
 * Renders a guide as an A4 PDF for print: a cover (film, guide title, audience, summary), a table
 * of contents with page numbers, PDF bookmarks for every heading, "Page n of N" in the footer, and
 * timecodes as plain {@code 00:12:30}. It writes one XHTML document from the same HTML as the web
 * page, styled by {@code guide-pdf.css}, and has openhtmltopdf lay it out; page numbers in the
 * contents come from CSS {@code target-counter}, so they are right however the text flows.
 * {@link HtmlPdf} renders it, as it renders quotes and certificates. The result carries no reader's name;
 * {@link GuideStamper} adds that per download.
 */
public final class GuidePdf {

    private static final String STYLESHEET = "org/docuportal/curriculum/guide-pdf.css";
    private static final String CSS = readStylesheet();
    /** Where the stylesheet wants the footer's words, which come from {@link GuideText}. */
    private static final String PAGE_OF = "/* page-of */";

    /** The PDF's bytes, with the body as the guide's format renders it. */
    public byte[] render(StudyGuide guide, CurriculumFormat format) {
        return HtmlPdf.render(xhtml(guide, format));
    }

    /** The document openhtmltopdf lays out; well-formed XML, as it requires. */
    String xhtml(StudyGuide guide, CurriculumFormat format) {
        GuideText text = GuideText.of(guide.language());
        StringBuilder out = new StringBuilder(16 * 1024);
        HtmlWriter html = new HtmlWriter(out);
        html.tag("html", attributes("xmlns", "http://www.w3.org/1999/xhtml", "lang", guide.language()));
        head(guide, text, html);
        html.tag("body");
        html.tag("div", attributes("class", "running-title"));
        html.text(guide.title());
        html.tag("/div");
        cover(guide, text, html);
        GuideMarkup.toc(guide, HeadingAnchors.CONTENTS, html);
        html.tag("div", attributes("class", "guide-body"));
        html.raw(format.bodyHtml(guide, Optional.empty()));
        html.tag("/div");
        html.tag("/body");
        html.tag("/html");
        return out.toString();
    }

    private static void head(StudyGuide guide, GuideText text, HtmlWriter html) {
        html.tag("head");
        html.tag("title");
        html.text(guide.title());
        html.tag("/title");
        html.tag("meta", attributes("name", "subject", "content", guide.summary()), true);
        html.tag("style");
        html.text(CSS.replace(PAGE_OF, pageOf(text.get("pdf.pageOf"))));
        html.tag("/style");
        html.tag("bookmarks");
        html.tag("bookmark", attributes("name", text.get("guide.contents"), "href", "#" + HeadingAnchors.CONTENTS), true);
        bookmarks(guide.sections(), html);
        html.tag("/bookmarks");
        html.tag("/head");
    }

    private static void bookmarks(List<GuideSection> sections, HtmlWriter html) {
        for (GuideSection section : sections) {
            html.tag("bookmark", attributes("name", section.heading(), "href", "#" + section.anchor()));
            bookmarks(section.subsections(), html);
            html.tag("/bookmark");
        }
    }

    private static void cover(StudyGuide guide, GuideText text, HtmlWriter html) {
        html.tag("div", attributes("class", "cover"));
        element("p", "cover-kicker", text.get("pdf.studyGuide"), html);
        element("h1", "cover-film", guide.filmTitle(), html);
        element("p", "cover-title", guide.title(), html);
        element("p", "cover-audience", text.audience(guide.audience()), html);
        element("p", "cover-summary", guide.summary(), html);
        html.tag("/div");
    }

    private static void element(String tag, String cssClass, String content, HtmlWriter html) {
        html.tag(tag, attributes("class", cssClass));
        html.text(content);
        html.tag("/" + tag);
    }

    /** "Page {0} of {1}" as CSS content: {@code "Page " counter(page) " of " counter(pages)}. */
    static String pageOf(String pattern) {
        return HtmlPdf.pageOf(pattern);
    }

    private static String readStylesheet() {
        try (InputStream in = GuidePdf.class.getClassLoader().getResourceAsStream(STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException(STYLESHEET + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

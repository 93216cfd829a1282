package org.docuportal.curriculum.asciidoc;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.asciidoctor.ast.StructuralNode;
import org.docuportal.curriculum.GuideMarkup;
import org.docuportal.curriculum.StudyGuide;
import org.docuportal.curriculum.Timecode;
import org.docuportal.curriculum.TimecodeLinks;

/**
 * The body HTML of an AsciiDoc guide. Asciidoctor converts each block (escaping what the author
 * wrote, as XHTML so the PDF renderer can read it); this class writes what the portal decides
 * itself: the headings with {@code guide-} anchors, the chapter list as the shared chapter table,
 * timecodes as links ({@link GuideMarkup}), link targets limited to web and mail addresses, and
 * author-written ids prefixed so they cannot clash with the page's own.
 */
final class AsciiDocBody {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern OPEN_LINK = Pattern.compile("^<a[\\s>]");
    private static final Pattern CLOSE_LINK = Pattern.compile("^</a\\s*>");
    private static final Pattern OPEN_CODE = Pattern.compile("^<(pre|code)[\\s>]");
    private static final Pattern CLOSE_CODE = Pattern.compile("^</(pre|code)\\s*>");
    private static final Pattern URL_ATTRIBUTE = Pattern.compile("\\b(href|src)=\"([^\"]*)\"");
    private static final Pattern SAFE_URL = Pattern.compile("^(?:https?:|mailto:|#|[^:/?#]*(?:[/?#]|$)).*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern ID_ATTRIBUTE = Pattern.compile("\\bid=\"([^\"]*)\"");
    private static final Pattern FRAGMENT = Pattern.compile("\\bhref=\"#([^\"]*)\"");
    private static final String AUTHOR_ID = "guide-";

    private final StudyGuide guide;
    private final Optional<TimecodeLinks> links;
    private final AsciiDocSource source;
    private final AsciiDocOutline outline;
    private final StringBuilder out = new StringBuilder(16 * 1024);

    private AsciiDocBody(StudyGuide guide, Optional<TimecodeLinks> links, AsciiDocSource source) {
        this.guide = guide;
        this.links = links;
        this.source = source;
        this.outline = new AsciiDocOutline(source);
    }

    static String html(AsciiDocEngine engine, StudyGuide guide, Optional<TimecodeLinks> links) {
        AsciiDocSource source = new AsciiDocSource(guide.body(), engine.load(guide.body()));
        AsciiDocBody body = new AsciiDocBody(guide, links, source);
        int chapterListLine = body.outline.chapterList().map(AsciiDocSource::line).orElse(-1);
        for (StructuralNode block : source.document().getBlocks()) {
            body.block(block, chapterListLine);
        }
        return body.out.toString();
    }

    private void block(StructuralNode block, int chapterListLine) {
        switch (block.getContext()) {
            case "section" -> section(block, chapterListLine);
            case "preamble" -> block.getBlocks().forEach(child -> block(child, chapterListLine));
            default -> {
                if (AsciiDocOutline.isList(block) && AsciiDocSource.line(block) == chapterListLine) {
                    out.append(GuideMarkup.chapterTable(guide, guide.chapters(), links));
                } else {
                    out.append(timecodes(authorIds(safeUrls(block.convert())))).append('\n');
                }
            }
        }
    }

    private void section(StructuralNode section, int chapterListLine) {
        String tag = "h" + Math.min(6, section.getLevel() + 1);
        out.append('<').append(tag).append(" id=\"").append(outline.anchor(section)).append("\">")
                .append(timecodes(authorIds(safeUrls(section.getTitle())))).append("</").append(tag).append(">\n");
        section.getBlocks().forEach(child -> block(child, chapterListLine));
    }

    /** Link and image targets other than web and mail addresses, fragments and relative paths (javascript:, data:) are dropped. */
    static String safeUrls(String html) {
        return URL_ATTRIBUTE.matcher(html).replaceAll(m -> SAFE_URL.matcher(m.group(2).strip()).matches()
                ? Matcher.quoteReplacement(m.group())
                : m.group(1) + "=\"\"");
    }

    /** Ids the author gave blocks, and links to them, prefixed like the headings' anchors. */
    private static String authorIds(String html) {
        String ids = ID_ATTRIBUTE.matcher(html).replaceAll(m -> Matcher.quoteReplacement("id=\"" + prefixed(m.group(1)) + "\""));
        return FRAGMENT.matcher(ids).replaceAll(m -> Matcher.quoteReplacement("href=\"#" + prefixed(m.group(1)) + "\""));
    }

    private static String prefixed(String id) {
        return id.startsWith(AUTHOR_ID) ? id : AUTHOR_ID + id;
    }

    /** Each well-formed timecode in the text (not in code, not in tags) as {@link GuideMarkup} writes it. */
    private String timecodes(String html) {
        StringBuilder result = new StringBuilder(html.length() + 256);
        Matcher tag = TAG.matcher(html);
        int done = 0;
        int linkDepth = 0;
        int codeDepth = 0;
        while (tag.find()) {
            text(html.substring(done, tag.start()), linkDepth > 0, codeDepth > 0, result);
            String t = tag.group();
            if (OPEN_LINK.matcher(t).find()) {
                linkDepth++;
            } else if (CLOSE_LINK.matcher(t).find()) {
                linkDepth = Math.max(0, linkDepth - 1);
            } else if (OPEN_CODE.matcher(t).find()) {
                codeDepth++;
            } else if (CLOSE_CODE.matcher(t).find()) {
                codeDepth = Math.max(0, codeDepth - 1);
            }
            result.append(t);
            done = tag.end();
        }
        text(html.substring(done), linkDepth > 0, codeDepth > 0, result);
        return result.toString();
    }

    private void text(String text, boolean insideLink, boolean code, StringBuilder result) {
        if (code) {
            result.append(text);
            return;
        }
        Matcher m = AsciiDocSource.TIMECODE.matcher(text);
        int done = 0;
        while (m.find()) {
            Optional<Timecode> timecode = AsciiDocSource.timecode(m);
            if (timecode.isEmpty()) {
                continue;
            }
            result.append(text, done, m.start()).append(GuideMarkup.timecode(guide.film(), timecode.get(), links, insideLink));
            done = m.end();
        }
        result.append(text.substring(done));
    }
}

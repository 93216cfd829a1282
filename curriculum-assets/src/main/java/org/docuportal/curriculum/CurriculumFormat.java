package org.docuportal.curriculum;

import java.util.Optional;

/**
 * A language in which study guides are written, such as Markdown. The portal finds every format on
 * its class path as a CDI bean (a jar with a {@code beans.xml} whose class implements this interface
 * and carries a bean-defining annotation such as {@code @ApplicationScoped}); nothing in the portal
 * names a format's class, so a new format is a new jar.
 *
 * <p>Whatever the format, a guide reads into the same {@link StudyGuide}: the front matter's five
 * values, the seven required sections in order and a chapter list, checked with the same rules and
 * reported as problems with the source's line numbers. The portal renders the web page and the PDF
 * from {@link #bodyHtml} with its own layout, fonts and stamp.
 */
public interface CurriculumFormat {

    /**
     * The format's name as stored with each guide version and given in the API's {@code format}
     * fields: lower-case letters only, unique among formats ({@code markdown}, {@code asciidoc}).
     */
    String name();

    /** What editors see in a format choice ("Markdown"). */
    String label();

    /** The media type of sources in this format; the authoring API takes it as the request's Content-Type. */
    String mediaType();

    /**
     * Reads and checks a source written for the guide {@code expected}: the front matter must name
     * that film, audience and language.
     *
     * @param location how problems name the source, such as {@code kim-il-sungs-children/university.md}
     * @throws MalformedGuideException with every problem found, each with its 1-based line
     */
    StudyGuide read(String location, String source, GuideId expected) throws MalformedGuideException;

    /**
     * The guide's body as an HTML fragment of block elements: a heading per section with the id
     * {@link HeadingAnchors} gives it, the chapter list as a {@code table class="guide-chapters"},
     * each timecode a link made by {@code links} when given (plain text when not, as in the PDF).
     * Markup written in the source is escaped, never passed through.
     */
    String bodyHtml(StudyGuide guide, Optional<TimecodeLinks> links);

    /** A source that starts a new guide from what the catalog knows of the film, valid in this format once filled in. */
    String template(GuideTemplate film);
}

/**
 * Study guides written in AsciiDoc, a {@link org.docuportal.curriculum.CurriculumFormat} that the
 * portal finds on its class path as a CDI bean and never names. Asciidoctor (AsciidoctorJ) parses
 * and converts; the classes here apply the house rules every format shares
 * ({@link org.docuportal.curriculum.GuideRules}) and keep author-written markup out of the portal.
 *
 * <p>The house format, an AsciiDoc twin of the Markdown one:
 *
 * <pre>
 * = Kim Il Sung's Children: a study guide for secondary schools
 * :film: kim-il-sungs-children
 * :audience: SECONDARY_SCHOOL
 * :language: en
 * :summary: Two to three lessons for history and human-rights classes ...
 *
 * == Learning objectives
 * * Explain ...
 *
 * == Context
 * ...
 *
 * == Chapters
 * * 00:00:00 Opening: archive footage of the war's end.
 * * 00:04:15 Arrival in Europe: the first trains reach Romania &amp; Poland.
 *
 * == Discussion questions
 * . What did the teachers at 00:12:30 find hardest about saying goodbye?
 * ...
 * </pre>
 *
 * <ul>
 * <li>The document title ({@code = ...}) is the guide's title; the attributes {@code :film:},
 *     {@code :audience:}, {@code :language:} and {@code :summary:} are the other four header values.</li>
 * <li>The seven required sections are the level-1 sections ({@code ==}), in order; {@code ===} and
 *     deeper are their subsections.</li>
 * <li>A timecode is written bare, {@code HH:MM:SS}, anywhere in the text ({@code [[...]]} is an anchor
 *     in AsciiDoc). Three numbers joined by colons that are not a well-formed timecode are a problem.</li>
 * <li>The chapter list is the first list of the {@code == Chapters} section: each item starts with a
 *     timecode, then {@code Name: text}.</li>
 * <li>Passthroughs ({@code +++...+++}, {@code pass:[...]}, {@code ++++} blocks, {@code [subs=...]})
 *     are refused when a guide is read, and escaped if one ever reaches the renderer, so a guide
 *     cannot put markup of its own into the portal.</li>
 * </ul>
 */
package org.docuportal.curriculum.asciidoc;

/**
 * Study guides: the formats they are written in, and the code that checks, renders and stamps them.
 * The guides themselves live in the portal's database, written in its studio; the six demo guides
 * come with this jar at {@code src/main/guides/<film>/<audience>.md} (see {@code docs/study-guides.md}).
 *
 * <p>A format ({@link org.docuportal.curriculum.CurriculumFormat}, Markdown built in) reads a
 * source; for Markdown, that is Markdown with YAML front matter. {@link org.docuportal.curriculum.GuideSource} reads and checks
 * one into a {@link org.docuportal.curriculum.StudyGuide}; the build runs
 * {@link org.docuportal.curriculum.GuideValidator} over all of them, so a malformed guide fails the
 * build with {@code file:line: message}. {@link org.docuportal.curriculum.GuideRenderer} makes a
 * guide's web-page fragment, {@link org.docuportal.curriculum.GuidePdf} its print PDF, and
 * {@link org.docuportal.curriculum.GuideStamper} puts the licensee on every page of a download.
 * {@link org.docuportal.curriculum.DemoGuideSources} lists the demo guides for the portal to load.
 *
 * <p>One package on purpose: the parser, the checks and both renderers share one Markdown dialect
 * ({@code GuideMarkdown}, timecodes, the chapter list), and keeping it package-private keeps the
 * public surface to the classes above. Markdown is commonmark-java, front matter SnakeYAML, layout
 * openhtmltopdf, PDF work PDFBox.
 */
package org.docuportal.curriculum;

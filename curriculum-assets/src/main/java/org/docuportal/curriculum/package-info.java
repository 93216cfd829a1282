/**
 * Study guides: their sources per film and audience, and the code that builds and stamps them.
 *
 * <p>A guide's source is Markdown with YAML front matter at {@code src/main/guides/<film>/<audience>.md}
 * (see {@code docs/study-guides.md}). {@link org.docuportal.curriculum.GuideSource} reads and checks
 * one into a {@link org.docuportal.curriculum.StudyGuide}; the build runs
 * {@link org.docuportal.curriculum.GuideValidator} over all of them, so a malformed guide fails the
 * build with {@code file:line: message}. {@link org.docuportal.curriculum.GuideRenderer} makes a
 * guide's web-page fragment, {@link org.docuportal.curriculum.GuidePdf} its print PDF, and
 * {@link org.docuportal.curriculum.GuideStamper} puts the licensee on every page of a download.
 * {@link org.docuportal.curriculum.GuideLibrary} is what the portal uses: every guide of this jar,
 * rendered once and kept.
 *
 * <p>One package on purpose: the parser, the checks and both renderers share one Markdown dialect
 * ({@code GuideMarkdown}, timecodes, the chapter list), and keeping it package-private keeps the
 * public surface to the classes above. Markdown is commonmark-java, front matter SnakeYAML, layout
 * openhtmltopdf, PDF work PDFBox.
 */
package org.docuportal.curriculum;

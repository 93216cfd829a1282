/**
 * Study guides as the licensing domain sees them: which licenses open a title's guides
 * ({@link org.docuportal.curriculum.domain.GuideAccessRule}) and the record of every stamped download
 * ({@link org.docuportal.curriculum.domain.GuideDownload}).
 *
 * <p>The guides themselves, their sources, web pages, PDFs and stamps, live in the
 * {@code curriculum-assets} module (package {@code org.docuportal.curriculum}); this context decides
 * who gets them and keeps the record.
 */
package org.docuportal.curriculum.domain;

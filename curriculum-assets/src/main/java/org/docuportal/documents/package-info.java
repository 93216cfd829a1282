/**
 * The portal's document pipeline: XHTML and CSS in, PDF out, through openhtmltopdf and one set of
 * embedded fonts that covers Latin, Hangul, kana and kanji. {@link org.docuportal.documents.HtmlPdf}
 * renders; {@link org.docuportal.documents.PdfFonts} names the fonts. The study guides
 * ({@code org.docuportal.curriculum}) and the quotes and license certificates
 * ({@code org.docuportal.licensing.infrastructure}) build their XHTML and hand it here.
 */
package org.docuportal.documents;

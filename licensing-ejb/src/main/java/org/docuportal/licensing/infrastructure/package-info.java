/**
 * JPA storage of offers, quotes, orders and licenses, and the PDF documents an institution
 * downloads: the quote and the license certificate, Thymeleaf templates ({@code documents/*.xhtml})
 * rendered through the portal's one HTML-to-PDF pipeline ({@link org.docuportal.documents.HtmlPdf}),
 * the same as the study guides', so names in Hangul, kana and kanji print.
 */
package org.docuportal.licensing.infrastructure;

/**
 * JPA storage of offers, quotes, orders and licenses, and the PDF documents an institution
 * downloads: the quote and the license certificate, drawn with PDFBox in embedded fonts.
 */
package org.docuportal.licensing.infrastructure;

package org.docuportal.licensing.infrastructure;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words and dates of the licensing documents, from {@code DocumentMessages.properties}.
 * Dates are written out ("1 September 2025") because a quote or certificate travels between
 * countries that read 01/09/2025 differently. Public, with public methods, because the document
 * templates call it ({@code ${text.date(quote.issuedOn())}}).
 */
public final class DocumentText {

    /** Who issues the documents, as it heads every page. */
    public static final String DISTRIBUTOR = "Docuportal — documentary licensing";

    private final Locale locale;
    private final ResourceBundle messages;
    private final DateTimeFormatter dates;

    private DocumentText(Locale locale) {
        this.locale = locale;
        this.messages = ResourceBundle.getBundle("org.docuportal.licensing.infrastructure.DocumentMessages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.dates = DateTimeFormatter.ofPattern("d MMMM uuuu", locale);
    }

    static DocumentText english() {
        return new DocumentText(Locale.ENGLISH);
    }

    public String get(String key, Object... values) {
        return new MessageFormat(messages.getString(key), locale).format(values);
    }

    public String date(LocalDate date) {
        return dates.format(date);
    }

    /** Both days inclusive; a screening's single day is written once. */
    public String term(LocalDate start, LocalDate end) {
        return start.equals(end) ? date(start) : get("term", date(start), date(end));
    }
}

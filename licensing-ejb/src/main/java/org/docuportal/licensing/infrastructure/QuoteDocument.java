package org.docuportal.licensing.infrastructure;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.docuportal.licensing.application.QuoteView;

/**
 * A quote as an A4 PDF that an institution can file or pass to its purchasing office: who it
 * is for, when it was issued and until when it holds, the film, offer and term, the line items
 * with exact amounts, the total, the licenses already held for some of its days (a warning), and
 * what the quote is not (an invoice). Long quotes continue on further pages, the table header
 * repeated, each page numbered "Page n of m".
 *
 * <p>The layout is the template {@code documents/quote.xhtml}, rendered by {@link DocumentTemplates}.
 * Amounts are written as {@link org.docuportal.shared.domain.Money#toString()} writes them
 * ("USD 1,250.00"), the same everywhere the portal shows money.
 */
@ApplicationScoped
public class QuoteDocument {

    private final DocumentText text = DocumentText.english();
    private final DocumentTemplates templates = new DocumentTemplates(text);

    /** The quote as PDF bytes. */
    public byte[] render(QuoteView quote) {
        return templates.render("quote", Map.of("quote", quote, "decision", decisionNote(quote)));
    }

    /** What the approval stands at, when it matters to whoever files the quote; "" when it does not. */
    private String decisionNote(QuoteView quote) {
        boolean reason = quote.decisionReason() != null && !quote.decisionReason().isBlank();
        return switch (quote.status()) {
            case AWAITING_APPROVAL -> text.get("quote.awaitingApproval");
            case DECLINED -> reason ? text.get("quote.declinedBecause", quote.decisionReason())
                    : text.get("quote.declined");
            case OPEN -> reason ? text.get("quote.approvedWith", quote.decisionReason()) : "";
            case ORDERED -> "";
        };
    }
}

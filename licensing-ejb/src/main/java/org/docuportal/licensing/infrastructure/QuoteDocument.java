package org.docuportal.licensing.infrastructure;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.docuportal.licensing.application.QuoteView;
import org.docuportal.licensing.domain.QuoteStatus;

/**
 * A quote as an A4 PDF that an institution can file or pass to its purchasing office: who it
 * is for, when it was issued and until when it holds, the film, offer and term, the line items
 * with exact amounts, the total, the licenses already held for some of its days (a warning), and
 * what the quote is not (an invoice). Long quotes continue
 * on further pages, the table header repeated, each page numbered "Page n of m".
 *
 * <p>Amounts are written as {@link org.docuportal.shared.domain.Money#toString()} writes them
 * ("USD 1,250.00"), the same everywhere the portal shows money.
 */
@ApplicationScoped
public class QuoteDocument {

    private static final PDRectangle SIZE = PDRectangle.A4;
    private static final float LEFT = 56;
    private static final float RIGHT = SIZE.getWidth() - 56;
    private static final float TOP = SIZE.getHeight() - 50;
    /** Content stops here; the footer sits below. */
    private static final float BOTTOM = 80;
    private static final float FOOTER_BASELINE = 38;

    private static final float DESCRIPTION_X = LEFT + 8;
    private static final float DESCRIPTION_WIDTH = 236;
    private static final float QUANTITY_RIGHT = LEFT + 282;
    private static final float UNIT_PRICE_RIGHT = LEFT + 384;
    private static final float AMOUNT_RIGHT = RIGHT - 8;
    private static final float TOTAL_HEIGHT = 30;

    private final DocumentText text = DocumentText.english();

    /** The quote as PDF bytes. */
    public byte[] render(QuoteView quote) {
        try (PDDocument document = new PDDocument()) {
            describe(document, quote);
            DocumentFonts fonts = DocumentFonts.of(document);
            try (Layout layout = new Layout(document, fonts, quote)) {
                layout.heading();
                layout.details();
                layout.lineItems();
                layout.notes();
            }
            numberPages(document, fonts, quote);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF of quote " + quote.reference(), e);
        }
    }

    private void describe(PDDocument document, QuoteView quote) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(text.get("quote.title", quote.reference()));
        info.setAuthor(DocumentText.DISTRIBUTOR);
        info.setSubject(quote.title());
    }

    /** Footers go on last, when the number of pages is known. */
    private void numberPages(PDDocument document, DocumentFonts fonts, QuoteView quote) {
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            try (PdfCanvas canvas = new PdfCanvas(document, document.getPage(i), true)) {
                canvas.rule(LEFT, RIGHT, FOOTER_BASELINE + 14, 0.5f, PdfCanvas.HAIRLINE);
                canvas.text(fonts.sans(), 8, PdfCanvas.MUTED, LEFT, FOOTER_BASELINE,
                        DocumentText.DISTRIBUTOR + "  ·  " + text.get("quote.title", quote.reference()));
                canvas.textRight(fonts.sans(), 8, PdfCanvas.MUTED, RIGHT, FOOTER_BASELINE, text.get("page", i + 1, pages));
            }
        }
    }

    /** Writes down the pages, starting a new one whenever the next block would not fit. */
    private final class Layout implements AutoCloseable {

        private final PDDocument document;
        private final DocumentFonts fonts;
        private final QuoteView quote;
        private PdfCanvas canvas;
        private float y;

        Layout(PDDocument document, DocumentFonts fonts, QuoteView quote) {
            this.document = document;
            this.fonts = fonts;
            this.quote = quote;
            newPage();
        }

        private void newPage() {
            if (canvas != null) {
                canvas.close();
            }
            PDPage page = new PDPage(SIZE);
            document.addPage(page);
            canvas = new PdfCanvas(document, page, false);
            canvas.text(fonts.sansBold(), 12, PdfCanvas.ACCENT, LEFT, TOP - 12, DocumentText.DISTRIBUTOR);
            canvas.rule(LEFT, RIGHT, TOP - 22, 1.2f, PdfCanvas.ACCENT);
            y = TOP - 22;
            if (document.getNumberOfPages() > 1) {
                canvas.textRight(fonts.sans(), 9, PdfCanvas.MUTED, RIGHT, TOP - 12, text.get("quote.title", quote.reference()));
                y -= 20;
            }
        }

        private void ensure(float height) {
            if (y - height < BOTTOM) {
                newPage();
            }
        }

        void heading() {
            y -= 40;
            canvas.text(fonts.sansBold(), 22, PdfCanvas.INK, LEFT, y, text.get("quote.title", quote.reference()));
            y -= 20;
        }

        /** The parties and dates in two columns, then the film, offer and term. */
        void details() {
            float columnWidth = 250;
            float right = LEFT + 290;
            float leftEnd = field(LEFT, y, columnWidth, "quote.preparedFor", quote.institution(), fonts.sansBold());
            if (quote.requestedBy() != null) {
                leftEnd = field(LEFT, leftEnd, columnWidth, "quote.requestedBy", quote.requestedBy(), fonts.sans());
            }
            float rightEnd = field(right, y, RIGHT - right, "quote.issued", text.date(quote.issuedOn()), fonts.sans());
            rightEnd = field(right, rightEnd, RIGHT - right, "quote.validUntil", text.date(quote.validUntil()), fonts.sansBold());
            rightEnd = field(right, rightEnd, RIGHT - right, "quote.status",
                    text.get("quote.status." + quote.status().name()), fonts.sans());
            y = Math.min(leftEnd, rightEnd) - 6;

            canvas.rule(LEFT, RIGHT, y, 0.5f, PdfCanvas.HAIRLINE);
            y -= 12;
            y = row("quote.film", quote.title(), fonts.sansBold(), 11);
            y = row("quote.offer", quote.offer(), fonts.sans(), 10);
            y = row("quote.term", text.term(quote.start(), quote.end()), fonts.sans(), 10);
            y -= 10;
        }

        /** A small label over its value; returns where the next field starts. */
        private float field(float x, float top, float width, String label, String value, PDFont font) {
            canvas.text(fonts.sans(), 8, PdfCanvas.MUTED, x, top - 14, text.get(label));
            float last = canvas.lines(font, 10.5f, PdfCanvas.INK, x, top - 29, 14,
                    PdfCanvas.wrap(font, 10.5f, value, width));
            return last - 8;
        }

        /** A label beside its value, which wraps; returns where the next row starts. */
        private float row(String label, String value, PDFont font, float size) {
            float valueX = LEFT + 72;
            List<String> lines = PdfCanvas.wrap(font, size, value, RIGHT - valueX);
            ensure(lines.size() * 14 + 10);
            canvas.text(fonts.sans(), 8, PdfCanvas.MUTED, LEFT, y - 12, text.get(label));
            float last = canvas.lines(font, size, PdfCanvas.INK, valueX, y - 12, 14, lines);
            return last - 8;
        }

        void lineItems() {
            y -= 8;
            ensure(22 + 30);
            tableHeader();
            List<QuoteView.Line> lines = quote.lines();
            for (int i = 0; i < lines.size(); i++) {
                QuoteView.Line line = lines.get(i);
                List<String> description = PdfCanvas.wrap(fonts.sans(), 9.5f, line.description(), DESCRIPTION_WIDTH);
                float height = 8 + description.size() * 13 + 6;
                // The total never stands alone on a page: it goes over with the last line.
                float needed = i == lines.size() - 1 ? height + TOTAL_HEIGHT : height;
                if (y - needed < BOTTOM) {
                    newPage();
                    y -= 24;
                    tableHeader();
                }
                float baseline = y - 8 - 9.5f;
                canvas.lines(fonts.sans(), 9.5f, PdfCanvas.INK, DESCRIPTION_X, baseline, 13, description);
                canvas.textRight(fonts.sans(), 9.5f, PdfCanvas.INK, QUANTITY_RIGHT, baseline, Integer.toString(line.quantity()));
                canvas.textRight(fonts.sans(), 9.5f, PdfCanvas.INK, UNIT_PRICE_RIGHT, baseline, line.unitPrice().toString());
                canvas.textRight(fonts.sans(), 9.5f, PdfCanvas.INK, AMOUNT_RIGHT, baseline, line.amount().toString());
                y -= height;
                canvas.rule(LEFT, RIGHT, y, 0.5f, PdfCanvas.HAIRLINE);
            }
            canvas.rule(LEFT, RIGHT, y, 1, PdfCanvas.INK);
            y -= 20;
            canvas.textRight(fonts.sansBold(), 11, PdfCanvas.INK, UNIT_PRICE_RIGHT, y, text.get("quote.total"));
            canvas.textRight(fonts.sansBold(), 11, PdfCanvas.INK, AMOUNT_RIGHT, y, quote.total().toString());
            y -= 10;
        }

        private void tableHeader() {
            canvas.fill(LEFT, y - 22, RIGHT - LEFT, 22, PdfCanvas.FILL);
            float baseline = y - 14.5f;
            canvas.text(fonts.sansBold(), 8.5f, PdfCanvas.MUTED, DESCRIPTION_X, baseline, text.get("quote.column.description"));
            canvas.textRight(fonts.sansBold(), 8.5f, PdfCanvas.MUTED, QUANTITY_RIGHT, baseline, text.get("quote.column.quantity"));
            canvas.textRight(fonts.sansBold(), 8.5f, PdfCanvas.MUTED, UNIT_PRICE_RIGHT, baseline, text.get("quote.column.unitPrice"));
            canvas.textRight(fonts.sansBold(), 8.5f, PdfCanvas.MUTED, AMOUNT_RIGHT, baseline, text.get("quote.column.amount"));
            y -= 22;
        }

        /**
         * What the quote is not, and what the approval stands at when it matters; first, as the quote
         * page does, the licenses already held for some of its days, which a purchasing office should
         * see before it pays for them again.
         */
        void notes() {
            y -= 22;
            if (!quote.overlapping().isEmpty()) {
                paragraph(text.get("quote.overlap"), fonts.sansBold(), PdfCanvas.WARNING);
                for (QuoteView.HeldLicense held : quote.overlapping()) {
                    paragraph(text.get("quote.overlapItem", held.reference(), text.term(held.start(), held.end()),
                            text.get("license.status." + held.state().name())), fonts.sans(), PdfCanvas.WARNING);
                }
                paragraph(text.get("quote.overlapHint"), fonts.sans(), PdfCanvas.WARNING);
            }
            String decision = decisionNote();
            if (decision != null) {
                paragraph(decision, fonts.sansBold(), quote.status() == QuoteStatus.OPEN ? PdfCanvas.INK : PdfCanvas.WARNING);
            }
            paragraph(text.get("quote.notInvoice"), fonts.sans(), PdfCanvas.MUTED);
            paragraph(text.get("quote.eligibility", text.date(quote.issuedOn()), text.date(quote.validUntil())),
                    fonts.sans(), PdfCanvas.MUTED);
        }

        private String decisionNote() {
            boolean reason = quote.decisionReason() != null && !quote.decisionReason().isBlank();
            return switch (quote.status()) {
                case AWAITING_APPROVAL -> text.get("quote.awaitingApproval");
                case DECLINED -> reason ? text.get("quote.declinedBecause", quote.decisionReason()) : text.get("quote.declined");
                case OPEN -> reason ? text.get("quote.approvedWith", quote.decisionReason()) : null;
                case ORDERED -> null;
            };
        }

        private void paragraph(String value, PDFont font, Color color) {
            List<String> lines = PdfCanvas.wrap(font, 9, value, RIGHT - LEFT);
            ensure(lines.size() * 12.5f + 6);
            float last = canvas.lines(font, 9, color, LEFT, y, 12.5f, lines);
            y = last - 12.5f - 4;
        }

        @Override
        public void close() {
            canvas.close();
        }
    }
}

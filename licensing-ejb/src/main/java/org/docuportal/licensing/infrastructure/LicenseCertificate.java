package org.docuportal.licensing.infrastructure;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.docuportal.licensing.application.LicenseView;
import org.docuportal.licensing.domain.LicenseState;

/**
 * A license certificate: one landscape A4 page, framed, that an institution can print and
 * show, naming the institution, the film, the kind of license and the right, the term, the
 * cap on streams or audience where there is one, the status, the order it came from and the
 * day it was issued.
 *
 * <p>The certificate states the status at the moment it is rendered; it says so, and points to
 * the portal for the current one, because a license can be revoked or expire after printing.
 * Long names are set smaller rather than cut, so that the page stays one page.
 */
@ApplicationScoped
public class LicenseCertificate {

    private static final PDRectangle SIZE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float CENTRE = SIZE.getWidth() / 2;
    private static final float TEXT_WIDTH = 640;
    private static final float GRID_WIDTH = 720;
    private static final int GRID_COLUMNS = 3;
    private static final float GRID_ROW = 44;
    /** The baseline of the details' last row of values. */
    private static final float GRID_BOTTOM = 122;

    private final DocumentText text = DocumentText.english();
    private final ZoneId zone;

    /** For the container's proxy only. */
    protected LicenseCertificate() {
        this.zone = ZoneOffset.UTC;
    }

    /** Issue dates are read in the clock's zone, the calendar that license terms are counted in. */
    @Inject
    public LicenseCertificate(Clock clock) {
        this.zone = clock.getZone();
    }

    /** The certificate as PDF bytes. */
    public byte[] render(LicenseView license) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(text.get("certificate.title") + " " + license.reference());
            info.setAuthor(DocumentText.DISTRIBUTOR);
            info.setSubject(license.title());
            PDPage page = new PDPage(SIZE);
            document.addPage(page);
            DocumentFonts fonts = DocumentFonts.of(document);
            try (PdfCanvas canvas = new PdfCanvas(document, page, false)) {
                draw(canvas, fonts, license);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the certificate of license " + license.reference(), e);
        }
    }

    private void draw(PdfCanvas canvas, DocumentFonts fonts, LicenseView license) {
        float width = SIZE.getWidth();
        float height = SIZE.getHeight();
        canvas.frame(22, 22, width - 44, height - 44, 2.5f, PdfCanvas.ACCENT);
        canvas.frame(30, 30, width - 60, height - 60, 0.7f, PdfCanvas.ACCENT);

        float y = height - 82;
        canvas.textCentred(fonts.sans(), 11, PdfCanvas.ACCENT, CENTRE, y, DocumentText.DISTRIBUTOR);
        y -= 48;
        canvas.textCentred(fonts.serifBold(), 32, PdfCanvas.INK, CENTRE, y, text.get("certificate.title"));
        y -= 26;
        canvas.textCentred(fonts.sans(), 11, PdfCanvas.MUTED, CENTRE, y, text.get("certificate.number", license.reference()));
        y -= 18;
        canvas.rule(CENTRE - 40, CENTRE + 40, y, 1, PdfCanvas.ACCENT);
        float headingEnd = y;

        List<Cell> cells = cells(license);
        int rows = (cells.size() + GRID_COLUMNS - 1) / GRID_COLUMNS;
        float gridTop = GRID_BOTTOM + (rows - 1) * GRID_ROW + 17 + 22;
        canvas.rule(CENTRE - GRID_WIDTH / 2, CENTRE + GRID_WIDTH / 2, gridTop, 0.5f, PdfCanvas.HAIRLINE);
        grid(canvas, fonts, gridTop - 22, cells);

        names(canvas, fonts, headingEnd, gridTop, license);

        LocalDate issued = LocalDate.ofInstant(license.issuedAt(), zone);
        canvas.textCentred(fonts.sans(), 9, PdfCanvas.INK, CENTRE, 66,
                text.get("certificate.issued", text.date(issued), DocumentText.DISTRIBUTOR));
        canvas.textCentred(fonts.sans(), 8, PdfCanvas.MUTED, CENTRE, 52, text.get("certificate.note"));
    }

    /** The institution and the film, with the words that join them, centred between heading and details. */
    private void names(PdfCanvas canvas, DocumentFonts fonts, float top, float bottom, LicenseView license) {
        Fitted institution = Fitted.of(fonts.serifBold(), 22, license.institution());
        Fitted film = Fitted.of(fonts.serifBold(), 20, license.title());
        float joinerGap = 32;
        float block = 12 + 3 * joinerGap + institution.height() + film.height();
        float y = (top + bottom) / 2 + block / 2 - 12;
        canvas.textCentred(fonts.serifItalic(), 12, PdfCanvas.MUTED, CENTRE, y, text.get("certificate.certifies"));
        y = institution.draw(canvas, y - joinerGap);
        y -= joinerGap;
        canvas.textCentred(fonts.serifItalic(), 12, PdfCanvas.MUTED, CENTRE, y, text.get("certificate.holds"));
        film.draw(canvas, y - joinerGap);
    }

    /** A name on at most two lines, set smaller when it would need more, so that the page stays one page. */
    private record Fitted(PDFont font, float size, List<String> lines) {

        static Fitted of(PDFont font, float size, String value) {
            float fitted = size;
            List<String> lines = PdfCanvas.wrap(font, fitted, value, TEXT_WIDTH);
            while (lines.size() > 2 && fitted > 12) {
                fitted -= 2;
                lines = PdfCanvas.wrap(font, fitted, value, TEXT_WIDTH);
            }
            return new Fitted(font, fitted, lines);
        }

        float leading() {
            return size * 1.25f;
        }

        /** From the first baseline to the last. */
        float height() {
            return (lines.size() - 1) * leading();
        }

        /** Draws the lines from the baseline down and returns the last baseline. */
        float draw(PdfCanvas canvas, float baseline) {
            for (int i = 0; i < lines.size(); i++) {
                canvas.textCentred(font, size, PdfCanvas.INK, CENTRE, baseline - i * leading(), lines.get(i));
            }
            return baseline - height();
        }
    }

    private record Cell(String label, String value, boolean warn) {
    }

    private List<Cell> cells(LicenseView license) {
        List<Cell> cells = new ArrayList<>();
        cells.add(new Cell(text.get("certificate.kind"), text.get("kind." + license.kind().name()), false));
        cells.add(new Cell(text.get("certificate.right"), license.rightType().label(), false));
        cells.add(new Cell(text.get("certificate.term"), text.term(license.start(), license.end()), false));
        if (license.streamCap() != null) {
            cells.add(new Cell(text.get("certificate.streamCap"), text.get("certificate.streamCap.value", license.streamCap()), false));
        }
        if (license.audienceCap() != null) {
            cells.add(new Cell(text.get("certificate.audienceCap"), text.get("certificate.audienceCap.value", license.audienceCap()), false));
        }
        cells.add(new Cell(text.get("certificate.status"), text.get("license.status." + license.state().name()),
                license.state() == LicenseState.EXPIRED || license.state() == LicenseState.REVOKED));
        cells.add(new Cell(text.get("certificate.order"), license.orderReference(), false));
        return cells;
    }

    /** The details in rows of three, a last shorter row centred, each label over its value. */
    private static void grid(PdfCanvas canvas, DocumentFonts fonts, float top, List<Cell> cells) {
        float cellWidth = GRID_WIDTH / GRID_COLUMNS;
        float y = top;
        for (int start = 0; start < cells.size(); start += GRID_COLUMNS) {
            List<Cell> row = cells.subList(start, Math.min(start + GRID_COLUMNS, cells.size()));
            float left = CENTRE - row.size() * cellWidth / 2;
            for (int i = 0; i < row.size(); i++) {
                Cell cell = row.get(i);
                float centre = left + cellWidth * i + cellWidth / 2;
                canvas.textCentred(fonts.sans(), 8, PdfCanvas.MUTED, centre, y, cell.label().toUpperCase(Locale.ENGLISH));
                PDFont font = cell.warn() ? fonts.sansBold() : fonts.sans();
                Color color = cell.warn() ? PdfCanvas.WARNING : PdfCanvas.INK;
                canvas.textCentred(font, 11, color, centre, y - 17, cell.value());
            }
            y -= GRID_ROW;
        }
    }
}

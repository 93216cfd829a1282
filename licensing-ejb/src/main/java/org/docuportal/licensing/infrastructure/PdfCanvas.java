package org.docuportal.licensing.infrastructure;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Drawing on one PDF page in points, from the bottom left as PDF counts: text placed left,
 * right or centred, wrapped paragraphs, rules and boxes. Every string goes through
 * {@link DocumentFonts#printable} first, so a name the font cannot show degrades instead of
 * failing the document. PDFBox's checked I/O errors become unchecked: the documents are
 * rendered in memory, and such an error is a defect, not a condition a caller handles.
 */
final class PdfCanvas implements AutoCloseable {

    static final Color INK = new Color(0x1f, 0x23, 0x2b);
    static final Color MUTED = new Color(0x5f, 0x66, 0x73);
    static final Color ACCENT = new Color(0x1d, 0x4e, 0x6f);
    static final Color WARNING = new Color(0x9b, 0x2c, 0x2c);
    static final Color FILL = new Color(0xee, 0xf2, 0xf6);
    static final Color HAIRLINE = new Color(0xc9, 0xd1, 0xda);

    private final PDPageContentStream stream;

    PdfCanvas(PDDocument document, PDPage page, boolean append) {
        try {
            this.stream = append
                    ? new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)
                    : new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(DocumentFonts.printable(font, text)) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text broken into lines no wider than {@code maxWidth}; a word longer than that is cut. */
    static List<String> wrap(PDFont font, float size, String text, float maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : DocumentFonts.printable(font, text).strip().split(" +")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, size, candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(font, size, rest) > maxWidth && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(font, size, rest.substring(0, cut)) > maxWidth) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    void text(PDFont font, float size, Color color, float x, float y, String text) {
        try {
            stream.beginText();
            stream.setFont(font, size);
            stream.setNonStrokingColor(color);
            stream.newLineAtOffset(x, y);
            stream.showText(DocumentFonts.printable(font, text));
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void textRight(PDFont font, float size, Color color, float right, float y, String text) {
        text(font, size, color, right - width(font, size, text), y, text);
    }

    void textCentred(PDFont font, float size, Color color, float centre, float y, String text) {
        text(font, size, color, centre - width(font, size, text) / 2, y, text);
    }

    /** Draws the lines from {@code y} down, {@code leading} apart, and returns the baseline of the last. */
    float lines(PDFont font, float size, Color color, float x, float y, float leading, List<String> lines) {
        float baseline = y;
        for (int i = 0; i < lines.size(); i++) {
            baseline = y - i * leading;
            text(font, size, color, x, baseline, lines.get(i));
        }
        return baseline;
    }

    void rule(float x1, float x2, float y, float thickness, Color color) {
        try {
            stream.setStrokingColor(color);
            stream.setLineWidth(thickness);
            stream.moveTo(x1, y);
            stream.lineTo(x2, y);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void fill(float x, float y, float width, float height, Color color) {
        try {
            stream.setNonStrokingColor(color);
            stream.addRect(x, y, width, height);
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void frame(float x, float y, float width, float height, float thickness, Color color) {
        try {
            stream.setStrokingColor(color);
            stream.setLineWidth(thickness);
            stream.addRect(x, y, width, height);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            stream.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.docuportal.curriculum;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.docuportal.documents.PdfFonts;

/**
 * Prints a download's license line along the foot of every page of a rendered guide:
 * "Licensed to 서울고등학교 for kim@example.org · 2026-03-02 · License L-1234 · Not for
 * redistribution". It works on the finished PDF with PDFBox, so a guide is rendered once and
 * stamped per download in a fraction of the rendering's time. The line is real text in Noto Sans
 * KR (Noto Sans JP for the Japanese kanji KR lacks), so Korean and Japanese names show, and the
 * line can be searched and copied; a character neither font has prints as {@code ?}.
 *
 * <p>The line sits 10 mm above the bottom edge of each page's crop box, below the footer that
 * {@link GuidePdf} leaves room for, and wraps at its dots if the page is too narrow for it.
 */
public final class GuideStamper {

    private static final float FONT_SIZE = 7f;
    private static final float MM = 72f / 25.4f;
    private static final float BASELINE = 10 * MM;
    private static final float SIDE_MARGIN = 15 * MM;
    private static final float LEADING = 1.3f * FONT_SIZE;
    private static final String SEPARATOR = " \u00b7 ";

    /** The stamped PDF's bytes; the input is left as it was. */
    public byte[] stamp(byte[] pdf, GuideStamp stamp) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            StampFonts fonts = new StampFonts(document);
            String line = GuideText.of("en").format("stamp.line", stamp.institution(), stamp.user(),
                    stamp.date().toString(), stamp.licenseReference());
            List<TextRun> runs = fonts.runs(line);
            for (PDPage page : document.getPages()) {
                draw(document, page, fonts, runs);
            }
            document.getDocumentInformation().setCustomMetadataValue("DocuportalLicense", stamp.licenseReference());
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stamp the guide for license " + stamp.licenseReference(), e);
        }
    }

    private static void draw(PDDocument document, PDPage page, StampFonts fonts, List<TextRun> runs) throws IOException {
        PDRectangle box = page.getCropBox();
        List<List<TextRun>> lines = wrap(runs, box.getWidth() - 2 * SIDE_MARGIN);
        try (PDPageContentStream content = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
            content.setNonStrokingColor(0.33f, 0.36f, 0.40f);
            for (int i = 0; i < lines.size(); i++) {
                List<TextRun> lineRuns = lines.get(i);
                float y = box.getLowerLeftY() + BASELINE + (lines.size() - 1 - i) * LEADING;
                float x = box.getLowerLeftX() + (box.getWidth() - width(lineRuns)) / 2;
                content.beginText();
                content.newLineAtOffset(x, y);
                for (TextRun run : lineRuns) {
                    content.setFont(run.font(), FONT_SIZE);
                    content.showText(run.text());
                }
                content.endText();
            }
        }
    }

    /** Breaks the line after a separator wherever it would run past the page's width. */
    private static List<List<TextRun>> wrap(List<TextRun> runs, float available) throws IOException {
        if (width(runs) <= available) {
            return List.of(runs);
        }
        List<List<TextRun>> lines = new ArrayList<>();
        List<TextRun> current = new ArrayList<>();
        for (TextRun piece : TextRun.splitAfter(runs, SEPARATOR)) {
            if (!current.isEmpty() && width(current) + piece.width(FONT_SIZE) > available) {
                lines.add(current);
                current = new ArrayList<>();
            }
            current.add(piece);
        }
        lines.add(current);
        return lines;
    }

    private static float width(List<TextRun> runs) throws IOException {
        float width = 0;
        for (TextRun run : runs) {
            width += run.width(FONT_SIZE);
        }
        return width;
    }

    /** A stretch of the line in one font. */
    record TextRun(PDFont font, String text) {

        float width(float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /** The runs cut after each separator, so a line can break there. */
        static List<TextRun> splitAfter(List<TextRun> runs, String separator) {
            List<TextRun> pieces = new ArrayList<>();
            for (TextRun run : runs) {
                int from = 0;
                for (int at = run.text().indexOf(separator); at >= 0; at = run.text().indexOf(separator, from)) {
                    pieces.add(new TextRun(run.font(), run.text().substring(from, at + separator.length())));
                    from = at + separator.length();
                }
                if (from < run.text().length()) {
                    pieces.add(new TextRun(run.font(), run.text().substring(from)));
                }
            }
            return pieces;
        }
    }

    /**
     * The stamp's fonts for one document (PDFBox ties a loaded font to its document): Noto Sans KR
     * for everything it has, Noto Sans JP, loaded only if needed, for the rest.
     */
    private static final class StampFonts {

        private final PDDocument document;
        private final PDFont korean;
        private PDFont japanese;

        StampFonts(PDDocument document) throws IOException {
            this.document = document;
            this.korean = load(KoreanFont.BYTES);
        }

        /** The text cut into runs by font; characters no font has become {@code ?}. */
        List<TextRun> runs(String text) throws IOException {
            List<TextRun> runs = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            PDFont currentFont = korean;
            for (int cp : text.codePoints().toArray()) {
                String ch = Character.isWhitespace(cp) || Character.isISOControl(cp) ? " " : Character.toString(cp);
                PDFont font = canShow(korean, ch) ? korean : canShow(japanese(), ch) ? japanese() : korean;
                if (font != currentFont && current.length() > 0) {
                    runs.add(new TextRun(currentFont, current.toString()));
                    current.setLength(0);
                }
                currentFont = font;
                current.append(canShow(font, ch) ? ch : "?");
            }
            if (current.length() > 0) {
                runs.add(new TextRun(currentFont, current.toString()));
            }
            return runs;
        }

        private PDFont japanese() throws IOException {
            if (japanese == null) {
                japanese = load(JapaneseFont.BYTES);
            }
            return japanese;
        }

        private PDFont load(byte[] font) throws IOException {
            return PDType0Font.load(document, new ByteArrayInputStream(font), true);
        }

        private static boolean canShow(PDFont font, String ch) {
            try {
                font.encode(ch);
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        }
    }

    /** The Korean font file, read from the jar once: every download needs it. */
    private static final class KoreanFont {
        static final byte[] BYTES = PdfFonts.read(PdfFonts.NOTO_KR);
    }

    /** The Japanese font file, read on the first stamp that needs it. */
    private static final class JapaneseFont {
        static final byte[] BYTES = PdfFonts.read(PdfFonts.NOTO_JP);
    }
}

package org.docuportal.licensing.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A rendered PDF read back as a reader would see it: its text, page by page with whitespace
 * runs as single spaces, and where a string ends on a page.
 */
final class PdfText {

    final String text;
    final List<String> pageTexts;
    final int pages;
    final PDRectangle pageSize;
    private final List<List<TextPosition>> glyphsByPage;

    private PdfText(String text, List<String> pageTexts, int pages, PDRectangle pageSize,
                    List<List<TextPosition>> glyphsByPage) {
        this.text = text;
        this.pageTexts = pageTexts;
        this.pages = pages;
        this.pageSize = pageSize;
        this.glyphsByPage = glyphsByPage;
    }

    static PdfText of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<List<TextPosition>> glyphs = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void startPage(PDPage page) throws IOException {
                    glyphs.add(new ArrayList<>());
                    super.startPage(page);
                }

                @Override
                protected void processTextPosition(TextPosition text) {
                    glyphs.get(glyphs.size() - 1).add(text);
                    super.processTextPosition(text);
                }
            };
            String text = stripper.getText(document);
            List<String> pageTexts = new ArrayList<>();
            PDFTextStripper onePage = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                onePage.setStartPage(page);
                onePage.setEndPage(page);
                pageTexts.add(onePage.getText(document).replaceAll("\\s+", " "));
            }
            return new PdfText(text, pageTexts, document.getNumberOfPages(), document.getPage(0).getMediaBox(), glyphs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with every run of spaces and line breaks as one space, so that wrapped lines read on. */
    String flowing() {
        return text.replaceAll("\\s+", " ");
    }

    /** The right edges, in points from the page's left, of every occurrence of the string on the page (1-based). */
    List<Float> rightEdges(int page, String value) {
        List<TextPosition> glyphs = glyphsByPage.get(page - 1);
        StringBuilder all = new StringBuilder();
        List<Integer> glyphAt = new ArrayList<>();
        for (int i = 0; i < glyphs.size(); i++) {
            String unicode = glyphs.get(i).getUnicode();
            for (int c = 0; c < unicode.length(); c++) {
                glyphAt.add(i);
            }
            all.append(unicode);
        }
        List<Float> edges = new ArrayList<>();
        for (int at = all.indexOf(value); at >= 0; at = all.indexOf(value, at + 1)) {
            TextPosition last = glyphs.get(glyphAt.get(at + value.length() - 1));
            edges.add(last.getXDirAdj() + last.getWidthDirAdj());
        }
        return edges;
    }
}

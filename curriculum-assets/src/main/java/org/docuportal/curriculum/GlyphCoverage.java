package org.docuportal.curriculum;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.docuportal.documents.PdfFonts;

/**
 * Whether the PDF's fonts can show a character: in Noto Sans KR or JP, or in both DejaVu Serif
 * (body) and DejaVu Sans (headings, cover). openhtmltopdf prints {@code #} for a character no
 * font has, so the build checks guide sources against the same fonts ({@link PdfFonts}).
 */
final class GlyphCoverage {

    private final List<CmapLookup> anyOf;
    private final List<CmapLookup> allOf;
    private final Map<Integer, Boolean> known = new HashMap<>();

    GlyphCoverage() {
        this.anyOf = List.of(cmap(PdfFonts.NOTO_KR), cmap(PdfFonts.NOTO_JP));
        this.allOf = List.of(cmap(PdfFonts.DEJAVU + "DejaVuSerif.ttf"), cmap(PdfFonts.DEJAVU + "DejaVuSans.ttf"));
    }

    /** Whether a PDF would show the character; spaces and line breaks need no glyph. */
    boolean canShow(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isISOControl(codePoint) || codePoint == '\uFEFF') {
            return true;
        }
        return known.computeIfAbsent(codePoint, cp -> anyOf.stream().anyMatch(c -> c.getGlyphId(cp) != 0)
                || allOf.stream().allMatch(c -> c.getGlyphId(cp) != 0));
    }

    private static CmapLookup cmap(String resource) {
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(PdfFonts.read(resource)));
            return font.getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + resource, e);
        }
    }
}

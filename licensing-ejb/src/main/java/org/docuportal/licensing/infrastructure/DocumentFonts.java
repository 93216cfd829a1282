package org.docuportal.licensing.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts the portal's PDF documents embed, and the one place that decides what text a
 * font can show.
 *
 * <p>The fonts are DejaVu Sans and Serif, TrueType files read from the classpath (the
 * {@code net.sf.jasperreports:jasperreports-fonts} jar, which holds only fonts), so that nothing
 * is fetched at run time and a document looks the same on every server. They are embedded as
 * subsets: a quote carries only the glyphs it uses. DejaVu covers Latin, Greek and Cyrillic but
 * not Hangul, Kana or Kanji, and we found no jar on Maven Central that carries a TrueType or
 * OpenType font with those (web fonts, WOFF and WOFF2, PDFBox cannot embed). So a character the
 * font cannot show becomes {@code ?} rather than failing the document: a certificate for
 * "김일성의 아이들" still shows its institution, term and number. A CJK-capable TTF, once one can
 * be shipped, replaces the file names here.
 */
final class DocumentFonts {

    private static final String DEJAVU = "net/sf/jasperreports/fonts/dejavu/";

    /** What stands in for a character that the font has no glyph for. */
    static final String MISSING = "?";

    private final PDDocument document;
    private final Map<String, PDFont> loaded = new HashMap<>();

    private DocumentFonts(PDDocument document) {
        this.document = document;
    }

    /** The fonts for one document, each read when first used: PDFBox ties a loaded font to its document. */
    static DocumentFonts of(PDDocument document) {
        return new DocumentFonts(document);
    }

    PDFont sans() {
        return font("DejaVuSans.ttf");
    }

    PDFont sansBold() {
        return font("DejaVuSans-Bold.ttf");
    }

    PDFont serifBold() {
        return font("DejaVuSerif-Bold.ttf");
    }

    PDFont serifItalic() {
        return font("DejaVuSerif-Italic.ttf");
    }

    private PDFont font(String file) {
        return loaded.computeIfAbsent(file, f -> load(document, f));
    }

    private static PDFont load(PDDocument document, String file) {
        try (InputStream in = DocumentFonts.class.getClassLoader().getResourceAsStream(DEJAVU + file)) {
            if (in == null) {
                throw new IllegalStateException("the font " + DEJAVU + file + " is not on the classpath");
            }
            return PDType0Font.load(document, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + file, e);
        }
    }

    /**
     * The text as the font can show it: line breaks and tabs become spaces, and each character
     * without a glyph becomes {@link #MISSING}.
     */
    static String printable(PDFont font, String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                out.append(' ');
            } else if (canShow(font, cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(MISSING);
            }
        });
        return out.toString();
    }

    private static boolean canShow(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}

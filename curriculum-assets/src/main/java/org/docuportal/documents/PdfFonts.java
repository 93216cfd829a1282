package org.docuportal.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The fonts of every PDF the portal makes (study guides, quotes, license certificates), all
 * TrueType read from the classpath and embedded as subsets, so a PDF looks the same from every
 * server and carries only the glyphs it uses. Latin text is set in DejaVu Serif and DejaVu Sans,
 * which have bold and italic; Hangul, kana and kanji fall back to Noto Sans KR, then Noto Sans JP
 * for the Japanese kanji KR lacks (see {@code org/docuportal/curriculum/fonts/README.md} for why
 * two, and why Regular only). A stylesheet names the families in that order, for example
 * {@code font-family: "DejaVu Sans", "Noto Sans KR", "Noto Sans JP"}, and openhtmltopdf picks, per
 * character, the first family that has it.
 */
public final class PdfFonts {

    public static final String SERIF = "DejaVu Serif";
    public static final String SANS = "DejaVu Sans";
    public static final String KOREAN = "Noto Sans KR";
    public static final String JAPANESE = "Noto Sans JP";

    public static final String NOTO_KR = "org/docuportal/curriculum/fonts/NotoSansKR-Regular.ttf";
    public static final String NOTO_JP = "org/docuportal/curriculum/fonts/NotoSansJP-Regular.ttf";

    /** DejaVu's files, from the {@code net.sf.jasperreports:jasperreports-fonts} jar (fonts only). */
    public static final String DEJAVU = "net/sf/jasperreports/fonts/dejavu/";

    private PdfFonts() {
    }

    /** Registers every family with the PDF renderer; a font file is read only if a page needs it. */
    static void register(PdfRendererBuilder builder) {
        builder.useFont(stream(DEJAVU + "DejaVuSerif.ttf"), SERIF, 400, FontStyle.NORMAL, true);
        builder.useFont(stream(DEJAVU + "DejaVuSerif-Bold.ttf"), SERIF, 700, FontStyle.NORMAL, true);
        builder.useFont(stream(DEJAVU + "DejaVuSerif-Italic.ttf"), SERIF, 400, FontStyle.ITALIC, true);
        builder.useFont(stream(DEJAVU + "DejaVuSerif-BoldItalic.ttf"), SERIF, 700, FontStyle.ITALIC, true);
        builder.useFont(stream(DEJAVU + "DejaVuSans.ttf"), SANS, 400, FontStyle.NORMAL, true);
        builder.useFont(stream(DEJAVU + "DejaVuSans-Bold.ttf"), SANS, 700, FontStyle.NORMAL, true);
        builder.useFont(stream(NOTO_KR), KOREAN, 400, FontStyle.NORMAL, true);
        builder.useFont(stream(NOTO_JP), JAPANESE, 400, FontStyle.NORMAL, true);
    }

    /** A font file's bytes, for code that embeds a font itself (the guide stamper, the glyph check). */
    public static byte[] read(String resource) {
        try (InputStream in = open(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + resource, e);
        }
    }

    private static FSSupplier<InputStream> stream(String resource) {
        return () -> open(resource);
    }

    private static InputStream open(String resource) {
        InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the font " + resource + " is not on the classpath");
        }
        return in;
    }
}

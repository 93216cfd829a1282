package org.docuportal.curriculum;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The fonts of study-guide PDFs, all TrueType read from the classpath and embedded as subsets, so
 * a PDF looks the same from every server and carries only the glyphs it uses. Latin text is set in
 * DejaVu Serif (body) and DejaVu Sans (headings), which have bold and italic; Hangul, kana and
 * kanji fall back to Noto Sans KR, then Noto Sans JP for the Japanese kanji KR lacks (see
 * {@code fonts/README.md} for why two, and why Regular only). CSS names the families in that order.
 */
final class GuideFonts {

    static final String SERIF = "DejaVu Serif";
    static final String SANS = "DejaVu Sans";
    static final String KOREAN = "Noto Sans KR";
    static final String JAPANESE = "Noto Sans JP";

    static final String NOTO_KR = "org/docuportal/curriculum/fonts/NotoSansKR-Regular.ttf";
    static final String NOTO_JP = "org/docuportal/curriculum/fonts/NotoSansJP-Regular.ttf";

    static final String DEJAVU = "net/sf/jasperreports/fonts/dejavu/";

    private GuideFonts() {
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

    /** A font file's bytes. */
    static byte[] read(String resource) {
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
        InputStream in = GuideFonts.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the font " + resource + " is not on the classpath");
        }
        return in;
    }
}

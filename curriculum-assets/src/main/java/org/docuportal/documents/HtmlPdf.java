package org.docuportal.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The portal's one way from a document to PDF: well-formed XHTML with its stylesheet inline, laid
 * out by openhtmltopdf in the {@link PdfFonts}. Study guides, quotes and license certificates all
 * come through here, so they share fonts, Hangul and kana included, and the rules below.
 *
 * <p>Nothing is fetched while rendering: fonts come from the classpath and every external resource
 * (an image a source links to, say) is refused. The document's {@code <title>} and
 * {@code <meta name="author|subject">} become the PDF's properties.
 */
public final class HtmlPdf {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([01])}");

    /**
     * openhtmltopdf logs every step of every render at INFO; only its warnings belong in the server's
     * log. Held here because java.util.logging keeps loggers weakly, and a collected one forgets its level.
     */
    private static final Logger RENDERER_LOG = Logger.getLogger("com.openhtmltopdf");

    static {
        RENDERER_LOG.setLevel(Level.WARNING);
    }

    private HtmlPdf() {
    }

    /**
     * The PDF's bytes.
     *
     * @param xhtml a whole XHTML document, well-formed XML as openhtmltopdf requires
     * @throws UncheckedIOException when the document cannot be laid out; the input is in memory, so that is a defect
     */
    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .withHtmlContent(xhtml, null)
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withProducer("Docuportal")
                .toStream(out);
        PdfFonts.register(builder);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lay out the PDF", e);
        }
        return out.toByteArray();
    }

    /**
     * "Page {0} of {1}" (words from a resource bundle) as a CSS {@code content} value for a page
     * margin box: {@code "Page " counter(page) " of " counter(pages)}.
     */
    public static String pageOf(String pattern) {
        StringBuilder css = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(pattern);
        int done = 0;
        while (m.find()) {
            css.append(cssString(pattern.substring(done, m.start())))
                    .append(m.group(1).equals("0") ? " counter(page) " : " counter(pages) ");
            done = m.end();
        }
        return css.append(cssString(pattern.substring(done))).toString().strip();
    }

    private static String cssString(String literal) {
        return literal.isEmpty() ? "" : "\"" + literal.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

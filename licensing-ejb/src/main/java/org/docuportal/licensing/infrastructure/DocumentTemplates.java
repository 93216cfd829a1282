package org.docuportal.licensing.infrastructure;

import java.util.Locale;
import java.util.Map;

import org.docuportal.documents.HtmlPdf;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Fills a document template ({@code documents/NAME.xhtml} on the classpath) with Thymeleaf and
 * renders it to PDF through {@link HtmlPdf}, the pipeline the study guides use, so quotes and
 * certificates share their fonts and print Hangul, kana and kanji.
 *
 * <p>The templates are XHTML in Thymeleaf's XML mode, which keeps them well-formed and escapes
 * every value as XML: openhtmltopdf parses XML, and a name such as {@code <b>} arrives as text.
 * They reach their words with {@code #{key(values)}}, read from {@code DocumentMessages.properties}
 * through {@link DocumentText}, and get a {@code text} variable for dates and terms.
 */
final class DocumentTemplates {

    private final TemplateEngine engine = new TemplateEngine();
    private final DocumentText text;

    DocumentTemplates(DocumentText text) {
        this.text = text;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(DocumentTemplates.class.getClassLoader());
        resolver.setPrefix("documents/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new Messages());
    }

    /** The template filled with the values (and {@code text}) as PDF bytes. */
    byte[] render(String template, Map<String, Object> values) {
        return HtmlPdf.render(xhtml(template, values));
    }

    /** The filled template, the XHTML that openhtmltopdf lays out. */
    String xhtml(String template, Map<String, Object> values) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariables(values);
        context.setVariable("text", text);
        context.setVariable("distributor", DocumentText.DISTRIBUTOR);
        context.setVariable("pageOf", HtmlPdf.pageOf(text.get("page", "{0}", "{1}")));
        return engine.process(template, context);
    }

    /** {@code #{key(values)}}: the document's words, their values put in by {@link java.text.MessageFormat}. */
    private final class Messages implements IMessageResolver {

        @Override
        public String getName() {
            return "DocumentMessages";
        }

        @Override
        public Integer getOrder() {
            return 1;
        }

        @Override
        public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
            return text.get(key, messageParameters == null ? new Object[0] : messageParameters);
        }

        @Override
        public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                        Object[] messageParameters) {
            return "??" + key + "??";
        }
    }
}

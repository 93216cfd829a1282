package org.docuportal.shared.mail;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a {@link Letter} into its subject, text and HTML with Thymeleaf.
 *
 * <p>The words live in the resource bundle {@value #BUNDLE} (English now; a {@code _ko} or
 * {@code _ja} file beside it translates every mail), under the letter's template name:
 * {@code NAME.subject}, {@code NAME.body} (paragraphs separated by blank lines), {@code NAME.action}
 * (the button's label, when the letter links to a page) and optionally {@code NAME.after}. They name
 * the letter's values in braces ({@code {title}}), so translators can reorder them. The layout is
 * one pair of templates, {@code mail/html/letter.html} and {@code mail/text/letter.txt}; a mail that
 * needs a layout of its own gets {@code mail/html/NAME.html} and {@code mail/text/NAME.txt}, which
 * are used instead where they exist. Values are escaped in the HTML part (a name such as
 * {@code <script>} arrives as text), and left as they are in the text part.
 */
@ApplicationScoped
public class MailTemplates {

    static final String BUNDLE = "org.docuportal.shared.mail.MailMessages";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final String LAYOUT = "letter";

    /** A letter in words. */
    public record Rendered(String subject, String text, String html) {
    }

    private final TemplateEngine engine;

    public MailTemplates() {
        engine = new TemplateEngine();
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "html/", ".html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "text/", ".txt", 2));
        engine.setMessageResolver(new BundleMessages());
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String folder, String suffix, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
        resolver.setPrefix("mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setResolvablePatterns(java.util.Set.of(folder + "*"));
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }

    /**
     * Renders the letter.
     *
     * @param link            the absolute address its button opens, or null
     * @param preferencesLink where the recipient turns such mail off, or null for essential mail
     * @throws MissingResourceException when the bundle has no subject or body for the template, or a text names a value the letter lacks
     */
    public Rendered render(Letter letter, String link, String preferencesLink, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        Map<String, String> values = new HashMap<>(letter.values());
        if (link != null) {
            values.put("link", link);
        }
        String name = letter.template();
        String subject = fill(bundle, name + ".subject", values);
        Context context = new Context(locale);
        context.setVariables(new HashMap<>(values));
        context.setVariable("lang", locale.getLanguage());
        context.setVariable("subject", subject);
        context.setVariable("greeting", values.containsKey("name") && !values.get("name").isBlank()
                ? fill(bundle, "common.greeting", values) : fill(bundle, "common.greetingAnonymous", values));
        context.setVariable("paragraphs", paragraphs(fill(bundle, name + ".body", values)));
        context.setVariable("after", bundle.containsKey(name + ".after") ? paragraphs(fill(bundle, name + ".after", values)) : List.of());
        context.setVariable("link", link);
        context.setVariable("actionLabel", link == null ? null : fill(bundle, name + ".action", values));
        context.setVariable("preferencesLink", preferencesLink);
        String html = engine.process(templateOf("html/", name, ".html"), context);
        String text = engine.process(templateOf("text/", name, ".txt"), context);
        // The text template's own line breaks around its blocks would otherwise add blank lines.
        return new Rendered(subject, text.replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip() + "\n", html);
    }

    /** The mail's own template where it has one, else the common layout. */
    private static String templateOf(String folder, String name, String suffix) {
        return MailTemplates.class.getClassLoader().getResource("mail/" + folder + name + suffix) != null
                ? folder + name : folder + LAYOUT;
    }

    private static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                paragraphs.add(paragraph.strip());
            }
        }
        return paragraphs;
    }

    static ResourceBundle bundle(Locale locale) {
        // No fallback to the server's own locale: a portal running in Korea still falls back to the base (English) file.
        return ResourceBundle.getBundle(BUNDLE, locale, MailTemplates.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The bundle's text with the letter's values put in for their names. */
    static String fill(ResourceBundle bundle, String key, Map<String, String> values) {
        String pattern = bundle.getString(key);
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new MissingResourceException("'" + key + "' names {" + m.group(1) + "}, which the letter does not give",
                        BUNDLE, key);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@code #{key}} in the templates: the same bundle, for the layout's own words. */
    private static final class BundleMessages implements IMessageResolver {

        @Override
        public String getName() {
            return "MailMessages";
        }

        @Override
        public Integer getOrder() {
            return 1;
        }

        @Override
        public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
            ResourceBundle bundle = bundle(context.getLocale());
            return bundle.containsKey(key) ? bundle.getString(key) : null;
        }

        @Override
        public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                        Object[] messageParameters) {
            return "??" + key + "??";
        }
    }
}

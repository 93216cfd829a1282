package org.docuportal.curriculum;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words that the renderers and the stamp put around a guide's own text ("Contents",
 * "Page 3 of 12", an audience's name), from the {@code GuideText} resource bundle in the guide's
 * language. The JVM's default locale never leaks in: an English guide on a Korean server still
 * reads "Contents".
 */
final class GuideText {

    private static final String BUNDLE = "org.docuportal.curriculum.GuideText";

    private final ResourceBundle bundle;
    private final Locale locale;

    private GuideText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(List.of("java.properties")));
    }

    static GuideText of(String languageTag) {
        return new GuideText(Locale.forLanguageTag(languageTag));
    }

    String get(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locale).format(arguments);
    }

    String audience(Audience audience) {
        return get("audience." + audience.name());
    }
}

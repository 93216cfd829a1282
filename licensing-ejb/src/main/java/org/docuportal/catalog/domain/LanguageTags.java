package org.docuportal.catalog.domain;

import java.util.IllformedLocaleException;
import java.util.Locale;

/** Validation and display of BCP 47 language tags ({@code ko}, {@code en}, {@code pt-BR}). */
public final class LanguageTags {

    private LanguageTags() {
    }

    /** The tag in its canonical form; rejects tags that are not well-formed or name no language. */
    public static String normalize(String tag) {
        if (tag == null || tag.isBlank()) {
            throw new IllegalArgumentException("a language tag is required");
        }
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag.trim()).build();
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("not a BCP 47 language tag: " + tag, e);
        }
        // Well-formed is not enough: "english" and "xx" parse, but the JDK knows no language by them.
        if (locale.getLanguage().isEmpty()
                || locale.getDisplayLanguage(Locale.ENGLISH).equals(locale.getLanguage())) {
            throw new IllegalArgumentException("not a BCP 47 language tag: " + tag);
        }
        return locale.toLanguageTag();
    }

    /** "Korean", "English" — the language's English name. */
    public static String englishName(String tag) {
        return Locale.forLanguageTag(tag).getDisplayName(Locale.ENGLISH);
    }
}

package org.docuportal.catalog.domain;

import java.time.LocalDate;

/**
 * What a catalog visitor asks for: free text, filters and a page.
 *
 * @param text           words looked up in the title, original and alternate titles, synopsis and subjects by the
 *                       {@link TitleTextIndex}; null for all
 * @param subject        exact subject, or null
 * @param language       BCP 47 tag of the original language or a language version, or null
 * @param minRuntime     shortest runtime in minutes, or null
 * @param maxRuntime     longest runtime in minutes, or null
 * @param rightType      a right that must be available in {@code country} on {@code date}, or null
 * @param country        required with {@code rightType}
 * @param date           the day the right must be available; required with {@code rightType}
 * @param page           zero-based page number
 * @param size           entries per page, 1 to {@value #MAX_PAGE_SIZE}
 */
public record CatalogSearch(String text, String subject, String language, Integer minRuntime, Integer maxRuntime,
                            RightType rightType, CountryCode country, LocalDate date, int page, int size) {

    public static final int MAX_PAGE_SIZE = 100;

    public CatalogSearch {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("page " + page + " is beyond the end of any catalog");
        }
        if (minRuntime != null && maxRuntime != null && minRuntime > maxRuntime) {
            throw new IllegalArgumentException("the shortest runtime is longer than the longest");
        }
        if (rightType != null && (country == null || date == null)) {
            throw new IllegalArgumentException("a right filter needs a country and a date");
        }
        text = Text.optional(text);
        subject = Text.optional(subject);
        language = Text.optional(language);
        if (language != null) {
            // Titles store normalized tags; "pt-br" must find "pt-BR".
            language = LanguageTags.normalize(language);
        }
    }

    public static CatalogSearch all(int page, int size) {
        return new CatalogSearch(null, null, null, null, null, null, null, null, page, size);
    }

    public int offset() {
        return page * size;
    }
}

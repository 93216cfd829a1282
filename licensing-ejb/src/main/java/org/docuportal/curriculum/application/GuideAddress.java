package org.docuportal.curriculum.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.docuportal.curriculum.Audience;
import org.docuportal.curriculum.GuideId;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.InvalidInputException.Violation;

/**
 * Which guide a studio request names: the film's address, an audience and a language, as they come
 * from a page or an API path. The audience may be written as its constant ({@code UNIVERSITY}) or as
 * in addresses ({@code university}); the language is an ISO 639 code ({@code en}, {@code ko}).
 */
record GuideAddress(String titleSlug, Audience audience, String language) {

    /**
     * @throws InvalidInputException naming {@code audience} or {@code language}, with every bad one
     */
    static GuideAddress of(String titleSlug, String audience, String language) {
        List<Violation> violations = new ArrayList<>();
        Optional<Audience> knownAudience = audience(audience);
        if (knownAudience.isEmpty()) {
            violations.add(new Violation("audience", "Choose one of " + String.join(", ",
                    Arrays.stream(Audience.values()).map(Enum::name).toList()) + "."));
        }
        String code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (!GuideId.isLanguage(code)) {
            violations.add(new Violation("language", "Give the language as its two-letter ISO 639-1 code, such as en, ko or ja."));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException("The guide is not named right.", violations);
        }
        return new GuideAddress(titleSlug == null ? "" : titleSlug, knownAudience.get(), code);
    }

    private static Optional<Audience> audience(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String stripped = text.strip();
        return Audience.fromName(stripped).or(() -> Audience.fromFileName(stripped));
    }

    GuideId guideId() {
        return new GuideId(titleSlug, audience, language);
    }
}

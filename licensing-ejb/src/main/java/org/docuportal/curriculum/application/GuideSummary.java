package org.docuportal.curriculum.application;

import java.time.Instant;

/**
 * One guide in the studio's list: a film, an audience and a language, and how far it is.
 *
 * @param titleSlug the film's address
 * @param filmTitle the film's title
 * @param audience the audience's constant
 * @param language the language code
 * @param format the format of its draft, else of its latest version
 * @param latestVersion the latest published version's number; null if never published
 * @param draftSavedAt when its open draft was saved; null if it has none (plain values, not
 *        {@code Optional}s, so that the API describes them as a number and a date-time)
 * @param readerKey the key readers' addresses use ({@code film.audience[.language]})
 */
public record GuideSummary(String titleSlug, String filmTitle, String audience, String language, String format,
                           Integer latestVersion, Instant draftSavedAt, String readerKey) {
}

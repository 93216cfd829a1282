package org.docuportal.curriculum.application;

import java.time.Instant;
import java.util.Optional;

/**
 * One guide in the studio's list: a film, an audience and a language, and how far it is.
 *
 * @param titleSlug the film's address
 * @param filmTitle the film's title
 * @param audience the audience's constant
 * @param language the language code
 * @param format the format of its draft, else of its latest version
 * @param latestVersion the latest published version's number, if published
 * @param draftSavedAt when its open draft was saved, if it has one
 * @param readerKey the key readers' addresses use ({@code film.audience[.language]})
 */
public record GuideSummary(String titleSlug, String filmTitle, String audience, String language, String format,
                           Optional<Integer> latestVersion, Optional<Instant> draftSavedAt, String readerKey) {
}

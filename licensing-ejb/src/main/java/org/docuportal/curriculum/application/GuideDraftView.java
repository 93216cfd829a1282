package org.docuportal.curriculum.application;

import java.time.Instant;
import java.util.Optional;

/**
 * What the guide editor opens: the draft if there is one, else the latest published version, else
 * a new guide's template.
 *
 * @param titleSlug the film's address
 * @param filmTitle the film's title
 * @param audience the audience's constant ({@code UNIVERSITY})
 * @param language the guide's language code ({@code en})
 * @param format the source's format name ({@code markdown})
 * @param source the text to edit
 * @param origin where the text comes from
 * @param savedAt when the draft was last saved, if it is a saved draft
 * @param savedBy who saved it, if it is a saved draft
 * @param latestVersion the latest published version's number, if any
 */
public record GuideDraftView(String titleSlug, String filmTitle, String audience, String language, String format,
                             String source, Origin origin, Optional<Instant> savedAt, Optional<String> savedBy,
                             Optional<Integer> latestVersion) {

    /** Where an editor's text comes from. */
    public enum Origin {
        /** A draft saved and not yet published. */
        DRAFT,
        /** The latest published version: no draft is open. */
        PUBLISHED,
        /** A template from the catalog: the guide has never been saved. */
        TEMPLATE
    }
}

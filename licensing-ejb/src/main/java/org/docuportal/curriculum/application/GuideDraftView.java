package org.docuportal.curriculum.application;

import java.io.Serializable;
import java.time.Instant;

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
 * @param savedAt when the draft was last saved; null unless it is a saved draft
 * @param savedBy who saved it; null unless it is a saved draft
 * @param latestVersion the latest published version's number; null if none (plain values, not
 *        {@code Optional}s, because editor pages keep this in the session)
 */
public record GuideDraftView(String titleSlug, String filmTitle, String audience, String language, String format,
                             String source, Origin origin, Instant savedAt, String savedBy, Integer latestVersion)
        implements Serializable {

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

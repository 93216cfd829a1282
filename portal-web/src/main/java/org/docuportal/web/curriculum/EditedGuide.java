package org.docuportal.web.curriculum;

import java.io.Serializable;
import java.time.Instant;

import org.docuportal.curriculum.application.GuideDraftView;

/**
 * What the editor keeps of the guide it opened, between requests: the studio's view reduced to
 * values that travel with the session to another server (the view's optionals do not serialize).
 *
 * @param origin {@code DRAFT}, {@code PUBLISHED} or {@code TEMPLATE}
 * @param savedAt when the draft was saved, null if it is no saved draft
 * @param savedBy who saved it, null if it is no saved draft
 * @param latestVersion the latest published version's number, null if none
 */
public record EditedGuide(String filmTitle, String audience, String language, String format, String source,
                          String origin, Instant savedAt, String savedBy, Integer latestVersion) implements Serializable {

    static EditedGuide of(GuideDraftView view) {
        return new EditedGuide(view.filmTitle(), view.audience(), view.language(), view.format(), view.source(),
                view.origin().name(), view.savedAt().orElse(null), view.savedBy().orElse(null),
                view.latestVersion().orElse(null));
    }

    public boolean isDraft() {
        return GuideDraftView.Origin.DRAFT.name().equals(origin);
    }

    public boolean isTemplate() {
        return GuideDraftView.Origin.TEMPLATE.name().equals(origin);
    }

    /** The number the next publication gets. */
    int nextVersion() {
        return latestVersion == null ? 1 : latestVersion + 1;
    }
}

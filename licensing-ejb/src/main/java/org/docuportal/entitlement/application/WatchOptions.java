package org.docuportal.entitlement.application;

/**
 * What the title page offers for watching a film: to play it (the caller's institution holds a
 * license that allows streaming today) and, where the film has a video, to request a screener.
 *
 * @param offCampusOf the name of the caller's institution when it streams only on campus and the
 *                    caller's address is outside its IP ranges (the page says so instead of offering
 *                    Play); null otherwise
 */
public record WatchOptions(boolean hasVideo, boolean licensedToStream, String offCampusOf) {

    /** Whether Play would start the film: licensed, and on campus where the institution asks for that. */
    public boolean playable() {
        return licensedToStream && offCampusOf == null;
    }

    /** Licensed, but the institution's campus-only rule refuses the caller's network address. */
    public boolean offCampus() {
        return licensedToStream && offCampusOf != null;
    }
}

package org.docuportal.entitlement.application;

/**
 * What the title page offers for watching a film: to play it (the caller's institution holds a
 * license that allows streaming today) and, where the film has a video, to request a screener.
 */
public record WatchOptions(boolean hasVideo, boolean licensedToStream) {
}

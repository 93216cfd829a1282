package org.docuportal.entitlement.application;

/**
 * What the player reports when it renews its lease.
 *
 * @param secondsWatched seconds of video played since the previous heartbeat
 * @param position       where in the film the player is, in seconds
 * @param completed      whether the viewer reached the end
 */
public record Heartbeat(int secondsWatched, int position, boolean completed) {
}

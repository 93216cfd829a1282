package org.docuportal.entitlement.application;

import java.time.Instant;

/**
 * A started playback: the session to renew, where the master playlist is, the token to send with
 * playlist and key requests, and how often to send a heartbeat.
 */
public record PlaybackStart(String sessionId, String titleSlug, String title, String playlistUrl, String token,
                            Instant tokenExpiresAt, Instant leaseExpiresAt, long heartbeatSeconds) {
}

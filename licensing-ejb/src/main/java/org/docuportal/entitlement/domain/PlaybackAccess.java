package org.docuportal.entitlement.domain;

import java.time.Instant;

/**
 * What a player needs to load a title: the master playlist's address and the token to send
 * (as the {@code token} query parameter) with every playlist and key request.
 */
public record PlaybackAccess(String playlistUrl, String token, Instant expiresAt) {
}

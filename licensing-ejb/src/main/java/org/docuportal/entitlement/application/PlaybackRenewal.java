package org.docuportal.entitlement.application;

import java.time.Instant;

/** A renewed lease and a fresh token. */
public record PlaybackRenewal(String sessionId, String token, Instant tokenExpiresAt, Instant leaseExpiresAt) {
}

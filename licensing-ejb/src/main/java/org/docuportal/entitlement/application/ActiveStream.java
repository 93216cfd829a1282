package org.docuportal.entitlement.application;

import java.time.Instant;

import org.docuportal.entitlement.domain.PlaybackSession;

/** A stream in use, as shown to someone refused for the stream cap: who watches, since when, until when at the latest. */
public record ActiveStream(String viewer, Instant startedAt, Instant leaseExpiresAt) {

    static ActiveStream of(PlaybackSession session) {
        return new ActiveStream(session.viewer(), session.startedAt(), session.leaseExpiresAt());
    }
}

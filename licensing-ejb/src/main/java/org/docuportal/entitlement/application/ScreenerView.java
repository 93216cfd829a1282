package org.docuportal.entitlement.application;

import java.io.Serializable;
import java.time.Instant;

import org.docuportal.entitlement.domain.ScreenerRequest;
import org.docuportal.entitlement.domain.ScreenerStatus;

/** A screener request as administrators see it. */
public record ScreenerView(long id, String titleSlug, String title, String name, String organisation, String role,
                           String reason, String email, ScreenerStatus status, Instant requestedAt, Instant decidedAt,
                           String decidedBy, String decisionReason, Instant validUntil) implements Serializable {

    static ScreenerView of(ScreenerRequest r) {
        return new ScreenerView(r.id(), r.title().slug(), r.title().title(), r.requesterName(), r.organisation(),
                r.requesterRole(), r.reason(), r.email(), r.status(), r.requestedAt(), r.decidedAt(), r.decidedBy(),
                r.decisionReason(), r.validUntil());
    }
}

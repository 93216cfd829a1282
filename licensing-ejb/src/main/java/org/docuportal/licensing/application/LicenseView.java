package org.docuportal.licensing.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import org.docuportal.catalog.domain.RightType;
import org.docuportal.licensing.domain.License;
import org.docuportal.licensing.domain.LicenseState;
import org.docuportal.licensing.domain.OfferKind;

/**
 * A license as its institution's members see it on one day: its {@link LicenseState} and the days
 * left (while active) or until its start (while scheduled) are those of the day it was read.
 *
 * @param daysLeft       days of the term left, today counted; null unless ACTIVE
 * @param daysUntilStart days until the first day; null unless SCHEDULED
 * @param watchable      whether members may stream the film under it today (ACTIVE, a streaming kind)
 */
public record LicenseView(long id, String institution, String titleSlug, String title, OfferKind kind,
                          RightType rightType, LocalDate start, LocalDate end, Integer streamCap, Integer audienceCap,
                          LicenseState state, Instant issuedAt, String orderReference, Long daysLeft,
                          Long daysUntilStart, boolean watchable) implements Serializable {

    /** "L-000042", the license's number on its certificate, as quotes and orders have theirs. */
    public String reference() {
        return License.referenceOf(id);
    }

    /** Whether a renewal may be asked for: not revoked, and not a single-day public screening. */
    public boolean renewable() {
        return state != LicenseState.REVOKED && kind != OfferKind.PUBLIC_SCREENING;
    }

    static LicenseView of(License l, LocalDate today) {
        LicenseState state = l.stateOn(today);
        return new LicenseView(l.id(), l.institution().name(), l.title().slug(), l.title().title(), l.kind(),
                l.rightType(), l.term().start(), l.term().end(), l.streamCap(), l.audienceCap(), state,
                l.issuedAt(), l.order().reference(),
                state == LicenseState.ACTIVE ? l.term().daysLeft(today) : null,
                state == LicenseState.SCHEDULED ? l.term().daysUntilStart(today) : null,
                state == LicenseState.ACTIVE && l.kind().includesStreaming());
    }
}

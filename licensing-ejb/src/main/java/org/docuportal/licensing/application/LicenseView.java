package org.docuportal.licensing.application;

import java.time.Instant;
import java.time.LocalDate;

import org.docuportal.catalog.domain.RightType;
import org.docuportal.licensing.domain.License;
import org.docuportal.licensing.domain.LicenseStatus;
import org.docuportal.licensing.domain.OfferKind;

/** A license as its institution's members see it. */
public record LicenseView(long id, String institution, String titleSlug, String title, OfferKind kind,
                          RightType rightType, LocalDate start, LocalDate end, Integer streamCap, Integer audienceCap,
                          LicenseStatus status, Instant issuedAt, String orderReference) {

    /** "L-000042", the license's number on its certificate, as quotes and orders have theirs. */
    public String reference() {
        return License.referenceOf(id);
    }

    static LicenseView of(License l) {
        return new LicenseView(l.id(), l.institution().name(), l.title().slug(), l.title().title(), l.kind(),
                l.rightType(), l.term().start(), l.term().end(), l.streamCap(), l.audienceCap(), l.status(),
                l.issuedAt(), l.order().reference());
    }
}

package org.docuportal.entitlement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.docuportal.licensing.domain.License;

/** How a license turns into a streaming entitlement. */
public final class LicenseEntitlement {

    private LicenseEntitlement() {
    }

    /** The day by which license terms are counted: the UTC date, as the licensing calendar counts it. */
    public static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    /** Whether the license includes streaming the film at all (a study-guide pack does not). */
    public static boolean streams(License license) {
        return license.kind().includesStreaming();
    }

    /**
     * Whether it lets members stream at that moment: active, in its term (by UTC dates, as the
     * licensing calendar counts them), its institution verified and not suspended.
     */
    public static boolean allowsStreamingAt(License license, Instant now) {
        return streams(license) && license.isUsableOn(today(now));
    }

    /**
     * The entitlement of a license: its stream cap (a single stream for a public screening, which
     * is one showing), ending when the last day of its term ends.
     */
    public static Entitlement of(License license) {
        int cap = license.streamCap() != null ? license.streamCap() : 1;
        Instant end = license.term().end().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return new Entitlement(Entitlement.licenseReference(license.id()), license.title().id(), license.title().slug(),
                license.institution().id(), license.institution().country().code(), cap, end);
    }
}

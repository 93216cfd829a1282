package org.docuportal.entitlement.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What lets someone watch a title right now: an active license of their institution or an
 * approved screener. It says how many streams may run at once and when it ends, which bounds
 * every token issued under it.
 *
 * @param reference     the name tokens and sessions carry, {@code license-12} or {@code screener-7}
 * @param titleId       the title it opens
 * @param titleSlug     the title's path segment, to which tokens are bound
 * @param institutionId the licensing institution, or null for a screener
 * @param country       the institution's country (ISO 3166-1 alpha-2), or null for a screener
 * @param streamCap     how many playback sessions may be live at once
 * @param endsAt        the first instant at which it no longer allows playback
 */
public record Entitlement(String reference, long titleId, String titleSlug, Long institutionId, String country,
                          int streamCap, Instant endsAt) {

    public Entitlement {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(titleSlug, "titleSlug");
        Objects.requireNonNull(endsAt, "endsAt");
        if (streamCap < 1) {
            throw new IllegalArgumentException("an entitlement allows at least one stream");
        }
    }

    public static String licenseReference(long licenseId) {
        return "license-" + licenseId;
    }

    public static String screenerReference(long screenerId) {
        return "screener-" + screenerId;
    }

    /** A token expiry no later than the entitlement's end: no token outlives what allowed it. */
    public Instant boundExpiry(Instant wanted) {
        return wanted.isAfter(endsAt) ? endsAt : wanted;
    }
}

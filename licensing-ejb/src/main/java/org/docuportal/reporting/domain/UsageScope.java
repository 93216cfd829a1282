package org.docuportal.reporting.domain;

import java.util.Optional;

/**
 * Whose usage a report counts: one institution's, or everyone's. Everyone's includes screener
 * plays, which belong to no institution; one institution's never does.
 *
 * @param institutionId the institution, or null for all usage on the platform
 */
public record UsageScope(Long institutionId) {

    /** All usage on the platform, screeners included: what platform administrators see. */
    public static UsageScope everything() {
        return new UsageScope(null);
    }

    /** One institution's own usage: what its administrators see. */
    public static UsageScope institution(long institutionId) {
        return new UsageScope(institutionId);
    }

    public Optional<Long> institution() {
        return Optional.ofNullable(institutionId);
    }
}

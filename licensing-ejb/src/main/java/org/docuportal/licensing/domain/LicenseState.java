package org.docuportal.licensing.domain;

import java.time.LocalDate;

/**
 * Where a license stands on a given day, as its members, its certificate and the API show it.
 *
 * <p>Derived, never stored: the stored {@link LicenseStatus} records only what a person or the
 * calendar decided (revoked, expired), while whether a term has started is a matter of the date.
 * Storing SCHEDULED would need a job to flip it on the first day, and a page read a minute before
 * that job would be wrong; deriving it cannot be.
 */
public enum LicenseState {
    /** Paid and issued; its term has not started yet. */
    SCHEDULED,
    /** In its term: members may use it. */
    ACTIVE,
    /** Its last day has passed. */
    EXPIRED,
    /** Withdrawn before its end. */
    REVOKED;

    /**
     * The state on {@code today} of a license with that stored status and term: revoked stays
     * revoked; otherwise the date decides, whether or not the hourly round has expired it yet.
     */
    public static LicenseState of(LicenseStatus stored, LicenseTerm term, LocalDate today) {
        if (stored == LicenseStatus.REVOKED) {
            return REVOKED;
        }
        if (stored == LicenseStatus.EXPIRED || today.isAfter(term.end())) {
            return EXPIRED;
        }
        return today.isBefore(term.start()) ? SCHEDULED : ACTIVE;
    }
}

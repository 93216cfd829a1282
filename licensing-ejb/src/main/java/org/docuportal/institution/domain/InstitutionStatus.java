package org.docuportal.institution.domain;

/** Where an institution stands with the distributor's reviewers. */
public enum InstitutionStatus {
    /** Registered, waiting for a reviewer. */
    PENDING,
    /** A reviewer asked for more information; back in the queue once the institution answers. */
    INFO_REQUESTED,
    /** Verified by a reviewer: its members may license. */
    VERIFIED,
    /** Refused by a reviewer. */
    REJECTED,
    /** Verified once, now suspended: nothing it holds may be used. */
    SUSPENDED
}

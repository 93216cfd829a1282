package org.docuportal.institution.domain;

/** Whether a member may act for the institution yet. */
public enum MembershipStatus {
    /** Joined with an address outside the institution's domains: waits for an administrator. */
    PENDING_APPROVAL,
    ACTIVE
}

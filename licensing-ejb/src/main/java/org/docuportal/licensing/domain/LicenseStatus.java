package org.docuportal.licensing.domain;

/** Whether a license may be used. */
public enum LicenseStatus {
    ACTIVE,
    /** Its term is over. */
    EXPIRED,
    /** Withdrawn before its end: refunded, or the institution was suspended for good. */
    REVOKED
}

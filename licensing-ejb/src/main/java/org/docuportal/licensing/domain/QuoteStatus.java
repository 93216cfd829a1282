package org.docuportal.licensing.domain;

/** Where a quote stands. */
public enum QuoteStatus {
    /** The institution requires its administrator's approval for members' purchases. */
    AWAITING_APPROVAL,
    /** May be ordered until it expires. */
    OPEN,
    /** The institution's administrator declined it. */
    DECLINED,
    /** An order was placed for it. */
    ORDERED
}

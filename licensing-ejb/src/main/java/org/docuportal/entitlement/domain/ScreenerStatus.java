package org.docuportal.entitlement.domain;

/** Where a screener request stands. */
public enum ScreenerStatus {
    /** Waiting for a platform administrator. */
    REQUESTED,
    /** Granted: the requester may watch, one stream at a time, until the screener's end. */
    APPROVED,
    /** Refused, with a reason the requester is told. */
    DECLINED
}

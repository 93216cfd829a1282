package org.docuportal.impact.domain;

/** A screening survey takes answers while OPEN; once CLOSED its answers are final and count in the reports. */
public enum ScreeningStatus {
    OPEN,
    CLOSED
}

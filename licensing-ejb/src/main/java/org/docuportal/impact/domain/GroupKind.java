package org.docuportal.impact.domain;

/** How a report groups screenings of one film: all of them, by country, by institution type, or one by one. */
public enum GroupKind {
    FILM,
    COUNTRY,
    INSTITUTION_TYPE,
    SCREENING
}

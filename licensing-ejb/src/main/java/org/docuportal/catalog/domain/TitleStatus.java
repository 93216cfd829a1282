package org.docuportal.catalog.domain;

/** Where a title stands: licensable now, or announced while still being made. */
public enum TitleStatus {
    AVAILABLE,
    IN_PRODUCTION
}

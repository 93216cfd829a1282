package org.docuportal.catalog.domain;

/** What a change did to a rights window, as the rights history records it. */
public enum RightsChangeAction {
    /** A window added by hand. */
    ADDED,
    /** A window's territory or end date changed (an end moved later counts here too). */
    AMENDED,
    /** A window's end moved earlier, its territory unchanged: the rights end early. */
    ENDED,
    /** A window removed, as if never granted. */
    WITHDRAWN,
    /** A window added by an avails CSV import. */
    IMPORTED
}

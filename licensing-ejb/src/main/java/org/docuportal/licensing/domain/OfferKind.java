package org.docuportal.licensing.domain;

import org.docuportal.catalog.domain.RightType;

/** What an institution can buy for a title, and the right each kind needs by default. */
public enum OfferKind {
    /** A digital site license to stream the film to classes for 1 or 3 years, with a cap on concurrent streams. */
    CLASSROOM_STREAMING(RightType.EDUCATIONAL),
    /** One screening on an event date for an audience of at most a given size. */
    PUBLIC_SCREENING(RightType.NON_THEATRICAL),
    /** The film's study guides for a year. */
    STUDY_GUIDE_PACK(RightType.EDUCATIONAL);

    private final RightType defaultRight;

    OfferKind(RightType defaultRight) {
        this.defaultRight = defaultRight;
    }

    public RightType defaultRight() {
        return defaultRight;
    }

    /** Whether a license of this kind lets members stream the film (a study-guide pack does not). */
    public boolean includesStreaming() {
        return this != STUDY_GUIDE_PACK;
    }
}

package org.docuportal.catalog.domain;

/**
 * Kinds of exploitation right a distributor holds for a title, as named in rights portfolios.
 *
 * <p>The portal sells only {@link #EDUCATIONAL} and {@link #NON_THEATRICAL} rights; the others are
 * kept so that a title's catalog entry shows its whole rights position.
 */
public enum RightType {
    /** Classroom and campus use by schools, universities and libraries. */
    EDUCATIONAL("Educational"),
    /** Screenings outside cinemas: training institutions, airlines, ships, community halls. */
    NON_THEATRICAL("Non-theatrical"),
    /** Free TV, pay TV and their OTT simulcasts. */
    LINEAR_TV("Linear TV"),
    /** Transactional video on demand: electronic sell-through, download to own or rent. */
    TVOD("TVOD"),
    /** Subscription video on demand. */
    SVOD("SVOD"),
    /** Advertising-funded video on demand. */
    AVOD("AVOD"),
    /** Free video on demand. */
    FVOD("FVOD");

    private final String label;

    RightType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether institutions can license this right through the portal. */
    public boolean isLicensableThroughPortal() {
        return this == EDUCATIONAL || this == NON_THEATRICAL;
    }
}

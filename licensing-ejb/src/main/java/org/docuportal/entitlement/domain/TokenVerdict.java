package org.docuportal.entitlement.domain;

/** What a playback token allows. */
public enum TokenVerdict {
    /** Signed by the portal for this title and not expired. */
    VALID,
    /** Missing, malformed, tampered with, or signed for another title: 403. */
    FORBIDDEN,
    /** Signed by the portal for this title, but past its expiry: 410, the player asks for a new one. */
    EXPIRED
}

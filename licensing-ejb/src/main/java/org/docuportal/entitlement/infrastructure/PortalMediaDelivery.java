package org.docuportal.entitlement.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal serves the media folder itself, under {@code /api/media/}: the default, which
 * needs nothing but the portal. Playlists and keys are checked against the token; segments are
 * served to anyone, since they are encrypted.
 */
@ApplicationScoped
public class PortalMediaDelivery extends HmacTokenDelivery {

    public static final String ID = "portal";
    /** Where the portal's media resource answers, relative to the portal's root. */
    public static final String PATH = "/api/media/";

    @Override
    public String id() {
        return ID;
    }

    @Override
    String playlistUrl(String titleSlug) {
        return PATH + titleSlug + "/master.m3u8";
    }
}

package org.docuportal.entitlement.infrastructure;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.docuportal.entitlement.domain.MediaDelivery;
import org.docuportal.entitlement.domain.PlaybackAccess;
import org.docuportal.entitlement.domain.TokenVerdict;

/**
 * The portal serves the media folder itself, under {@code /api/media/}: the default, which
 * needs nothing but the portal. Playlists and keys are checked against the token; segments are
 * served to anyone, since they are encrypted.
 */
@ApplicationScoped
public class PortalMediaDelivery implements MediaDelivery {

    public static final String ID = "portal";
    /** Where the portal's media resource answers, relative to the portal's root. */
    public static final String PATH = "/api/media/";

    @Inject
    private StreamingSettings settings;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public PlaybackAccess grant(String titleSlug, String entitlement, Instant expiresAt) {
        return new PlaybackAccess(PATH + titleSlug + "/master.m3u8", settings.tokens().sign(titleSlug, entitlement, expiresAt),
                expiresAt);
    }

    @Override
    public TokenVerdict check(String token, String titleSlug, Instant now) {
        return settings.tokens().check(token, titleSlug, now);
    }
}

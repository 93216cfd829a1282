package org.docuportal.entitlement.infrastructure;

import java.time.Instant;

import jakarta.inject.Inject;

import org.docuportal.entitlement.domain.MediaDelivery;
import org.docuportal.entitlement.domain.PlaybackAccess;
import org.docuportal.entitlement.domain.TokenVerdict;

/**
 * A delivery that grants access with the portal's HMAC playback tokens; the built-in ones differ
 * only in where the title's master playlist is served from.
 */
abstract class HmacTokenDelivery implements MediaDelivery {

    @Inject
    StreamingSettings settings;

    /** The address of the title's master playlist. */
    abstract String playlistUrl(String titleSlug);

    @Override
    public PlaybackAccess grant(String titleSlug, String entitlement, Instant expiresAt) {
        return new PlaybackAccess(playlistUrl(titleSlug), settings.tokens().sign(titleSlug, entitlement, expiresAt), expiresAt);
    }

    @Override
    public TokenVerdict check(String token, String titleSlug, Instant now) {
        return settings.tokens().check(token, titleSlug, now);
    }
}

package org.docuportal.entitlement.infrastructure;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.docuportal.entitlement.domain.MediaDelivery;
import org.docuportal.entitlement.domain.PlaybackAccess;
import org.docuportal.entitlement.domain.TokenVerdict;
import org.docuportal.shared.config.Setting;

/**
 * An edge in front of a copy of the media folder (nginx with {@code deploy/nginx}, or any server
 * that checks the same tokens) serves the title: the portal only signs tokens and is off the
 * video's path. The edge needs the same secret, so this delivery refuses to grant access with
 * the random per-start secret.
 */
@ApplicationScoped
public class EdgeMediaDelivery implements MediaDelivery {

    public static final String ID = "edge";

    @Inject
    private StreamingSettings settings;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public PlaybackAccess grant(String titleSlug, String entitlement, Instant expiresAt) {
        String edge = Setting.MEDIA_EDGE_URL.value()
                .orElseThrow(() -> new IllegalStateException("portal.media.delivery=edge needs portal.media.edge-url"));
        if (!settings.isSecretConfigured()) {
            throw new IllegalStateException("portal.media.delivery=edge needs portal.media.token-secret, shared with the edge");
        }
        String base = edge.endsWith("/") ? edge : edge + "/";
        return new PlaybackAccess(base + titleSlug + "/master.m3u8", settings.tokens().sign(titleSlug, entitlement, expiresAt),
                expiresAt);
    }

    @Override
    public TokenVerdict check(String token, String titleSlug, Instant now) {
        return settings.tokens().check(token, titleSlug, now);
    }
}

package org.docuportal.entitlement.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;

import org.docuportal.shared.config.Setting;

/**
 * An edge in front of a copy of the media folder (nginx with {@code deploy/nginx}, or any server
 * that checks the same tokens) serves the title: the portal only signs tokens and is off the
 * video's path. The edge needs the same secret, so this delivery refuses to grant access with
 * the random per-start secret.
 */
@ApplicationScoped
public class EdgeMediaDelivery extends HmacTokenDelivery {

    public static final String ID = "edge";

    @Override
    public String id() {
        return ID;
    }

    @Override
    String playlistUrl(String titleSlug) {
        String edge = Setting.MEDIA_EDGE_URL.value()
                .orElseThrow(() -> new IllegalStateException("portal.media.delivery=edge needs portal.media.edge-url"));
        if (!settings.isSecretConfigured()) {
            throw new IllegalStateException("portal.media.delivery=edge needs portal.media.token-secret, shared with the edge");
        }
        return (edge.endsWith("/") ? edge : edge + "/") + titleSlug + "/master.m3u8";
    }
}

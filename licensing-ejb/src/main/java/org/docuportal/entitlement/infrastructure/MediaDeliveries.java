package org.docuportal.entitlement.infrastructure;

import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.docuportal.entitlement.domain.MediaDelivery;
import org.docuportal.shared.config.Setting;

/** Picks the media delivery named by {@code portal.media.delivery} among those CDI finds, plugins included. */
@ApplicationScoped
public class MediaDeliveries {

    @Inject
    @Any
    private Instance<MediaDelivery> deliveries;

    private MediaDelivery active;
    private MediaDelivery portal;

    /** Chosen once at start, not on every heartbeat and key request: the setting is read at start like the others. */
    @PostConstruct
    void choose() {
        String wanted = Setting.MEDIA_DELIVERY.valueOr(PortalMediaDelivery.ID);
        active = byId(wanted);
        portal = byId(PortalMediaDelivery.ID);
    }

    /** The configured delivery. */
    public MediaDelivery active() {
        return active;
    }

    /** The portal's own delivery, which checks tokens on the media the portal serves itself. */
    public MediaDelivery portal() {
        return portal;
    }

    private MediaDelivery byId(String id) {
        return deliveries.stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no media delivery '" + id + "'; found "
                        + deliveries.stream().map(MediaDelivery::id).sorted().collect(Collectors.joining(", "))));
    }
}

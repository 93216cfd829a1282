package org.docuportal.entitlement.infrastructure;

import java.util.stream.Collectors;

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

    /** The configured delivery. */
    public MediaDelivery active() {
        String wanted = Setting.MEDIA_DELIVERY.valueOr(PortalMediaDelivery.ID);
        return deliveries.stream().filter(d -> d.id().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no media delivery '" + wanted + "'; found "
                        + deliveries.stream().map(MediaDelivery::id).sorted().collect(Collectors.joining(", "))));
    }

    /** The portal's own delivery, which checks tokens on the media the portal serves itself. */
    public MediaDelivery portal() {
        return deliveries.stream().filter(d -> d.id().equals(PortalMediaDelivery.ID)).findFirst().orElseThrow();
    }
}

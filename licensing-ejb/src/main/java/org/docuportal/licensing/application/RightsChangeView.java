package org.docuportal.licensing.application;

import java.io.Serializable;
import java.time.Instant;

import org.docuportal.catalog.domain.RightsChange;
import org.docuportal.catalog.domain.RightsChangeAction;

/** One entry of a title's rights history: who, when, what (before and after in words) and why. */
public record RightsChangeView(long id, long windowId, RightsChangeAction action, String before, String after,
                               String reason, String changedBy, Instant changedAt) implements Serializable {

    public static RightsChangeView of(RightsChange change) {
        return new RightsChangeView(change.id(), change.windowId(), change.action(), change.before(), change.after(),
                change.reason(), change.changedBy(), change.changedAt());
    }
}

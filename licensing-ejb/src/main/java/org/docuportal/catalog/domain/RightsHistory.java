package org.docuportal.catalog.domain;

import java.time.Instant;
import java.util.List;

/**
 * The append-only history of rights changes: entries are added and read, never changed nor
 * removed. Implementations join the caller's transaction.
 */
public interface RightsHistory {

    /**
     * Records a change of the window; a window added in this transaction is saved first, so that
     * the entry can name it by id.
     */
    RightsChange record(RightsWindow window, RightsChangeAction action, WindowTerms before, WindowTerms after,
                        String reason, String changedBy, Instant changedAt);

    /** The title's changes, newest first. */
    List<RightsChange> of(Title title);
}

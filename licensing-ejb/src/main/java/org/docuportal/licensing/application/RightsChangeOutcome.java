package org.docuportal.licensing.application;

import java.io.Serializable;
import java.util.List;

/**
 * What a rights change did, or would do on a dry run.
 *
 * @param window the window after the change; null when it was withdrawn
 * @param change the history entry; null on a dry run, which records nothing
 * @param affectedLicenses the running licenses the change leaves outside the rights (flagged, unless a dry run)
 */
public record RightsChangeOutcome(boolean dryRun, RightsWindowView window, RightsChangeView change,
                                  List<AffectedLicenseView> affectedLicenses) implements Serializable {
}

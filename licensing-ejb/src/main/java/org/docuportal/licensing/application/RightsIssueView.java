package org.docuportal.licensing.application;

import java.io.Serializable;
import java.time.Instant;

import org.docuportal.catalog.domain.RightsChangeAction;

/**
 * A license flagged for the distributor by a rights change.
 *
 * @param stillOutside whether today's windows still leave the license outside the rights (a later
 *                     change may have covered it again)
 */
public record RightsIssueView(AffectedLicenseView license, long changeId, RightsChangeAction action, String reason,
                              String changedBy, Instant flaggedAt, boolean stillOutside) implements Serializable {
}

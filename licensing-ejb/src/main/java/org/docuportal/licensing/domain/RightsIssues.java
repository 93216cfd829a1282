package org.docuportal.licensing.domain;

import java.time.LocalDate;
import java.util.List;

import org.docuportal.catalog.domain.Title;

/**
 * Licenses as a rights change touches them: those still running, and the flags left for the
 * distributor. Implementations join the caller's transaction.
 */
public interface RightsIssues {

    /** The title's licenses that are neither revoked nor expired and whose last day is today or later. */
    List<License> runningLicensesOf(Title title, LocalDate today);

    void add(LicenseRightsIssue issue);

    /** The flags on the title's licenses, newest first. */
    List<LicenseRightsIssue> of(Title title);
}

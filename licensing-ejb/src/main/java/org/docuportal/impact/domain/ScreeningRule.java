package org.docuportal.impact.domain;

import java.time.LocalDate;

import org.docuportal.licensing.domain.License;
import org.docuportal.licensing.domain.LicenseStatus;

/**
 * Which licenses let an institution's members open a survey for a screening: an active license of
 * the film, held by a verified institution, not over today, whose term contains the screening day.
 * Any kind of license does (classroom streaming, a public screening, a study-guide pack), since a
 * survey is about an audience watching the film, and each of them allows that audience on its term.
 * The same question the study guides ask ({@code GuideAccessRule}), narrowed to the screening day.
 */
public final class ScreeningRule {

    private ScreeningRule() {
    }

    /** Whether the license allows a survey of a screening on {@code screeningDay}, asked on {@code today}. */
    public static boolean allowsSurvey(License license, LocalDate screeningDay, LocalDate today) {
        return license.status() == LicenseStatus.ACTIVE
                && license.institution().isVerified()
                && !today.isAfter(license.term().end())
                && !screeningDay.isBefore(license.term().start())
                && !screeningDay.isAfter(license.term().end());
    }

    /** Whether the license allows a survey on some day of its term, asked on {@code today}. */
    public static boolean allowsSomeSurvey(License license, LocalDate today) {
        LocalDate start = license.term().start();
        return allowsSurvey(license, today.isAfter(start) ? today : start, today);
    }
}

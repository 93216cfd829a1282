package org.docuportal.curriculum.domain;

import java.time.LocalDate;

import org.docuportal.licensing.domain.License;
import org.docuportal.licensing.domain.LicenseStatus;

/**
 * Which licenses open a title's study guides to their institution's members.
 *
 * <p>Any license of the title does (classroom streaming, a public screening, a study-guide pack),
 * while it is active, its institution is verified, and its last day has not passed. The guides open
 * from the day the license is issued, before its term starts, because teachers and training
 * officers prepare a course or a screening with the guide in hand: a screening license, whose term
 * is the screening day, would otherwise open the guide only on the day it is needed least.
 */
public final class GuideAccessRule {

    private GuideAccessRule() {
    }

    /** Whether the license opens its title's guides on that day (the licensing calendar's UTC date). */
    public static boolean opensGuidesOn(License license, LocalDate day) {
        return license.status() == LicenseStatus.ACTIVE
                && license.institution().isVerified()
                && !day.isAfter(license.term().end());
    }
}

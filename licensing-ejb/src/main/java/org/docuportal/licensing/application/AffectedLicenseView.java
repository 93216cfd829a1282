package org.docuportal.licensing.application;

import java.io.Serializable;
import java.time.LocalDate;

import org.docuportal.catalog.domain.RightType;
import org.docuportal.licensing.domain.License;

/** A license that a rights change leaves (or would leave) outside the rights. */
public record AffectedLicenseView(long licenseId, String reference, String institution, String country,
                                  RightType rightType, LocalDate start, LocalDate end) implements Serializable {

    public static AffectedLicenseView of(License license) {
        return new AffectedLicenseView(license.id(), license.reference(), license.institution().name(),
                license.institution().country().code(), license.rightType(), license.term().start(), license.term().end());
    }
}

package org.docuportal.curriculum;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Who a downloaded copy of a guide is licensed to, as {@link GuideStamper} prints it on every
 * page: the institution, the person who downloaded it (name or email), the day, and the license.
 * A copy that turns up elsewhere says where it came from.
 *
 * @param institution the licensee institution's name, in any script
 * @param user the downloading member's name or email
 * @param date the day of the download
 * @param licenseReference the license's reference, as on its certificate
 */
public record GuideStamp(String institution, String user, LocalDate date, String licenseReference) {

    public GuideStamp {
        institution = required(institution, "institution");
        user = required(user, "user");
        Objects.requireNonNull(date, "date");
        licenseReference = required(licenseReference, "licenseReference");
    }

    private static String required(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
        return value.strip();
    }
}

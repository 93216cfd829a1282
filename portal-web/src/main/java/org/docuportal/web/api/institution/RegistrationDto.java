package org.docuportal.web.api.institution;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A registration: the institution and its first administrator. {@code type} is one of
 * K12_SCHOOL, HIGHER_EDUCATION, LIBRARY, NONPROFIT_EDUCATION, MILITARY_TRAINING,
 * GOVERNMENT_TRAINING; {@code sizeBand} one of UP_TO_500, FROM_501_TO_2000,
 * FROM_2001_TO_10000, OVER_10000; {@code country} an ISO 3166-1 alpha-2 code.
 */
public record RegistrationDto(@Schema(required = true, maxLength = 300) String name,
                              @Schema(required = true, enumeration = {"K12_SCHOOL", "HIGHER_EDUCATION", "LIBRARY", "NONPROFIT_EDUCATION",
                                      "MILITARY_TRAINING", "GOVERNMENT_TRAINING"}) String type,
                              @Schema(required = true, pattern = "^[A-Za-z]{2}$", example = "KR") String country,
                              @Schema(required = true, maxLength = 1000) String address,
                              @Schema(format = "uri", maxLength = 500, example = "https://school.example") String website,
                              @Schema(maxLength = 100) String registryId,
                              @Schema(maxLength = 253, example = "[\"school.example\"]") List<String> emailDomains,
                              @Schema(maxLength = 50, example = "[\"192.0.2.0/24\"]") List<String> ipRanges,
                              @Schema(required = true, enumeration = {"UP_TO_500", "FROM_501_TO_2000", "FROM_2001_TO_10000", "OVER_10000"})
                              String sizeBand,
                              @Schema(required = true, maxLength = 200) String adminName,
                              @Schema(required = true, format = "email", maxLength = 254) String adminEmail,
                              @Schema(required = true, format = "password", minLength = 12, maxLength = 128) String adminPassword) {
}

package org.docuportal.web.api.institution;

import java.util.List;

/**
 * A registration: the institution and its first administrator. {@code type} is one of
 * K12_SCHOOL, HIGHER_EDUCATION, LIBRARY, NONPROFIT_EDUCATION, MILITARY_TRAINING,
 * GOVERNMENT_TRAINING; {@code sizeBand} one of UP_TO_500, FROM_501_TO_2000,
 * FROM_2001_TO_10000, OVER_10000; {@code country} an ISO 3166-1 alpha-2 code.
 */
public record RegistrationDto(String name, String type, String country, String address, String website,
                              String registryId, List<String> emailDomains, List<String> ipRanges, String sizeBand,
                              String adminName, String adminEmail, String adminPassword) {
}

package org.docuportal.institution.application;

import java.util.Set;

/**
 * What a new institution tells the portal about itself, and its first administrator's account.
 * Values arrive as typed by a person; {@link RegistrationService} checks every one.
 */
public record Registration(String name, String type, String country, String address, String website,
                           String registryId, Set<String> emailDomains, Set<String> ipRanges, String sizeBand,
                           String adminName, String adminEmail, String adminPassword) {
}

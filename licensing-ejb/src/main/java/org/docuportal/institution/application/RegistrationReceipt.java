package org.docuportal.institution.application;

/**
 * What a registration answers: only what the caller typed. It is the same whether or not the
 * administrator's address had an account, which only the mail to that address says.
 *
 * @param institutionName the institution's name as registered
 * @param adminEmail the administrator's address, normalized, to which the mail went
 */
public record RegistrationReceipt(String institutionName, String adminEmail) {
}

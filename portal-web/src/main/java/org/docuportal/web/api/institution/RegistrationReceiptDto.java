package org.docuportal.web.api.institution;

/**
 * The answer to a registration: the same whether or not the administrator's address had an
 * account; the mail to that address says which (and carries the next step).
 */
public record RegistrationReceiptDto(String name, String adminEmail, String detail) {
}

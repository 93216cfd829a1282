package org.docuportal.account.application;

/** The caller's choices of non-essential mail; both on until turned off. */
public record MailPreferencesView(boolean news, boolean reminders) {
}

package org.docuportal.shared.mail;

/**
 * Whether a recipient may turn a kind of mail off. Essential mail is what someone must act on or
 * would be harmed not to know (confirmation links, invitations, approvals asked of an
 * administrator, payment instructions, declines, revocations); the rest is news and reminders,
 * which a member can turn off on the account page or through {@code /api/me/mail-preferences}.
 */
public enum MailCategory {
    /** Always sent. */
    ESSENTIAL,
    /** Status news: a quote made, a license issued (to a copy recipient), started or expired. */
    NEWS,
    /** Reminders ahead of a date: a license ending soon. */
    REMINDER
}

package org.docuportal.shared.mail;

/**
 * Who turned which kind of mail off. A port: the accounts context, which owns the preferences,
 * implements it, so that mail (below every context) need not know accounts.
 */
public interface MailOptOuts {

    /** Whether the account with that address asked not to get mail of that category; false for an unknown address. */
    boolean optedOut(String address, MailCategory category);
}

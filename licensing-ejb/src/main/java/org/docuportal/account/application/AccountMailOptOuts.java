package org.docuportal.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.docuportal.account.domain.AccountRepository;
import org.docuportal.shared.mail.MailCategory;
import org.docuportal.shared.mail.MailOptOuts;

/**
 * Answers the mail composer from the accounts' stored choices, in the caller's transaction. No
 * security role: the license round asks it from a timer. Addresses without an account (screener
 * requesters) have no choices and get their mail.
 */
@ApplicationScoped
public class AccountMailOptOuts implements MailOptOuts {

    @Inject
    private AccountRepository accounts;

    @Override
    public boolean optedOut(String address, MailCategory category) {
        return switch (category) {
            case ESSENTIAL -> false;
            case NEWS -> accounts.mailPreferenceOf(address).map(p -> !p.news()).orElse(false);
            case REMINDER -> accounts.mailPreferenceOf(address).map(p -> !p.reminders()).orElse(false);
        };
    }
}

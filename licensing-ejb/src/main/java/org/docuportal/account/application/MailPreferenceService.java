package org.docuportal.account.application;

import java.time.Clock;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Account;
import org.docuportal.account.domain.AccountRepository;
import org.docuportal.account.domain.MailPreference;
import org.docuportal.account.domain.Role;
import org.docuportal.shared.application.NotFoundException;

/**
 * A signed-in person's own mail choices: news and reminders can be turned off; essential mail
 * (confirmation links, invitations, approvals asked of them, payment instructions, declines) cannot.
 */
@Stateless
@RolesAllowed({Role.Names.TEACHER, Role.Names.TRAINING_OFFICER, Role.Names.INSTITUTION_ADMIN,
        Role.Names.REVIEWER, Role.Names.PLATFORM_ADMIN, Role.Names.CURRICULUM_EDITOR})
public class MailPreferenceService {

    @Inject
    private AccountRepository accounts;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    public MailPreferencesView mine() {
        return accounts.mailPreferenceOf(caller().id()).map(MailPreferenceService::view)
                .orElse(new MailPreferencesView(true, true));
    }

    /** Changes the choices given; a null one stays as it is. */
    public MailPreferencesView change(Boolean news, Boolean reminders) {
        Account me = caller();
        MailPreference preference = accounts.mailPreferenceForUpdate(me, clock.instant());
        preference.change(news == null ? preference.news() : news, reminders == null ? preference.reminders() : reminders,
                clock.instant());
        return view(preference);
    }

    private Account caller() {
        String email = session.getCallerPrincipal().getName();
        return accounts.findByEmail(email).orElseThrow(() -> new NotFoundException("No account for " + email + "."));
    }

    private static MailPreferencesView view(MailPreference p) {
        return new MailPreferencesView(p.news(), p.reminders());
    }
}

package org.docuportal.licensing.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Role;
import org.docuportal.institution.domain.InstitutionRepository;
import org.docuportal.licensing.domain.License;
import org.docuportal.licensing.domain.LicensingRepository;
import org.docuportal.shared.domain.Pseudonym;
import org.docuportal.shared.mail.Mail;
import org.docuportal.shared.mail.MailOutbox;

/**
 * The hourly round of licenses: expires those whose term is over, and reminds institutions
 * {@value License#RENEWAL_NOTICE_DAYS} days before a license ends. Timers are not persistent:
 * a round missed while the portal was down is simply done at the next one, since both steps
 * look at dates, not at events.
 */
@Singleton
public class LicenseCalendar {

    private static final Logger LOG = Logger.getLogger(LicenseCalendar.class.getName());

    @Inject
    private LicensingRepository licensing;

    @Inject
    private InstitutionRepository institutions;

    @Inject
    private MailOutbox mail;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "7", persistent = false)
    public void hourlyRound() {
        LocalDate today = LocalDate.now(clock);
        int expired = 0;
        for (License license : licensing.activeEndingBy(today.minusDays(1))) {
            if (license.expireIfOver(today)) {
                expired++;
            }
        }
        int reminded = 0;
        for (License license : licensing.activeEndingBy(today.plusDays(License.RENEWAL_NOTICE_DAYS))) {
            if (license.takeRenewalReminder(today, clock.instant())) {
                remind(license);
                reminded++;
            }
        }
        if (expired + reminded > 0) {
            int e = expired;
            int r = reminded;
            LOG.info(() -> "License round: " + e + " expired, " + r + " renewal reminders");
        }
    }

    private void remind(License license) {
        String subject = "Your license for " + license.title().title() + " ends on " + license.term().end();
        String body = "The license of " + license.institution().name() + " for " + license.title().title() + " ("
                + license.kind().name().toLowerCase().replace('_', ' ') + ") ends on " + license.term().end()
                + ".\nTo keep using the film after that day, ask for a new quote on the film's page.\n";
        institutions.membersOf(license.institution()).stream()
                .filter(m -> m.isActive() && m.role() == Role.INSTITUTION_ADMIN)
                .forEach(m -> mail.queue(new Mail(m.account().email(), subject, body)));
        String buyer = license.order().orderedBy();
        // A buyer whose account was deleted is a pseudonym now: there is nobody to mail.
        if (Pseudonym.isPerson(buyer) && institutions.membersOf(license.institution()).stream().noneMatch(m -> m.account().email().equals(buyer)
                && m.role() == Role.INSTITUTION_ADMIN)) {
            mail.queue(new Mail(buyer, subject, body));
        }
    }
}

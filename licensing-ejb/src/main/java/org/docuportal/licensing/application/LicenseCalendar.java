package org.docuportal.licensing.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.docuportal.licensing.domain.License;
import org.docuportal.licensing.domain.LicensingRepository;

/**
 * The hourly round of licenses: expires those whose term is over, tells institutions when a license
 * bought ahead starts, and reminds them {@value License#RENEWAL_NOTICE_DAYS} days before a license
 * ends. Each mail goes once: the expiry is marked by the status change, the others by a sent-at
 * column the same transaction writes ({@link License#takeStartNotice}, {@link License#takeRenewalReminder}),
 * and the mail is queued in the outbox in that transaction too ({@link org.docuportal.shared.mail.MailOutbox}):
 * the mark and the mail commit together or not at all.
 *
 * <p>{@link LicensingSchedule} runs the round hourly on one server of the cluster. Should two servers
 * ever run it at once (a round that outlasted its lease), the license's version check makes the
 * second commit fail and roll back, marks and mails together, so nobody is told twice.
 */
@Stateless
public class LicenseCalendar {

    private static final Logger LOG = Logger.getLogger(LicenseCalendar.class.getName());

    @Inject
    private LicensingRepository licensing;

    @Inject
    private LicenseNotifications notifications;

    @Inject
    private Clock clock;

    public void hourlyRound() {
        LocalDate today = LocalDate.now(clock);
        int expired = 0;
        for (License license : licensing.activeEndingBy(today.minusDays(1))) {
            if (license.expireIfOver(today)) {
                notifications.expired(license);
                expired++;
            }
        }
        int started = 0;
        for (License license : licensing.activeStartingBetween(today.minusDays(1), today)) {
            if (license.takeStartNotice(today, clock.getZone(), clock.instant())) {
                notifications.starting(license);
                started++;
            }
        }
        int reminded = 0;
        for (License license : licensing.activeEndingBy(today.plusDays(License.RENEWAL_NOTICE_DAYS))) {
            if (license.takeRenewalReminder(today, clock.instant())) {
                notifications.ending(license);
                reminded++;
            }
        }
        if (expired + started + reminded > 0) {
            int e = expired;
            int s = started;
            int r = reminded;
            LOG.info(() -> "License round: " + e + " expired, " + s + " started, " + r + " renewal reminders");
        }
    }
}

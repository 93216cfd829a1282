package org.docuportal.licensing.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import org.docuportal.licensing.domain.License;
import org.docuportal.licensing.domain.LicensingRepository;

/**
 * The hourly round of licenses: expires those whose term is over, tells institutions when a license
 * bought ahead starts, and reminds them {@value License#RENEWAL_NOTICE_DAYS} days before a license
 * ends. Each mail goes once: the expiry is marked by the status change, the others by a sent-at
 * column the same transaction writes ({@link License#takeStartNotice}, {@link License#takeRenewalReminder}).
 * Timers are not persistent: a round missed while the portal was down is simply done at the next
 * one, since every step looks at dates, not at events.
 */
@Singleton
public class LicenseCalendar {

    private static final Logger LOG = Logger.getLogger(LicenseCalendar.class.getName());

    @Inject
    private LicensingRepository licensing;

    @Inject
    private LicenseNotifications notifications;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "7", persistent = false)
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

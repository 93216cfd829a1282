package org.docuportal.licensing.application;

import java.time.Duration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Role;
import org.docuportal.shared.application.ConflictException;
import org.docuportal.shared.jobs.JobLeases;

/**
 * The hourly license round ({@link LicenseCalendar}), run now at a platform administrator's request:
 * after the portal was down across several rounds, or to see today's reminders go out without waiting
 * for the next hour. It takes the round's lease like the timers do ({@link JobLeases#tryRunNow}), so it
 * never runs beside a round in progress on another server, and the timers of every server skip while
 * it runs; a lease that a finished round still holds does not stand in its way, since the round marks
 * each license it has mailed about and does nothing twice.
 */
@Stateless
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LicenseRoundOnDemand {

    /** Longer than a round takes; short, so that the next hourly timer is not kept from its round. */
    static final Duration LEASE = Duration.ofMinutes(2);

    @Inject
    private JobLeases leases;

    @Inject
    private LicenseCalendar calendar;

    /**
     * Runs the round on this server now.
     *
     * @return this server's name, which ran it
     * @throws ConflictException while a round is in progress on some server
     */
    public String runNow() {
        if (!leases.tryRunNow(LicensingSchedule.LICENSE_ROUND, LEASE, calendar::hourlyRound)) {
            throw new ConflictException("The license round is running on another server right now; it does every"
                    + " license's mail once, so there is nothing to run again.");
        }
        return leases.serverId();
    }
}

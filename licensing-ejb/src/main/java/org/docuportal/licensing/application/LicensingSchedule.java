package org.docuportal.licensing.application;

import java.time.Duration;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.docuportal.shared.jobs.JobLeases;

/**
 * When the licensing rounds run, and that each runs on one server of the cluster: every server has
 * these timers, and the one that wins the round's lease runs it ({@link JobLeases}). The rounds
 * themselves are {@link LicenseCalendar} and {@link PaymentRequestRound}, which tests call directly.
 *
 * <p>Timers are not persistent: a round missed while the portal was down is made up by the next
 * one, since both look at dates and due times, not at events.
 */
@Singleton
// No state to guard: a payment round slowed by the provider must not hold the license round back.
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LicensingSchedule {

    static final String LICENSE_ROUND = "license-round";
    static final String PAYMENT_REQUEST_ROUND = "payment-request-round";

    /** Shorter than the hour between rounds, longer than a round takes. */
    static final Duration LICENSE_ROUND_LEASE = Duration.ofMinutes(50);

    /**
     * Shorter than the minute between rounds. A round slowed by the payment provider may outlast it and
     * meet the next one on another server; each order's attempt is claimed on its own, so neither calls
     * the provider twice for it.
     */
    static final Duration PAYMENT_REQUEST_ROUND_LEASE = Duration.ofSeconds(50);

    @Inject
    private JobLeases leases;

    @Inject
    private LicenseCalendar calendar;

    @Inject
    private PaymentRequestRound paymentRequests;

    @Schedule(hour = "*", minute = "7", persistent = false)
    public void licenseRound() {
        leases.tryRun(LICENSE_ROUND, LICENSE_ROUND_LEASE, calendar::hourlyRound);
    }

    @Schedule(hour = "*", minute = "*", persistent = false)
    public void paymentRequestRound() {
        leases.tryRun(PAYMENT_REQUEST_ROUND, PAYMENT_REQUEST_ROUND_LEASE, paymentRequests::retryDue);
    }
}

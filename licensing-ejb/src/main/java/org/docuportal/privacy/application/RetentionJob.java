package org.docuportal.privacy.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Role;
import org.docuportal.privacy.domain.RetentionPeriod;
import org.docuportal.shared.config.Setting;
import org.docuportal.shared.jobs.JobLeases;

/**
 * The daily pseudonymization of identities in old usage records, and the same pass on demand; the
 * pass also deletes sent mail past its retention from the outbox ({@link SentMailRetention}).
 *
 * <p>Every server has the timer, but a pass runs on one of them a day: the one that wins the pass's
 * lease ({@link JobLeases}); the others do nothing. The timer is not persistent: a day missed while
 * the portal was down is made up by the next pass, which looks at dates, not events.
 *
 * <p>A platform administrator can run the pass at once (after lowering the retention, say) through
 * {@link #runNow()}; it uses the configured retention too, so nobody can forget identities sooner
 * than the distributor's setting says, nor keep them longer.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    static final String LEASE = "privacy-retention";

    /** How long after one server's pass another may claim the next: less than a day, so a late timer still runs. */
    private static final Duration CLAIM_GAP = Duration.ofHours(20);

    @Inject
    private JobLeases leases;

    @Inject
    private UsageIdentityRetention retention;

    @Inject
    private SentMailRetention sentMail;

    @Inject
    private Clock clock;

    @Schedule(hour = "3", minute = "17", persistent = false)
    public void daily() {
        leases.tryRun(LEASE, CLAIM_GAP, () -> {
            RetentionRun run = run(clock.instant());
            if (!run.changedNothing()) {
                LOG.info(() -> "Usage identities before " + run.firstKeptMonth() + " pseudonymized: " + run);
            }
        });
    }

    /** Sent mail past its retention, deleted on the same daily claim and on demand; returns how many. */
    private int deleteSentMail(Instant now) {
        int total = 0;
        int batch;
        do {
            batch = sentMail.batch(now);
            total += batch;
        } while (batch > 0);
        return total;
    }

    /** Runs the pass now with the configured retention; returns what it changed. */
    @RolesAllowed(Role.Names.PLATFORM_ADMIN)
    public RetentionRun runNow() {
        return run(clock.instant());
    }

    static RetentionPeriod configuredPeriod() {
        return new RetentionPeriod(Math.max(0, Setting.PRIVACY_USAGE_IDENTITY_RETENTION_MONTHS.intValueOr(RetentionPeriod.DEFAULT_MONTHS)));
    }

    private RetentionRun run(Instant now) {
        int mails = deleteSentMail(now);
        if (mails > 0) {
            LOG.info(() -> mails + " sent mails deleted from the outbox");
        }
        RetentionRun total = new RetentionRun(configuredPeriod().firstKeptMonth(now), 0, 0, 0);
        RetentionRun batch;
        do {
            batch = retention.batch(total.firstKeptMonth(), now);
            total = total.plus(batch);
        } while (!batch.changedNothing());
        return total;
    }
}

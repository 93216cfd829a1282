package org.docuportal.shared.jobs;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Runs a scheduled round on one server of the cluster: every server's timer calls
 * {@link #tryRun}, the first to claim the round's lease runs it, the others skip. The lease lasts
 * {@code leaseDuration} from the claim and is kept after the round ends, so a round runs at most
 * once per lease: choose it shorter than the timer's period and longer than a round takes. A round
 * that fails gives its lease up at once, so the next timer of any server tries again; a server that
 * dies in a round leaves a lease that runs out, and the next timer after that takes the round over.
 *
 * <p>Why a lease in the database rather than Payara's clustered singleton ({@code @Clustered} with
 * {@code @Singleton}, which keeps one instance in the data grid): the lease works the same on one
 * server with H2 and on several with PostgreSQL, needs no Hazelcast (the servers are started with
 * {@code --nohazelcast} in tests and on a single machine), and its state is a row that operators and
 * tests read. A clustered singleton decides by grid membership, so a network split that leaves two
 * grids would run the round twice, and its timers are still per server unless persistent timers in
 * a shared store are configured as well. The lease costs one small update per timer per server.
 *
 * <p>Servers compare lease times with their own clocks: a skew of seconds (NTP keeps it below that)
 * against leases of tens of seconds to hours does not matter. The rounds are idempotent per period
 * anyway (each marks what it did in the rows it changes), so a round that outlasts its lease and
 * meets a second one does no harm twice.
 */
@Stateless
// The claim commits before the round starts, and the round opens its own transactions.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobLeases {

    private static final Logger LOG = Logger.getLogger(JobLeases.class.getName());

    @Inject
    private JobLeaseLedger ledger;

    @Inject
    private ServerIdentity server;

    /**
     * Runs the round here if this server wins its lease.
     *
     * @return whether the round ran here (to its end or not); false when another server holds the lease
     */
    public boolean tryRun(String name, Duration leaseDuration, Runnable round) {
        Optional<JobLeaseLedger.Claim> claim;
        try {
            claim = claim(name, leaseDuration);
        } catch (RuntimeException e) {
            // The database is unreachable, say: nobody can run the round now, and the next timer tries again.
            LOG.log(Level.WARNING, "Round '" + name + "' not claimed on " + server.id() + ": " + e.getMessage());
            return false;
        }
        if (claim.isEmpty()) {
            return false;
        }
        try {
            round.run();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Round '" + name + "' failed on " + server.id() + "; the next timer of any server tries again", e);
            ledger.released(claim.get());
            return true;
        }
        ledger.finished(claim.get());
        return true;
    }

    /**
     * Runs the round here now, at an operator's request, unless a round of that name is in progress on
     * some server. A lease that a finished round still holds does not stop it: that lease only keeps the
     * other servers' timers of the same period from running the round again, and rounds are idempotent
     * per period. The run takes the lease for {@code leaseDuration}, so timers that fire meanwhile skip.
     *
     * @return whether the round ran here; false when one is in progress elsewhere
     */
    public boolean tryRunNow(String name, Duration leaseDuration, Runnable round) {
        Optional<JobLeaseLedger.Claim> claim = ledger.claimUnlessRunning(name, server.id(), leaseDuration);
        if (claim.isEmpty()) {
            return false;
        }
        try {
            round.run();
        } catch (RuntimeException e) {
            ledger.released(claim.get());
            throw e;
        }
        ledger.finished(claim.get());
        return true;
    }

    /** Every round's lease, for operators. */
    public List<JobLeaseView> leases() {
        return ledger.all();
    }

    /** This server's name in the leases it holds. */
    public String serverId() {
        return server.id();
    }

    private Optional<JobLeaseLedger.Claim> claim(String name, Duration leaseDuration) {
        Optional<JobLeaseLedger.Claim> claim = ledger.claim(name, server.id(), leaseDuration);
        if (claim.isPresent() || ledger.exists(name)) {
            return claim;
        }
        try {
            ledger.add(name);
        } catch (RuntimeException addedElsewhere) {
            // Another server added the row at the same moment; the claim below decides between us.
            LOG.fine(() -> "lease row '" + name + "' added by another server");
        }
        return ledger.claim(name, server.id(), leaseDuration);
    }
}

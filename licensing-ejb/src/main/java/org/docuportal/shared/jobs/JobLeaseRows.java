package org.docuportal.shared.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * The {@code job_lease} table. Claiming is one conditional {@code UPDATE} that says whether it took
 * effect, so of several servers exactly one wins; recording the end names the claim it ends (holder
 * and claim time), so a server whose lease ran out and was taken over changes nothing of the new
 * holder's. Carries no transaction annotations: the caller owns the transaction.
 */
@ApplicationScoped
public class JobLeaseRows {

    /** The row that servers starting together lock to load demo data one after the other ({@link #lock}); never claimed. */
    public static final String DEMO_DATA_LOCK = "demo-data";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public Optional<JobLease> find(String name) {
        return Optional.ofNullable(em.find(JobLease.class, name));
    }

    /** Every round's lease, by name: what operators look at (the demo-data lock is no round). */
    public List<JobLease> all() {
        return em.createQuery("SELECT l FROM JobLease l WHERE l.name <> :lock ORDER BY l.name", JobLease.class)
                .setParameter("lock", DEMO_DATA_LOCK).getResultList();
    }

    /** Adds the row of a round that has none yet (a round newer than the migration that seeds them). */
    public void add(String name) {
        em.persist(new JobLease(name));
        em.flush();
    }

    /** Takes the lease for this server until the given time, unless another holds it; false when another was quicker. */
    public boolean claim(String name, String holder, Instant now, Instant until) {
        return em.createQuery("UPDATE JobLease l SET l.holder = :holder, l.claimedAt = :now, l.leaseUntil = :until"
                        + " WHERE l.name = :name AND (l.leaseUntil IS NULL OR l.leaseUntil < :now)")
                .setParameter("holder", holder).setParameter("now", now).setParameter("until", until)
                .setParameter("name", name).executeUpdate() == 1;
    }

    /**
     * Takes the lease for a run on demand: like {@link #claim}, and also where the last claim's round has
     * ended ({@code last_finished_at} at or after {@code claimed_at}) though its lease still holds, so only
     * a round in progress stands in the way. False when one is.
     */
    public boolean claimUnlessRunning(String name, String holder, Instant now, Instant until) {
        return em.createQuery("UPDATE JobLease l SET l.holder = :holder, l.claimedAt = :now, l.leaseUntil = :until"
                        + " WHERE l.name = :name AND (l.leaseUntil IS NULL OR l.leaseUntil < :now"
                        + " OR (l.lastFinishedAt IS NOT NULL AND l.lastFinishedAt >= l.claimedAt))")
                .setParameter("holder", holder).setParameter("now", now).setParameter("until", until)
                .setParameter("name", name).executeUpdate() == 1;
    }

    /**
     * Records that the round of this claim ran to its end. The lease is kept until it runs out, so that
     * the other servers' timers of the same period find it held and skip.
     */
    public boolean finished(String name, String holder, Instant claimedAt, Instant now) {
        return em.createQuery("UPDATE JobLease l SET l.lastFinishedAt = :now"
                        + " WHERE l.name = :name AND l.holder = :holder AND l.claimedAt = :claimedAt")
                .setParameter("now", now).setParameter("name", name).setParameter("holder", holder)
                .setParameter("claimedAt", claimedAt).executeUpdate() == 1;
    }

    /** Gives the lease of this claim up at once (the round failed), so that the next timer of any server tries again. */
    public boolean released(String name, String holder, Instant claimedAt, Instant now) {
        return em.createQuery("UPDATE JobLease l SET l.leaseUntil = :now"
                        + " WHERE l.name = :name AND l.holder = :holder AND l.claimedAt = :claimedAt AND l.leaseUntil > :now")
                .setParameter("now", now).setParameter("name", name).setParameter("holder", holder)
                .setParameter("claimedAt", claimedAt).executeUpdate() == 1;
    }

    /**
     * Locks the row until the caller's transaction ends: a second server asking for the same lock
     * waits until the first has committed, then sees what it did. For work done once at start-up.
     */
    public void lock(String name) {
        if (em.find(JobLease.class, name, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new IllegalStateException("No job_lease row '" + name + "': add it in a migration");
        }
    }
}

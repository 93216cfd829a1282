package org.docuportal.shared.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.docuportal.shared.persistence.MigratedSchema;

/**
 * One server of a lease test: its own connection and {@link JobLeaseRows}, one transaction per call
 * as the ledger's REQUIRES_NEW gives, and the lease length its timers claim for.
 */
final class LeaseServer implements AutoCloseable {

    final String id;
    final EntityManager em;
    final JobLeaseRows rows;
    private final Duration lease;

    LeaseServer(EntityManagerFactory emf, String id, Duration lease) {
        this.id = id;
        this.em = emf.createEntityManager();
        this.rows = MigratedSchema.inject(new JobLeaseRows(), "em", em);
        this.lease = lease;
    }

    boolean claim(String name, Instant now) {
        return inTransaction(() -> rows.claim(name, id, now, now.plus(lease)));
    }

    boolean finished(String name, Instant claimedAt, Instant now) {
        return inTransaction(() -> rows.finished(name, id, claimedAt, now));
    }

    boolean released(String name, Instant claimedAt, Instant now) {
        return inTransaction(() -> rows.released(name, id, claimedAt, now));
    }

    JobLease read(String name) {
        em.clear();
        return rows.find(name).orElseThrow();
    }

    <T> T inTransaction(Supplier<T> work) {
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
        }
    }

    @Override
    public void close() {
        em.close();
    }
}

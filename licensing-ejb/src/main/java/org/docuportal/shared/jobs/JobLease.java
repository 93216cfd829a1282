package org.docuportal.shared.jobs;

import java.time.Instant;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One scheduled round's lease: which server holds it, since when and until when, and when the round
 * last ran to its end. Changed only by the conditional updates of {@link JobLeaseRows}, never through
 * a loaded copy, so it stays out of the shared cache: another server's claim must be read from the row.
 */
@Entity
@Cacheable(false)
@Table(name = "job_lease")
public class JobLease {

    @Id
    @Column(name = "name", length = 64)
    private String name;

    @Column(name = "holder", length = 64)
    private String holder;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "last_finished_at")
    private Instant lastFinishedAt;

    protected JobLease() {
    }

    JobLease(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** The server that claimed it last (host/random id of that start), or null when never claimed. */
    public String holder() {
        return holder;
    }

    public Instant claimedAt() {
        return claimedAt;
    }

    public Instant leaseUntil() {
        return leaseUntil;
    }

    public Instant lastFinishedAt() {
        return lastFinishedAt;
    }

    /** Whether a server holds it at that moment (a round is running, or ran within its lease). */
    public boolean isHeldAt(Instant now) {
        return leaseUntil != null && !leaseUntil.isBefore(now);
    }
}

package org.docuportal.shared.jobs;

import java.time.Instant;

/** A round's lease as operators see it: who ran it last, whether that server holds it now, when it last ended. */
public record JobLeaseView(String name, String holder, Instant claimedAt, Instant leaseUntil, Instant lastFinishedAt,
                           boolean held) {

    static JobLeaseView of(JobLease lease, Instant now) {
        return new JobLeaseView(lease.name(), lease.holder(), lease.claimedAt(), lease.leaseUntil(), lease.lastFinishedAt(),
                lease.isHeldAt(now));
    }
}

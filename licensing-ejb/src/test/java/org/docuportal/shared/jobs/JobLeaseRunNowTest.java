package org.docuportal.shared.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.EntityManagerFactory;

import org.docuportal.shared.persistence.MigratedSchema;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A round run on demand ({@link JobLeaseRows#claimUnlessRunning}) on the migrated schema, each
 * "server" with its own connection: it runs where a finished round still holds the lease (which only
 * keeps the timers of that period from running it again), never while a round is in progress, and of
 * two asked at the same moment one runs; the timers skip while it holds the lease. H2 by default,
 * PostgreSQL with {@code -Doutbox.test.url=...} as {@code JobLeaseRowsTest}.
 */
class JobLeaseRunNowTest {

    private static final Instant HOURLY = Instant.parse("2026-12-04T10:07:00Z");
    private static final Duration HOURLY_LEASE = Duration.ofMinutes(50);
    private static final Duration NOW_LEASE = Duration.ofMinutes(2);

    private static EntityManagerFactory emf;

    @BeforeAll
    static void migrate() {
        emf = MigratedSchema.open("outbox.test", "job-leases-now");
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    @Test
    void aRunOnDemandTakesOverAFinishedRoundsLeaseButNeverARoundInProgress() throws Exception {
        String round = "run-now-" + System.nanoTime();
        try (LeaseServer a = new LeaseServer(emf, "host-a/0001", HOURLY_LEASE); LeaseServer b = new LeaseServer(emf, "host-b/0002", HOURLY_LEASE)) {
            a.inTransaction(() -> {
                a.rows.add(round);
                return null;
            });
            assertTrue(a.inTransaction(() -> a.rows.claim(round, a.id, HOURLY, HOURLY.plus(HOURLY_LEASE))));

            Instant during = HOURLY.plusSeconds(1);
            assertFalse(b.inTransaction(() -> b.rows.claimUnlessRunning(round, b.id, during, during.plus(NOW_LEASE))),
                    "the hourly round is still running on A");

            Instant ended = HOURLY.plusSeconds(3);
            assertTrue(a.inTransaction(() -> a.rows.finished(round, a.id, HOURLY, ended)));
            Instant later = HOURLY.plus(Duration.ofMinutes(20));
            assertFalse(b.inTransaction(() -> b.rows.claim(round, b.id, later, later.plus(HOURLY_LEASE))),
                    "a late timer of the same hour still skips");
            assertTrue(b.inTransaction(() -> b.rows.claimUnlessRunning(round, b.id, later, later.plus(NOW_LEASE))),
                    "the hourly round has ended: a run on demand goes ahead");
            assertEquals("host-b/0002", b.read(round).holder());

            Instant meanwhile = later.plusSeconds(30);
            assertFalse(a.inTransaction(() -> a.rows.claimUnlessRunning(round, a.id, meanwhile, meanwhile.plus(NOW_LEASE))),
                    "B's run is in progress");
            assertFalse(a.inTransaction(() -> a.rows.claim(round, a.id, meanwhile, meanwhile.plus(HOURLY_LEASE))),
                    "timers skip while it holds the lease");

            assertTrue(b.inTransaction(() -> b.rows.finished(round, b.id, later, later.plusSeconds(2))));
            Instant afterIt = later.plus(NOW_LEASE).plusSeconds(1);
            assertTrue(a.inTransaction(() -> a.rows.claim(round, a.id, afterIt, afterIt.plus(HOURLY_LEASE))),
                    "its short lease is over long before the next hourly timer");
        }
    }

    @Test
    void ofTwoRunsAskedAtTheSameMomentOneRuns() throws Exception {
        String round = "run-now-both-" + System.nanoTime();
        try (LeaseServer a = new LeaseServer(emf, "host-a/0003", HOURLY_LEASE); LeaseServer b = new LeaseServer(emf, "host-b/0004", HOURLY_LEASE)) {
            a.inTransaction(() -> {
                a.rows.add(round);
                return null;
            });
            Instant now = HOURLY.plus(Duration.ofMinutes(30));
            boolean ranOnA = a.inTransaction(() -> a.rows.claimUnlessRunning(round, a.id, now, now.plus(NOW_LEASE)));
            boolean ranOnB = b.inTransaction(() -> b.rows.claimUnlessRunning(round, b.id, now, now.plus(NOW_LEASE)));
            assertTrue(ranOnA ^ ranOnB, "exactly one of A (" + ranOnA + ") and B (" + ranOnB + ")");
        }
    }
}

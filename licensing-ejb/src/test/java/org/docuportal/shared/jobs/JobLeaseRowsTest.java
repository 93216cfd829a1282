package org.docuportal.shared.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManagerFactory;

import org.docuportal.shared.persistence.MigratedSchema;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The leases' conditional updates through EclipseLink on the migrated schema, without a server,
 * each "server" with its own connection: of servers racing for a round exactly one runs it; a dead
 * holder's lease is taken over once it has run out and its late end changes nothing; a failed round
 * frees its lease at once; the start-up lock makes a second server wait for the first one's commit.
 * H2 by default, PostgreSQL with {@code -Doutbox.test.url=jdbc:postgresql://...} and
 * {@code -Doutbox.test.user=...}, as {@code OutboxMailsTest}.
 */
class JobLeaseRowsTest {

    private static final Instant T0 = Instant.parse("2026-12-04T10:07:00Z");
    private static final Duration LEASE = Duration.ofMinutes(50);

    private static EntityManagerFactory emf;

    @BeforeAll
    static void migrate() {
        emf = MigratedSchema.open("outbox.test", "job-leases");
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    @Test
    void ofEightServersWhoseTimersFireTogetherExactlyOneRunsTheRound() throws Exception {
        List<LeaseServer> servers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            servers.add(new LeaseServer(emf, "host-" + i + "/abcd00" + i, LEASE));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            AtomicInteger rounds = new AtomicInteger();
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> won = new ArrayList<>();
            for (LeaseServer server : servers) {
                won.add(pool.submit(() -> {
                    start.await();
                    if (server.claim("license-round", T0)) {
                        rounds.incrementAndGet();
                        return true;
                    }
                    return false;
                }));
            }
            start.countDown();
            String winner = null;
            for (int i = 0; i < won.size(); i++) {
                if (won.get(i).get(30, TimeUnit.SECONDS)) {
                    winner = servers.get(i).id;
                }
            }
            assertEquals(1, rounds.get(), "the round runs on one server");
            JobLease lease = servers.get(0).read("license-round");
            assertEquals(winner, lease.holder(), "the lease names the server that runs it");
            assertEquals(T0.plus(LEASE), lease.leaseUntil());
            assertTrue(servers.get(1).finished("license-round", T0, T0.plusSeconds(5)) == servers.get(1).id.equals(winner),
                    "only the holder records the end");
            // A timer firing again within the lease (a server's clock a few seconds late, say) runs nothing.
            for (LeaseServer server : servers) {
                assertFalse(server.claim("license-round", T0.plusSeconds(30)));
            }
        } finally {
            pool.shutdownNow();
            servers.forEach(LeaseServer::close);
        }
    }

    @Test
    void aDeadHoldersLeaseIsTakenOverOnceItRanOutAndItsLateEndChangesNothing() throws Exception {
        try (LeaseServer a = new LeaseServer(emf, "a/11111111", LEASE); LeaseServer b = new LeaseServer(emf, "b/22222222", LEASE)) {
            assertTrue(a.claim("payment-request-round", T0));
            // A dies in the round. B's timers fire while A's lease holds, then after it ran out.
            assertFalse(b.claim("payment-request-round", T0.plus(Duration.ofMinutes(10))));
            assertFalse(b.claim("payment-request-round", T0.plus(LEASE)), "the lease holds to its last instant");
            Instant takeover = T0.plus(LEASE).plusSeconds(1);
            assertTrue(b.claim("payment-request-round", takeover));
            assertFalse(a.finished("payment-request-round", T0, takeover.plusSeconds(2)), "A's claim is over");
            assertFalse(a.released("payment-request-round", T0, takeover.plusSeconds(2)), "A cannot free B's lease");
            assertTrue(b.finished("payment-request-round", takeover, takeover.plusSeconds(3)));
            JobLease lease = b.read("payment-request-round");
            assertEquals("b/22222222", lease.holder());
            assertEquals(takeover.plusSeconds(3), lease.lastFinishedAt());
            assertTrue(lease.isHeldAt(takeover.plusSeconds(3)), "kept after the end, so this period's other timers skip");
        }
    }

    @Test
    void aFailedRoundFreesItsLeaseForTheNextTimerOfAnyServer() throws Exception {
        try (LeaseServer a = new LeaseServer(emf, "a/33333333", LEASE); LeaseServer b = new LeaseServer(emf, "b/44444444", LEASE)) {
            assertTrue(a.claim("privacy-retention", T0));
            assertTrue(a.released("privacy-retention", T0, T0.plusSeconds(10)));
            assertTrue(b.claim("privacy-retention", T0.plusSeconds(11)));
            assertEquals(null, b.read("privacy-retention").lastFinishedAt(), "a failed round is not recorded as finished");
        }
    }

    @Test
    void aRoundWithoutARowGetsOneAndUnknownLocksAreRefused() throws Exception {
        try (LeaseServer a = new LeaseServer(emf, "a/55555555", LEASE); LeaseServer b = new LeaseServer(emf, "b/66666666", LEASE)) {
            assertFalse(a.claim("new-round", T0), "no row yet");
            a.inTransaction(() -> {
                a.rows.add("new-round");
                return null;
            });
            assertThrows(RuntimeException.class, () -> b.inTransaction(() -> {
                b.rows.add("new-round");
                return null;
            }), "a second server adding it at the same moment fails, and then claims like everyone");
            assertTrue(b.claim("new-round", T0));
            assertEquals(List.of("license-round", "new-round", "payment-request-round", "privacy-retention"),
                    a.inTransaction(() -> a.rows.all().stream().map(JobLease::name).toList()), "operators see rounds, not the demo-data lock");
            assertThrows(IllegalStateException.class, () -> a.inTransaction(() -> {
                a.rows.lock("no-such-row");
                return null;
            }));
        }
    }

    @Test
    void aServerStartingDuringAnothersDemoLoadWaitsForItsCommit() throws Exception {
        try (LeaseServer a = new LeaseServer(emf, "a/77777777", LEASE); LeaseServer b = new LeaseServer(emf, "b/88888888", LEASE)) {
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                a.em.getTransaction().begin();
                a.rows.lock(JobLeaseRows.DEMO_DATA_LOCK);
                CountDownLatch bAsks = new CountDownLatch(1);
                Future<Instant> bLocked = pool.submit(() -> {
                    bAsks.countDown();
                    b.inTransaction(() -> {
                        b.rows.lock(JobLeaseRows.DEMO_DATA_LOCK);
                        return null;
                    });
                    return Instant.now();
                });
                bAsks.await();
                Thread.sleep(300);
                assertFalse(bLocked.isDone(), "B waits while A loads");
                Instant committed = Instant.now();
                a.em.getTransaction().commit();
                assertFalse(bLocked.get(30, TimeUnit.SECONDS).isBefore(committed), "B goes on after A's commit");
            } finally {
                pool.shutdownNow();
            }
        }
    }
}

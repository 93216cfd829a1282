package org.docuportal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.docuportal.shared.mail.Mail;
import org.docuportal.shared.mail.MailOutbox;
import org.docuportal.shared.mail.OutboxStatus;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox's promises, inside the server against the real database: a mail queued in a
 * transaction that rolls back is never stored; of servers racing for a mail exactly one claims it;
 * a claim left by a dead server expires and another takes the mail over, after which the dead
 * server's late outcome changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class MailOutboxClaimIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(MailOutboxClaimIT.class, OutboxRows.class);
    }

    @Inject
    private MailOutbox mailOutbox;

    @Inject
    private OutboxRows rows;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    @Resource
    private ManagedExecutorService executor;

    @Test
    void aMailQueuedInARolledBackTransactionIsNeverStored() throws Exception {
        String to = "rolled-back-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        tx.begin();
        mailOutbox.queue(new Mail(to, "Never sent", "text"));
        tx.rollback();
        assertEquals(0L, em.createQuery("SELECT COUNT(m) FROM OutboxMail m WHERE m.recipient = :to", Long.class)
                .setParameter("to", to).getSingleResult());

        tx.begin();
        mailOutbox.queue(new Mail(to, "Sent", "text"));
        tx.commit();
        assertEquals(1L, em.createQuery("SELECT COUNT(m) FROM OutboxMail m WHERE m.recipient = :to", Long.class)
                .setParameter("to", to).getSingleResult());
    }

    @Test
    void ofEightServersRacingForAMailExactlyOneClaimsIt() throws Exception {
        Instant due = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS); // the column keeps microseconds at most
        long id = rows.add(new Mail("race@example.org", "Race", "text"), due);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> claims = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String server = "server-" + i;
            Callable<Boolean> claim = () -> {
                start.await();
                return rows.claim(id, server, due, due.plus(Duration.ofMinutes(3)));
            };
            claims.add(executor.submit(claim));
        }
        start.countDown();
        int won = 0;
        for (Future<Boolean> claim : claims) {
            won += claim.get() ? 1 : 0;
        }
        assertEquals(1, won, "one server sends the mail");
        assertEquals(1, rows.find(id).orElseThrow().attempts());
    }

    @Test
    void aDeadServersClaimExpiresAndItsLateOutcomeChangesNothing() {
        Instant due = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        long id = rows.add(new Mail("takeover@example.org", "Takeover", "text"), due);
        assertTrue(rows.claim(id, "a", due, due.plus(Duration.ofMinutes(3))));
        assertFalse(rows.claim(id, "b", due.plus(Duration.ofMinutes(1)), due.plus(Duration.ofMinutes(4))), "A still holds it");
        assertTrue(rows.claim(id, "b", due.plus(Duration.ofMinutes(4)), due.plus(Duration.ofMinutes(7))), "A's claim ran out");
        assertFalse(rows.sent(id, "a", due.plus(Duration.ofMinutes(5))), "A lost the claim: its outcome is not recorded");
        assertTrue(rows.sent(id, "b", due.plus(Duration.ofMinutes(5))));
        assertEquals(OutboxStatus.SENT, rows.find(id).orElseThrow().status());
        assertFalse(rows.claim(id, "c", due.plus(Duration.ofHours(1)), due.plus(Duration.ofHours(2))), "a sent mail is never claimed again");
        assertEquals(2, rows.find(id).orElseThrow().attempts());
    }
}

package org.docuportal.shared.mail;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;

import org.docuportal.shared.jobs.ServerIdentity;

/**
 * Sends the outbox, on every server, on the container's managed scheduled executor: every two
 * seconds, and at once when this server queued mail ({@link OutboxNudge}). Each due mail is
 * claimed with a conditional update, so of several servers exactly one sends it; the claim is
 * committed before the mail server is called and the outcome after, never inside one transaction.
 *
 * <p>Delivery is at least once: a server that dies after the mail server accepted a message but
 * before it recorded that leaves a claim that expires ({@link RetryPolicy#CLAIM}), and another
 * server sends the message again. The Message-ID is the same both times, so a receiving system
 * can drop the copy. Exactly once is impossible with SMTP: acceptance and our record cannot be
 * committed together.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// Never a transaction of its own: OutboxDeliveries opens the short ones; and wake() is called after another transaction's commit.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailWorker {

    private static final Logger LOG = Logger.getLogger(MailWorker.class.getName());
    private static final int BATCH = 20;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private OutboxDeliveries deliveries;

    @Inject
    private MailDelivery delivery;

    @Inject
    private ServerIdentity identity;

    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile boolean stopping;
    private String server;
    private ScheduledFuture<?> polling;

    @PostConstruct
    void start() {
        server = identity.id();
        polling = scheduler.scheduleWithFixedDelay(this::poll, 2, 2, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        stopping = true;
        if (polling != null) {
            polling.cancel(false);
        }
    }

    /** Looks for mail now rather than at the next poll. */
    public void wake() {
        if (!stopping) {
            scheduler.execute(this::poll);
        }
    }

    private void poll() {
        if (stopping || !busy.compareAndSet(false, true)) {
            return;
        }
        try {
            boolean worked = true;
            while (worked && !stopping) {
                worked = false;
                List<Long> due = deliveries.due(BATCH);
                for (long id : due) {
                    if (stopping) {
                        break;
                    }
                    Optional<OutboxDeliveries.Claimed> claimed = deliveries.claim(id, server);
                    if (claimed.isPresent()) {
                        send(claimed.get());
                        worked = true;
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "mail worker: could not read the outbox", e);
        } finally {
            busy.set(false);
        }
    }

    private void send(OutboxDeliveries.Claimed claimed) {
        try {
            delivery.send(claimed.mail(), claimed.messageId());
        } catch (MessagingException | IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.warning(() -> "mail " + claimed.id() + " ('" + claimed.mail().subject() + "'), attempt " + claimed.attempt()
                    + ", not delivered: " + reason);
            deliveries.failed(claimed.id(), server, claimed.attempt(), reason);
            return;
        }
        deliveries.sent(claimed.id(), server);
    }
}

package org.docuportal.shared.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The short transactions of {@link MailWorker}, each its own ({@code REQUIRES_NEW}): a claim is
 * committed before the mail server is called, and the outcome after it returns, so no database
 * transaction is ever open while the portal talks to the network. For the worker only.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxDeliveries {

    /** A claimed mail: what to send, under which Message-ID, and which attempt this is. */
    public record Claimed(long id, Mail mail, String messageId, int attempt) {
    }

    @Inject
    private OutboxMails outbox;

    @Inject
    private Clock clock;

    public List<Long> due(int max) {
        return outbox.due(clock.instant(), max);
    }

    /** Takes the mail for this server, or empty when another server was quicker or it is not due. */
    public Optional<Claimed> claim(long id, String server) {
        Instant now = clock.instant();
        if (!outbox.claim(id, server, now, now.plus(RetryPolicy.CLAIM))) {
            return Optional.empty();
        }
        OutboxMail mail = outbox.find(id).orElseThrow();
        return Optional.of(new Claimed(id, mail.toMail(), MailDelivery.messageId(id, mail.createdAt()), mail.attempts()));
    }

    public void sent(long id, String server) {
        outbox.sent(id, server, clock.instant());
    }

    /** Records the failure of the given attempt: the next one is due after the backoff, or none after the last. */
    public void failed(long id, String server, int attempt, String error) {
        Instant now = clock.instant();
        OutboxStatus status = RetryPolicy.givesUp(attempt) ? OutboxStatus.FAILED : OutboxStatus.PENDING;
        outbox.failed(id, server, status, RetryPolicy.nextAttempt(attempt, now), error);
    }
}

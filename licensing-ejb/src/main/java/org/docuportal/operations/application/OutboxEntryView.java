package org.docuportal.operations.application;

import java.io.Serializable;
import java.time.Instant;

import org.docuportal.shared.mail.OutboxMail;
import org.docuportal.shared.mail.OutboxStatus;

/**
 * A mail in the outbox as a platform administrator sees it: to whom, about what, and how delivery
 * goes. Never the body: it holds one-time links (a screener's, an invitation's) meant for the
 * recipient alone.
 *
 * @param sendingNow a server holds a live claim on it
 */
public record OutboxEntryView(long id, String recipient, String subject, OutboxStatus status, int attempts, Instant queuedAt,
                              Instant nextAttemptAt, Instant sentAt, String lastError, boolean sendingNow)
                                      implements Serializable {

    static OutboxEntryView of(OutboxMail mail, Instant now) {
        return new OutboxEntryView(mail.id(), mail.recipient(), mail.subject(), mail.status(), mail.attempts(), mail.createdAt(),
                mail.status() == OutboxStatus.SENT ? null : mail.nextAttemptAt(), mail.sentAt(), mail.lastError(),
                mail.claimedAt(now));
    }

    /** The same mail after a retry: pending and due now. */
    OutboxEntryView retried(Instant now) {
        return new OutboxEntryView(id, recipient, subject, OutboxStatus.PENDING, attempts, queuedAt, now, sentAt, lastError, false);
    }

    /** Whether "Retry now" makes sense for it. */
    public boolean retryable() {
        return status != OutboxStatus.SENT && !sendingNow;
    }
}

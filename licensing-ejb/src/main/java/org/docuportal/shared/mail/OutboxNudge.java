package org.docuportal.shared.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Wakes this server's {@link MailWorker} when a transaction that queued mail commits, so that a
 * verification link arrives within a second or two, not at the next poll. Only after success: the
 * row is not visible to the worker before, and a rolled-back mail is not there at all.
 */
@ApplicationScoped
public class OutboxNudge {

    @Inject
    private MailWorker worker;

    void nudge(@Observes(during = TransactionPhase.AFTER_SUCCESS) Mail mail) {
        worker.wake();
    }
}

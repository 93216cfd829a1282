package org.docuportal.shared.mail;

import java.time.Clock;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Where services drop mail. The mail is written to the outbox table in the caller's transaction
 * (or a transaction of its own when the caller has none), so it leaves only once the business
 * change that caused it has committed, and then surely: a rolled-back registration sends nothing,
 * and a mail server that is down never rolls back a decision nor loses the mail. {@link MailWorker}
 * delivers it.
 *
 * <p>After the commit, the {@link Mail} is also fired as a CDI event: it nudges the worker at once
 * rather than at its next poll ({@link OutboxNudge}), and tests inside the server observe it to see
 * what was queued.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class MailOutbox {

    @Inject
    private OutboxMails outbox;

    @Inject
    private Clock clock;

    @Inject
    private Event<Mail> queued;

    public void queue(Mail mail) {
        outbox.add(new OutboxMail(mail, clock.instant()));
        queued.fire(mail);
    }
}

package org.docuportal.web.it;

import java.time.Instant;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.docuportal.shared.mail.Mail;
import org.docuportal.shared.mail.OutboxMail;
import org.docuportal.shared.mail.OutboxMails;

/**
 * For {@link MailOutboxClaimIT}: the outbox's conditional updates, each in its own transaction as a
 * server's worker runs them, with a clock the test chooses.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxRows {

    @Inject
    private OutboxMails outbox;

    /** A mail due only at the given time, which the real worker leaves alone until then. */
    public long add(Mail mail, Instant dueAt) {
        OutboxMail row = new OutboxMail(mail, dueAt);
        outbox.add(row);
        return row.id();
    }

    public boolean claim(long id, String server, Instant now, Instant until) {
        return outbox.claim(id, server, now, until);
    }

    public boolean sent(long id, String server, Instant now) {
        return outbox.sent(id, server, now);
    }

    public Optional<OutboxMail> find(long id) {
        return outbox.find(id);
    }
}

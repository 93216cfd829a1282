package org.docuportal.operations.application;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Role;
import org.docuportal.audit.application.AuditSubject;
import org.docuportal.audit.application.AuditTrail;
import org.docuportal.audit.application.Snapshot;
import org.docuportal.audit.domain.AuditAction;
import org.docuportal.shared.application.ConflictException;
import org.docuportal.shared.application.NotFoundException;
import org.docuportal.shared.mail.OutboxMail;
import org.docuportal.shared.mail.OutboxMails;
import org.docuportal.shared.mail.OutboxStatus;

/**
 * The mail outbox for platform administrators: what waits or failed, and "retry now", which makes a
 * waiting mail due at once and gives a failed one another attempt (after the mail server was fixed,
 * say). The worker picks a retried mail up within its two-second poll.
 */
@Stateless
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
public class MailOutboxService {

    /** The most mails one listing shows; the oldest of a longer backlog wait off the list, not off the outbox. */
    public static final int LISTED = 200;

    @Inject
    private AuditTrail audit;

    @Inject
    private OutboxMails outbox;

    @Inject
    private Clock clock;

    /** Mails in those states (pending and failed when none is given), the most recently queued first. */
    public List<OutboxEntryView> list(Set<OutboxStatus> statuses) {
        Set<OutboxStatus> wanted = statuses == null || statuses.isEmpty()
                ? EnumSet.of(OutboxStatus.PENDING, OutboxStatus.FAILED) : statuses;
        Instant now = clock.instant();
        return outbox.withStatus(wanted, LISTED).stream().map(m -> OutboxEntryView.of(m, now)).toList();
    }

    /**
     * Makes the mail due now.
     *
     * @throws NotFoundException when there is no such mail (or it was sent and deleted since)
     * @throws ConflictException when it was sent already or a server is sending it right now
     */
    public OutboxEntryView retry(long id) {
        Instant now = clock.instant();
        OutboxMail mail = outbox.find(id).orElseThrow(() -> new NotFoundException("No mail " + id + " in the outbox."));
        try {
            mail.checkRetryableAt(now);
        } catch (IllegalStateException refusal) {
            throw ConflictException.of(refusal);
        }
        if (!outbox.retry(id, now)) {
            throw new ConflictException("The mail is being sent right now.");
        }
        // Recipient and subject only, as on the page: the body holds links meant for the recipient alone.
        audit.record(AuditAction.MAIL_RETRIED, AuditSubject.of(id, mail.subject()), Snapshot.of().with("recipient", mail.recipient())
                .with("status", mail.status()).with("attempts", mail.attempts()).with("nextAttemptAt", mail.nextAttemptAt()),
                Snapshot.of().with("recipient", mail.recipient()).with("status", OutboxStatus.PENDING)
                        .with("attempts", mail.attempts()).with("nextAttemptAt", now));
        return OutboxEntryView.of(mail, now).retried(now);
    }
}

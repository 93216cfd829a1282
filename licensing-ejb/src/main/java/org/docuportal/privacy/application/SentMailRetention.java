package org.docuportal.privacy.application;

import java.time.Duration;
import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.docuportal.shared.config.Setting;
import org.docuportal.shared.mail.OutboxMails;

/**
 * Deletes sent mail from the outbox after {@code portal.privacy.sent-mail-retention-days}: a body
 * holds one-time links (a screener's, a password reset) that nobody but the recipient should be
 * able to read later, and the portal needs nothing of a mail once it went out. Pending and failed
 * mails stay until they are sent. Each batch is its own transaction; called by {@link RetentionJob}
 * only, which owns the security check.
 */
@Stateless
@PermitAll
public class SentMailRetention {

    private static final int BATCH = 500;

    @Inject
    private OutboxMails outbox;

    /** Deletes one batch of mails sent before the retention period; 0 when none is left. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int batch(Instant now) {
        return outbox.deleteSentBefore(now.minus(period()), BATCH);
    }

    static Duration period() {
        return Duration.ofDays(Math.max(0, Setting.PRIVACY_SENT_MAIL_RETENTION_DAYS.intValueOr(7)));
    }
}

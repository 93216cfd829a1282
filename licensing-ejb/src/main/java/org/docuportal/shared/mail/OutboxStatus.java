package org.docuportal.shared.mail;

/** Where a mail in the outbox stands. */
public enum OutboxStatus {
    /** Waiting for its (next) attempt, or being sent right now by the server that claimed it. */
    PENDING,
    /** Accepted by the mail server (or written to the mail folder). */
    SENT,
    /** Given up after {@link RetryPolicy#MAX_ATTEMPTS} attempts; a platform administrator may retry it. */
    FAILED
}

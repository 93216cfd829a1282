package org.docuportal.shared.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One mail in the outbox, from the transaction that queued it until it is sent, given up, or
 * deleted by the retention job.
 *
 * <p>Who sends it is decided by the row, not by a loaded copy: claiming, and recording the outcome
 * of an attempt, are conditional {@code UPDATE}s in {@link OutboxMails} that several servers may
 * race for. {@link #claimableAt(Instant)} states the same rule for readers. Not in the shared cache
 * ({@code @Cacheable(false)}): those updates bypass it, and another server's outcome must be read
 * from the row.
 */
@Entity
@Cacheable(false)
@Table(name = "mail_outbox")
public class OutboxMail {

    /** Longest failure reason kept; the column's width. */
    public static final int MAX_ERROR = 500;

    @Id
    @SequenceGenerator(name = "mail_outbox_seq", sequenceName = "mail_outbox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
    private Long id;

    @Column(name = "recipient", nullable = false, length = 320)
    private String recipient;

    @Column(name = "subject", nullable = false, length = 1000)
    private String subject;

    @Column(name = "text_body", nullable = false, length = 1000000)
    private String textBody;

    @Column(name = "html_body", length = 1000000)
    private String htmlBody;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "mail_outbox_attachment", joinColumns = @JoinColumn(name = "mail_id"))
    @OrderColumn(name = "list_index")
    private List<OutboxAttachment> attachments = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private OutboxStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_by", length = 64)
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    protected OutboxMail() {
    }

    /** A mail to send as soon as the transaction that queues it commits. */
    public OutboxMail(Mail mail, Instant queuedAt) {
        this.recipient = mail.to();
        this.subject = mail.subject();
        this.textBody = mail.body();
        this.htmlBody = mail.html();
        for (MailAttachment attachment : mail.attachments()) {
            attachments.add(new OutboxAttachment(attachment));
        }
        this.status = OutboxStatus.PENDING;
        this.createdAt = queuedAt;
        this.nextAttemptAt = queuedAt;
    }

    /** The mail as it was queued. */
    public Mail toMail() {
        return new Mail(recipient, subject, textBody, htmlBody, attachments.stream().map(OutboxAttachment::toAttachment).toList());
    }

    /** Whether a worker may take it now: pending, due, and not held by another worker's live claim. */
    public boolean claimableAt(Instant now) {
        return status == OutboxStatus.PENDING && !nextAttemptAt.isAfter(now) && !claimedAt(now);
    }

    /** Whether a worker holds it (is sending it, or died sending it less than a claim's time ago). */
    public boolean claimedAt(Instant now) {
        return claimedUntil != null && claimedUntil.isAfter(now);
    }

    /**
     * Refuses a retry that makes no sense: of a mail that went out, or one a worker is sending now.
     * Otherwise the retry makes the mail due at once; a failed one gets one more attempt.
     *
     * @throws IllegalStateException saying why not
     */
    public void checkRetryableAt(Instant now) {
        if (status == OutboxStatus.SENT) {
            throw new IllegalStateException("the mail was sent already");
        }
        if (claimedAt(now)) {
            throw new IllegalStateException("the mail is being sent right now");
        }
    }

    /** The state a claim leaves in the row, as {@link OutboxMails#claim} writes it; for tests of the rules above. */
    void claimedBy(String server, Instant until) {
        this.claimedBy = server;
        this.claimedUntil = until;
        this.attempts++;
    }

    /** The state a send leaves, as {@link OutboxMails#sent} writes it; for tests. */
    void sentAt(Instant at) {
        this.status = OutboxStatus.SENT;
        this.sentAt = at;
        this.claimedBy = null;
        this.claimedUntil = null;
    }

    /** A failure reason cut to the column's width. */
    public static String clip(String error) {
        if (error == null) {
            return null;
        }
        return error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public OutboxStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String claimedBy() {
        return claimedBy;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String lastError() {
        return lastError;
    }
}

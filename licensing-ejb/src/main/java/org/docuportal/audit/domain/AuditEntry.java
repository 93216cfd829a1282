package org.docuportal.audit.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One administrative change: who made it, when, to what, and the subject's relevant fields before
 * and after (as small JSON objects built by the recording service; the entity only keeps the text).
 *
 * <p>Append-only by construction: every column is {@code updatable = false} and there are no
 * setters, so even a changed field of a managed instance is never written back. Not in the shared
 * cache: entries are read by listing queries only, and a cache full of log rows helps nobody.
 */
@Entity
@Cacheable(false)
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @Column(name = "id", updatable = false)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_account_id", updatable = false)
    private Long actorAccountId;

    @Column(name = "actor_email", length = 320, updatable = false)
    private String actorEmail;

    @Column(name = "actor_name", length = 200, updatable = false)
    private String actorName;

    @Column(name = "actor_role", length = 20, updatable = false)
    private String actorRole;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 40, updatable = false)
    private AuditAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, length = 30, updatable = false)
    private SubjectType subjectType;

    @Column(name = "subject_id", length = 100, updatable = false)
    private String subjectId;

    @Column(name = "subject_label", length = 300, updatable = false)
    private String subjectLabel;

    @Column(name = "institution_id", updatable = false)
    private Long institutionId;

    @Column(name = "before_json", length = 1000000, updatable = false)
    private String beforeJson;

    @Column(name = "after_json", length = 1000000, updatable = false)
    private String afterJson;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 10, updatable = false)
    private AuditSource source;

    @Column(name = "request_id", length = 64, updatable = false)
    private String requestId;

    protected AuditEntry() {
    }

    /**
     * @param beforeJson the subject's fields before the change, null when it did not exist
     * @param afterJson the subject's fields after the change, null when it is gone
     */
    public AuditEntry(Instant occurredAt, Actor actor, AuditAction action, String subjectId, String subjectLabel,
                      Long institutionId, String beforeJson, String afterJson, AuditSource source, String requestId) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.action = Objects.requireNonNull(action, "action");
        this.source = Objects.requireNonNull(source, "source");
        Actor who = actor == null ? Actor.NOBODY : actor;
        this.actorAccountId = who.accountId();
        this.actorEmail = clip(who.email(), 320);
        this.actorName = clip(who.name(), 200);
        this.actorRole = clip(who.role(), 20);
        this.subjectType = action.subjectType();
        this.subjectId = clip(subjectId, 100);
        // A label is for people: a long title is cut rather than the change refused.
        this.subjectLabel = clip(subjectLabel, 300);
        this.institutionId = institutionId;
        this.beforeJson = beforeJson;
        this.afterJson = afterJson;
        this.requestId = clip(requestId, 64);
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Actor actor() {
        return new Actor(actorAccountId, actorEmail, actorName, actorRole);
    }

    public AuditAction action() {
        return action;
    }

    public SubjectType subjectType() {
        return subjectType;
    }

    public String subjectId() {
        return subjectId;
    }

    public String subjectLabel() {
        return subjectLabel;
    }

    public Long institutionId() {
        return institutionId;
    }

    public String beforeJson() {
        return beforeJson;
    }

    public String afterJson() {
        return afterJson;
    }

    public AuditSource source() {
        return source;
    }

    public String requestId() {
        return requestId;
    }
}

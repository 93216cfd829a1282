package org.docuportal.operations.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.docuportal.audit.application.FieldChange;
import org.docuportal.audit.application.Snapshot;
import org.docuportal.audit.domain.Actor;
import org.docuportal.audit.domain.AuditAction;
import org.docuportal.audit.domain.AuditEntry;
import org.docuportal.audit.domain.AuditSource;
import org.docuportal.audit.domain.SubjectType;

/**
 * One audit entry as platform administrators read it: who, when, what, and the subject's fields
 * before and after side by side ({@link #changes()}), with the changed ones marked.
 *
 * @param institutionName the institution's name now, null where the entry names none (or it is gone)
 * @param beforeJson the stored fields before as JSON, null when the subject was new
 * @param afterJson the stored fields after as JSON, null when the subject is gone
 */
public record AuditEntryView(long id, Instant occurredAt, Actor actor, AuditAction action, SubjectType subjectType,
                             String subjectId, String subjectLabel, Long institutionId, String institutionName,
                             String beforeJson, String afterJson, List<FieldChange> changes,
                             AuditSource source, String requestId) implements Serializable {

    static AuditEntryView of(AuditEntry e, String institutionName) {
        return new AuditEntryView(e.id(), e.occurredAt(), e.actor(), e.action(), e.subjectType(), e.subjectId(), e.subjectLabel(),
                e.institutionId(), institutionName, e.beforeJson(), e.afterJson(),
                Snapshot.changes(e.beforeJson(), e.afterJson()), e.source(), e.requestId());
    }

    /** Whether the entry has fields to show at all. */
    public boolean hasChanges() {
        return !changes.isEmpty();
    }
}

package org.docuportal.audit.application;

/**
 * What a change touched, named for the log: its id (a number, a slug or a reference), a label for
 * people, and the institution it belongs to where there is one, so that the log can be filtered by it.
 */
public record AuditSubject(String id, String label, Long institutionId) {

    public static AuditSubject of(Object id, String label) {
        return new AuditSubject(id == null ? null : String.valueOf(id), label, null);
    }

    public AuditSubject within(Long institution) {
        return new AuditSubject(id, label, institution);
    }
}

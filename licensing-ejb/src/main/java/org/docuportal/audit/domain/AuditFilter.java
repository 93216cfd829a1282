package org.docuportal.audit.domain;

import java.time.Instant;

/**
 * Which entries a listing wants; a null part does not filter.
 *
 * @param actorEmail the actor's address as stored (lower case), or the pseudonym that replaced it
 * @param from first instant included
 * @param until first instant no longer included
 */
public record AuditFilter(AuditAction action, String actorEmail, SubjectType subjectType, Long institutionId,
                          Instant from, Instant until) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);
}

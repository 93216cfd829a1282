package org.docuportal.audit.application;

import java.security.Principal;
import java.time.Clock;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.docuportal.audit.domain.Actor;
import org.docuportal.audit.domain.ActorDirectory;
import org.docuportal.audit.domain.AuditAction;
import org.docuportal.audit.domain.AuditEntries;
import org.docuportal.audit.domain.AuditEntry;
import org.docuportal.audit.domain.AuditSource;

/**
 * Writes one audit entry for an administrative change, in the transaction of the change
 * ({@code MANDATORY}: a change that rolls back leaves no entry, and an entry can never be written
 * on its own). The actor is the caller the container knows — the person behind the page or the API
 * token — copied from their account as it is now; a payment provider's notice or a job has none.
 *
 * <p>Called by application services, once per change, never by pages or resources.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {

    @Inject
    private AuditEntries entries;

    @Inject
    private Instance<ActorDirectory> directory;

    @Inject
    private Instance<RequestOrigin> origin;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /**
     * @param before the subject's relevant fields before the change; null when it did not exist
     * @param after the subject's relevant fields after the change; null when it is gone
     */
    public void record(AuditAction action, AuditSubject subject, Snapshot before, Snapshot after) {
        AuditSource source = AuditSource.JOB;
        String requestId = null;
        try {
            RequestOrigin here = origin.get();
            source = here.source();
            requestId = here.requestId();
        } catch (ContextNotActiveException noRequest) {
            // An asynchronous worker outside any request: a job.
        }
        entries.add(new AuditEntry(clock.instant(), actor(), action, subject.id(), subject.label(), subject.institutionId(),
                Snapshot.toJson(before), Snapshot.toJson(after), source, requestId));
    }

    private Actor actor() {
        Principal principal = session.getCallerPrincipal();
        // Without a signed-in caller the container names a placeholder ("ANONYMOUS" in Payara).
        if (principal == null || principal.getName() == null || !principal.getName().contains("@")) {
            return Actor.NOBODY;
        }
        String login = principal.getName();
        return directory.isResolvable() ? directory.get().byLogin(login).orElse(Actor.named(login)) : Actor.named(login);
    }
}

package org.docuportal.institution.application;

import java.time.Instant;

import org.docuportal.audit.application.AuditSubject;
import org.docuportal.audit.application.Snapshot;
import org.docuportal.institution.domain.Institution;
import org.docuportal.institution.domain.Invitation;
import org.docuportal.institution.domain.Membership;

/**
 * What the audit log keeps of institutions, members and invitations. A person is labelled by their
 * address alone, so that the privacy erasure can replace it with the pseudonym it writes elsewhere.
 */
final class InstitutionSnapshots {

    private InstitutionSnapshots() {
    }

    static AuditSubject subject(Institution institution) {
        return AuditSubject.of(institution.id(), institution.name()).within(institution.id());
    }

    static Snapshot of(Institution i) {
        return Snapshot.of().with("status", i.status()).with("purchaseApprovalRequired", i.requiresPurchaseApproval())
                .with("streamOnCampusOnly", i.streamsOnCampusOnly())
                .with("emailDomains", i.emailDomains().stream().sorted().toList())
                .with("ipRanges", i.ipRanges().stream().sorted().toList())
                .with("proposedEmailDomains", i.proposedEmailDomains().stream().sorted().toList())
                .with("proposedIpRanges", i.proposedIpRanges().stream().sorted().toList());
    }

    static AuditSubject subject(Membership member) {
        return AuditSubject.of(member.id(), member.account().email()).within(member.institution().id());
    }

    static Snapshot of(Membership member) {
        return Snapshot.of().with("role", member.role()).with("active", member.isActive());
    }

    static AuditSubject subject(Invitation invitation) {
        return AuditSubject.of(invitation.id(), invitation.email()).within(invitation.institution().id());
    }

    static Snapshot of(Invitation invitation, Instant now) {
        return Snapshot.of().with("email", invitation.email()).with("role", invitation.role())
                .with("state", invitation.stateAt(now));
    }
}

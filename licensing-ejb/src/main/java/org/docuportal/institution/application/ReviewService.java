package org.docuportal.institution.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Role;
import org.docuportal.audit.application.AuditTrail;
import org.docuportal.audit.application.Snapshot;
import org.docuportal.audit.domain.AuditAction;
import org.docuportal.institution.domain.Institution;
import org.docuportal.institution.domain.InstitutionRepository;
import org.docuportal.institution.domain.InstitutionStatus;
import org.docuportal.institution.domain.IpRanges;
import org.docuportal.institution.domain.Membership;
import org.docuportal.institution.domain.ReviewDecision;
import org.docuportal.shared.application.ConflictException;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;

/**
 * The distributor's review of institutions: the queue with its evidence, and decisions that
 * change an institution's status, each kept in the audit trail and mailed to the
 * institution's administrators.
 */
@Stateless
@RolesAllowed({Role.Names.REVIEWER, Role.Names.PLATFORM_ADMIN})
public class ReviewService {

    @Inject
    private AuditTrail audit;

    @Inject
    private InstitutionRepository institutions;

    @Inject
    private InstitutionNotifications notifications;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    public List<InstitutionView> withStatus(InstitutionStatus status) {
        return institutions.withStatus(status).stream().map(this::view).toList();
    }

    public InstitutionView institution(long id) {
        return view(find(id));
    }

    /**
     * Records a decision.
     *
     * @throws InvalidInputException when the reason is missing
     * @throws ConflictException when the decision makes no sense from the institution's status
     */
    public InstitutionView decide(long id, Institution.Decision decision, String reason) {
        if (decision == null) {
            throw InvalidInputException.of("decision", "Choose a decision: APPROVE, REJECT, REQUEST_INFO or SUSPEND.");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Give the reason for your decision; the institution reads it.");
        }
        if (reason.strip().length() > 2000) {
            throw InvalidInputException.of("reason", "Keep the reason under 2000 characters.");
        }
        Institution institution = find(id);
        Snapshot before = InstitutionSnapshots.of(institution);
        ReviewDecision record;
        try {
            record = institution.decide(decision, reason, session.getCallerPrincipal().getName(), clock.instant());
        } catch (IllegalStateException impossible) {
            throw ConflictException.of(impossible);
        }
        institutions.add(record);
        // The review trail (ReviewDecision) stays the institution's own record; the audit log mirrors it.
        audit.record(AuditAction.INSTITUTION_REVIEWED, InstitutionSnapshots.subject(institution), before,
                InstitutionSnapshots.of(institution).with("decision", decision).with("reason", reason.strip())
                        .with("reviewDecision", record.id()));
        for (Membership admin : institutions.membersOf(institution)) {
            if (admin.role() == Role.INSTITUTION_ADMIN) {
                notifications.reviewDecision(admin, record);
            }
        }
        return view(institution);
    }

    /** Institutions whose administrators proposed a change of email domains or IP ranges, oldest first. */
    public List<InstitutionView> withNetworkChangeWaiting() {
        return institutions.withNetworkChangeWaiting().stream().map(this::view).toList();
    }

    /**
     * Approves or declines the change of domains and ranges an institution's administrator
     * proposed, and tells the institution's administrators by mail.
     *
     * @throws InvalidInputException when the reason is missing
     * @throws ConflictException when no change waits (someone decided it already)
     */
    public InstitutionView decideNetworkChange(long id, boolean approve, String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Give the reason for your decision; the institution reads it.");
        }
        if (reason.strip().length() > 2000) {
            throw InvalidInputException.of("reason", "Keep the reason under 2000 characters.");
        }
        Institution institution = find(id);
        if (!institution.hasNetworkChangeWaiting()) {
            throw new ConflictException("No change of email domains or IP ranges waits for review at " + institution.name() + ".");
        }
        Snapshot before = InstitutionSnapshots.of(institution);
        try {
            if (approve) {
                institution.approveNetworkChange();
            } else {
                institution.discardNetworkChange();
            }
        } catch (IllegalStateException impossible) {
            throw ConflictException.of(impossible);
        }
        audit.record(approve ? AuditAction.NETWORK_CHANGE_APPROVED : AuditAction.NETWORK_CHANGE_DECLINED,
                InstitutionSnapshots.subject(institution), before, InstitutionSnapshots.of(institution).with("reason", reason.strip()));
        for (Membership admin : institutions.membersOf(institution)) {
            if (admin.role() == Role.INSTITUTION_ADMIN) {
                notifications.networkChangeDecision(admin, approve, reason.strip());
            }
        }
        return view(institution);
    }

    private Institution find(long id) {
        return institutions.find(id).orElseThrow(() -> new NotFoundException("There is no institution " + id + "."));
    }

    private InstitutionView view(Institution institution) {
        List<InstitutionView.Duplicate> duplicates = new ArrayList<>();
        for (Institution other : institutions.sharingRegistryId(institution)) {
            duplicates.add(new InstitutionView.Duplicate(other.id(), other.name(), other.status(),
                    "registry id " + institution.registryId()));
        }
        for (Institution other : institutions.sharingEmailDomain(institution)) {
            var shared = other.emailDomains().stream().filter(institution.emailDomains()::contains).toList();
            duplicates.add(new InstitutionView.Duplicate(other.id(), other.name(), other.status(),
                    "email domain " + String.join(", ", shared)));
        }
        Set<String> newDomains = new LinkedHashSet<>(institution.proposedEmailDomains());
        newDomains.removeAll(institution.emailDomains());
        for (Institution other : institutions.claimingEmailDomains(institution, newDomains)) {
            var shared = other.emailDomains().stream().filter(newDomains::contains).toList();
            duplicates.add(new InstitutionView.Duplicate(other.id(), other.name(), other.status(),
                    "proposed email domain " + String.join(", ", shared)));
        }
        Set<String> ranges = new LinkedHashSet<>(institution.ipRanges());
        ranges.addAll(institution.proposedIpRanges());
        for (Institution other : institutions.overlappingIpRanges(institution, ranges)) {
            Set<String> theirs = new LinkedHashSet<>(other.ipRanges());
            theirs.addAll(other.proposedIpRanges());
            var pairs = ranges.stream().flatMap(mine -> theirs.stream().filter(t -> IpRanges.overlap(mine, t))
                    .map(t -> mine.equals(t) ? mine : mine + " ↔ " + t)).toList();
            duplicates.add(new InstitutionView.Duplicate(other.id(), other.name(), other.status(),
                    "IP range " + String.join(", ", pairs)));
        }
        List<InstitutionView.Administrator> administrators = institutions.membersOf(institution).stream()
                .filter(m -> m.role() == Role.INSTITUTION_ADMIN)
                .map(m -> new InstitutionView.Administrator(m.account().email(), m.account().displayName(),
                        m.account().isEmailVerified()))
                .toList();
        return InstitutionView.of(institution, administrators, duplicates, DocumentService.of(institutions, institution),
                institutions.decisionsOn(institution));
    }
}

package org.docuportal.institution.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Role;
import org.docuportal.institution.domain.Institution;
import org.docuportal.institution.domain.InstitutionRepository;
import org.docuportal.institution.domain.InstitutionStatus;
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
        ReviewDecision record;
        try {
            record = institution.decide(decision, reason, session.getCallerPrincipal().getName(), clock.instant());
        } catch (IllegalStateException impossible) {
            throw ConflictException.of(impossible);
        }
        institutions.add(record);
        for (Membership admin : institutions.membersOf(institution)) {
            if (admin.role() == Role.INSTITUTION_ADMIN) {
                notifications.reviewDecision(admin, record);
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
        List<InstitutionView.Administrator> administrators = institutions.membersOf(institution).stream()
                .filter(m -> m.role() == Role.INSTITUTION_ADMIN)
                .map(m -> new InstitutionView.Administrator(m.account().email(), m.account().displayName(),
                        m.account().isEmailVerified()))
                .toList();
        return InstitutionView.of(institution, administrators, duplicates, DocumentService.of(institutions, institution),
                institutions.decisionsOn(institution));
    }
}

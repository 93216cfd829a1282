package org.docuportal.institution.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.docuportal.institution.domain.Institution;
import org.docuportal.institution.domain.InstitutionStatus;
import org.docuportal.institution.domain.InstitutionType;
import org.docuportal.institution.domain.ReviewDecision;
import org.docuportal.institution.domain.SizeBand;

/**
 * An institution as reviewers see it: its details, the evidence for a decision (other
 * institutions with the same registry id, email domain or overlapping IP range, the documents it
 * uploaded), its review trail, and a change of domains or ranges waiting for review.
 */
public record InstitutionView(long id, String name, InstitutionType type, String country, String address,
                              String website, String registryId, Set<String> emailDomains, Set<String> ipRanges,
                              SizeBand sizeBand, InstitutionStatus status, Instant registeredAt,
                              List<Administrator> administrators, List<Duplicate> duplicates,
                              List<DocumentView> documents, List<DecisionView> decisions,
                              NetworkChange networkChange) implements Serializable {

    /**
     * The email domains and IP ranges an administrator proposed, waiting for a reviewer; the
     * institution's {@code emailDomains} and {@code ipRanges} stay in force until then.
     */
    public record NetworkChange(Set<String> emailDomains, Set<String> ipRanges, String proposedBy, Instant proposedAt)
            implements Serializable {
    }

    public boolean hasNetworkChange() {
        return networkChange != null;
    }

    /** An administrator of the institution, and whether they proved their email address. */
    public record Administrator(String email, String name, boolean emailVerified) implements Serializable {
    }

    /** Another institution that registered the same registry id, one of the same email domains, or an overlapping IP range. */
    public record Duplicate(long id, String name, InstitutionStatus status, String sharedValue)
            implements Serializable {
    }

    /** One entry of the review trail. */
    public record DecisionView(Institution.Decision decision, String reason, String reviewer,
                               InstitutionStatus statusBefore, InstitutionStatus statusAfter, Instant decidedAt)
                                       implements Serializable {

        static DecisionView of(ReviewDecision d) {
            return new DecisionView(d.decision(), d.reason(), d.reviewer(), d.statusBefore(), d.statusAfter(),
                    d.decidedAt());
        }
    }

    static InstitutionView of(Institution i, List<Administrator> administrators, List<Duplicate> duplicates,
                              List<DocumentView> documents, List<ReviewDecision> decisions) {
        return new InstitutionView(i.id(), i.name(), i.type(), i.country().code(), i.address(), i.website(),
                i.registryId(), i.emailDomains(), i.ipRanges(), i.sizeBand(), i.status(), i.registeredAt(),
                administrators, duplicates, documents, decisions.stream().map(DecisionView::of).toList(),
                i.hasNetworkChangeWaiting()
                        ? new NetworkChange(Set.copyOf(i.proposedEmailDomains()), Set.copyOf(i.proposedIpRanges()),
                                i.networkChangeProposedBy(), i.networkChangeProposedAt())
                        : null);
    }
}

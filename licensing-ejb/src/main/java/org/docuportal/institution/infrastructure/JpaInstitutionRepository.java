package org.docuportal.institution.infrastructure;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.docuportal.institution.domain.Institution;
import org.docuportal.institution.domain.Invitation;
import org.docuportal.institution.domain.IpRanges;
import org.docuportal.institution.domain.InstitutionRepository;
import org.docuportal.institution.domain.InstitutionStatus;
import org.docuportal.institution.domain.Membership;
import org.docuportal.institution.domain.ReviewDecision;
import org.docuportal.institution.domain.SupportingDocument;

/** Institutions, memberships and review decisions in JPA. Joins the calling service's transaction. */
@ApplicationScoped
public class JpaInstitutionRepository implements InstitutionRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void add(Institution institution) {
        em.persist(institution);
    }

    @Override
    public Optional<Institution> find(long id) {
        return Optional.ofNullable(em.find(Institution.class, id));
    }

    @Override
    public List<Institution> withStatus(InstitutionStatus status) {
        return em.createQuery("SELECT i FROM Institution i WHERE i.status = :status ORDER BY i.registeredAt, i.id",
                        Institution.class)
                .setParameter("status", status)
                .getResultList();
    }

    @Override
    public List<Institution> sharingRegistryId(Institution institution) {
        if (institution.registryId() == null) {
            return List.of();
        }
        return em.createQuery("SELECT i FROM Institution i WHERE i.registryId = :registryId AND i.id <> :id ORDER BY i.id",
                        Institution.class)
                .setParameter("registryId", institution.registryId())
                .setParameter("id", institution.id())
                .getResultList();
    }

    @Override
    public List<Institution> sharingEmailDomain(Institution institution) {
        return em.createQuery("SELECT DISTINCT i FROM Institution i JOIN i.emailDomains d"
                                + " WHERE d IN :domains AND i.id <> :id", Institution.class)
                .setParameter("domains", List.copyOf(institution.emailDomains()))
                .setParameter("id", institution.id())
                .getResultList();
    }

    @Override
    public List<Institution> claimingEmailDomains(Institution institution, Collection<String> domains) {
        if (domains.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT DISTINCT i FROM Institution i JOIN i.emailDomains d"
                                + " WHERE d IN :domains AND i.id <> :id", Institution.class)
                .setParameter("domains", List.copyOf(domains))
                .setParameter("id", institution.id())
                .getResultList();
    }

    @Override
    public List<Institution> overlappingIpRanges(Institution institution, Collection<String> ranges) {
        if (ranges.isEmpty()) {
            return List.of();
        }
        // Overlap is a question of prefixes the database cannot answer portably, so the ranges are
        // compared here; an institution lists a handful of them.
        Set<Long> ids = new LinkedHashSet<>();
        for (String query : List.of("SELECT i.id, r FROM Institution i JOIN i.ipRanges r WHERE i.id <> :id ORDER BY i.id",
                "SELECT i.id, r FROM Institution i JOIN i.proposedIpRanges r WHERE i.id <> :id ORDER BY i.id")) {
            for (Object[] row : em.createQuery(query, Object[].class).setParameter("id", institution.id()).getResultList()) {
                if (ranges.stream().anyMatch(range -> IpRanges.overlap(range, (String) row[1]))) {
                    ids.add((Long) row[0]);
                }
            }
        }
        return ids.stream().map(id -> em.find(Institution.class, id)).toList();
    }

    @Override
    public List<Institution> withNetworkChangeWaiting() {
        return em.createQuery("SELECT i FROM Institution i WHERE i.networkChangeProposedAt IS NOT NULL"
                + " ORDER BY i.networkChangeProposedAt, i.id", Institution.class).getResultList();
    }

    @Override
    public void add(Membership membership) {
        em.persist(membership);
    }

    @Override
    public Optional<Membership> membershipOf(String email) {
        return em.createQuery("SELECT m FROM Membership m WHERE m.account.email = :email", Membership.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Membership> membersOf(Institution institution) {
        return em.createQuery("SELECT m FROM Membership m WHERE m.institution = :institution ORDER BY m.joinedAt, m.id",
                        Membership.class)
                .setParameter("institution", institution)
                .getResultList();
    }

    @Override
    public Optional<Membership> membership(long id) {
        return Optional.ofNullable(em.find(Membership.class, id));
    }

    @Override
    public void add(Invitation invitation) {
        em.persist(invitation);
    }

    @Override
    public Optional<Invitation> invitationByTokenHash(String tokenHash) {
        return em.createQuery("SELECT i FROM Invitation i WHERE i.tokenHash = :hash", Invitation.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Invitation> invitation(long id) {
        return Optional.ofNullable(em.find(Invitation.class, id));
    }

    @Override
    public List<Invitation> unansweredInvitationsOf(Institution institution) {
        return em.createQuery("SELECT i FROM Invitation i WHERE i.institution = :institution"
                        + " AND i.acceptedAt IS NULL AND i.revokedAt IS NULL ORDER BY i.createdAt DESC, i.id DESC", Invitation.class)
                .setParameter("institution", institution)
                .getResultList();
    }

    @Override
    public void add(SupportingDocument document) {
        em.persist(document);
    }

    @Override
    public List<SupportingDocument> documentsOf(Institution institution) {
        return em.createQuery("SELECT d FROM SupportingDocument d WHERE d.institution = :institution"
                        + " ORDER BY d.uploadedAt, d.id", SupportingDocument.class)
                .setParameter("institution", institution)
                .getResultList();
    }

    @Override
    public Optional<SupportingDocument> document(long id) {
        return Optional.ofNullable(em.find(SupportingDocument.class, id));
    }

    @Override
    public void add(ReviewDecision decision) {
        em.persist(decision);
    }

    @Override
    public List<ReviewDecision> decisionsOn(Institution institution) {
        return em.createQuery("SELECT d FROM ReviewDecision d WHERE d.institution = :institution ORDER BY d.decidedAt, d.id",
                        ReviewDecision.class)
                .setParameter("institution", institution)
                .getResultList();
    }
}

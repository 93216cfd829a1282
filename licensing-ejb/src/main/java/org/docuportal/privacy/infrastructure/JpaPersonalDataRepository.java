package org.docuportal.privacy.infrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.docuportal.account.domain.Account;
import org.docuportal.catalog.domain.Title;
import org.docuportal.curriculum.domain.GuideDownload;
import org.docuportal.entitlement.domain.PlaybackSession;
import org.docuportal.entitlement.domain.ScreenerRequest;
import org.docuportal.impact.domain.Screening;
import org.docuportal.institution.domain.Institution;
import org.docuportal.institution.domain.Membership;
import org.docuportal.licensing.domain.LicenseOrder;
import org.docuportal.licensing.domain.Quote;
import org.docuportal.privacy.domain.PersonalDataRepository;

/**
 * A person's records in JPA. Identities are replaced with JPQL bulk updates rather than native SQL,
 * so that EclipseLink drops the affected entities from its shared cache and no server goes on
 * showing an email that is gone. Joins the calling service's transaction.
 */
@ApplicationScoped
public class JpaPersonalDataRepository implements PersonalDataRepository {

    /** Identities that are still emails; a pseudonym has no {@code @}. */
    private static final String A_PERSON = "'%@%'";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public List<PlaybackSession> playsOf(String email) {
        return em.createQuery("SELECT s FROM PlaybackSession s WHERE s.viewer = :email ORDER BY s.startedAt DESC", PlaybackSession.class)
                .setParameter("email", email).getResultList();
    }

    @Override
    public Map<Long, String> titleNames(Collection<Long> titleIds) {
        if (titleIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT t FROM Title t WHERE t.id IN :ids", Title.class).setParameter("ids", titleIds)
                .getResultStream().collect(Collectors.toMap(Title::id, Title::title));
    }

    @Override
    public List<GuideDownload> guideDownloadsOf(String email) {
        return em.createQuery("SELECT d FROM GuideDownload d WHERE d.downloader = :email ORDER BY d.downloadedAt DESC",
                GuideDownload.class).setParameter("email", email).getResultList();
    }

    @Override
    public List<Quote> quotesRequestedBy(String email) {
        return em.createQuery("SELECT q FROM Quote q WHERE q.requestedBy = :email ORDER BY q.createdAt DESC", Quote.class)
                .setParameter("email", email).getResultList();
    }

    @Override
    public List<LicenseOrder> ordersPlacedBy(String email) {
        return em.createQuery("SELECT o FROM LicenseOrder o WHERE o.orderedBy = :email ORDER BY o.createdAt DESC", LicenseOrder.class)
                .setParameter("email", email).getResultList();
    }

    @Override
    public List<ScreenerRequest> screenerRequestsOf(String email) {
        return em.createQuery("SELECT r FROM ScreenerRequest r WHERE r.email = :email ORDER BY r.requestedAt DESC",
                ScreenerRequest.class).setParameter("email", email).getResultList();
    }

    @Override
    public List<Screening> screeningsOpenedBy(String email) {
        return em.createQuery("SELECT s FROM Screening s WHERE s.openedBy = :email ORDER BY s.openedAt DESC", Screening.class)
                .setParameter("email", email).getResultList();
    }

    @Override
    public int replaceIdentity(String email, String pseudonym, Instant now) {
        // Frees the person's streams at once; written like PlaybackSession.end for a lease that has not lapsed.
        em.createQuery("UPDATE PlaybackSession s SET s.endedAt = :now WHERE s.viewer = :email AND s.endedAt IS NULL"
                + " AND s.leaseExpiresAt > :now").setParameter("now", now).setParameter("email", email).executeUpdate();
        int changed = em.createQuery("UPDATE PlaybackSession s SET s.viewer = :pseudonym, s.clientNetwork = NULL WHERE s.viewer = :email")
                .setParameter("pseudonym", pseudonym).setParameter("email", email).executeUpdate();
        for (String update : List.of(
                "UPDATE GuideDownload d SET d.downloader = :pseudonym WHERE d.downloader = :email",
                "UPDATE Quote q SET q.requestedBy = :pseudonym WHERE q.requestedBy = :email",
                "UPDATE Quote q SET q.decidedBy = :pseudonym WHERE q.decidedBy = :email",
                "UPDATE LicenseOrder o SET o.orderedBy = :pseudonym WHERE o.orderedBy = :email",
                "UPDATE SupportingDocument d SET d.uploadedBy = :pseudonym WHERE d.uploadedBy = :email",
                "UPDATE Invitation i SET i.invitedBy = :pseudonym WHERE i.invitedBy = :email",
                "UPDATE Screening s SET s.openedBy = :pseudonym WHERE s.openedBy = :email",
                "UPDATE ScreenerRequest r SET r.email = :pseudonym, r.requesterName = :pseudonym WHERE r.email = :email")) {
            changed += em.createQuery(update).setParameter("pseudonym", pseudonym).setParameter("email", email).executeUpdate();
        }
        return changed;
    }

    @Override
    public List<String> viewersBefore(LocalDate firstKeptMonth, Instant now, int limit) {
        return em.createQuery("SELECT DISTINCT s.viewer FROM PlaybackSession s WHERE s.usageMonth < :month AND s.viewer LIKE "
                        + A_PERSON + " AND (s.endedAt IS NOT NULL OR s.leaseExpiresAt < :now)", String.class)
                .setParameter("month", firstKeptMonth).setParameter("now", now).setMaxResults(limit).getResultList();
    }

    @Override
    public int pseudonymizePlays(String viewer, LocalDate firstKeptMonth, Instant now, String pseudonym) {
        return em.createQuery("UPDATE PlaybackSession s SET s.viewer = :pseudonym, s.clientNetwork = NULL WHERE s.viewer = :viewer"
                        + " AND s.usageMonth < :month AND (s.endedAt IS NOT NULL OR s.leaseExpiresAt < :now)")
                .setParameter("pseudonym", pseudonym).setParameter("viewer", viewer)
                .setParameter("month", firstKeptMonth).setParameter("now", now).executeUpdate();
    }

    @Override
    public List<String> downloadersBefore(LocalDate firstKeptMonth, int limit) {
        return em.createQuery("SELECT DISTINCT d.downloader FROM GuideDownload d WHERE d.usageMonth < :month AND d.downloader LIKE "
                        + A_PERSON, String.class)
                .setParameter("month", firstKeptMonth).setMaxResults(limit).getResultList();
    }

    @Override
    public int pseudonymizeGuideDownloads(String downloader, LocalDate firstKeptMonth, String pseudonym) {
        return em.createQuery("UPDATE GuideDownload d SET d.downloader = :pseudonym WHERE d.downloader = :downloader"
                        + " AND d.usageMonth < :month")
                .setParameter("pseudonym", pseudonym).setParameter("downloader", downloader).setParameter("month", firstKeptMonth)
                .executeUpdate();
    }

    @Override
    public List<Long> screenerRequestsBefore(Instant cutoff, Instant now, int limit) {
        return em.createQuery("SELECT r.id FROM ScreenerRequest r WHERE r.requestedAt < :cutoff AND r.email LIKE " + A_PERSON
                        + " AND (r.validUntil IS NULL OR r.validUntil < :now) ORDER BY r.id", Long.class)
                .setParameter("cutoff", cutoff).setParameter("now", now).setMaxResults(limit).getResultList();
    }

    @Override
    public void pseudonymizeScreenerRequest(long id, String pseudonym) {
        em.createQuery("UPDATE ScreenerRequest r SET r.email = :pseudonym, r.requesterName = :pseudonym,"
                        + " r.reason = :reason WHERE r.id = :id")
                .setParameter("pseudonym", pseudonym).setParameter("reason", "-").setParameter("id", id).executeUpdate();
    }

    @Override
    public void removeAccount(Account account, Optional<Membership> membership) {
        em.createQuery("DELETE FROM ApiToken t WHERE t.account = :account").setParameter("account", account).executeUpdate();
        em.createQuery("DELETE FROM EmailVerification v WHERE v.account = :account").setParameter("account", account).executeUpdate();
        membership.ifPresent(m -> em.remove(em.contains(m) ? m : em.merge(m)));
        em.flush();
        em.remove(em.contains(account) ? account : em.merge(account));
    }

    @Override
    public Optional<Institution> lockInstitution(long id) {
        return Optional.ofNullable(em.find(Institution.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public boolean claimScheduledRun(Instant now, Instant notBefore) {
        return em.createQuery("UPDATE PrivacyJobClaim c SET c.lastRunAt = :now WHERE c.id = 1"
                        + " AND (c.lastRunAt IS NULL OR c.lastRunAt < :notBefore)")
                .setParameter("now", now).setParameter("notBefore", notBefore).executeUpdate() == 1;
    }
}

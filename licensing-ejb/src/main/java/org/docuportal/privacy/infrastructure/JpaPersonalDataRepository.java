package org.docuportal.privacy.infrastructure;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Cache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.docuportal.account.domain.Account;
import org.docuportal.catalog.domain.Title;
import org.docuportal.curriculum.domain.GuideDownload;
import org.docuportal.entitlement.domain.PlaybackSession;
import org.docuportal.entitlement.domain.ScreenerRequest;
import org.docuportal.impact.domain.Screening;
import org.docuportal.institution.domain.Institution;
import org.docuportal.institution.domain.Invitation;
import org.docuportal.institution.domain.Membership;
import org.docuportal.institution.domain.SupportingDocument;
import org.docuportal.licensing.domain.LicenseOrder;
import org.docuportal.licensing.domain.Quote;
import org.docuportal.privacy.domain.PersonalDataRepository;

/**
 * A person's records in JPA. Identities are replaced with plain SQL updates, which leave the rows'
 * versions alone: EclipseLink's JPQL bulk updates raise them, and a cached copy with the old version
 * then failed the next change of that order or quote as a concurrent one. The affected classes leave
 * the shared cache after the commit instead. Joins the calling service's transaction.
 */
@ApplicationScoped
public class JpaPersonalDataRepository implements PersonalDataRepository {

    /** Identities that are still emails; a pseudonym has no {@code @}. */
    private static final String A_PERSON = "'%@%'";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transactions;

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
        Timestamp at = Timestamp.from(now);
        // Frees the person's streams at once; written like PlaybackSession.end for a lease that has not lapsed.
        em.createNativeQuery("UPDATE playback_session SET ended_at = ?1 WHERE viewer = ?2 AND ended_at IS NULL AND lease_expires_at > ?3")
                .setParameter(1, at).setParameter(2, email).setParameter(3, at).executeUpdate();
        int changed = 0;
        for (String update : List.of(
                "UPDATE playback_session SET viewer = ?1, client_address = NULL WHERE viewer = ?2",
                "UPDATE guide_download SET downloader = ?1 WHERE downloader = ?2",
                "UPDATE quote SET requested_by = ?1 WHERE requested_by = ?2",
                "UPDATE quote SET decided_by = ?1 WHERE decided_by = ?2",
                "UPDATE license_order SET ordered_by = ?1 WHERE ordered_by = ?2",
                "UPDATE supporting_document SET uploaded_by = ?1 WHERE uploaded_by = ?2",
                "UPDATE invitation SET invited_by = ?1 WHERE invited_by = ?2",
                "UPDATE screening SET opened_by = ?1 WHERE opened_by = ?2",
                "UPDATE screener_request SET email = ?1, requester_name = ?3 WHERE email = ?2")) {
            var query = em.createNativeQuery(update).setParameter(1, pseudonym).setParameter(2, email);
            if (update.contains("?3")) {
                query.setParameter(3, pseudonym);
            }
            changed += query.executeUpdate();
        }
        changed += pseudonymizeAuditLog(email, pseudonym);
        evictAfterCommit(PlaybackSession.class, GuideDownload.class, Quote.class, LicenseOrder.class, SupportingDocument.class,
                Invitation.class, Screening.class, ScreenerRequest.class);
        return changed;
    }

    /**
     * The audit log keeps what was done and when. As with review decisions and rights changes, the
     * distributor's staff stay named (the README's privacy table: who decided what); anyone else —
     * an institution's administrator, a member, a mail's recipient — becomes the pseudonym written
     * everywhere else, as actor, as a subject's label and inside before/after snapshots, so that their
     * entries still read as one person's. This is the only change ever made to a stored entry (see V24).
     * On PostgreSQL it says so for this transaction ({@code docuportal.erasure}), which the optional
     * append-only trigger of docs/audit.md lets through.
     */
    private int pseudonymizeAuditLog(String email, String pseudonym) {
        if (onPostgreSql()) {
            em.createNativeQuery("SELECT set_config('docuportal.erasure', 'on', true)").getSingleResult();
        }
        String notStaffActor = " AND (actor_role IS NULL OR actor_role NOT IN ('PLATFORM_ADMIN', 'REVIEWER'))";
        String notStaffSubject = " AND subject_type NOT IN ('STAFF_ACCOUNT', 'STAFF_INVITATION')";
        int changed = 0;
        for (String update : List.of(
                "UPDATE audit_entry SET actor_name = ?1, actor_email = ?1 WHERE actor_email = ?2" + notStaffActor,
                "UPDATE audit_entry SET subject_label = ?1 WHERE subject_label = ?2" + notStaffSubject,
                "UPDATE audit_entry SET before_json = REPLACE(before_json, ?2, ?1) WHERE before_json LIKE ?3" + notStaffSubject,
                "UPDATE audit_entry SET after_json = REPLACE(after_json, ?2, ?1) WHERE after_json LIKE ?3" + notStaffSubject)) {
            var query = em.createNativeQuery(update).setParameter(1, pseudonym).setParameter(2, email);
            if (update.contains("?3")) {
                query.setParameter(3, "%" + email + "%");
            }
            changed += query.executeUpdate();
        }
        return changed;
    }

    private boolean onPostgreSql() {
        try {
            return "PostgreSQL".equals(em.unwrap(Connection.class).getMetaData().getDatabaseProductName());
        } catch (RuntimeException | SQLException unknown) {
            // Without the marker only the optional trigger objects, and then it says why.
            return false;
        }
    }

    @Override
    public List<String> viewersBefore(LocalDate firstKeptMonth, Instant now, int limit) {
        return em.createQuery("SELECT DISTINCT s.viewer FROM PlaybackSession s WHERE s.usageMonth < :month AND s.viewer LIKE "
                        + A_PERSON + " AND (s.endedAt IS NOT NULL OR s.leaseExpiresAt < :now)", String.class)
                .setParameter("month", firstKeptMonth).setParameter("now", now).setMaxResults(limit).getResultList();
    }

    @Override
    public int pseudonymizePlays(String viewer, LocalDate firstKeptMonth, Instant now, String pseudonym) {
        int changed = em.createNativeQuery("UPDATE playback_session SET viewer = ?1, client_address = NULL WHERE viewer = ?2"
                        + " AND usage_month < ?3 AND (ended_at IS NOT NULL OR lease_expires_at < ?4)")
                .setParameter(1, pseudonym).setParameter(2, viewer)
                .setParameter(3, Date.valueOf(firstKeptMonth)).setParameter(4, Timestamp.from(now)).executeUpdate();
        evictAfterCommit(PlaybackSession.class);
        return changed;
    }

    @Override
    public List<String> downloadersBefore(LocalDate firstKeptMonth, int limit) {
        return em.createQuery("SELECT DISTINCT d.downloader FROM GuideDownload d WHERE d.usageMonth < :month AND d.downloader LIKE "
                        + A_PERSON, String.class)
                .setParameter("month", firstKeptMonth).setMaxResults(limit).getResultList();
    }

    @Override
    public int pseudonymizeGuideDownloads(String downloader, LocalDate firstKeptMonth, String pseudonym) {
        int changed = em.createNativeQuery("UPDATE guide_download SET downloader = ?1 WHERE downloader = ?2 AND usage_month < ?3")
                .setParameter(1, pseudonym).setParameter(2, downloader).setParameter(3, Date.valueOf(firstKeptMonth))
                .executeUpdate();
        evictAfterCommit(GuideDownload.class);
        return changed;
    }

    @Override
    public List<Long> screenerRequestsBefore(Instant cutoff, Instant now, int limit) {
        return em.createQuery("SELECT r.id FROM ScreenerRequest r WHERE r.requestedAt < :cutoff AND r.email LIKE " + A_PERSON
                        + " AND (r.validUntil IS NULL OR r.validUntil < :now) ORDER BY r.id", Long.class)
                .setParameter("cutoff", cutoff).setParameter("now", now).setMaxResults(limit).getResultList();
    }

    @Override
    public void pseudonymizeScreenerRequest(long id, String pseudonym) {
        em.createNativeQuery("UPDATE screener_request SET email = ?1, requester_name = ?2, reason = '-' WHERE id = ?3")
                .setParameter(1, pseudonym).setParameter(2, pseudonym).setParameter(3, id).executeUpdate();
        evictAfterCommit(ScreenerRequest.class);
    }

    @Override
    public void removeAccount(Account account, Optional<Membership> membership) {
        em.createQuery("DELETE FROM ApiToken t WHERE t.account = :account").setParameter("account", account).executeUpdate();
        em.createQuery("DELETE FROM EmailVerification v WHERE v.account = :account").setParameter("account", account).executeUpdate();
        membership.ifPresent(m -> em.remove(em.contains(m) ? m : em.merge(m)));
        em.flush();
        em.remove(em.contains(account) ? account : em.merge(account));
    }

    /**
     * Drops the classes from the shared cache once the transaction has ended, so that no server's
     * cache goes on showing an email the database no longer holds. Evicted after the commit, not
     * before, so that a request reading the old rows meanwhile cannot put them back for good.
     */
    private void evictAfterCommit(Class<?>... types) {
        Cache cache = em.getEntityManagerFactory().getCache();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                for (Class<?> type : types) {
                    cache.evict(type);
                }
            }
        });
    }

    @Override
    public Optional<Institution> lockInstitution(long id) {
        return Optional.ofNullable(em.find(Institution.class, id, LockModeType.PESSIMISTIC_WRITE));
    }
}

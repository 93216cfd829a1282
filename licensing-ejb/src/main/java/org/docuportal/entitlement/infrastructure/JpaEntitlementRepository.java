package org.docuportal.entitlement.infrastructure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.docuportal.catalog.domain.Title;
import org.docuportal.entitlement.domain.EntitlementRepository;
import org.docuportal.entitlement.domain.PlaybackSession;
import org.docuportal.entitlement.domain.ScreenerRequest;
import org.docuportal.entitlement.domain.ScreenerStatus;
import org.docuportal.institution.domain.Institution;
import org.docuportal.licensing.domain.License;
import org.docuportal.licensing.domain.LicenseStatus;
import org.docuportal.licensing.domain.OfferKind;

/** Playback sessions and screener requests in JPA. Joins the calling service's transaction. */
@ApplicationScoped
public class JpaEntitlementRepository implements EntitlementRepository {

    /** The kinds of license that include streaming the film: {@link OfferKind#includesStreaming()}, as a query parameter. */
    private static final List<OfferKind> STREAMING_KINDS = java.util.Arrays.stream(OfferKind.values())
            .filter(OfferKind::includesStreaming).toList();

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public List<License> streamableLicenses(Institution institution, Title title, LocalDate day) {
        // Mirrors License.stateOn(day) == ACTIVE and LicenseEntitlement.streams(license).
        return em.createQuery("SELECT l FROM License l WHERE l.institution = :institution AND l.title = :title"
                        + " AND l.status = :active AND l.kind IN :kinds AND l.startDate <= :day AND l.endDate >= :day"
                        + " ORDER BY l.endDate DESC, l.id", License.class)
                .setParameter("institution", institution)
                .setParameter("title", title)
                .setParameter("active", LicenseStatus.ACTIVE)
                .setParameter("kinds", STREAMING_KINDS)
                .setParameter("day", day)
                .getResultList();
    }

    @Override
    public Optional<License> lockLicense(long id) {
        return Optional.ofNullable(em.find(License.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<License> license(long id) {
        return Optional.ofNullable(em.find(License.class, id));
    }

    @Override
    public Optional<ScreenerRequest> lockScreener(long id) {
        return Optional.ofNullable(em.find(ScreenerRequest.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(PlaybackSession session) {
        em.persist(session);
    }

    @Override
    public Optional<PlaybackSession> lockSession(String id) {
        return Optional.ofNullable(em.find(PlaybackSession.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<PlaybackSession> liveSessions(String entitlement, Instant now) {
        return em.createQuery("SELECT s FROM PlaybackSession s WHERE s.entitlement = :entitlement"
                        + " AND s.endedAt IS NULL AND s.leaseExpiresAt > :now ORDER BY s.startedAt", PlaybackSession.class)
                .setParameter("entitlement", entitlement)
                .setParameter("now", now)
                .getResultList();
    }

    @Override
    public void add(ScreenerRequest request) {
        em.persist(request);
    }

    @Override
    public Optional<ScreenerRequest> screener(long id) {
        return Optional.ofNullable(em.find(ScreenerRequest.class, id));
    }

    @Override
    public Optional<ScreenerRequest> screenerByAccessCodeHash(String hash) {
        return em.createQuery("SELECT s FROM ScreenerRequest s WHERE s.accessCodeHash = :hash", ScreenerRequest.class)
                .setParameter("hash", hash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<ScreenerRequest> screeners(ScreenerStatus status) {
        if (status == null) {
            return em.createQuery("SELECT s FROM ScreenerRequest s ORDER BY s.requestedAt", ScreenerRequest.class).getResultList();
        }
        return em.createQuery("SELECT s FROM ScreenerRequest s WHERE s.status = :status ORDER BY s.requestedAt", ScreenerRequest.class)
                .setParameter("status", status)
                .getResultList();
    }
}

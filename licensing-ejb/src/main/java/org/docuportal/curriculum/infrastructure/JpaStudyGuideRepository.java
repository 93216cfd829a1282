package org.docuportal.curriculum.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.docuportal.curriculum.Audience;
import org.docuportal.curriculum.domain.GuideAttachment;
import org.docuportal.curriculum.domain.PublishedGuideVersion;
import org.docuportal.curriculum.domain.StudyGuideEdition;
import org.docuportal.curriculum.domain.StudyGuideRepository;

@ApplicationScoped
public class JpaStudyGuideRepository implements StudyGuideRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<StudyGuideEdition> find(long titleId, Audience audience, String language) {
        return edition(titleId, audience, language).getResultStream().findFirst();
    }

    @Override
    public Optional<StudyGuideEdition> findForUpdate(long titleId, Audience audience, String language) {
        return edition(titleId, audience, language).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    private TypedQuery<StudyGuideEdition> edition(long titleId, Audience audience, String language) {
        return em.createQuery("SELECT g FROM StudyGuideEdition g WHERE g.title.id = :title AND g.audience = :audience"
                        + " AND g.language = :language", StudyGuideEdition.class)
                .setParameter("title", titleId)
                .setParameter("audience", audience)
                .setParameter("language", language);
    }

    @Override
    public List<StudyGuideEdition> all() {
        return em.createQuery("SELECT g FROM StudyGuideEdition g JOIN FETCH g.title t"
                + " ORDER BY t.title, g.audience, g.language", StudyGuideEdition.class).getResultList();
    }

    @Override
    public List<StudyGuideEdition> publishedOf(long titleId) {
        return em.createQuery("SELECT g FROM StudyGuideEdition g WHERE g.title.id = :title AND g.latestVersion IS NOT NULL"
                        + " ORDER BY g.audience, g.language", StudyGuideEdition.class)
                .setParameter("title", titleId)
                .getResultList();
    }

    @Override
    public void add(StudyGuideEdition guide) {
        em.persist(guide);
    }

    @Override
    public void addNow(StudyGuideEdition guide) {
        em.persist(guide);
        em.flush();
    }

    @Override
    public void add(PublishedGuideVersion version) {
        em.persist(version);
    }

    @Override
    public List<PublishedGuideVersion> versions(StudyGuideEdition guide) {
        return em.createQuery("SELECT v FROM PublishedGuideVersion v WHERE v.guide = :guide ORDER BY v.number DESC",
                        PublishedGuideVersion.class)
                .setParameter("guide", guide)
                .getResultList();
    }

    @Override
    public Optional<PublishedGuideVersion> version(StudyGuideEdition guide, int number) {
        return em.createQuery("SELECT v FROM PublishedGuideVersion v WHERE v.guide = :guide AND v.number = :number",
                        PublishedGuideVersion.class)
                .setParameter("guide", guide)
                .setParameter("number", number)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<PublishedGuideVersion> version(long versionId) {
        return Optional.ofNullable(em.find(PublishedGuideVersion.class, versionId));
    }

    @Override
    public void storePdfIfMissing(long versionId, byte[] pdf, Instant now) {
        em.createQuery("UPDATE PublishedGuideVersion v SET v.pdf = :pdf, v.pdfRenderedAt = :now"
                        + " WHERE v.id = :id AND v.pdfRenderedAt IS NULL")
                .setParameter("pdf", pdf)
                .setParameter("now", now)
                .setParameter("id", versionId)
                .executeUpdate();
    }

    @Override
    public List<GuideAttachment> attachments(StudyGuideEdition guide) {
        return em.createQuery("SELECT a FROM GuideAttachment a WHERE a.guide = :guide ORDER BY a.name", GuideAttachment.class)
                .setParameter("guide", guide)
                .getResultList();
    }

    @Override
    public Optional<GuideAttachment> attachment(StudyGuideEdition guide, String name) {
        // A NUL byte from an address would make PostgreSQL refuse the query; no such name exists anyway.
        if (!GuideAttachment.isValidName(name)) {
            return Optional.empty();
        }
        return em.createQuery("SELECT a FROM GuideAttachment a WHERE a.guide = :guide AND a.name = :name",
                        GuideAttachment.class)
                .setParameter("guide", guide)
                .setParameter("name", name)
                .getResultStream().findFirst();
    }

    @Override
    public void add(GuideAttachment attachment) {
        em.persist(attachment);
    }

    @Override
    public void remove(GuideAttachment attachment) {
        em.remove(attachment);
    }
}

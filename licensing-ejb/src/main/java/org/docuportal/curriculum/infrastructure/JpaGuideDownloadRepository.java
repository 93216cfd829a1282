package org.docuportal.curriculum.infrastructure;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.docuportal.curriculum.domain.GuideDownload;
import org.docuportal.curriculum.domain.GuideDownloadRepository;

@ApplicationScoped
public class JpaGuideDownloadRepository implements GuideDownloadRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void add(GuideDownload download) {
        em.persist(download);
    }

    @Override
    public List<GuideDownload> downloadsOf(long institutionId, int limit) {
        return em.createQuery("SELECT d FROM GuideDownload d WHERE d.institutionId = :institution"
                        + " ORDER BY d.downloadedAt DESC, d.id DESC", GuideDownload.class)
                .setParameter("institution", institutionId)
                .setMaxResults(limit)
                .getResultList();
    }
}

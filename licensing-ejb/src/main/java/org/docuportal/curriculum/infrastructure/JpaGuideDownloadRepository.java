package org.docuportal.curriculum.infrastructure;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.docuportal.catalog.domain.Title;
import org.docuportal.curriculum.domain.GuideDownload;
import org.docuportal.curriculum.domain.GuideDownloadRepository;
import org.docuportal.institution.domain.Institution;
import org.docuportal.licensing.domain.License;
import org.docuportal.licensing.domain.LicenseStatus;

@ApplicationScoped
public class JpaGuideDownloadRepository implements GuideDownloadRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public List<License> unexpiredLicenses(Institution institution, Title title, LocalDate day) {
        return em.createQuery("SELECT l FROM License l WHERE l.institution = :institution AND l.title = :title"
                        + " AND l.status = :active AND l.endDate >= :day ORDER BY l.endDate DESC, l.id", License.class)
                .setParameter("institution", institution)
                .setParameter("title", title)
                .setParameter("active", LicenseStatus.ACTIVE)
                .setParameter("day", day)
                .getResultList();
    }

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

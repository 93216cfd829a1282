package org.docuportal.licensing.infrastructure;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.docuportal.catalog.domain.Title;
import org.docuportal.licensing.domain.License;
import org.docuportal.licensing.domain.LicenseRightsIssue;
import org.docuportal.licensing.domain.LicenseStatus;
import org.docuportal.licensing.domain.RightsIssues;

/** Rights issues in JPA. Joins the calling service's transaction. */
@ApplicationScoped
public class JpaRightsIssues implements RightsIssues {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public List<License> runningLicensesOf(Title title, LocalDate today) {
        return em.createQuery("SELECT l FROM License l WHERE l.title = :title AND l.status = :active"
                        + " AND l.endDate >= :today ORDER BY l.id", License.class)
                .setParameter("title", title)
                .setParameter("active", LicenseStatus.ACTIVE)
                .setParameter("today", today)
                .getResultList();
    }

    @Override
    public void add(LicenseRightsIssue issue) {
        em.persist(issue);
    }

    @Override
    public List<LicenseRightsIssue> of(Title title) {
        return em.createQuery("SELECT i FROM LicenseRightsIssue i WHERE i.license.title = :title"
                        + " ORDER BY i.flaggedAt DESC, i.id DESC", LicenseRightsIssue.class)
                .setParameter("title", title)
                .getResultList();
    }
}

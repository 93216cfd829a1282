package org.docuportal.catalog.infrastructure;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.docuportal.catalog.domain.RightsChange;
import org.docuportal.catalog.domain.RightsChangeAction;
import org.docuportal.catalog.domain.RightsWindow;
import org.docuportal.catalog.domain.WindowTerms;
import org.docuportal.catalog.domain.RightsHistory;
import org.docuportal.catalog.domain.Title;

/** The rights history in JPA: inserts and reads only. Joins the calling service's transaction. */
@ApplicationScoped
public class JpaRightsHistory implements RightsHistory {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public RightsChange record(RightsWindow window, RightsChangeAction action, WindowTerms before, WindowTerms after,
                               String reason, String changedBy, Instant changedAt) {
        if (window.id() == null) {
            // Cascaded from its title at commit otherwise; persisting now draws its id from the sequence.
            em.persist(window);
        }
        RightsChange change = new RightsChange(window, action, before, after, reason, changedBy, changedAt);
        em.persist(change);
        return change;
    }

    @Override
    public List<RightsChange> of(Title title) {
        return em.createQuery("SELECT c FROM RightsChange c WHERE c.title = :title ORDER BY c.changedAt DESC, c.id DESC",
                        RightsChange.class)
                .setParameter("title", title)
                .getResultList();
    }
}

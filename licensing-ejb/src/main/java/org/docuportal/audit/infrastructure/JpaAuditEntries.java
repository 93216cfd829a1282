package org.docuportal.audit.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.docuportal.audit.domain.AuditEntries;
import org.docuportal.audit.domain.AuditEntry;
import org.docuportal.audit.domain.AuditFilter;

/** The audit log in the {@code audit_entry} table. No transaction annotations: the caller owns the transaction. */
@ApplicationScoped
public class JpaAuditEntries implements AuditEntries {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void add(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public Optional<AuditEntry> find(long id) {
        return Optional.ofNullable(em.find(AuditEntry.class, id));
    }

    @Override
    public List<AuditEntry> page(AuditFilter filter, int first, int max) {
        return query(filter, "SELECT e FROM AuditEntry e", " ORDER BY e.occurredAt DESC, e.id DESC", AuditEntry.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(AuditFilter filter) {
        return query(filter, "SELECT COUNT(e) FROM AuditEntry e", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(AuditFilter f, String select, String order, Class<T> type) {
        List<String> where = new ArrayList<>();
        if (f.action() != null) {
            where.add("e.action = :action");
        }
        if (f.actorEmail() != null) {
            where.add("e.actorEmail = :actor");
        }
        if (f.subjectType() != null) {
            where.add("e.subjectType = :subjectType");
        }
        if (f.institutionId() != null) {
            where.add("e.institutionId = :institution");
        }
        if (f.from() != null) {
            where.add("e.occurredAt >= :from");
        }
        if (f.until() != null) {
            where.add("e.occurredAt < :until");
        }
        String jpql = select + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + order;
        TypedQuery<T> query = em.createQuery(jpql, type);
        if (f.action() != null) {
            query.setParameter("action", f.action());
        }
        if (f.actorEmail() != null) {
            query.setParameter("actor", f.actorEmail());
        }
        if (f.subjectType() != null) {
            query.setParameter("subjectType", f.subjectType());
        }
        if (f.institutionId() != null) {
            query.setParameter("institution", f.institutionId());
        }
        if (f.from() != null) {
            query.setParameter("from", f.from());
        }
        if (f.until() != null) {
            query.setParameter("until", f.until());
        }
        return query;
    }
}

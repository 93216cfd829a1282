package org.docuportal.payment.infrastructure;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.docuportal.payment.domain.PaymentAlert;
import org.docuportal.payment.domain.PaymentAlerts;

@ApplicationScoped
public class JpaPaymentAlerts implements PaymentAlerts {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void add(PaymentAlert alert) {
        em.persist(alert);
    }

    @Override
    public Optional<PaymentAlert> alert(long id) {
        return Optional.ofNullable(em.find(PaymentAlert.class, id));
    }

    @Override
    public List<PaymentAlert> open() {
        return em.createQuery("SELECT a FROM PaymentAlert a WHERE a.resolvedAt IS NULL ORDER BY a.raisedAt, a.id",
                PaymentAlert.class).getResultList();
    }
}

package org.docuportal.licensing.infrastructure;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.docuportal.catalog.domain.Title;
import org.docuportal.institution.domain.Institution;
import org.docuportal.licensing.domain.License;
import org.docuportal.licensing.domain.LicenseOrder;
import org.docuportal.licensing.domain.LicensingRepository;
import org.docuportal.licensing.domain.Offer;
import org.docuportal.licensing.domain.OrderStatus;
import org.docuportal.licensing.domain.PaymentRequestStatus;
import org.docuportal.licensing.domain.Quote;
import org.docuportal.licensing.domain.QuoteStatus;

/** Offers, quotes, orders and licenses in JPA. Joins the calling service's transaction. */
@ApplicationScoped
public class JpaLicensingRepository implements LicensingRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void add(Offer offer) {
        em.persist(offer);
    }

    @Override
    public Optional<Offer> offer(long id) {
        return Optional.ofNullable(em.find(Offer.class, id));
    }

    @Override
    public List<Offer> offersFor(Title title) {
        return em.createQuery("SELECT o FROM Offer o WHERE o.title = :title ORDER BY o.kind, o.termMonths, o.id", Offer.class)
                .setParameter("title", title)
                .getResultList();
    }

    @Override
    public void add(Quote quote) {
        em.persist(quote);
    }

    @Override
    public Optional<Quote> quote(long id) {
        return Optional.ofNullable(em.find(Quote.class, id));
    }

    @Override
    public void add(LicenseOrder order) {
        em.persist(order);
    }

    @Override
    public Optional<LicenseOrder> order(long id) {
        return Optional.ofNullable(em.find(LicenseOrder.class, id));
    }

    @Override
    public Optional<LicenseOrder> orderForQuote(Quote quote) {
        return em.createQuery("SELECT o FROM LicenseOrder o WHERE o.quote = :quote", LicenseOrder.class)
                .setParameter("quote", quote)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<LicenseOrder> ordersAwaitingPayment() {
        return em.createQuery("SELECT o FROM LicenseOrder o WHERE o.status = :status ORDER BY o.createdAt, o.id",
                        LicenseOrder.class)
                .setParameter("status", OrderStatus.AWAITING_PAYMENT)
                .getResultList();
    }

    @Override
    public Optional<LicenseOrder> orderByProviderReference(String providerReference) {
        return em.createQuery("SELECT o FROM LicenseOrder o WHERE o.providerReference = :ref", LicenseOrder.class)
                .setParameter("ref", providerReference)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(License license) {
        em.persist(license);
    }

    @Override
    public Optional<License> licenseForOrder(LicenseOrder order) {
        return em.createQuery("SELECT l FROM License l WHERE l.order = :order", License.class)
                .setParameter("order", order)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<License> license(long id) {
        return Optional.ofNullable(em.find(License.class, id));
    }

    @Override
    public List<License> activeEndingBy(java.time.LocalDate day) {
        return em.createQuery("SELECT l FROM License l WHERE l.status = :active AND l.endDate <= :day", License.class)
                .setParameter("active", org.docuportal.licensing.domain.LicenseStatus.ACTIVE)
                .setParameter("day", day)
                .getResultList();
    }

    @Override
    public List<License> activeStartingBetween(java.time.LocalDate first, java.time.LocalDate last) {
        return em.createQuery("SELECT l FROM License l WHERE l.status = :active AND l.startDate BETWEEN :first AND :last",
                        License.class)
                .setParameter("active", org.docuportal.licensing.domain.LicenseStatus.ACTIVE)
                .setParameter("first", first)
                .setParameter("last", last)
                .getResultList();
    }

    @Override
    public List<License> licensesOf(Institution institution) {
        return em.createQuery("SELECT l FROM License l WHERE l.institution = :institution ORDER BY l.startDate DESC, l.id",
                        License.class)
                .setParameter("institution", institution)
                .getResultList();
    }

    @Override
    public Optional<Quote> quoteForUpdate(long id) {
        return em.createQuery("SELECT q FROM Quote q WHERE q.id = :id", Quote.class).setParameter("id", id)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public List<Long> paymentRequestsDue(Instant now, int max) {
        return em.createQuery("SELECT o.id FROM LicenseOrder o WHERE o.paymentRequest = :pending"
                        + " AND o.paymentRequestDueAt <= :now ORDER BY o.paymentRequestDueAt, o.id", Long.class)
                .setParameter("pending", PaymentRequestStatus.PENDING).setParameter("now", now)
                .setMaxResults(max).getResultList();
    }

    @Override
    public boolean claimPaymentRequest(long orderId, boolean first, Instant now, Instant leaseEnd) {
        String due = first ? "o.paymentRequestAttempts = 0" : "o.paymentRequestDueAt <= :now";
        var update = em.createQuery("UPDATE LicenseOrder o SET o.paymentRequestAttempts = o.paymentRequestAttempts + 1,"
                        + " o.paymentRequestDueAt = :lease WHERE o.id = :id AND o.paymentRequest = :pending AND " + due)
                .setParameter("id", orderId).setParameter("pending", PaymentRequestStatus.PENDING)
                .setParameter("lease", leaseEnd);
        if (!first) {
            update.setParameter("now", now);
        }
        return update.executeUpdate() == 1;
    }

    @Override
    public void paymentRequestSent(long orderId, String providerReference) {
        em.createQuery("UPDATE LicenseOrder o SET o.paymentRequest = :sent, o.providerReference = :reference,"
                        + " o.paymentRequestDueAt = NULL, o.paymentRequestError = NULL WHERE o.id = :id")
                .setParameter("id", orderId).setParameter("sent", PaymentRequestStatus.SENT)
                .setParameter("reference", providerReference).executeUpdate();
    }

    @Override
    public boolean paymentRequestFailed(long orderId, int attempt, String error, Instant dueAt) {
        String shortened = error == null ? null : error.length() > 500 ? error.substring(0, 500) : error;
        // A given-up request has no due time: NULL is written literally, since a null parameter is bound
        // as text, which PostgreSQL refuses for a timestamp column.
        var update = em.createQuery("UPDATE LicenseOrder o SET o.paymentRequest = :status, o.paymentRequestDueAt = "
                        + (dueAt == null ? "NULL" : ":due")
                        + ", o.paymentRequestError = :error WHERE o.id = :id AND o.paymentRequest = :pending"
                        + " AND o.paymentRequestAttempts = :attempt")
                .setParameter("id", orderId).setParameter("pending", PaymentRequestStatus.PENDING)
                .setParameter("attempt", attempt)
                .setParameter("status", dueAt == null ? PaymentRequestStatus.FAILED : PaymentRequestStatus.PENDING)
                .setParameter("error", shortened);
        if (dueAt != null) {
            update.setParameter("due", dueAt);
        }
        return update.executeUpdate() == 1;
    }

    @Override
    public boolean reopenPaymentRequest(long orderId, Instant now) {
        return em.createQuery("UPDATE LicenseOrder o SET o.paymentRequest = :pending, o.paymentRequestDueAt = :now"
                        + " WHERE o.id = :id AND o.paymentRequest = :failed AND o.status = :awaiting")
                .setParameter("id", orderId).setParameter("pending", PaymentRequestStatus.PENDING)
                .setParameter("failed", PaymentRequestStatus.FAILED).setParameter("awaiting", OrderStatus.AWAITING_PAYMENT)
                .setParameter("now", now).executeUpdate() == 1;
    }

    @Override
    public List<Quote> quotesOf(Institution institution, String requestedBy, QuoteStatus status, int first, int max) {
        return filtered("SELECT q FROM Quote q", Quote.class, institution, requestedBy, status,
                " ORDER BY q.createdAt DESC, q.id DESC").setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countQuotes(Institution institution, String requestedBy, QuoteStatus status) {
        return filtered("SELECT COUNT(q) FROM Quote q", Long.class, institution, requestedBy, status, "").getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, Class<T> type, Institution institution, String requestedBy,
                                       QuoteStatus status, String order) {
        String where = " WHERE q.institution = :institution"
                + (requestedBy == null ? "" : " AND q.requestedBy = :requestedBy")
                + (status == null ? "" : " AND q.status = :status");
        TypedQuery<T> query = em.createQuery(select + where + order, type).setParameter("institution", institution);
        if (requestedBy != null) {
            query.setParameter("requestedBy", requestedBy);
        }
        if (status != null) {
            query.setParameter("status", status);
        }
        return query;
    }

    @Override
    public List<LicenseOrder> ordersFor(Collection<Quote> quotes) {
        if (quotes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT o FROM LicenseOrder o WHERE o.quote IN :quotes", LicenseOrder.class)
                .setParameter("quotes", quotes).getResultList();
    }

    @Override
    public List<License> licensesFor(Collection<LicenseOrder> orders) {
        if (orders.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT l FROM License l WHERE l.order IN :orders", License.class)
                .setParameter("orders", orders).getResultList();
    }
}

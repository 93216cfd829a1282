package org.docuportal.shared.mail;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The outbox table. Every state change a worker makes is one conditional {@code UPDATE} that says
 * whether it took effect, so that of several servers exactly one claims a mail, and a server whose
 * claim ran out (and was taken over) cannot overwrite the outcome of the one that took it.
 * Carries no transaction annotations: the caller owns the transaction.
 */
@ApplicationScoped
public class OutboxMails {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    public void add(OutboxMail mail) {
        em.persist(mail);
    }

    public Optional<OutboxMail> find(long id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id));
    }

    /** Ids of mails a worker may claim now, oldest first. */
    public List<Long> due(Instant now, int max) {
        return em.createQuery("SELECT m.id FROM OutboxMail m WHERE m.status = :pending AND m.nextAttemptAt <= :now"
                        + " AND (m.claimedUntil IS NULL OR m.claimedUntil < :now) ORDER BY m.nextAttemptAt, m.id", Long.class)
                .setParameter("pending", OutboxStatus.PENDING).setParameter("now", now)
                .setMaxResults(max).getResultList();
    }

    /** Takes the mail for this server until the given time, counting the attempt; false when another was quicker. */
    public boolean claim(long id, String server, Instant now, Instant until) {
        return em.createQuery("UPDATE OutboxMail m SET m.claimedBy = :server, m.claimedUntil = :until, m.attempts = m.attempts + 1"
                        + " WHERE m.id = :id AND m.status = :pending AND m.nextAttemptAt <= :now"
                        + " AND (m.claimedUntil IS NULL OR m.claimedUntil < :now)")
                .setParameter("server", server).setParameter("until", until).setParameter("id", id)
                .setParameter("pending", OutboxStatus.PENDING).setParameter("now", now)
                .executeUpdate() == 1;
    }

    /** Records the delivery, if this server still holds the claim. */
    public boolean sent(long id, String server, Instant now) {
        return em.createQuery("UPDATE OutboxMail m SET m.status = :sent, m.sentAt = :now, m.claimedBy = NULL,"
                        + " m.claimedUntil = NULL, m.lastError = NULL WHERE m.id = :id AND m.claimedBy = :server")
                .setParameter("sent", OutboxStatus.SENT).setParameter("now", now).setParameter("id", id)
                .setParameter("server", server).executeUpdate() == 1;
    }

    /** Records a failed attempt and when the next is due (or that there is none), if this server still holds the claim. */
    public boolean failed(long id, String server, OutboxStatus status, Instant nextAttempt, String error) {
        return em.createQuery("UPDATE OutboxMail m SET m.status = :status, m.nextAttemptAt = :next, m.lastError = :error,"
                        + " m.claimedBy = NULL, m.claimedUntil = NULL WHERE m.id = :id AND m.claimedBy = :server")
                .setParameter("status", status).setParameter("next", nextAttempt)
                .setParameter("error", OutboxMail.clip(error)).setParameter("id", id).setParameter("server", server)
                .executeUpdate() == 1;
    }

    /** Makes a pending or failed mail due now, unless a worker holds it; false when nothing changed. */
    public boolean retry(long id, Instant now) {
        return em.createQuery("UPDATE OutboxMail m SET m.status = :pending, m.nextAttemptAt = :now"
                        + " WHERE m.id = :id AND m.status IN :open AND (m.claimedUntil IS NULL OR m.claimedUntil < :now)")
                .setParameter("pending", OutboxStatus.PENDING).setParameter("now", now).setParameter("id", id)
                .setParameter("open", List.of(OutboxStatus.PENDING, OutboxStatus.FAILED)).executeUpdate() == 1;
    }

    /** Mails in the given states, the most recently queued first. */
    public List<OutboxMail> withStatus(Collection<OutboxStatus> statuses, int max) {
        return em.createQuery("SELECT m FROM OutboxMail m WHERE m.status IN :statuses ORDER BY m.createdAt DESC, m.id DESC",
                        OutboxMail.class)
                .setParameter("statuses", statuses).setMaxResults(max).getResultList();
    }

    /**
     * Deletes up to {@code max} mails sent before the time. Their attachments go with them: the
     * foreign key cascades, whether or not the provider deletes the collection rows itself.
     */
    public int deleteSentBefore(Instant before, int max) {
        List<Long> ids = em.createQuery("SELECT m.id FROM OutboxMail m WHERE m.status = :sent AND m.sentAt < :before ORDER BY m.id",
                        Long.class)
                .setParameter("sent", OutboxStatus.SENT).setParameter("before", before).setMaxResults(max).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createQuery("DELETE FROM OutboxMail m WHERE m.id IN :ids").setParameter("ids", ids).executeUpdate();
    }
}

package org.docuportal.shared.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.docuportal.shared.persistence.MigratedSchema;
import org.junit.jupiter.api.Test;

/**
 * The outbox's conditional updates through EclipseLink on the migrated schema, without a server:
 * H2 by default, PostgreSQL with {@code -Doutbox.test.url=jdbc:postgresql://...} and
 * {@code -Doutbox.test.user=...} (passed on both at the time of writing).
 */
class OutboxMailsTest {

    @Test
    void claimsOutcomesRetriesAndRetentionTakeEffectOnlyWhenTheRowAllowsThem() throws Exception {
        EntityManagerFactory emf = MigratedSchema.open("outbox.test", "outbox-mails");
        EntityManager em = emf.createEntityManager();
        OutboxMails repo = MigratedSchema.inject(new OutboxMails(), "em", em);
        Instant now = Instant.parse("2026-12-04T18:00:00Z");
        em.getTransaction().begin();
        OutboxMail m = new OutboxMail(new Mail("a@x.org", "S", "t", "<p>h</p>", List.of(MailAttachment.pdf("a.pdf", new byte[] {1, 2}))), now);
        repo.add(m);
        em.getTransaction().commit();
        long id = m.id();
        em.clear();
        em.getTransaction().begin();
        assertEquals(List.of(id), repo.due(now, 10));
        assertTrue(repo.claim(id, "a", now, now.plusSeconds(180)));
        assertFalse(repo.claim(id, "b", now.plusSeconds(10), now.plusSeconds(190)), "A holds the claim");
        assertEquals(List.of(), repo.due(now.plusSeconds(10), 10));
        assertTrue(repo.failed(id, "a", OutboxStatus.PENDING, now.plusSeconds(30), "x".repeat(900)));
        em.getTransaction().commit();
        em.clear();
        em.getTransaction().begin();
        OutboxMail r = repo.find(id).orElseThrow();
        assertEquals(1, r.attempts());
        assertEquals(500, r.lastError().length());
        assertEquals("a.pdf", r.toMail().attachments().get(0).fileName());
        assertArrayEquals(new byte[] {1, 2}, r.toMail().attachments().get(0).content());
        assertEquals(1, repo.withStatus(EnumSet.of(OutboxStatus.PENDING, OutboxStatus.FAILED), 10).size());
        assertTrue(repo.retry(id, now.plusSeconds(5)));
        assertTrue(repo.claim(id, "b", now.plusSeconds(5), now.plusSeconds(185)));
        assertFalse(repo.retry(id, now.plusSeconds(6)), "no retry while a server sends it");
        assertFalse(repo.sent(id, "a", now.plusSeconds(7)), "A lost the claim: its outcome is not recorded");
        assertTrue(repo.sent(id, "b", now.plusSeconds(7)));
        assertFalse(repo.retry(id, now.plusSeconds(8)), "a sent mail is not sent again");
        em.getTransaction().commit();
        em.clear();
        em.getTransaction().begin();
        assertEquals(0, repo.deleteSentBefore(now, 10), "sent after that time: kept");
        assertEquals(1, repo.deleteSentBefore(now.plusSeconds(3600), 10), "attachments go with it (the key cascades)");
        em.getTransaction().commit();
        em.clear();
        assertTrue(repo.find(id).isEmpty());
        emf.close();
    }
}

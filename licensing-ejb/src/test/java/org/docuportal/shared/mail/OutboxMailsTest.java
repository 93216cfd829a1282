package org.docuportal.shared.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The outbox's conditional updates through EclipseLink on the migrated schema, without a server:
 * H2 by default, PostgreSQL with {@code -Doutbox.test.url=jdbc:postgresql://...} and
 * {@code -Doutbox.test.user=...} (passed on both at the time of writing).
 */
class OutboxMailsTest {

    @Test
    void claimsOutcomesRetriesAndRetentionTakeEffectOnlyWhenTheRowAllowsThem() throws Exception {
        String url = System.getProperty("outbox.test.url", "jdbc:h2:mem:outbox-mails;DB_CLOSE_DELAY=-1");
        String user = System.getProperty("outbox.test.user", "sa");
        Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration").load().migrate();
        Map<String, Object> p = new HashMap<>();
        p.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        p.put("jakarta.persistence.jtaDataSource", "");
        p.put("jakarta.persistence.jdbc.url", url);
        p.put("jakarta.persistence.jdbc.user", user);
        p.put("jakarta.persistence.jdbc.password", "");
        p.put("eclipselink.logging.level", "WARNING");
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("portal", p);
        EntityManager em = emf.createEntityManager();
        OutboxMails repo = new OutboxMails();
        Field f = OutboxMails.class.getDeclaredField("em");
        f.setAccessible(true);
        f.set(repo, em);
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

package org.docuportal.audit.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.docuportal.shared.persistence.MigratedSchema;
import org.docuportal.audit.domain.Actor;
import org.docuportal.audit.domain.AuditAction;
import org.docuportal.audit.domain.AuditEntry;
import org.docuportal.audit.domain.AuditFilter;
import org.docuportal.audit.domain.AuditSource;
import org.docuportal.audit.domain.SubjectType;
import org.junit.jupiter.api.Test;

/**
 * The audit log through EclipseLink on the migrated schema (V24), without a server: H2 by default,
 * PostgreSQL with {@code -Daudit.test.url=jdbc:postgresql://...} and {@code -Daudit.test.user=...}.
 * Entries come back newest first and filtered, and a managed entry whose fields are changed (by
 * reflection, there being no setter) is never written back (on PostgreSQL after AuditLogErasureTest,
 * the append-only trigger would also refuse any UPDATE that EclipseLink tried).
 */
class JpaAuditEntriesTest {

    /** Two days of their own, far ahead, so that rows a PostgreSQL database kept from earlier runs stay out of the listings. */
    private static final Instant T0 = Instant.parse("2100-01-01T10:00:00Z")
            .plus(Duration.ofDays(2L * new Random().nextInt(1_000_000)));
    private static final Actor ADA = new Actor(1L, "ada@demo.example", "Ada", "PLATFORM_ADMIN");
    private static final Actor BEA = new Actor(2L, "bea@school.example", "Bea", "INSTITUTION_ADMIN");

    @Test
    void entriesAreListedNewestFirstFilteredAndNeverChanged() throws Exception {
        EntityManagerFactory emf = MigratedSchema.open("audit.test", "audit-entries");
        EntityManager em = emf.createEntityManager();
        JpaAuditEntries repo = MigratedSchema.inject(new JpaAuditEntries(), "em", em);
        em.getTransaction().begin();
        String run = "run-" + System.nanoTime();
        AuditEntry issued = entry(T0, ADA, AuditAction.LICENSE_ISSUED, 7L, run);
        AuditEntry settings = entry(T0.plusSeconds(3600), BEA, AuditAction.INSTITUTION_SETTINGS_CHANGED, 7L, run);
        AuditEntry offer = entry(T0.plusSeconds(86_400), ADA, AuditAction.OFFER_CREATED, null, run);
        for (AuditEntry e : List.of(issued, settings, offer)) {
            repo.add(e);
        }
        em.getTransaction().commit();
        em.clear();

        AuditFilter mine = new AuditFilter(null, null, null, null, T0, T0.plusSeconds(86_401));
        assertEquals(List.of(offer.id(), settings.id(), issued.id()), ids(repo.page(mine, 0, 10)));
        assertEquals(List.of(settings.id()), ids(repo.page(mine, 1, 1)));
        assertEquals(3, repo.count(mine));
        assertEquals(List.of(offer.id(), issued.id()), ids(repo.page(withActor(mine, "ada@demo.example"), 0, 10)));
        assertEquals(List.of(issued.id()), ids(repo.page(new AuditFilter(AuditAction.LICENSE_ISSUED, null, null, null, T0,
                T0.plusSeconds(86_401)), 0, 10)));
        assertEquals(List.of(offer.id()), ids(repo.page(new AuditFilter(null, null, SubjectType.OFFER, null, T0,
                T0.plusSeconds(86_401)), 0, 10)));
        assertEquals(List.of(settings.id(), issued.id()), ids(repo.page(new AuditFilter(null, null, null, 7L, T0,
                T0.plusSeconds(86_401)), 0, 10)));
        assertEquals(List.of(issued.id()), ids(repo.page(new AuditFilter(null, null, null, null, T0, T0.plusSeconds(3600)), 0, 10)),
                "until is exclusive");

        em.getTransaction().begin();
        AuditEntry loaded = repo.find(issued.id()).orElseThrow();
        for (String[] change : new String[][] {{"actorEmail", "mallory@evil.example"}, {"afterJson", "{\"status\":\"FORGED\"}"},
                {"subjectLabel", "forged"}}) {
            Field field = AuditEntry.class.getDeclaredField(change[0]);
            field.setAccessible(true);
            field.set(loaded, change[1]);
        }
        em.getTransaction().commit();
        em.clear();
        AuditEntry reread = repo.find(issued.id()).orElseThrow();
        assertEquals("ada@demo.example", reread.actor().email());
        assertEquals("{\"status\":\"ACTIVE\"}", reread.afterJson());
        assertEquals("L-1 " + run, reread.subjectLabel());
        emf.close();
    }

    private static AuditEntry entry(Instant at, Actor actor, AuditAction action, Long institution, String run) {
        return new AuditEntry(at, actor, action, "1", "L-1 " + run, institution, "{\"status\":\"NEW\"}", "{\"status\":\"ACTIVE\"}",
                AuditSource.PAGE, run);
    }

    private static AuditFilter withActor(AuditFilter f, String actor) {
        return new AuditFilter(f.action(), actor, f.subjectType(), f.institutionId(), f.from(), f.until());
    }

    private static List<Long> ids(List<AuditEntry> entries) {
        return entries.stream().map(AuditEntry::id).toList();
    }
}

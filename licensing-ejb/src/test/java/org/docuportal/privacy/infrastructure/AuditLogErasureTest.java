package org.docuportal.privacy.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.time.Instant;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.docuportal.shared.persistence.MigratedSchema;
import org.docuportal.audit.domain.Actor;
import org.docuportal.audit.domain.AuditAction;
import org.docuportal.audit.domain.AuditEntry;
import org.docuportal.audit.domain.AuditSource;
import org.junit.jupiter.api.Test;

/**
 * Deleting an account and the audit log, through the privacy repository's real statements on the
 * migrated schema: an institution member's address becomes the pseudonym as actor, label and inside
 * the snapshots; staff stay named. H2 by default; on PostgreSQL ({@code -Daudit.test.url=…},
 * {@code -Daudit.test.user=…}) the optional append-only trigger of docs/audit.md is installed first,
 * and the erasure passes it while a plain update does not.
 */
class AuditLogErasureTest {

    @Test
    void aDeletedMembersAddressBecomesThePseudonymAndStaffStayNamed() throws Exception {
        boolean postgres = MigratedSchema.url("audit.test", "audit-erasure").startsWith("jdbc:postgresql:");
        EntityManagerFactory emf = MigratedSchema.open("audit.test", "audit-erasure");
        EntityManager em = emf.createEntityManager();
        JpaPersonalDataRepository repo = new JpaPersonalDataRepository();
        MigratedSchema.inject(repo, "em", em);
        // The cache eviction after commit needs a JTA registry; here there is no cache worth evicting.
        MigratedSchema.inject(repo, "transactions", Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {TransactionSynchronizationRegistry.class}, (proxy, method, args) -> null));

        String member = "bea-" + System.nanoTime() + "@school.example";
        String staff = "rita-" + System.nanoTime() + "@demo.example";
        Instant now = Instant.parse("2026-12-04T20:00:00Z");
        em.getTransaction().begin();
        if (postgres) {
            em.createNativeQuery("CREATE OR REPLACE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                    + " IF TG_OP = 'UPDATE' AND current_setting('docuportal.erasure', true) = 'on' THEN RETURN NEW; END IF;"
                    + " RAISE EXCEPTION 'audit_entry is append-only'; END $$").executeUpdate();
            em.createNativeQuery("DROP TRIGGER IF EXISTS audit_entry_append_only ON audit_entry").executeUpdate();
            em.createNativeQuery("CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry"
                    + " FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()").executeUpdate();
        }
        AuditEntry byMember = new AuditEntry(now, new Actor(5L, member, "Bea", "INSTITUTION_ADMIN"), AuditAction.MEMBER_INVITED,
                "1", member, 3L, null, "{\"email\":\"" + member + "\",\"role\":\"TEACHER\"}", AuditSource.PAGE, null);
        AuditEntry aboutMember = new AuditEntry(now, new Actor(6L, staff, "Rita", "REVIEWER"), AuditAction.MAIL_RETRIED,
                "2", "Join", null, "{\"recipient\":\"" + member + "\"}", "{\"recipient\":\"" + member + "\"}", AuditSource.PAGE, null);
        AuditEntry aboutStaff = new AuditEntry(now, new Actor(6L, staff, "Rita", "PLATFORM_ADMIN"), AuditAction.STAFF_INVITED,
                staff, staff, null, null, "{\"email\":\"" + staff + "\"}", AuditSource.PAGE, null);
        em.persist(byMember);
        em.persist(aboutMember);
        em.persist(aboutStaff);
        em.getTransaction().commit();

        em.getTransaction().begin();
        repo.replaceIdentity(member, "anonymous-0000000000000001", now);
        repo.replaceIdentity(staff, "anonymous-0000000000000002", now);
        em.getTransaction().commit();
        em.clear();

        AuditEntry member1 = em.find(AuditEntry.class, byMember.id());
        assertEquals(new Actor(5L, "anonymous-0000000000000001", "anonymous-0000000000000001", "INSTITUTION_ADMIN"), member1.actor());
        assertEquals("anonymous-0000000000000001", member1.subjectLabel());
        assertEquals("{\"email\":\"anonymous-0000000000000001\",\"role\":\"TEACHER\"}", member1.afterJson());
        AuditEntry mail = em.find(AuditEntry.class, aboutMember.id());
        assertEquals(staff, mail.actor().email(), "a reviewer stays named");
        assertEquals("{\"recipient\":\"anonymous-0000000000000001\"}", mail.beforeJson());
        assertEquals("{\"recipient\":\"anonymous-0000000000000001\"}", mail.afterJson());
        AuditEntry staffEntry = em.find(AuditEntry.class, aboutStaff.id());
        assertEquals(staff, staffEntry.actor().email());
        assertEquals(staff, staffEntry.subjectLabel(), "staff invitations stay named");

        if (postgres) {
            em.getTransaction().begin();
            assertThrows(PersistenceException.class, () -> em.createNativeQuery("UPDATE audit_entry SET action = 'X' WHERE id = "
                    + byMember.id()).executeUpdate(), "the trigger refuses any other change");
            em.getTransaction().rollback();
        }
        emf.close();
    }

}

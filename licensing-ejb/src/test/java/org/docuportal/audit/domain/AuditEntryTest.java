package org.docuportal.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Arrays;

import jakarta.persistence.Column;

import org.junit.jupiter.api.Test;

class AuditEntryTest {

    private static final Instant NOW = Instant.parse("2026-12-04T20:00:00Z");

    @Test
    void theSubjectTypeFollowsFromTheActionAndLongLabelsAreCut() {
        AuditEntry e = new AuditEntry(NOW, new Actor(7L, "admin@demo.example", "Ada", "PLATFORM_ADMIN"), AuditAction.LICENSE_REVOKED,
                "42", "L".repeat(400), 3L, "{}", "{}", AuditSource.API, "r".repeat(80));
        assertEquals(SubjectType.LICENSE, e.subjectType());
        assertEquals(300, e.subjectLabel().length());
        assertTrue(e.subjectLabel().endsWith("…"));
        assertEquals(64, e.requestId().length());
        assertEquals(new Actor(7L, "admin@demo.example", "Ada", "PLATFORM_ADMIN"), e.actor());
    }

    @Test
    void withoutAnActorTheEntrySaysNobody() {
        AuditEntry e = new AuditEntry(NOW, null, AuditAction.LICENSE_ISSUED, "1", "x", null, null, "{}", AuditSource.API, null);
        assertEquals(Actor.NOBODY, e.actor());
        assertNull(e.beforeJson());
    }

    @Test
    void anEntryNeedsATimeAnActionAndASource() {
        assertThrows(NullPointerException.class, () -> new AuditEntry(null, null, AuditAction.LICENSE_ISSUED, null, null, null, null, null,
                AuditSource.JOB, null));
        assertThrows(NullPointerException.class, () -> new AuditEntry(NOW, null, null, null, null, null, null, null, AuditSource.JOB, null));
        assertThrows(NullPointerException.class, () -> new AuditEntry(NOW, null, AuditAction.MAIL_RETRIED, null, null, null, null, null,
                null, null));
    }

    @Test
    void noColumnCanBeUpdatedAndNothingSetsAField() {
        Arrays.stream(AuditEntry.class.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers()))
                .forEach(f -> assertTrue(f.getAnnotation(Column.class) != null && !f.getAnnotation(Column.class).updatable(),
                        f.getName() + " must be a column with updatable = false"));
        for (Method m : AuditEntry.class.getDeclaredMethods()) {
            assertTrue(!Modifier.isPublic(m.getModifiers()) || m.getParameterCount() == 0,
                    "a public method that takes arguments could change an entry: " + m);
        }
    }
}

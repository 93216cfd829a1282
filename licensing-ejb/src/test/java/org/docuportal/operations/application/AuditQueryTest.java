package org.docuportal.operations.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.docuportal.audit.domain.AuditAction;
import org.docuportal.audit.domain.AuditFilter;
import org.docuportal.audit.domain.SubjectType;
import org.docuportal.shared.application.InvalidInputException;
import org.junit.jupiter.api.Test;

class AuditQueryTest {

    @Test
    void emptyFiltersFilterNothing() {
        assertEquals(AuditFilter.ALL, AuditQuery.ALL.toFilter());
        assertEquals(AuditFilter.ALL, new AuditQuery("", " ", "", "", "", "").toFilter());
    }

    @Test
    void filtersAreReadWithoutRegardToCaseAndDaysAreWholeUtcDays() {
        AuditFilter f = new AuditQuery("license_issued", " Admin@Demo.Example ", "license", "12", "2026-12-01", "2026-12-04").toFilter();
        assertEquals(new AuditFilter(AuditAction.LICENSE_ISSUED, "admin@demo.example", SubjectType.LICENSE, 12L,
                Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2026-12-05T00:00:00Z")), f);
    }

    @Test
    void badFiltersAreRefusedNamingTheParameter() {
        assertField("action", new AuditQuery("DELETE_EVERYTHING", null, null, null, null, null));
        assertField("subjectType", new AuditQuery(null, null, "ALIENS", null, null, null));
        assertField("institution", new AuditQuery(null, null, null, "twelve", null, null));
        assertField("institution", new AuditQuery(null, null, null, "-3", null, null));
        assertField("institution", new AuditQuery(null, null, null, "99999999999999999999", null, null));
        assertField("actor", new AuditQuery(null, "a".repeat(321), null, null, null, null));
        assertField("actor", new AuditQuery(null, "admin\u0000@demo.example", null, null, null, null));
        assertField("from", new AuditQuery(null, null, null, null, "yesterday", null));
        assertField("to", new AuditQuery(null, null, null, null, null, "-999999999-01-01"));
        assertField("to", new AuditQuery(null, null, null, null, "2026-12-04", "2026-12-01"));
    }

    @Test
    void theActionMessageListsTheCodes() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new AuditQuery("nope", null, null, null, null, null).toFilter());
        assertTrue(e.getMessage().contains("LICENSE_ISSUED") && e.getMessage().contains("MAIL_RETRIED"), e.getMessage());
    }

    private static void assertField(String field, AuditQuery query) {
        InvalidInputException e = assertThrows(InvalidInputException.class, query::toFilter);
        assertEquals(field, e.violations().get(0).field(), e.getMessage());
    }
}

package org.docuportal.audit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SnapshotTest {

    private enum Status { ACTIVE, REVOKED }

    @Test
    void fieldsKeepTheirOrderAndReadableTypes() {
        String json = Snapshot.toJson(Snapshot.of().with("status", Status.ACTIVE).with("start", LocalDate.of(2027, 1, 31))
                .with("streamCap", 5).with("onCampus", true).with("ranges", List.of("10.0.0.0/8", "192.168.0.0/16"))
                .with("reason", null).with("note", "café <b> & \"quotes\""));
        assertEquals("{\"status\":\"ACTIVE\",\"start\":\"2027-01-31\",\"streamCap\":5,\"onCampus\":true,"
                + "\"ranges\":[\"10.0.0.0/8\",\"192.168.0.0/16\"],\"reason\":null,\"note\":\"café <b> & \\\"quotes\\\"\"}", json);
        Map<String, String> readable = Snapshot.readable(json);
        assertEquals(List.of("status", "start", "streamCap", "onCampus", "ranges", "reason", "note"), List.copyOf(readable.keySet()));
        assertEquals("10.0.0.0/8, 192.168.0.0/16", readable.get("ranges"));
        assertEquals("5", readable.get("streamCap"));
        assertNull(readable.get("reason"));
    }

    @Test
    void aNullSnapshotIsNoJsonAtAll() {
        assertNull(Snapshot.toJson(null));
        assertTrue(Snapshot.readable(null).isEmpty());
        assertTrue(Snapshot.readable("").isEmpty());
    }

    @Test
    void secretsAreRefusedByName() {
        for (String name : List.of("password", "passwordHash", "tokenHash", "apiToken", "clientSecret", "linkHash")) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Snapshot.of().with(name, "x"));
            assertTrue(refused.getMessage().contains(name), refused.getMessage());
        }
    }

    @Test
    void changesPairBeforeAndAfterAndMarkOnlyWhatDiffers() {
        String before = Snapshot.toJson(Snapshot.of().with("status", "AWAITING_PAYMENT").with("paidAt", null).with("total", "120.00 USD")
                .with("dropped", "x"));
        String after = Snapshot.toJson(Snapshot.of().with("status", "PAID").with("paidAt", "2026-12-04T20:00:00Z")
                .with("total", "120.00 USD").with("note", "PO 4711"));
        assertEquals(List.of(
                new FieldChange("status", "AWAITING_PAYMENT", "PAID", true),
                new FieldChange("paidAt", null, "2026-12-04T20:00:00Z", true),
                new FieldChange("total", "120.00 USD", "120.00 USD", false),
                new FieldChange("note", null, "PO 4711", true),
                new FieldChange("dropped", "x", null, true)), Snapshot.changes(before, after));
    }

    @Test
    void aCreationOrADeletionMarksNothingAsChanged() {
        String fields = Snapshot.toJson(Snapshot.of().with("role", "TEACHER"));
        assertEquals(List.of(new FieldChange("role", null, "TEACHER", false)), Snapshot.changes(null, fields));
        assertEquals(List.of(new FieldChange("role", "TEACHER", null, false)), Snapshot.changes(fields, null));
        assertTrue(Snapshot.changes(null, null).isEmpty());
    }

    @Test
    void setsAreListedAndTextThatIsNoObjectIsShownWhole() {
        assertEquals("{\"x\":[\"ACTIVE\"]}", Snapshot.toJson(Snapshot.of().with("x", Set.of(Status.ACTIVE))));
        assertEquals(Map.of("value", "not json {"), Snapshot.readable("not json {"));
        assertEquals(Map.of("value", "[1,2]"), Snapshot.readable("[1,2]"));
    }
}

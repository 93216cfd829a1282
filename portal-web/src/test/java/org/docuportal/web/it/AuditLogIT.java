package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * The audit log through the API, as a platform administrator (or an auditor's script) reads it:
 * an administrative change — a reviewer's approval, an institution administrator's setting, a
 * platform administrator's payment record and the license it issues — leaves exactly one entry each,
 * with who, when, and the fields before and after; filters narrow the list and a bad one is a 400
 * naming it; only platform administrators read the log, and nobody can change it through the API.
 * A person who deletes their account leaves the log as a pseudonym, unless they acted as staff.
 */
class AuditLogIT extends ApiTestBase {

    private static final String ADMIN = "admin@demo.example";
    private static final String FILM = "kim-il-sungs-children";

    @Test
    void eachAdministrativeChangeLeavesExactlyOneEntryWithItsActorBeforeAndAfter() {
        TestInstitution school = TestInstitution.approvedSchoolInKorea();
        JsonPath license = TestPurchases.license(school.adminEmail(), TestInstitution.PASSWORD, FILM, "CLASSROOM_STREAMING", 12,
                LocalDate.now(ZoneOffset.UTC));
        school.requirePurchaseApproval(true);

        List<Map<String, Object>> entries = audit("institution=" + school.id()).getList("entries");
        assertEquals(List.of("INSTITUTION_SETTINGS_CHANGED", "LICENSE_ISSUED", "PAYMENT_RECORDED", "INSTITUTION_REVIEWED"),
                entries.stream().map(e -> e.get("action")).toList(), "newest first, one entry per change: " + entries);

        Map<String, Object> issued = entries.get(1);
        assertEquals(String.valueOf(license.getInt("id")), issued.get("subjectId"));
        assertEquals("LICENSE", issued.get("subjectType"));
        assertEquals(ADMIN, issued.get("actorEmail"));
        assertEquals("PLATFORM_ADMIN", issued.get("actorRole"));
        assertEquals("API", issued.get("source"));
        assertNotNull(issued.get("requestId"));
        assertNull(issued.get("beforeJson"), "a new license had no before");
        assertEquals("ACTIVE", field(issued, "status").get("after"));

        Map<String, Object> paid = entries.get(2);
        assertEquals(ADMIN, paid.get("actorEmail"));
        assertEquals("ORDER", paid.get("subjectType"));
        assertEquals(Map.of("field", "status", "before", "AWAITING_PAYMENT", "after", "PAID", "changed", true), field(paid, "status"));
        assertEquals("Test payment", field(paid, "note").get("after"));
        assertEquals(issued.get("requestId"), paid.get("requestId"), "one request, one id");

        Map<String, Object> setting = entries.get(0);
        assertEquals(school.adminEmail(), setting.get("actorEmail"));
        assertEquals("INSTITUTION_ADMIN", setting.get("actorRole"));
        assertEquals(Map.of("field", "purchaseApprovalRequired", "before", "false", "after", "true", "changed", true),
                field(setting, "purchaseApprovalRequired"));
        assertEquals(false, field(setting, "streamOnCampusOnly").get("changed"));
        assertEquals(school.name(), setting.get("institutionName"));

        Map<String, Object> reviewed = entries.get(3);
        assertEquals("reviewer@demo.example", reviewed.get("actorEmail"));
        assertEquals("REVIEWER", reviewed.get("actorRole"));
        assertEquals(true, field(reviewed, "status").get("changed"), reviewed.toString());
        for (Map<String, Object> e : entries) {
            String all = e.toString().toLowerCase();
            assertTrue(!all.contains("password") && !all.contains("hash"), "no secret in the log: " + e);
        }
    }

    @Test
    void filtersNarrowTheListAndPagesCountFromZero() {
        TestInstitution school = TestInstitution.approvedSchoolInKorea();
        TestPurchases.license(school.adminEmail(), TestInstitution.PASSWORD, FILM, "CLASSROOM_STREAMING", 12, LocalDate.now(ZoneOffset.UTC));
        school.requirePurchaseApproval(true);
        String in = "institution=" + school.id();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        assertEquals(List.of("LICENSE_ISSUED"), actions(in + "&action=license_issued"));
        assertEquals(List.of("PAYMENT_RECORDED"), actions(in + "&subjectType=ORDER"));
        assertEquals(List.of("LICENSE_ISSUED", "PAYMENT_RECORDED"), actions(in + "&actor=ADMIN@demo.example"));
        assertEquals(List.of("INSTITUTION_SETTINGS_CHANGED"), actions(in + "&actor=" + school.adminEmail()));
        assertEquals(4, actions(in + "&from=" + today + "&to=" + today).size());
        assertEquals(List.of(), actions(in + "&from=" + today.plusDays(1)));
        assertEquals(List.of(), actions(in + "&to=" + today.minusDays(1)));

        JsonPath second = audit(in + "&size=1&page=1");
        assertEquals(4, second.getInt("totalEntries"));
        assertEquals(4, second.getInt("totalPages"));
        assertEquals(List.of("LICENSE_ISSUED"), second.getList("entries.action"));
        assertTrue(audit("action=INSTITUTION_REVIEWED").getList("entries.action").stream().allMatch("INSTITUTION_REVIEWED"::equals));
    }

    @Test
    void anInstitutionAdministratorWhoDeletesTheAccountLeavesThePseudonymWhileTheReviewerStaysNamed() {
        TestInstitution school = TestInstitution.approvedSchoolInKorea();
        school.requirePurchaseApproval(true);
        school.asAdmin().contentType("application/json").body(Map.of("password", TestInstitution.PASSWORD))
                .when().post("api/me/deletion").then().statusCode(204);

        List<Map<String, Object>> entries = audit("institution=" + school.id()).getList("entries");
        assertEquals(List.of("INSTITUTION_SETTINGS_CHANGED", "INSTITUTION_REVIEWED"), entries.stream().map(e -> e.get("action")).toList());
        String pseudonym = (String) entries.get(0).get("actorEmail");
        assertTrue(pseudonym.startsWith("anonymous-"), pseudonym);
        assertEquals(pseudonym, entries.get(0).get("actorName"));
        assertEquals("true", field(entries.get(0), "purchaseApprovalRequired").get("after"), "what was done stays");
        assertEquals("reviewer@demo.example", entries.get(1).get("actorEmail"), "the distributor's staff stay named");
        assertEquals(List.of(), actions("institution=" + school.id() + "&actor=" + school.adminEmail()));
        assertEquals(1, actions("institution=" + school.id() + "&actor=" + pseudonym).size());
    }

    @Test
    void badFiltersAreProblemsNamingTheParameter() {
        for (var bad : List.of(Map.entry("action=DROP_TABLE", "action"), Map.entry("subjectType=ALIENS", "subjectType"),
                Map.entry("institution=abc", "institution"), Map.entry("institution=0", "institution"),
                Map.entry("actor=" + "a".repeat(321), "actor"), Map.entry("from=2026-13-01", "from"),
                Map.entry("from=2026-12-04&to=2026-12-01", "to"), Map.entry("to=%27%3B--", "to"),
                Map.entry("page=-1", "page"), Map.entry("page=abc", "page"), Map.entry("size=0", "size"), Map.entry("size=201", "size"))) {
            given().auth().preemptive().basic(ADMIN, DEMO_PASSWORD).urlEncodingEnabled(false)
                    .when().get("api/admin/audit?" + bad.getKey())
                    .then().statusCode(400).contentType(startsWith("application/problem+json"))
                    .body("errors[0].field", equalTo(bad.getValue()));
        }
    }

    @Test
    void onlyPlatformAdministratorsReadTheLogAndNobodyChangesIt() {
        given().auth().preemptive().basic("schooladmin@demo.example", DEMO_PASSWORD).when().get("api/admin/audit").then().statusCode(403);
        given().auth().preemptive().basic("reviewer@demo.example", DEMO_PASSWORD).when().get("api/admin/audit").then().statusCode(403);
        given().when().get("api/admin/audit").then().statusCode(401);
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            given().auth().preemptive().basic(ADMIN, DEMO_PASSWORD).contentType("application/json").body("{}")
                    .when().request(method, "api/admin/audit").then().statusCode(405);
        }
    }

    private static JsonPath audit(String query) {
        return given().auth().preemptive().basic(ADMIN, DEMO_PASSWORD).when().get("api/admin/audit?" + query)
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<String> actions(String query) {
        return audit(query).getList("entries.action");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> field(Map<String, Object> entry, String name) {
        return ((List<Map<String, Object>>) entry.get("fields")).stream().filter(f -> name.equals(f.get("field"))).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + name + " in " + entry));
    }
}

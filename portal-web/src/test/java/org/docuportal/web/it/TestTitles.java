package org.docuportal.web.it;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Titles of a test's own, for tests that change rights: created and published through the title
 * studio's API, then given windows and an offer through the admin API, as a distributor would.
 */
final class TestTitles {

    static final String ADMIN = "admin@demo.example";

    private TestTitles() {
    }

    /** A new published title without windows or offers; returns its slug. */
    static String create(String prefix) {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> title = Map.of("slug", slug, "title", "Rights test " + slug, "synopsis", "A film for rights tests.",
                "originalLanguage", "en", "runtimeMinutes", 52, "productionYear", 2026, "supplier", "Test Supplier");
        given().auth().preemptive().basic(ADMIN, ApiTestBase.DEMO_PASSWORD).contentType("application/json").body(title)
                .when().post("api/admin/titles").then().statusCode(201);
        given().auth().preemptive().basic(ADMIN, ApiTestBase.DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("status", "PUBLISHED")).when().put("api/admin/titles/" + slug + "/status").then().statusCode(200);
        return slug;
    }

    /** Adds a window through the rights API as the demo administrator; returns the window's id. */
    static int addWindow(String slug, String rightType, String territory, String start, String end) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("rightType", rightType);
        body.put("territory", territory);
        body.put("startDate", start);
        body.put("endDate", end);
        body.put("reason", "Signed with the producer");
        return given().auth().preemptive().basic(ADMIN, ApiTestBase.DEMO_PASSWORD).contentType("application/json")
                .body(body).when().post("api/admin/titles/" + slug + "/rights")
                .then().statusCode(201).extract().path("window.id");
    }

    /** A 12-month classroom-streaming offer priced for every K-12 school size band, as LicensedInstitution buys it. */
    static int addStreamingOffer(String slug) {
        List<Map<String, String>> prices = List.of("UP_TO_500", "FROM_501_TO_2000").stream()
                .map(band -> Map.of("institutionType", "K12_SCHOOL", "sizeBand", band, "amount", "199.00")).toList();
        return given().auth().preemptive().basic(ADMIN, ApiTestBase.DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("kind", "CLASSROOM_STREAMING", "termMonths", 12, "streamCap", 3, "currency", "USD",
                        "prices", prices))
                .when().post("api/admin/offers/" + slug).then().statusCode(201).extract().path("id");
    }
}

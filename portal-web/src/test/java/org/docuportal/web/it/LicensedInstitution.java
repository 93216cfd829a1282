package org.docuportal.web.it;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.specification.RequestSpecification;

/**
 * A school of its own for a test: registered, approved by the demo reviewer, and holding a
 * classroom-streaming license of a title from today, bought through the manual purchase-order
 * flow with the payment recorded by the demo platform administrator. Tests that count streams
 * or suspend the institution use one, so that nothing they do touches the demo school.
 *
 * @param id             the institution's id
 * @param adminEmail     its administrator, who may also stream
 * @param licenseId      the license's id
 * @param streamCap      the license's concurrent-stream cap
 */
record LicensedInstitution(int id, String adminEmail, int licenseId, int streamCap) {

    static final String PASSWORD = "correct horse battery staple";

    /** The administrator's calls, signed in. */
    RequestSpecification asAdmin() {
        return given().auth().preemptive().basic(adminEmail, PASSWORD);
    }

    /** Registers, approves and licenses a school in South Korea, where the demo rights cover educational use. */
    static LicensedInstitution withStreamingLicense(String titleSlug) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String domain = "school-" + tag + ".example";
        String admin = "head@" + domain;
        Map<String, Object> registration = new LinkedHashMap<>();
        registration.put("name", "Test School " + tag);
        registration.put("type", "K12_SCHOOL");
        registration.put("country", "KR");
        registration.put("address", "1 Test-ro, Seoul");
        registration.put("registryId", "KR-" + tag);
        registration.put("emailDomains", List.of(domain));
        registration.put("ipRanges", List.of("198.51.100.0/24"));
        registration.put("sizeBand", "UP_TO_500");
        registration.put("adminName", "Head Teacher");
        registration.put("adminEmail", admin);
        registration.put("adminPassword", PASSWORD);
        int id = given().contentType("application/json").body(registration).when().post("api/institutions")
                .then().statusCode(201).extract().path("id");
        given().auth().preemptive().basic("reviewer@demo.example", ApiTestBase.DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("decision", "APPROVE", "reason", "Test school"))
                .when().post("api/admin/institutions/" + id + "/decisions").then().statusCode(201);

        RequestSpecification asAdmin = given().auth().preemptive().basic(admin, PASSWORD);
        int offer = asAdmin.when().get("api/titles/" + titleSlug + "/offers").then().statusCode(200)
                .extract().path("find { it.kind == 'CLASSROOM_STREAMING' && it.termMonths == 12 }.id");
        int quote = given().auth().preemptive().basic(admin, PASSWORD).contentType("application/json")
                .body(Map.of("offerId", offer, "start", LocalDate.now().toString()))
                .when().post("api/quotes").then().statusCode(201).extract().path("id");
        int order = given().auth().preemptive().basic(admin, PASSWORD).contentType("application/json")
                .body(Map.of("quoteId", quote, "paymentMethod", "manual-po"))
                .when().post("api/orders").then().statusCode(201).extract().path("id");
        var license = given().auth().preemptive().basic("admin@demo.example", ApiTestBase.DEMO_PASSWORD)
                .contentType("application/json").body(Map.of("note", "Test payment"))
                .when().post("api/admin/orders/" + order + "/payment").then().statusCode(201).extract();
        return new LicensedInstitution(id, admin, license.path("id"), license.path("streamCap"));
    }
}

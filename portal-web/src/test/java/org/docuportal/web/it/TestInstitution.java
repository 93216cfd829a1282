package org.docuportal.web.it;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.specification.RequestSpecification;

/**
 * A school of a test's own, registered through the API and approved by the demo reviewer, with
 * no license: tests that need an institution nobody else touches start from one.
 *
 * @param id the institution's id
 * @param name its name
 * @param adminEmail its administrator, who may also stream and download
 */
record TestInstitution(int id, String name, String adminEmail) {

    static final String PASSWORD = "correct horse battery staple";

    /** The administrator's calls, signed in. */
    RequestSpecification asAdmin() {
        return given().auth().preemptive().basic(adminEmail, PASSWORD);
    }

    /** Registers and approves a school in South Korea, where the demo rights cover educational use. */
    static TestInstitution approvedSchoolInKorea() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String domain = "school-" + tag + ".example";
        String name = "Test School " + tag;
        String admin = "head@" + domain;
        Map<String, Object> registration = new LinkedHashMap<>();
        registration.put("name", name);
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
        int id = register(registration, given().auth().preemptive().basic("reviewer@demo.example", ApiTestBase.DEMO_PASSWORD));
        given().auth().preemptive().basic("reviewer@demo.example", ApiTestBase.DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("decision", "APPROVE", "reason", "Test school"))
                .when().post("api/admin/institutions/" + id + "/decisions").then().statusCode(201);
        return new TestInstitution(id, name, admin);
    }

    /**
     * Registers an institution through the API and returns its id, which the answer does not give
     * (it is the same whether or not the administrator's address had an account): a reviewer finds
     * it in the queue of pending institutions, by its name.
     */
    static int register(Map<String, Object> registration, RequestSpecification reviewer) {
        given().contentType("application/json").body(registration).when().post("api/institutions")
                .then().statusCode(202);
        return reviewer.when().get("api/admin/institutions?status=PENDING").then().statusCode(200)
                .extract().path("find { it.name == '" + registration.get("name") + "' }.id");
    }
}

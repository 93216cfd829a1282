package org.docuportal.web.it;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;

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

    /**
     * A member of the school: invited by its administrator and joined through the link in the mail
     * (read from {@code smtp}, which the calling test class runs), active at once as the address is
     * at the school's domain. Signs in with {@link #PASSWORD}.
     */
    String joinedMember(TestSmtpServer smtp, String localPart, String role) throws Exception {
        String email = localPart + "@" + adminEmail.substring(adminEmail.indexOf('@') + 1);
        asAdmin().contentType("application/json").body(Map.of("email", email, "role", role))
                .when().post("api/institution/invitations").then().statusCode(202);
        // Any subject: the mail's wording is not this helper's concern, its link is.
        String body = GreenMailUtil.getBody(smtp.await(email, "")).replace("=\r\n", "").replace("=3D", "=");
        Matcher token = JOIN_TOKEN.matcher(body);
        if (!token.find()) {
            throw new AssertionError("no invitation link in: " + body);
        }
        given().contentType("application/json").body(Map.of("token", token.group(1), "name", "Test " + localPart, "password", PASSWORD))
                .when().post("api/invitations/acceptance").then().statusCode(201);
        return email;
    }

    private static final Pattern JOIN_TOKEN = Pattern.compile("join\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    /** Turns the school's "purchases need the administrator's approval" setting on or off. */
    void requirePurchaseApproval(boolean required) {
        asAdmin().contentType("application/json").body(Map.of("purchaseApprovalRequired", required))
                .when().put("api/institution/settings").then().statusCode(200);
    }

    /** Registers and approves a school in South Korea, where the demo rights cover educational use. */
    static TestInstitution approvedSchoolInKorea() {
        return approvedSchoolInKorea("Test School");
    }

    /** As {@link #approvedSchoolInKorea()}, named {@code name} and a tag that keeps it unique. */
    static TestInstitution approvedSchoolInKorea(String namePrefix) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String domain = "school-" + tag + ".example";
        String name = namePrefix + " " + tag;
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

package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import io.restassured.specification.RequestSpecification;

/**
 * The strict input boundary (issue 12, item 1): what JSON-B or the container would have let through
 * or turned into a 500 is a 4xx problem that names the field, and nothing is written.
 */
class InputBoundaryIT extends ApiTestBase {

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD).contentType("application/json");
    }

    @Test
    void aFractionWhereAWholeNumberIsExpectedIsRefusedNotRounded() {
        given().auth().preemptive().basic("teacher@demo.example", DEMO_PASSWORD).contentType("application/json")
                .body("{\"offerId\": 1.5, \"start\": \"2027-01-10\"}").when().post("api/quotes")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItems("offerId"));
    }

    @Test
    void aNullInsideAListAndWrongTypesAreNamedOneByOne() {
        given().contentType("application/json")
                .body("{\"name\": [\"x\"], \"emailDomains\": [null], \"ipRanges\": \"10.0.0.0/8\"}")
                .when().post("api/institutions")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItems("name", "emailDomains[0]", "ipRanges"));
    }

    @Test
    void aStringLongerThanItsDocumentedLimitIsRefusedBeforeTheDatabase() {
        given().contentType("application/json")
                .body("{\"name\": \"Long Name School\", \"adminName\": \"" + "a".repeat(10_000) + "\"}")
                .when().post("api/institutions")
                .then().statusCode(400).body("errors.field", hasItems("adminName"))
                .body("detail", containsString("longer than 200"));
    }

    @Test
    void datesOutsideASaneRangeAreRefused() {
        admin().body("{\"title\": \"kim-il-sungs-children\", \"date\": \"-999999999-01-01\", \"body\": \"Curriculum change\"}")
                .when().post("api/admin/policy-events")
                .then().statusCode(400).body("errors.field", hasItems("date"));
    }

    @Test
    void deepNestingAndUnknownCharsetsAreRefusedWithoutAServerError() throws Exception {
        admin().body("{\"title\": " + "[".repeat(5000) + "]".repeat(5000) + "}").when().post("api/admin/policy-events")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
        // REST Assured refuses to encode for a charset Java does not know: a plain client sends it as is.
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "api/me/tokens"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("teacher@demo.example:" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json; charset=bogus-9")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"x\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(415, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void minimumAboveMaximumNamesBothParameters() {
        given().queryParam("minRuntime", 100).queryParam("maxRuntime", 10).when().get("api/titles")
                .then().statusCode(400).body("errors.field", hasItems("minRuntime", "maxRuntime"));
        given().queryParam("maxRuntime", "").when().get("api/titles").then().statusCode(200);
    }

    @Test
    void traceIsRefusedWithAProblemAndDeleteWithABodyIsRead() {
        given().when().request("TRACE", "api/titles")
                .then().statusCode(405).contentType(startsWith("application/problem+json"))
                .body(not(containsString("Authorization")));
        given().auth().preemptive().basic("teacher@demo.example", DEMO_PASSWORD).contentType("application/json")
                .body("{\"unexpected\": true}").when().delete("api/me/tokens/987654321")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
    }

    @Test
    void unknownEnumValuesAnswerWithTheAllowedValuesNotAClassName() {
        given().queryParam("rightType", "NOPE").when().get("api/titles")
                .then().statusCode(400).body("detail", containsString("EDUCATIONAL"))
                .body(not(containsString("org.docuportal")));
        admin().body("{\"email\": \"new-staff@demo.example\", \"role\": \"EMPEROR\"}").when().post("api/admin/staff/invitations")
                .then().statusCode(400).body("errors[0].field", equalTo("role")).body(not(containsString("java.")));
    }
}

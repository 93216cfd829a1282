package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * JSON bodies that do not fit an operation — not JSON, another root type, a field of the wrong
 * type — are the caller's mistake on every JSON endpoint, signed in or not: 400 as problem+json
 * that says where, never a 500 and never a Java class name.
 */
class MalformedJsonIT extends ApiTestBase {

    private record Call(String path, RequestSpecification caller) {
    }

    private static List<Call> jsonEndpoints() {
        RequestSpecification anonymous = given();
        RequestSpecification teacher = given().auth().preemptive().basic("teacher@demo.example", DEMO_PASSWORD);
        RequestSpecification admin = given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD);
        return List.of(
                new Call("api/institutions", anonymous),
                new Call("api/invitations/acceptance", anonymous),
                new Call("api/staff-links/acceptance", anonymous),
                new Call("api/quotes", teacher),
                new Call("api/me/tokens", teacher),
                new Call("api/admin/titles", admin),
                new Call("api/admin/staff/invitations", admin));
    }

    @Test
    void bodiesThatAreNotAnObjectOfTheRightShapeAre400ProblemsOnEveryEndpoint() {
        List<String> wrong = new ArrayList<>();
        for (Call call : jsonEndpoints()) {
            for (String body : List.of("{", "{\"a\":", "[]", "42", "\"text\"", "[{\"name\": 1}, 2]", "[{\"name\": \"one object in a list\"}]",
                    "{\"name\": NaN}")) {
                Response answer = call.caller().contentType("application/json").body(body).when().post(call.path());
                String text = answer.asString();
                if (answer.statusCode() != 400 || !answer.contentType().startsWith("application/problem+json")
                        || text.contains("java.") || text.contains("class ")) {
                    wrong.add(call.path() + " " + body + " -> " + answer.statusCode() + " " + answer.contentType() + " " + text);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() {
        given().auth().preemptive().basic("teacher@demo.example", DEMO_PASSWORD).contentType("application/json")
                .body("{\"offerId\": \"abc\", \"start\": \"2026-12-10\"}").when().post("api/quotes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("offerId"))
                .body("detail", not(containsString("java.")));
        given().contentType("application/json").body("{\"token\": [\"a\"], \"name\": \"x\", \"password\": \"y\"}")
                .when().post("api/invitations/acceptance")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", not(containsString("java.")));
    }

    @Test
    void aByteOrderMarkBeforeAnObjectIsIgnored() {
        given().auth().preemptive().basic("teacher@demo.example", DEMO_PASSWORD).contentType("application/json; charset=UTF-8")
                .body("\uFEFF{\"name\": \"script with a BOM\"}").when().post("api/me/tokens")
                .then().statusCode(201).body("name", equalTo("script with a BOM"));
    }

    @Test
    void aBrokenBodyGivesItsLineAndColumn() {
        given().contentType("application/json").body("{\n  \"name\": \"School\",\n  \"type\" K12_SCHOOL\n}")
                .when().post("api/institutions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("line 3"));
    }
}

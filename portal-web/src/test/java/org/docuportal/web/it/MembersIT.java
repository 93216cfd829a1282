package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.util.GreenMailUtil;

import io.restassured.response.Response;

/**
 * Institution administrators invite members by email; people join through the emailed link;
 * an address outside the institution's domains waits for the administrator's approval.
 */
class MembersIT extends ApiTestBase {

    private static final Pattern TOKEN = Pattern.compile("join\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    @RegisterExtension
    static final TestSmtpServer smtp = TestSmtpServer.forTheClass();

    @Test
    void aTeacherInvitedAtTheSchoolsDomainJoinsAndIsActiveAtOnce() throws Exception {
        String email = "t-" + UUID.randomUUID().toString().substring(0, 8) + "@school.demo.example";
        invite(email, "TEACHER");
        String token = tokenFrom(email);

        given().contentType("application/json")
                .body(Map.of("token", token, "name", "New Teacher", "password", "a very good password"))
                .when().post("api/invitations/acceptance")
                .then().statusCode(201).body("status", equalTo("ACTIVE")).body("role", equalTo("TEACHER"));

        given().auth().preemptive().basic(email, "a very good password").when().get("api/me/tokens").then().statusCode(200);
        given().auth().preemptive().basic("schooladmin@demo.example", DEMO_PASSWORD).when().get("api/institution/members")
                .then().statusCode(200).body("email", hasItem(email));

        // The link works once.
        given().contentType("application/json")
                .body(Map.of("token", token, "name", "Again", "password", "a very good password"))
                .when().post("api/invitations/acceptance").then().statusCode(404);
    }

    @Test
    void anAddressOutsideTheDomainsWaitsForTheAdministratorsApproval() throws Exception {
        String email = "guest-" + UUID.randomUUID().toString().substring(0, 8) + "@elsewhere.example";
        invite(email, "TEACHER");
        int id = given().contentType("application/json")
                .body(Map.of("token", tokenFrom(email), "name", "Guest Teacher", "password", "a very good password"))
                .when().post("api/invitations/acceptance")
                .then().statusCode(201).body("status", equalTo("PENDING_APPROVAL")).extract().path("id");

        // Another institution's people cannot approve it.
        given().auth().preemptive().basic("officer@demo.example", DEMO_PASSWORD)
                .when().post("api/institution/members/" + id + "/approval").then().statusCode(403);

        given().auth().preemptive().basic("schooladmin@demo.example", DEMO_PASSWORD)
                .when().post("api/institution/members/" + id + "/approval")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void onlyAdministratorsInviteAndSeeMembers_andOnlyTheirOwn() {
        given().when().get("api/institution/members").then().statusCode(401);
        given().auth().preemptive().basic("teacher@demo.example", DEMO_PASSWORD).when().get("api/institution/members")
                .then().statusCode(403);
        given().auth().preemptive().basic("teacher@demo.example", DEMO_PASSWORD)
                .contentType("application/json").body(Map.of("email", "x@school.demo.example", "role", "TEACHER"))
                .when().post("api/institution/invitations").then().statusCode(403);
        given().auth().preemptive().basic("schooladmin@demo.example", DEMO_PASSWORD).when().get("api/institution/members")
                .then().statusCode(200)
                .body("email", hasItem("teacher@demo.example"))
                .body("email", not(hasItem("officer@demo.example")));
    }

    @Test
    void badInvitationsAreRefusedNamingTheField() {
        given().auth().preemptive().basic("schooladmin@demo.example", DEMO_PASSWORD)
                .contentType("application/json").body(Map.of("email", "not an address", "role", "TEACHER"))
                .when().post("api/institution/invitations")
                .then().statusCode(400).body("errors[0].field", equalTo("email"));
        given().auth().preemptive().basic("schooladmin@demo.example", DEMO_PASSWORD)
                .contentType("application/json").body(Map.of("email", "y@school.demo.example", "role", "PLATFORM_ADMIN"))
                .when().post("api/institution/invitations")
                .then().statusCode(400).body("errors[0].field", equalTo("role"));
    }

    @Test
    void anAddressWithAnAccountGetsTheSameAnswer_andOnlyItsMailSaysSo() throws Exception {
        String known = "officer@demo.example";
        String fresh = "t-" + UUID.randomUUID().toString().substring(0, 8) + "@school.demo.example";
        Response forKnown = inviting(known);
        Response forFresh = inviting(fresh);

        assertEquals(forFresh.statusCode(), forKnown.statusCode());
        assertEquals(202, forKnown.statusCode());
        assertEquals(forFresh.asString(), forKnown.asString(), "the answer must not tell whether the address has an account");
        String toKnown = GreenMailUtil.getBody(smtp.await(known, "Your invitation to")).replace("=\r\n", "");
        assertTrue(toKnown.contains("has a Docuportal account already"), toKnown);
        assertTrue(tokenFrom(fresh).length() > 20, "the new address got its link");
    }

    private static Response inviting(String email) {
        return given().auth().preemptive().basic("schooladmin@demo.example", DEMO_PASSWORD)
                .contentType("application/json").body(Map.of("email", email, "role", "TEACHER"))
                .when().post("api/institution/invitations");
    }

    private static void invite(String email, String role) {
        given().auth().preemptive().basic("schooladmin@demo.example", DEMO_PASSWORD)
                .contentType("application/json").body(Map.of("email", email, "role", role))
                .when().post("api/institution/invitations")
                .then().statusCode(202);
    }

    private static String tokenFrom(String email) throws Exception {
        String body = GreenMailUtil.getBody(smtp.await(email, "Join"));
        Matcher token = TOKEN.matcher(body.replace("=\r\n", "").replace("=3D", "="));
        if (!token.find()) {
            throw new AssertionError("no invitation link in: " + body);
        }
        return token.group(1);
    }
}

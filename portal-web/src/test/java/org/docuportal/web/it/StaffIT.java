package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.util.GreenMailUtil;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Platform administrators invite reviewers and further administrators by a one-time link, and
 * disable and enable staff accounts. Every account made here has an address of its own, so the
 * demo accounts other tests use keep their roles.
 */
class StaffIT extends ApiTestBase {

    private static final String ADMIN = "admin@demo.example";
    private static final String PASSWORD = "a staff password of some length";
    private static final Pattern TOKEN = Pattern.compile("set-password\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    @RegisterExtension
    static final TestSmtpServer smtp = TestSmtpServer.forTheClass();

    @Test
    void anInvitedReviewerChoosesAPasswordOnceAndReviews() throws Exception {
        String email = fresh("reviewer");
        invite(email, "REVIEWER").then().statusCode(202);
        String token = tokenFrom(email, "reviewer");
        // Administrators see whom they are waiting for, never the link.
        admin().when().get("api/admin/staff/invitations").then().statusCode(200)
                .body("find { it.email == '" + email + "' }.role", equalTo("REVIEWER"))
                .body("find { it.email == '" + email + "' }.invitedBy", equalTo(ADMIN))
                .body("find { it.email == '" + email + "' }.keySet()", not(hasItem("token")));

        // Before the link is used the address has no account to sign in with.
        basic(email, PASSWORD).when().get("api/admin/institutions").then().statusCode(401);
        accept(token, "New Reviewer", "too short").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("password"));
        accept(token, "New Reviewer", PASSWORD).then().statusCode(200)
                .body("email", equalTo(email)).body("roles", equalTo(List.of("REVIEWER")));
        basic(email, PASSWORD).when().get("api/admin/institutions").then().statusCode(200);
        basic(email, PASSWORD).when().get("api/admin/staff").then().statusCode(403);
        accept(token, "Again", PASSWORD).then().statusCode(404).body("detail", containsString("not valid"));
        admin().when().get("api/admin/staff/invitations").then().statusCode(200).body("email", not(hasItem(email)));

        admin().when().get("api/admin/staff").then().statusCode(200)
                .body("find { it.email == '" + email + "' }.name", equalTo("New Reviewer"))
                .body("find { it.email == '" + email + "' }.enabled", equalTo(true))
                .body("email", hasItems(ADMIN, "reviewer@demo.example"))
                .body("email", not(hasItem("teacher@demo.example")));
    }

    @Test
    void theAnswerIsTheSameWhetherOrNotTheAddressHasAnAccount() throws Exception {
        String reviewer = newReviewer();
        Response existing = invite(reviewer, "PLATFORM_ADMIN");
        Response unknown = invite(fresh("nobody"), "PLATFORM_ADMIN");
        assertEquals(202, existing.statusCode());
        assertEquals(202, unknown.statusCode());
        assertEquals(existing.jsonPath().getMap("").keySet(), unknown.jsonPath().getMap("").keySet());
        assertEquals(existing.jsonPath().getString("role"), unknown.jsonPath().getString("role"));
        assertEquals(existing.jsonPath().getLong("validHours"), unknown.jsonPath().getLong("validHours"));

        // The existing account takes the role by confirming with its own password, not by choosing a new one.
        String token = tokenFrom(reviewer, "platform administrator");
        accept(token, null, "not the password at all").then().statusCode(400).body("errors.field", hasItem("password"));
        accept(token, null, PASSWORD).then().statusCode(200).body("roles", equalTo(List.of("PLATFORM_ADMIN", "REVIEWER")));
        basic(reviewer, PASSWORD).when().get("api/admin/staff").then().statusCode(200);
    }

    @Test
    void anInvitationNamesTheRoleAndTheAllowedValues() {
        invite(fresh("x"), "TEACHER").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("role")))
                .body("errors[0].message", allOf(containsString("REVIEWER"), containsString("PLATFORM_ADMIN")));
        invite("not an email", "REVIEWER").then().statusCode(400).body("errors.field", equalTo(List.of("email")));
    }

    @Test
    void aDisabledAccountCannotSignInByPasswordNorTokenAndLooksLikeAWrongPassword() throws Exception {
        String email = newReviewer();
        String apiToken = basic(email, PASSWORD).contentType("application/json").body("{\"name\":\"script\"}")
                .when().post("api/me/tokens").then().statusCode(201).extract().path("secret");
        int id = staffId(email);

        admin().when().post("api/admin/staff/" + id + "/disable").then().statusCode(200).body("enabled", equalTo(false));
        Response disabled = basic(email, PASSWORD).when().get("api/me/tokens");
        Response wrongPassword = basic(email, "a wrong password here").when().get("api/me/tokens");
        assertEquals(401, disabled.statusCode());
        assertEquals(wrongPassword.statusCode(), disabled.statusCode());
        assertEquals(wrongPassword.body().asString(), disabled.body().asString(), "nothing tells that the account is disabled");
        given().header("Authorization", "Bearer " + apiToken).when().get("api/me/tokens").then().statusCode(401);

        admin().when().post("api/admin/staff/" + id + "/enable").then().statusCode(200).body("enabled", equalTo(true));
        basic(email, PASSWORD).when().get("api/me/tokens").then().statusCode(200);
        given().header("Authorization", "Bearer " + apiToken).when().get("api/me/tokens").then().statusCode(200);
    }

    @Test
    void noOneDisablesThemselvesAndOnlyStaffAccountsAreListedOrDisabled() {
        admin().when().post("api/admin/staff/" + staffId(ADMIN) + "/disable").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("your own account"));
        admin().when().post("api/admin/staff/999999/disable").then().statusCode(404);
    }

    @Test
    void twoAdministratorsDisablingEachOtherAtOnceLeaveOneEnabled() throws Exception {
        // Two administrators of their own, made for this test; the demo administrator stays out of it.
        String first = newReviewer();
        String second = newReviewer();
        promote(first);
        promote(second);
        int firstId = staffId(first);
        int secondId = staffId(second);
        // The demo administrator steps aside for a moment, so that these two are the only enabled administrators;
        // whichever of them is left enables it again.
        int demoAdmin = staffId(ADMIN);
        basic(first, PASSWORD).when().post("api/admin/staff/" + demoAdmin + "/disable").then().statusCode(200);
        try {
            CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() ->
                    basic(first, PASSWORD).when().post("api/admin/staff/" + secondId + "/disable").statusCode());
            CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() ->
                    basic(second, PASSWORD).when().post("api/admin/staff/" + firstId + "/disable").statusCode());
            List<Integer> answers = List.of(a.get(), b.get());
            // Printed first: a failure in the clean-up below would hide the assertion's message.
            System.out.println("StaffIT race: " + first + " disabling " + second + " -> " + answers.get(0)
                    + ", " + second + " disabling " + first + " -> " + answers.get(1));
            assertTrue(answers.contains(200), "one of them wins: " + answers);
            assertTrue(answers.stream().filter(s -> s == 200).count() == 1, "never both: " + answers);
            // The loser was refused as the last enabled administrator (409), or had been disabled before it got in (401).
            assertTrue(answers.contains(409) || answers.contains(401), "answers: " + answers);
        } finally {
            String survivor = basic(first, PASSWORD).when().get("api/admin/staff").statusCode() == 200 ? first : second;
            basic(survivor, PASSWORD).when().post("api/admin/staff/" + demoAdmin + "/enable").then().statusCode(200);
        }
        admin().when().get("api/admin/staff").then().statusCode(200);
    }

    /** A reviewer account with {@link #PASSWORD}, made through an invitation. */
    private String newReviewer() throws Exception {
        String email = fresh("staff");
        invite(email, "REVIEWER").then().statusCode(202);
        accept(tokenFrom(email, "reviewer"), "Staff Member", PASSWORD).then().statusCode(200);
        return email;
    }

    private void promote(String email) throws Exception {
        invite(email, "PLATFORM_ADMIN").then().statusCode(202);
        accept(tokenFrom(email, "platform administrator"), null, PASSWORD).then().statusCode(200);
    }

    private int staffId(String email) {
        return admin().when().get("api/admin/staff").then().statusCode(200)
                .extract().path("find { it.email == '" + email + "' }.id");
    }

    private static Response invite(String email, String role) {
        return admin().contentType("application/json").body(Map.of("email", email, "role", role))
                .when().post("api/admin/staff/invitations");
    }

    private static Response accept(String token, String name, String password) {
        Map<String, String> body = new java.util.HashMap<>(Map.of("token", token, "password", password));
        if (name != null) {
            body.put("name", name);
        }
        return given().contentType("application/json").body(body).when().post("api/staff-links/acceptance");
    }

    private static RequestSpecification admin() {
        return basic(ADMIN, DEMO_PASSWORD);
    }

    private static RequestSpecification basic(String email, String password) {
        return given().auth().preemptive().basic(email, password);
    }

    private static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@distributor.example";
    }

    private static String tokenFrom(String email, String subjectPart) throws Exception {
        return tokenFromMail(smtp, email, subjectPart);
    }

    /** The token of the set-password link mailed to the address, from the mail whose subject has those words. */
    static String tokenFromMail(TestSmtpServer server, String email, String subjectPart) throws Exception {
        String body = GreenMailUtil.getBody(server.await(email, subjectPart));
        Matcher token = TOKEN.matcher(body.replace("=\r\n", "").replace("=3D", "="));
        if (!token.find()) {
            throw new AssertionError("no set-password link in: " + body);
        }
        return token.group(1);
    }
}

package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.util.GreenMailUtil;

import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;

/**
 * Forms that say what is wrong, through the API: every bad value named with its reason; an
 * institution administrator's invitations listed, revoked and resent (never another
 * institution's); a change of IP ranges that waits for the reviewers while the old ranges stay.
 */
class FormsIT extends ApiTestBase {

    private static final Pattern TOKEN = Pattern.compile("join\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    private static final String REVIEWER = "reviewer@demo.example";

    @RegisterExtension
    static final TestSmtpServer smtp = TestSmtpServer.forTheClass();

    @Test
    void aRegistrationNamesEveryBadValueWithItsReason() {
        Map<String, Object> registration = registration();
        registration.put("adminEmail", "x@y");
        registration.put("emailDomains", List.of("good.example", "bad domain", "no_tld", "-x-"));
        registration.put("ipRanges", List.of("192.0.2.0/24", "300.1.1.1/8", "abc", "10.0.0.0/33"));
        registration.put("website", "ftp://files.example");

        JsonPath problem = given().contentType("application/json").body(registration).when().post("api/institutions")
                .then().statusCode(400).contentType(startsWith("application/problem+json")).extract().jsonPath();

        List<Map<String, String>> errors = problem.getList("errors");
        assertEquals("The registration has " + errors.size() + " problems.", problem.getString("detail"),
                "the summary counts exactly the errors listed");
        String email = messageOf(errors, "adminEmail").get(0);
        assertTrue(email.contains("x@y") && email.contains("not a valid email address"), email);
        List<String> domains = messageOf(errors, "emailDomains");
        assertEquals(3, domains.size(), domains.toString());
        for (String bad : List.of("bad domain", "no_tld", "-x-")) {
            assertTrue(domains.stream().anyMatch(m -> m.contains("“" + bad + "”")), bad + " is named in " + domains);
        }
        List<String> ranges = messageOf(errors, "ipRanges");
        assertEquals(3, ranges.size(), ranges.toString());
        for (String bad : List.of("300.1.1.1/8", "abc", "10.0.0.0/33")) {
            assertTrue(ranges.stream().anyMatch(m -> m.contains("“" + bad + "”")), bad + " is named in " + ranges);
        }
        assertTrue(messageOf(errors, "website").get(0).contains("ftp://files.example"), errors.toString());
        assertEquals(8, errors.size(), errors.toString());
    }

    @Test
    void aMissingAddressIsAskedFor_notCalledInvalid() {
        Map<String, Object> registration = registration();
        registration.remove("adminEmail");
        given().contentType("application/json").body(registration).when().post("api/institutions")
                .then().statusCode(400)
                .body("errors.find { it.field == 'adminEmail' }.message", equalTo("Give the administrator's email address."));
    }

    @Test
    void invitationsAreListedRevokedAndResent_andOnlyTheirOwnInstitutionsAdministratorsTouchThem() throws Exception {
        TestInstitution school = TestInstitution.approvedSchoolInKorea();
        String domain = school.adminEmail().substring(school.adminEmail().indexOf('@') + 1);
        String keep = "keep-" + tag() + "@" + domain;
        String drop = "drop-" + tag() + "@" + domain;
        invite(school, keep);
        invite(school, drop);

        JsonPath listed = school.asAdmin().when().get("api/institution/invitations").then().statusCode(200).extract().jsonPath();
        int keepId = listed.getInt("find { it.email == '" + keep + "' }.id");
        int dropId = listed.getInt("find { it.email == '" + drop + "' }.id");
        assertEquals("OPEN", listed.getString("find { it.email == '" + keep + "' }.state"));
        assertTrue(listed.getString("find { it.email == '" + keep + "' }.expiresAt")
                .compareTo(listed.getString("find { it.email == '" + keep + "' }.sentAt")) > 0);

        // Another institution's administrator neither sees nor touches them: "not found", as for any unknown id.
        given().auth().preemptive().basic("schooladmin@demo.example", DEMO_PASSWORD).when().get("api/institution/invitations")
                .then().statusCode(200).body("email", not(hasItem(keep)));
        given().auth().preemptive().basic("schooladmin@demo.example", DEMO_PASSWORD)
                .when().delete("api/institution/invitations/" + dropId)
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().auth().preemptive().basic("schooladmin@demo.example", DEMO_PASSWORD)
                .when().post("api/institution/invitations/" + keepId + "/resend")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        school.asAdmin().when().delete("api/institution/invitations/999999999")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));

        // Revoked: gone from the list, and its link no longer works.
        String dropToken = tokenFrom(smtp.await(drop, "Join"));
        school.asAdmin().when().delete("api/institution/invitations/" + dropId).then().statusCode(200).body("state", equalTo("REVOKED"));
        school.asAdmin().when().get("api/institution/invitations").then().body("email", not(hasItem(drop)));
        accept(dropToken).then().statusCode(404);
        school.asAdmin().when().post("api/institution/invitations/" + dropId + "/resend").then().statusCode(409);

        // Resent: a new invitation with a new link; the first link is dead, the new one works.
        String firstToken = tokenFrom(smtp.await(keep, "Join"));
        int newId = school.asAdmin().when().post("api/institution/invitations/" + keepId + "/resend")
                .then().statusCode(200).body("email", equalTo(keep)).body("state", equalTo("OPEN")).extract().path("id");
        assertNotEquals(keepId, newId);
        school.asAdmin().when().get("api/institution/invitations").then()
                .body("id", hasItem(newId)).body("id", not(hasItem(keepId)));
        String secondToken = awaitSecondToken(keep);
        assertNotEquals(firstToken, secondToken);
        accept(firstToken).then().statusCode(404);
        accept(secondToken).then().statusCode(201).body("status", equalTo("ACTIVE"));
        school.asAdmin().when().get("api/institution/invitations").then().body("email", not(hasItem(keep)));
    }

    @Test
    void aWiderIpRangeWaitsForTheReviewers_andTheRangesInForceStayUntilTheyApprove() {
        TestInstitution school = TestInstitution.approvedSchoolInKorea();
        String domain = school.adminEmail().substring(school.adminEmail().indexOf('@') + 1);
        String wider = "203.0.113.0/24";

        school.asAdmin().contentType("application/json")
                .body(Map.of("emailDomains", List.of(domain), "ipRanges", List.of("198.51.100.0/24", wider)))
                .when().put("api/institution/network")
                .then().statusCode(200)
                .body("changeWaiting", equalTo(true))
                .body("ipRanges", equalTo(List.of("198.51.100.0/24")))
                .body("proposedIpRanges", hasItem(wider));

        given().auth().preemptive().basic(REVIEWER, DEMO_PASSWORD).when().get("api/admin/institutions/network-changes")
                .then().statusCode(200)
                .body("find { it.id == " + school.id() + " }.networkChange.ipRanges", hasItem(wider))
                .body("find { it.id == " + school.id() + " }.ipRanges", equalTo(List.of("198.51.100.0/24")));
        given().auth().preemptive().basic(REVIEWER, DEMO_PASSWORD).when().get("api/admin/institutions/" + school.id())
                .then().body("ipRanges", not(hasItem(wider)))
                // Every test school claims 198.51.100.0/24: the reviewer sees the overlap as a possible duplicate.
                .body("duplicates.shared", hasItem(containsString("IP range 198.51.100.0/24")));

        given().auth().preemptive().basic(REVIEWER, DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("decision", "APPROVE"))
                .when().post("api/admin/institutions/" + school.id() + "/network-change")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().auth().preemptive().basic(REVIEWER, DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("decision", "APPROVE", "reason", "The second campus's range, checked with its provider"))
                .when().post("api/admin/institutions/" + school.id() + "/network-change")
                .then().statusCode(200).body("ipRanges", hasItem(wider)).body("networkChange", nullValue());
        given().auth().preemptive().basic(REVIEWER, DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("decision", "APPROVE", "reason", "again"))
                .when().post("api/admin/institutions/" + school.id() + "/network-change").then().statusCode(409);

        // Narrowing takes effect at once: it lets nobody new in.
        school.asAdmin().contentType("application/json")
                .body(Map.of("emailDomains", List.of(domain), "ipRanges", List.of("203.0.113.0/25")))
                .when().put("api/institution/network")
                .then().statusCode(200).body("changeWaiting", equalTo(false)).body("ipRanges", equalTo(List.of("203.0.113.0/25")));
    }

    @Test
    void aProposedDomainThatAnotherInstitutionClaimsShowsAsAPossibleDuplicate() {
        TestInstitution school = TestInstitution.approvedSchoolInKorea();
        String domain = school.adminEmail().substring(school.adminEmail().indexOf('@') + 1);
        school.asAdmin().contentType("application/json")
                .body(Map.of("emailDomains", List.of(domain, "school.demo.example"), "ipRanges", List.of("198.51.100.0/24")))
                .when().put("api/institution/network")
                .then().statusCode(200).body("changeWaiting", equalTo(true)).body("emailDomains", equalTo(List.of(domain)));
        given().auth().preemptive().basic(REVIEWER, DEMO_PASSWORD).when().get("api/admin/institutions/" + school.id())
                .then().body("duplicates.shared", hasItem("proposed email domain school.demo.example"))
                .body("networkChange.emailDomains", hasItem("school.demo.example"));
    }

    @Test
    void aChangeOfDomainsAndRangesNamesEveryBadValue() {
        TestInstitution school = TestInstitution.approvedSchoolInKorea();
        JsonPath problem = school.asAdmin().contentType("application/json")
                .body(Map.of("emailDomains", List.of("one bad", "two_bad", "three@bad"), "ipRanges", List.of("1.2.3.4/99", "nope")))
                .when().put("api/institution/network")
                .then().statusCode(400).contentType(startsWith("application/problem+json")).extract().jsonPath();
        List<Map<String, String>> errors = problem.getList("errors");
        assertEquals(3, messageOf(errors, "emailDomains").size(), errors.toString());
        assertEquals(2, messageOf(errors, "ipRanges").size(), errors.toString());
        assertTrue(messageOf(errors, "ipRanges").get(0).contains("1.2.3.4/99"), errors.toString());
        given().auth().preemptive().basic(REVIEWER, DEMO_PASSWORD).when().get("api/admin/institutions/" + school.id())
                .then().body("networkChange", nullValue()).body("ipRanges", equalTo(List.of("198.51.100.0/24")));
    }

    private static List<String> messageOf(List<Map<String, String>> errors, String field) {
        return errors.stream().filter(e -> field.equals(e.get("field"))).map(e -> e.get("message")).toList();
    }

    private static Map<String, Object> registration() {
        String tag = tag();
        Map<String, Object> registration = new LinkedHashMap<>();
        registration.put("name", "Forms Test School " + tag);
        registration.put("type", "K12_SCHOOL");
        registration.put("country", "KR");
        registration.put("address", "1 Test-ro, Seoul");
        registration.put("emailDomains", List.of("forms-" + tag + ".example"));
        registration.put("sizeBand", "UP_TO_500");
        registration.put("adminName", "Head Teacher");
        registration.put("adminEmail", "head@forms-" + tag + ".example");
        registration.put("adminPassword", TestInstitution.PASSWORD);
        return registration;
    }

    private static void invite(TestInstitution school, String email) {
        school.asAdmin().contentType("application/json").body(Map.of("email", email, "role", "TEACHER"))
                .when().post("api/institution/invitations").then().statusCode(202);
    }

    private static io.restassured.response.Response accept(String token) {
        return given().contentType("application/json")
                .body(Map.of("token", token, "name", "Invited Teacher", "password", "a very good password"))
                .when().post("api/invitations/acceptance");
    }

    private static String awaitSecondToken(String email) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            List<MimeMessage> mails = smtp.all(email, "Join");
            if (mails.size() >= 2) {
                return tokenFrom(mails.get(mails.size() - 1));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no second invitation mail to " + email);
    }

    private static String tokenFrom(MimeMessage mail) {
        String body = GreenMailUtil.getBody(mail);
        Matcher token = TOKEN.matcher(body.replace("=\r\n", "").replace("=3D", "="));
        if (!token.find()) {
            throw new AssertionError("no invitation link in: " + body);
        }
        return token.group(1);
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}

package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.util.GreenMailUtil;

import io.restassured.response.Response;

/**
 * An institution registers, reviewers decide, and both sides get mail: through a real SMTP
 * server (GreenMail) that the test starts and the portal is configured to use.
 */
class RegistrationReviewIT extends ApiTestBase {

    @RegisterExtension
    static final TestSmtpServer smtp = TestSmtpServer.forTheClass();

    @Test
    void aRegisteredSchoolIsPendingUntilAReviewerApprovesItWithAReasonKeptInTheTrail() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String adminEmail = "head-" + tag + "@school-" + tag + ".example";
        int id = register(registration(tag, adminEmail, "school-" + tag + ".example"));

        given().auth().preemptive().basic("reviewer@demo.example", DEMO_PASSWORD).when().get("api/admin/institutions")
                .then().statusCode(200).body("find { it.id == " + id + " }.status", equalTo("PENDING"));

        given().auth().preemptive().basic("reviewer@demo.example", DEMO_PASSWORD)
                .contentType("application/json").body(Map.of("decision", "APPROVE", "reason", " "))
                .when().post("api/admin/institutions/" + id + "/decisions")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));

        given().auth().preemptive().basic("reviewer@demo.example", DEMO_PASSWORD)
                .contentType("application/json")
                .body(Map.of("decision", "APPROVE", "reason", "School id checked against the ministry's list"))
                .when().post("api/admin/institutions/" + id + "/decisions")
                .then().statusCode(201)
                .body("status", equalTo("VERIFIED"))
                .body("decisions", hasSize(1))
                .body("decisions[0].decision", equalTo("APPROVE"))
                .body("decisions[0].reviewer", equalTo("reviewer@demo.example"))
                .body("decisions[0].reason", equalTo("School id checked against the ministry's list"))
                .body("decisions[0].statusBefore", equalTo("PENDING"));

        // The registration mail carries a link that confirms the administrator's address; reviewers see it.
        String registrationMail = GreenMailUtil.getBody(smtp.await(adminEmail, "was received")).replace("=\r\n", "").replace("=3D", "=");
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("verify\\.xhtml\\?token=([A-Za-z0-9_-]+)").matcher(registrationMail);
        assertTrue(link.find(), registrationMail);
        given().when().get("verify.xhtml?token=" + link.group(1)).then().statusCode(200).body(containsString("is confirmed"));
        given().when().get("verify.xhtml?token=" + link.group(1)).then().statusCode(200).body(containsString("not valid any more"));
        given().auth().preemptive().basic("reviewer@demo.example", DEMO_PASSWORD).when().get("api/admin/institutions/" + id)
                .then().statusCode(200).body("administrators[0].email", equalTo(adminEmail))
                .body("administrators[0].emailVerified", equalTo(true));

        MimeMessage decisionMail = smtp.await(adminEmail, "verified");
        assertTrue(GreenMailUtil.getBody(decisionMail).contains("School id checked against the ministry's list"),
                "the institution reads the reviewer's reason");
    }

    @Test
    void suspensionAndReinstatementAreDecisionsToo_andImpossibleOnesAreRefused() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        int id = register(registration(tag, "a-" + tag + "@lib-" + tag + ".example", "lib-" + tag + ".example"));
        decide(id, "SUSPEND", "Not verified yet").then().statusCode(409).contentType("application/problem+json");
        decide(id, "REQUEST_INFO", "Please upload your charter").then().statusCode(201).body("status", equalTo("INFO_REQUESTED"));
        decide(id, "APPROVE", "Charter received").then().statusCode(201).body("status", equalTo("VERIFIED"));
        decide(id, "SUSPEND", "Licences shared with another school").then().statusCode(201)
                .body("status", equalTo("SUSPENDED"))
                .body("decisions.decision", equalTo(Arrays.asList("REQUEST_INFO", "APPROVE", "SUSPEND")));
        decide(id, "DELETE", "no").then().statusCode(400).body("errors[0].field", equalTo("decision"));
    }

    @Test
    void reviewersSeeOtherInstitutionsWithTheSameRegistryIdOrDomain() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String domain = "shared-" + tag + ".example";
        int first = register(registration(tag, "one-" + tag + "@" + domain, domain));
        Map<String, Object> again = registration(tag, "two-" + tag + "@" + domain, domain);
        again.put("name", "Second school " + tag);
        int second = register(again);
        given().auth().preemptive().basic("reviewer@demo.example", DEMO_PASSWORD)
                .when().get("api/admin/institutions/" + second)
                .then().statusCode(200)
                .body("duplicates.id", hasItem(first))
                .body("duplicates.shared", hasItem(containsString("registry id")))
                .body("duplicates.shared", hasItem(containsString(domain)));
    }

    @Test
    void aKnownAddressGetsTheSameAnswerAsANewOne_andOnlyItsMailSaysSo() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String known = "officer@demo.example";
        String fresh = "head-" + tag + "@new-" + tag + ".example";
        Response forKnown = post(registration(tag, known, "known-" + tag + ".example"));
        Response forFresh = post(registration(tag, fresh, "new-" + tag + ".example"));

        forKnown.then().statusCode(202);
        forFresh.then().statusCode(202);
        assertEquals(forFresh.asString().replace(fresh, "<address>"), forKnown.asString().replace(known, "<address>"),
                "the answer must not tell whether the address has an account");

        String toKnown = GreenMailUtil.getBody(smtp.await(known, "Someone tried to register")).replace("=\r\n", "");
        assertTrue(toKnown.contains("has a Docuportal account already"), toKnown);
        smtp.await(fresh, "was received");
        // Nothing changed for the existing account: the registration's password does not open it, its own still does.
        given().auth().preemptive().basic(known, "correct horse battery").when().get("api/me/tokens").then().statusCode(401);
        given().auth().preemptive().basic(known, DEMO_PASSWORD).when().get("api/me/tokens").then().statusCode(200);
    }

    @Test
    void aRegistrationWithManyMistakesNamesEveryFieldAndSavesNothing() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> bad = json("name", "", "type", "HIGHER_EDUCATION", "country", "KR", "address", "1 Road",
                "registryId", "not-a-ror-id", "emailDomains", java.util.List.of("not a domain"),
                "ipRanges", java.util.List.of("10.0.0.300/8"), "sizeBand", "OVER_10000",
                "adminName", "A", "adminEmail", "x-" + tag + "@uni.example");
        given().contentType("application/json").body(bad).when().post("api/institutions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("registryId"))
                .body("errors.field", hasItem("emailDomains"))
                .body("errors.field", hasItem("ipRanges"))
                .body("errors.field", hasItem("adminPassword"));
        // Nothing half-written: the administrator's account was not created either.
        given().auth().preemptive().basic("x-" + tag + "@uni.example", "whatever-password").when().get("api/me/tokens")
                .then().statusCode(401);
    }

    @Test
    void reviewersReadTheDocumentsAnInstitutionUploadedAndNobodyElseDoes() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String admin = "docs-" + tag + "@docs-" + tag + ".example";
        int id = register(registration(tag, admin, "docs-" + tag + ".example"));
        byte[] pdf = ("%PDF-1.4\n% charter of school " + tag + "\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        int documentId = given().auth().preemptive().basic(admin, "correct horse battery")
                .contentType("application/pdf").body(pdf)
                .when().post("api/institution/documents?fileName=../../etc/Charter 2026.pdf")
                .then().statusCode(201).body("fileName", equalTo("Charter 2026.pdf")).extract().path("id");
        given().auth().preemptive().basic(admin, "correct horse battery")
                .contentType("application/octet-stream").body("MZ not a document".getBytes())
                .when().post("api/institution/documents?fileName=setup.exe")
                .then().statusCode(400).body("errors[0].field", equalTo("file"));

        given().auth().preemptive().basic("reviewer@demo.example", DEMO_PASSWORD)
                .when().get("api/admin/institutions/" + id)
                .then().statusCode(200).body("documents.fileName", equalTo(java.util.List.of("Charter 2026.pdf")));
        byte[] downloaded = given().auth().preemptive().basic("reviewer@demo.example", DEMO_PASSWORD)
                .when().get("api/admin/institutions/" + id + "/documents/" + documentId)
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("attachment; filename=\"Charter 2026.pdf\""))
                .extract().asByteArray();
        org.junit.jupiter.api.Assertions.assertArrayEquals(pdf, downloaded);

        given().auth().preemptive().basic("schooladmin@demo.example", DEMO_PASSWORD)
                .when().get("api/admin/institutions/" + id + "/documents/" + documentId).then().statusCode(403);
        given().auth().preemptive().basic("teacher@demo.example", DEMO_PASSWORD)
                .contentType("application/pdf").body(pdf)
                .when().post("api/institution/documents").then().statusCode(403);
    }

    @Test
    void onlyReviewersAndPlatformAdministratorsSeeTheQueue() {
        given().when().get("api/admin/institutions").then().statusCode(401);
        for (String user : new String[] {"teacher@demo.example", "officer@demo.example", "schooladmin@demo.example"}) {
            given().auth().preemptive().basic(user, DEMO_PASSWORD).when().get("api/admin/institutions")
                    .then().statusCode(403).body(not(containsString("Demo Community Library")));
        }
        given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD).when().get("api/admin/institutions")
                .then().statusCode(200);
    }

    private static Map<String, Object> registration(String tag, String adminEmail, String domain) {
        return json("name", "School " + tag, "type", "K12_SCHOOL", "country", "GB",
                "address", "1 Example Lane, Leeds", "website", "https://" + domain, "registryId", "100000",
                "emailDomains", java.util.List.of(domain), "sizeBand", "FROM_501_TO_2000",
                "adminName", "Head " + tag, "adminEmail", adminEmail, "adminPassword", "correct horse battery");
    }

    /** A JSON object from alternating names and values (Map.of stops at ten pairs). */
    private static Map<String, Object> json(Object... namesAndValues) {
        Map<String, Object> object = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return object;
    }

    private static Response post(Map<String, Object> body) {
        return given().contentType("application/json").body(body).when().post("api/institutions");
    }

    /** Registers and returns the id, which reviewers see and the answer does not give. */
    private static int register(Map<String, Object> body) {
        return TestInstitution.register(body, given().auth().preemptive().basic("reviewer@demo.example", DEMO_PASSWORD));
    }

    private static Response decide(int id, String decision, String reason) {
        return given().auth().preemptive().basic("reviewer@demo.example", DEMO_PASSWORD)
                .contentType("application/json").body(Map.of("decision", decision, "reason", reason))
                .when().post("api/admin/institutions/" + id + "/decisions");
    }

}

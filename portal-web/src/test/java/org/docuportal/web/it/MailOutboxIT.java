package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Mail queued while the mail server is down waits in the outbox, shows with its error on the
 * platform administrators' list, and is delivered exactly once when the server is back; "retry
 * now" sends it without waiting for the backoff.
 */
class MailOutboxIT extends ApiTestBase {

    private static final String ADMIN = "admin@demo.example";

    @RegisterExtension
    static final TestSmtpServer smtp = TestSmtpServer.forTheClass();

    @Test
    void theScheduledRoundsAreListedWithTheServerThatRanEachLast() {
        List<Map<String, Object>> rounds = given().auth().preemptive().basic(ADMIN, DEMO_PASSWORD).when().get("api/admin/scheduled-rounds")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(List.of("license-round", "payment-request-round", "privacy-retention"), rounds.stream().map(r -> r.get("name")).toList());
        for (Map<String, Object> round : rounds) {
            assertTrue(round.get("holder") == null || ((String) round.get("holder")).contains("/"), "host/random id: " + round);
        }
        given().auth().preemptive().basic("reviewer@demo.example", DEMO_PASSWORD).when().get("api/admin/scheduled-rounds")
                .then().statusCode(403);
    }

    @Test
    void anInvitationQueuedWhileTheMailServerIsDownArrivesOnceWhenItIsBack() throws Exception {
        String email = "outbox-" + UUID.randomUUID().toString().substring(0, 8) + "@school.demo.example";
        smtp.stop();
        try {
            given().auth().preemptive().basic("schooladmin@demo.example", DEMO_PASSWORD)
                    .contentType("application/json").body(Map.of("email", email, "role", "TEACHER"))
                    .when().post("api/institution/invitations").then().statusCode(202);

            Map<String, Object> failed = awaitEntry(email, "", m -> m.get("lastError") != null);
            assertEquals("PENDING", failed.get("status"), "one refused connection is not the end: " + failed);
            assertEquals(1, failed.get("attempts"));
            assertTrue(((String) failed.get("subject")).contains("Join"), failed.toString());
            assertTrue(!failed.containsKey("body") && !failed.containsKey("text"), "never the body: " + failed);
            int id = (Integer) failed.get("id");

            // Retry now: attempted again at once (and refused again, the server still being down).
            given().auth().preemptive().basic(ADMIN, DEMO_PASSWORD).when().post("api/admin/mail-outbox/" + id + "/retry")
                    .then().statusCode(200).body("status", equalTo("PENDING"));
            awaitEntry(email, "", m -> ((Integer) m.get("attempts")) == 2);
            assertTrue(smtp.all(email, "Join").isEmpty());

            smtp.restart();
            given().auth().preemptive().basic(ADMIN, DEMO_PASSWORD).when().post("api/admin/mail-outbox/" + id + "/retry")
                    .then().statusCode(200);
            MimeMessage delivered = smtp.await(email, "Join");
            assertTrue(delivered.getHeader("Message-ID")[0].startsWith("<outbox." + id + "."), "the outbox row's stable Message-ID");

            Map<String, Object> sent = awaitEntry(email, "?status=SENT", m -> m.get("sentAt") != null);
            assertEquals("SENT", sent.get("status"));
            Thread.sleep(5_000); // two polls of the worker
            assertEquals(1, smtp.all(email, "Join").size(), "delivered exactly once");
            List<Map<String, Object>> open = outbox("");
            assertTrue(open.stream().noneMatch(m -> email.equals(m.get("recipient"))), "no longer listed as pending: " + open);

            given().auth().preemptive().basic(ADMIN, DEMO_PASSWORD).when().post("api/admin/mail-outbox/" + id + "/retry")
                    .then().statusCode(409).contentType(startsWith("application/problem+json"));
        } finally {
            smtp.restart();
        }
    }

    @Test
    void badRequestsAreProblemsNamingWhatIsWrong() {
        given().auth().preemptive().basic(ADMIN, DEMO_PASSWORD).when().post("api/admin/mail-outbox/999999999/retry")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().auth().preemptive().basic(ADMIN, DEMO_PASSWORD).when().get("api/admin/mail-outbox?status=LOST")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("status"));
        given().auth().preemptive().basic("schooladmin@demo.example", DEMO_PASSWORD).when().get("api/admin/mail-outbox")
                .then().statusCode(403);
    }

    private static List<Map<String, Object>> outbox(String query) {
        return given().auth().preemptive().basic(ADMIN, DEMO_PASSWORD).when().get("api/admin/mail-outbox" + query)
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** Waits up to 15 seconds for the recipient's mail to show in the listing as the predicate wants. */
    private static Map<String, Object> awaitEntry(String email, String query, Predicate<Map<String, Object>> wanted)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        Map<String, Object> last = null;
        while (System.currentTimeMillis() < deadline) {
            for (Map<String, Object> m : outbox(query)) {
                if (email.equals(m.get("recipient"))) {
                    last = m;
                    if (wanted.test(m)) {
                        return m;
                    }
                }
            }
            Thread.sleep(200);
        }
        assertNotNull(last, "the mail to " + email + " is not in the outbox");
        throw new AssertionError("the mail to " + email + " never got there: " + last);
    }
}

package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Two servers behind one address, as {@code deploy/cluster/run-local.sh} runs them (nginx balancing
 * round robin without sticky sessions, one Payara data grid, one PostgreSQL): what one server decides,
 * the other honours at once; a session, an order and a mail survive a server's {@code kill -9}; work
 * that many requests or both servers' timers touch at once is done exactly once. Each test calls
 * server A and server B directly where it matters which one answers, and the load balancer where a
 * person would. Runs in the failsafe execution {@code cluster} of {@code .ci/run} (skipped where no
 * topology is named, see {@link Cluster}); the server's kill comes last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String FILM = "kim-il-sungs-children";
    private static final String ADMIN = "admin@demo.example";
    private static final String REVIEWER = "reviewer@demo.example";

    @RegisterExtension
    static final TestSmtpServer smtp = TestSmtpServer.forTheClass();

    private static Cluster cluster;

    @BeforeAll
    static void topology() {
        Optional<Cluster> named = Cluster.fromSystemProperties();
        assumeTrue(named.isPresent(), "no cluster named (-Dit.cluster.url, -Dit.cluster.servers): see .ci/run");
        cluster = named.get();
        assertThat(cluster.servers()).allSatisfy(server -> assertThat(Cluster.ready(server)).as(server + " ready").isTrue());
    }

    @BeforeEach
    void throughTheLoadBalancer() {
        // The test helpers (schools, purchases) call the portal as a person would: through the one public address.
        RestAssured.baseURI = cluster.balancer().toString();
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    @Order(1)
    void anAccountLockedOnAIsLockedOnB() {
        TestInstitution school = TestInstitution.approvedSchoolInKorea();
        // B has read the account (and would keep it in a cache) before A locks it.
        on(cluster.b()).auth().preemptive().basic(school.adminEmail(), TestInstitution.PASSWORD)
                .when().get("api/institution/settings").then().statusCode(200);

        for (int i = 0; i < 5; i++) {
            on(cluster.a()).auth().preemptive().basic(school.adminEmail(), "wrong-" + i)
                    .when().get("api/institution/settings").then().statusCode(401);
        }

        on(cluster.b()).auth().preemptive().basic(school.adminEmail(), TestInstitution.PASSWORD)
                .when().get("api/institution/settings").then().statusCode(401);
        on(cluster.balancer()).auth().preemptive().basic(school.adminEmail(), TestInstitution.PASSWORD)
                .when().get("api/institution/settings").then().statusCode(401);
        on(cluster.a()).auth().preemptive().basic(school.adminEmail(), TestInstitution.PASSWORD)
                .when().get("api/institution/settings").then().statusCode(401);
    }

    @Test
    @Order(2)
    void aPlaybackSessionStartedOnARenewsOnBAndItsTokenOpensTheEdge() {
        LicensedInstitution school = LicensedInstitution.withStreamingLicense(FILM);
        Response started = startPlayback(cluster.a(), school);
        started.then().statusCode(201);
        String id = started.path("id");

        Response renewed = heartbeat(cluster.b(), school, id);
        renewed.then().statusCode(200);
        String token = renewed.path("token");
        // The edge in front of both (nginx on the balancer's address) takes the token B minted with the shared secret.
        String playlist = started.path("playlistUrl");
        given().baseUri(cluster.balancer().toString()).queryParam("token", token).when().get(URI.create(playlist).getPath())
                .then().statusCode(200).body(containsString("#EXTM3U"));

        heartbeat(cluster.a(), school, id).then().statusCode(200);
        on(cluster.b()).auth().preemptive().basic(school.adminEmail(), LicensedInstitution.PASSWORD)
                .when().delete("api/playback/sessions/" + id).then().statusCode(204);
        heartbeat(cluster.a(), school, id).then().statusCode(410);
    }

    @Test
    @Order(3)
    void suspendingAnInstitutionOnAStopsItsRenewalsOnBAtTheNextHeartbeat() {
        LicensedInstitution school = LicensedInstitution.withStreamingLicense(FILM);
        String id = startPlayback(cluster.a(), school).then().statusCode(201).extract().path("id");
        // B renews once before the suspension: it has read the institution and the license.
        heartbeat(cluster.b(), school, id).then().statusCode(200);

        on(cluster.a()).auth().preemptive().basic(REVIEWER, ApiTestBase.DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("decision", "SUSPEND", "reason", "Cluster test of suspension"))
                .when().post("api/admin/institutions/" + school.id() + "/decisions").then().statusCode(201);

        heartbeat(cluster.b(), school, id).then().statusCode(403).body("detail", containsString("suspended"));
        startPlayback(cluster.b(), school).then().statusCode(403);
        heartbeat(cluster.a(), school, id).then().statusCode(403);
    }

    @Test
    @Order(4)
    void thirtySurveyAnswersAtOnceSpreadOverBothServersAreAllCounted() throws Exception {
        LicensedInstitution school = LicensedInstitution.withStreamingLicense(FILM);
        var screening = school.asAdmin().contentType("application/json")
                .body(Map.of("title", FILM, "screeningDate", LocalDate.now().toString()))
                .when().post("api/screenings").then().statusCode(201).extract().jsonPath();
        int id = screening.getInt("id");
        String code = screening.getString("link").replaceAll(".*\\?s=", "");
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < screening.getList("items").size(); i++) {
            answers.add(1 + i % 5);
        }

        List<Response> before = BurstIT.burst(30, i -> () -> answer(cluster.servers().get(i % 2), code, "PRE", answers, null));
        assertThat(before).extracting(Response::statusCode).containsOnly(201);
        List<String> codes = before.stream().map(r -> r.<String>path("pairingCode")).toList();
        assertThat(codes).doesNotHaveDuplicates();
        // After the film, each pairs on the other server than the one that gave the code.
        List<Response> after = BurstIT.burst(30, i -> () -> answer(cluster.servers().get((i + 1) % 2), code, "POST", answers, codes.get(i)));
        assertThat(after).extracting(Response::statusCode).containsOnly(201);

        for (URI server : cluster.servers()) {
            on(server).auth().preemptive().basic(school.adminEmail(), LicensedInstitution.PASSWORD)
                    .when().get("api/screenings/" + id).then().statusCode(200)
                    .body("preCount", equalTo(30)).body("postCount", equalTo(30)).body("pairedCount", equalTo(30));
        }
    }

    @Test
    @Order(5)
    void mailQueuedWhileTheMailServerIsDownIsDeliveredExactlyOnceWhenItIsBack() throws Exception {
        TestInstitution school = TestInstitution.approvedSchoolInKorea();
        String invitee = "down-" + UUID.randomUUID().toString().substring(0, 8) + "@"
                + school.adminEmail().substring(school.adminEmail().indexOf('@') + 1);
        smtp.stop();
        try {
            school.asAdmin().contentType("application/json").body(Map.of("email", invitee, "role", "TEACHER"))
                    .when().post("api/institution/invitations").then().statusCode(202);
            Map<String, Object> refused = awaitOutboxEntry(invitee, "", m -> m.get("lastError") != null, 30_000);
            assertThat(refused.get("status")).isEqualTo("PENDING");
        } finally {
            smtp.restart();
        }
        // Both servers' workers look for due mail; the retry (30 s after the refusal) goes out from one of them.
        assertThat(smtp.arrives(invitee, "Join", 90_000)).as("the invitation arrives once the mail server is back").isTrue();
        awaitOutboxEntry(invitee, "?status=SENT", m -> "SENT".equals(m.get("status")), 15_000);
        Thread.sleep(6_000); // three more polls of each server's worker
        assertThat(smtp.all(invitee, "Join")).as("delivered exactly once").hasSize(1);
    }

    @Test
    @Order(6)
    void theLicenseRoundRunOnBothServersAtOnceRemindsOnce() throws Exception {
        TestInstitution school = TestInstitution.approvedSchoolInKorea();
        // A public screening today ends today: inside the 30 days before the end, so the round reminds its buyer.
        TestPurchases.license(school.adminEmail(), TestInstitution.PASSWORD, FILM, "PUBLIC_SCREENING", 0, LocalDate.now());

        List<Response> runs = BurstIT.burst(2, i -> () -> on(cluster.servers().get(i)).auth().preemptive()
                .basic(ADMIN, ApiTestBase.DEMO_PASSWORD).when().post("api/admin/rounds/license-round/runs"));
        assertThat(runs).extracting(Response::statusCode).as("both servers asked to run the round at once")
                .allSatisfy(status -> assertThat(status).isIn(200, 202, 409));

        assertThat(smtp.arrives(school.adminEmail(), "ends on", 30_000)).as("the renewal reminder").isTrue();
        Thread.sleep(6_000);
        assertThat(smtp.all(school.adminEmail(), "ends on")).as("one reminder, not two").hasSize(1);
    }

    @Test
    @Order(100)
    void killingAServerInTheMiddleOfAPurchaseLosesNoSessionNoOrderAndNoMail() throws Exception {
        TestInstitution school = TestInstitution.approvedSchoolInKorea();
        PageSession browser = new PageSession();
        browser.signIn(cluster.a(), school.adminEmail(), TestInstitution.PASSWORD);
        String session = browser.sessionId();

        int offer = on(cluster.balancer()).when().get("api/titles/" + FILM + "/offers").then().statusCode(200)
                .extract().path("find { it.kind == 'CLASSROOM_STREAMING' && it.termMonths == 12 }.id");
        var quoted = browser.json(cluster.a(), "POST", "api/quotes",
                "{\"offerId\":" + offer + ",\"start\":\"" + LocalDate.now() + "\"}");
        assertThat(quoted.statusCode()).as(quoted.body()).isEqualTo(201);
        int quote = io.restassured.path.json.JsonPath.from(quoted.body()).getInt("id");
        PageSession.Page quotePage = browser.get(cluster.a(), "purchase/quote.xhtml?id=" + quote);
        assertThat(quotePage.status()).as(quotePage.body()).isEqualTo(200);
        assertThat(smtp.arrives(school.adminEmail(), "Your quote", 15_000)).as("the quote's mail").isTrue();

        cluster.kill(1);

        // The order form rendered by A, posted through the balancer: A is gone, B takes the session and the view.
        PageSession.Page ordered = browser.submit(cluster.balancer(), quotePage, "order", "order:placeOrder",
                Map.of("order:purchaseOrderNumber", "PO-CLUSTER-" + quote));
        assertThat(ordered.status()).as("the order form answered by B:\n" + ordered.body()).isEqualTo(200);
        assertThat(ordered.body()).as("the order placed").contains("id=\"orderPlaced\"");
        assertThat(browser.sessionId()).as("the same session").isEqualTo(session);
        var signedIn = browser.json(cluster.b(), "GET", "api/me/mail-preferences", null);
        assertThat(signedIn.statusCode()).as("still signed in on B: " + signedIn.body()).isEqualTo(200);

        List<String> orders = on(cluster.b()).auth().preemptive().basic(ADMIN, ApiTestBase.DEMO_PASSWORD)
                .when().get("api/admin/orders").then().statusCode(200)
                .extract().path("findAll { it.quoteId == " + quote + " }.reference");
        assertThat(orders).as("one order of the quote").hasSize(1);
        assertThat(smtp.arrives(school.adminEmail(), "how to pay", 30_000)).as("the order's mail").isTrue();
        Thread.sleep(6_000);
        assertThat(smtp.all(school.adminEmail(), "how to pay")).as("the order's mail, once").hasSize(1);
        assertThat(smtp.all(school.adminEmail(), "Your quote")).as("the quote's mail, once").hasSize(1);

        // A comes back, joins the grid again and knows the session.
        cluster.start(1);
        var backOnA = browser.json(cluster.a(), "GET", "api/me/mail-preferences", null);
        assertThat(backOnA.statusCode()).as("signed in on A after its restart: " + backOnA.body()).isEqualTo(200);
    }

    private static RequestSpecification on(URI server) {
        return given().baseUri(server.toString());
    }

    private static Response startPlayback(URI server, LicensedInstitution school) {
        return on(server).auth().preemptive().basic(school.adminEmail(), LicensedInstitution.PASSWORD)
                .contentType("application/json").body(Map.of("title", FILM)).when().post("api/playback/sessions");
    }

    private static Response heartbeat(URI server, LicensedInstitution school, String id) {
        return on(server).auth().preemptive().basic(school.adminEmail(), LicensedInstitution.PASSWORD)
                .contentType("application/json").body(Map.of("secondsWatched", 2, "position", 2))
                .when().post("api/playback/sessions/" + id + "/heartbeat");
    }

    private static Response answer(URI server, String code, String phase, List<Integer> answers, String pairingCode) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("phase", phase);
        body.put("answers", answers);
        if (pairingCode != null) {
            body.put("pairingCode", pairingCode);
        }
        return on(server).contentType("application/json").body(body).when().post("api/surveys/" + code + "/responses");
    }

    /** Waits for the recipient's mail to show in the outbox listing (through the balancer) as the predicate wants. */
    private static Map<String, Object> awaitOutboxEntry(String email, String query, Predicate<Map<String, Object>> wanted,
                                                        long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        Map<String, Object> last = null;
        while (System.currentTimeMillis() < deadline) {
            List<Map<String, Object>> entries = on(cluster.balancer()).auth().preemptive().basic(ADMIN, ApiTestBase.DEMO_PASSWORD)
                    .when().get("api/admin/mail-outbox" + query).then().statusCode(200).extract().jsonPath().getList("$");
            for (Map<String, Object> m : entries) {
                if (email.equals(m.get("recipient"))) {
                    last = m;
                    if (wanted.test(m)) {
                        return m;
                    }
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the outbox never showed the mail to " + email + " as expected; last seen: " + last);
    }
}

package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.util.GreenMailUtil;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Screeners: anyone asks, the distributor's administrators hear of it by mail, an administrator
 * approves it into a single-stream screener for 72 hours (the link arrives by mail and plays the
 * film) or declines it with a reason the requester is told.
 */
class ScreenerIT extends ApiTestBase {

    @RegisterExtension
    static final TestSmtpServer smtp = TestSmtpServer.forTheClass();

    @Test
    void anApprovedScreenerPlaysOneStreamForSeventyTwoHours() throws Exception {
        String email = "programmer-" + UUID.randomUUID().toString().substring(0, 8) + "@festival.example";
        int id = request(email, "Festival programmer").then().statusCode(201)
                .body("status", equalTo("REQUESTED")).extract().path("id");
        smtp.await(email, "Your screener request");
        smtp.await("admin@demo.example", "Screener request");

        given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD).when().get("api/admin/screeners?status=REQUESTED")
                .then().statusCode(200).body("id", hasItems(id));
        var approved = given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("decision", "APPROVE")).when().post("api/admin/screeners/" + id + "/decision")
                .then().statusCode(200).body("status", equalTo("APPROVED")).body("decidedBy", equalTo("admin@demo.example"))
                .extract();
        Duration length = Duration.between(Instant.parse(approved.path("decidedAt")), Instant.parse(approved.path("validUntil")));
        assertThat(length).isEqualTo(Duration.ofHours(72));
        given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("decision", "DECLINE", "reason", "Changed my mind"))
                .when().post("api/admin/screeners/" + id + "/decision").then().statusCode(409);

        String mail = GreenMailUtil.getBody(smtp.await(email, "Your screener of")).replace("=\r\n", "").replace("=3D", "=");
        Matcher link = Pattern.compile("screener=([A-Za-z0-9_-]+)").matcher(mail);
        assertThat(link.find()).as(mail).isTrue();
        String code = link.group(1);

        String token = given().contentType("application/json")
                .body(Map.of("title", PlaybackIT.FILM, "screenerCode", code)).when().post("api/playback/sessions")
                .then().statusCode(201).body("token", notNullValue()).extract().path("token");
        given().queryParam("token", token).when().get("api/media/" + PlaybackIT.FILM + "/master.m3u8").then().statusCode(200);
        // One stream at a time.
        given().contentType("application/json").body(Map.of("title", PlaybackIT.FILM, "screenerCode", code))
                .when().post("api/playback/sessions").then().statusCode(409).body("activeStreams[0].viewer", equalTo(email));
    }

    @Test
    void aLostLinkIsSentAgainAndOnlyTheNewOneOpensTheScreener() throws Exception {
        String email = "lost-link-" + UUID.randomUUID().toString().substring(0, 8) + "@festival.example";
        int id = request(email, "Festival programmer").then().statusCode(201).extract().path("id");
        // Nothing to send before the decision.
        asAdmin().when().post("api/admin/screeners/" + id + "/resend").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("not decided yet"));
        asAdmin().contentType("application/json").body(Map.of("decision", "APPROVE", "hours", 2))
                .when().post("api/admin/screeners/" + id + "/decision").then().statusCode(200);
        String first = screenerCode(smtp.await(email, "Your screener of"));

        String validUntil = asAdmin().when().post("api/admin/screeners/" + id + "/resend").then().statusCode(200)
                .body("status", equalTo("APPROVED")).extract().path("validUntil");
        var again = smtp.await(email, "A new link to your screener of");
        String second = screenerCode(again);
        assertThat(second).isNotEqualTo(first);
        assertThat(GreenMailUtil.getBody(again).replace("=\r\n", "")).contains("no longer opens");

        given().contentType("application/json").body(Map.of("title", PlaybackIT.FILM, "screenerCode", first))
                .when().post("api/playback/sessions").then().statusCode(403).contentType("application/problem+json");
        given().contentType("application/json").body(Map.of("title", PlaybackIT.FILM, "screenerCode", second))
                .when().post("api/playback/sessions").then().statusCode(201).body("token", notNullValue());
        // The same screener, the same end: sending again lengthens nothing.
        asAdmin().when().get("api/admin/screeners?status=APPROVED").then().statusCode(200)
                .body("find { it.id == " + id + " }.validUntil", equalTo(validUntil));

        asAdmin().when().post("api/admin/screeners/987654321/resend").then().statusCode(404).contentType("application/problem+json");
        given().auth().preemptive().basic("reviewer@demo.example", DEMO_PASSWORD).when().post("api/admin/screeners/" + id + "/resend")
                .then().statusCode(403);
        given().when().post("api/admin/screeners/" + id + "/resend").then().statusCode(401);
    }

    private static io.restassured.specification.RequestSpecification asAdmin() {
        return given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD);
    }

    private static String screenerCode(jakarta.mail.internet.MimeMessage message) {
        String mail = GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
        Matcher link = Pattern.compile("screener=([A-Za-z0-9_-]+)").matcher(mail);
        assertThat(link.find()).as(mail).isTrue();
        return link.group(1);
    }

    @Test
    void aDeclinedRequestTellsTheRequesterWhy() throws Exception {
        String email = "buyer-" + UUID.randomUUID().toString().substring(0, 8) + "@channel.example";
        int id = request(email, "Acquisitions").then().statusCode(201).extract().path("id");

        given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("decision", "DECLINE", "reason", " ")).when().post("api/admin/screeners/" + id + "/decision")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("decision", "DECLINE", "reason", "Television rights in your territory are already placed"))
                .when().post("api/admin/screeners/" + id + "/decision").then().statusCode(200).body("status", equalTo("DECLINED"));

        String mail = GreenMailUtil.getBody(smtp.await(email, "was declined")).replace("=\r\n", "");
        assertThat(mail).contains("already placed");
    }

    @Test
    void aRequestWithMissingFieldsNamesEachAndSavesNothing() {
        given().contentType("application/json").body(Map.of("title", PlaybackIT.FILM, "email", "not an address"))
                .when().post("api/screeners")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("name", "organisation", "role", "reason", "email"));
        given().contentType("application/json").body(Map.of("title", "no-such-film", "name", "A", "organisation", "B",
                        "role", "C", "reason", "D", "email", "a@b.example"))
                .when().post("api/screeners").then().statusCode(400).body("errors[0].field", equalTo("title"));
        // Only platform administrators see and decide requests.
        given().auth().preemptive().basic("reviewer@demo.example", DEMO_PASSWORD).when().get("api/admin/screeners")
                .then().statusCode(403);
        given().auth().preemptive().basic("teacher@demo.example", DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("decision", "APPROVE")).when().post("api/admin/screeners/1/decision").then().statusCode(403);
        given().when().get("api/admin/screeners").then().statusCode(401);
    }

    private static io.restassured.response.Response request(String email, String role) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", PlaybackIT.FILM);
        body.put("name", "Min-ji Park");
        body.put("organisation", "Example Documentary Festival");
        body.put("role", role);
        body.put("reason", "Considering the film for our human-rights strand.");
        body.put("email", email);
        return given().contentType("application/json").body(body).when().post("api/screeners");
    }
}

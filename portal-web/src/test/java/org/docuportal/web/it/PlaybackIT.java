package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.docuportal.entitlement.domain.PlaybackTokens;
import org.junit.jupiter.api.Test;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Streaming under a license, as the player and the portal's media endpoints see it: tokens open
 * the playlists and key of their title only, and only until they expire; the stream cap holds;
 * leases free themselves; suspension stops renewal; campus-only streaming keeps to the IP ranges.
 *
 * <p>The portal runs with a test-only token secret ({@value #TOKEN_SECRET}, set in the pom), so
 * that the test can make an expired token in exactly the portal's format, and with 6-second leases.
 */
class PlaybackIT extends ApiTestBase {

    static final String TOKEN_SECRET = "it-only-playback-token-secret-not-for-production";
    static final String FILM = "kim-il-sungs-children";
    static final String OTHER_FILM = "korean-war-prisoners-working-title";

    @Test
    void aLicensedMembersTokenOpensThePlaylistsAndKeyOfItsFilmOnly() {
        LicensedInstitution school = LicensedInstitution.withStreamingLicense(FILM);
        ExtractableResponse<Response> session = start(school, FILM).then().statusCode(201)
                .body("playlistUrl", equalTo("/api/media/" + FILM + "/master.m3u8"))
                .body("heartbeatSeconds", equalTo(2))
                .extract();
        String token = session.path("token");
        assertThat(PlaybackTokens.entitlementOf(token)).isEqualTo("license-" + school.licenseId());
        Instant expiry = Instant.parse(session.path("tokenExpiresAt"));
        Instant licenseEnd = LocalDate.now(ZoneOffset.UTC).plusMonths(12).atStartOfDay(ZoneOffset.UTC).toInstant();
        assertThat(expiry).isAfter(Instant.now()).isBeforeOrEqualTo(licenseEnd);

        given().queryParam("token", token).when().get("api/media/" + FILM + "/master.m3u8")
                .then().statusCode(200).contentType("application/vnd.apple.mpegurl")
                .header("Cache-Control", containsString("no-store"))
                .body(containsString("v0/index.m3u8")).body(containsString("TYPE=SUBTITLES"));
        given().queryParam("token", token).when().get("api/media/" + FILM + "/v1/index.m3u8")
                .then().statusCode(200).body(containsString("METHOD=AES-128,URI=\"../key\""));
        byte[] key = given().queryParam("token", token).when().get("api/media/" + FILM + "/key")
                .then().statusCode(200).extract().asByteArray();
        assertThat(key).hasSize(16);
        byte[] segment = given().when().get("api/media/" + FILM + "/v1/seg_00000.ts").then().statusCode(200).extract().asByteArray();
        assertThat(segment).isNotEmpty();
        assertThat(segment[0]).as("an encrypted segment does not start with the MPEG-TS sync byte").isNotEqualTo((byte) 0x47);
        given().when().get("api/media/" + FILM + "/subs/ko.vtt").then().statusCode(200).body(containsString("WEBVTT"));

        // Missing, tampered with, another film's, expired.
        given().when().get("api/media/" + FILM + "/master.m3u8")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("api/media/" + FILM + "/key").then().statusCode(403);
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        given().queryParam("token", tampered).when().get("api/media/" + FILM + "/master.m3u8").then().statusCode(403);
        given().queryParam("token", token).when().get("api/media/" + OTHER_FILM + "/master.m3u8").then().statusCode(403);
        given().queryParam("token", token).when().get("api/media/" + OTHER_FILM + "/key").then().statusCode(403);
        String expired = tokens().sign(FILM, "license-" + school.licenseId(), Instant.now().minusSeconds(5));
        given().queryParam("token", expired).when().get("api/media/" + FILM + "/master.m3u8")
                .then().statusCode(410).contentType("application/problem+json");
        given().queryParam("token", expired).when().get("api/media/" + FILM + "/key").then().statusCode(410);

        // Hostile paths reach nothing outside the film's folder, keys included.
        for (String hostile : new String[] {"../keys/" + FILM + ".key", "..%2Fkeys%2F" + FILM + ".key", "v0/../../keys/x.key",
                "%2e%2e/%2e%2e/etc/passwd", "v0/index.m3u8%00.ts"}) {
            int status = given().urlEncodingEnabled(false).queryParam("token", token)
                    .when().get("api/media/" + FILM + "/" + hostile).then().extract().statusCode();
            assertThat(status).as(hostile).isIn(400, 403, 404);
        }

        // A heartbeat brings a fresh token and extends the lease.
        String id = session.path("id");
        school.asAdmin().contentType("application/json").body(Map.of("secondsWatched", 2, "position", 2))
                .when().post("api/playback/sessions/" + id + "/heartbeat")
                .then().statusCode(200).body("token", notNullValue()).body("leaseExpiresAt", notNullValue());
        // Someone else cannot renew the session, nor end it.
        given().auth().preemptive().basic("teacher@demo.example", DEMO_PASSWORD).contentType("application/json").body("{}")
                .when().post("api/playback/sessions/" + id + "/heartbeat").then().statusCode(404);
        given().contentType("application/json").body("{}").when().post("api/playback/sessions/" + id + "/heartbeat")
                .then().statusCode(404);
        school.asAdmin().when().delete("api/playback/sessions/" + id).then().statusCode(204);
        school.asAdmin().contentType("application/json").body("{}").when().post("api/playback/sessions/" + id + "/heartbeat")
                .then().statusCode(410);
    }

    @Test
    void beyondTheStreamCapANewSessionIsRefusedListingTheActiveOnesUntilOneEndsOrLapses() throws Exception {
        LicensedInstitution school = LicensedInstitution.withStreamingLicense(FILM);
        assertThat(school.streamCap()).isEqualTo(3);
        String first = start(school, FILM).then().statusCode(201).extract().path("id");
        start(school, FILM).then().statusCode(201);
        start(school, FILM).then().statusCode(201);

        start(school, FILM).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("All 3 streams"))
                .body("activeStreams", hasSize(3))
                .body("activeStreams[0].viewer", equalTo(school.adminEmail()));

        school.asAdmin().when().post("api/playback/sessions/" + first + "/end").then().statusCode(204);
        start(school, FILM).then().statusCode(201);
        start(school, FILM).then().statusCode(409);

        // Nobody renews: after one lease lifetime (6 s in the tests) every stream is free again.
        Thread.sleep(6_500);
        start(school, FILM).then().statusCode(201);
        start(school, FILM).then().statusCode(201);
        start(school, FILM).then().statusCode(201);
    }

    @Test
    void suspendingTheInstitutionStopsRenewalAtOnce() {
        LicensedInstitution school = LicensedInstitution.withStreamingLicense(FILM);
        String id = start(school, FILM).then().statusCode(201).extract().path("id");
        school.asAdmin().contentType("application/json").body("{}").when().post("api/playback/sessions/" + id + "/heartbeat")
                .then().statusCode(200);

        given().auth().preemptive().basic("reviewer@demo.example", DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("decision", "SUSPEND", "reason", "Test of suspension"))
                .when().post("api/admin/institutions/" + school.id() + "/decisions").then().statusCode(201);

        school.asAdmin().contentType("application/json").body("{}").when().post("api/playback/sessions/" + id + "/heartbeat")
                .then().statusCode(403).body("detail", containsString("suspended"));
        start(school, FILM).then().statusCode(403);
    }

    @Test
    void campusOnlyStreamingKeepsToTheInstitutionsIpRanges() {
        LicensedInstitution school = LicensedInstitution.withStreamingLicense(FILM);
        school.asAdmin().contentType("application/json").body(Map.of("streamOnCampusOnly", true))
                .when().put("api/institution/settings").then().statusCode(200).body("streamOnCampusOnly", equalTo(true));

        // The test calls from 127.0.0.1; the school's campus is 198.51.100.0/24.
        start(school, FILM).then().statusCode(403).body("detail", containsString("only on campus"));

        school.asAdmin().contentType("application/json").body(Map.of("streamOnCampusOnly", false))
                .when().put("api/institution/settings").then().statusCode(200);
        start(school, FILM).then().statusCode(201);
    }

    @Test
    void onlyMembersWithALicenseMayStart() {
        // The demo training command holds no license of the film from today.
        given().auth().preemptive().basic("officer@demo.example", DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("title", OTHER_FILM)).when().post("api/playback/sessions").then().statusCode(403)
                .body("detail", containsString("no active license"));
        given().contentType("application/json").body(Map.of("title", FILM)).when().post("api/playback/sessions")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().preemptive().basic("reviewer@demo.example", DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("title", FILM)).when().post("api/playback/sessions").then().statusCode(403);
        given().auth().preemptive().basic("teacher@demo.example", DEMO_PASSWORD).contentType("application/json")
                .body(Map.of()).when().post("api/playback/sessions")
                .then().statusCode(400).body("errors[0].field", equalTo("title"));
        given().contentType("application/json").body(Map.of("title", FILM, "screenerCode", "not-a-code"))
                .when().post("api/playback/sessions").then().statusCode(403);
    }

    static Response start(LicensedInstitution school, String film) {
        return school.asAdmin().contentType("application/json").body(Map.of("title", film)).when().post("api/playback/sessions");
    }

    static PlaybackTokens tokens() {
        return new PlaybackTokens(TOKEN_SECRET.getBytes(StandardCharsets.UTF_8));
    }
}

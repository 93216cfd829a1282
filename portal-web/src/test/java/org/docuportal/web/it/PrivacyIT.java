package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.util.GreenMailUtil;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * A person's own data: the JSON export (theirs only, with the network of their plays truncated),
 * and account deletion (confirmed by password; refused for an institution's only administrator
 * while it has other members; afterwards no way in, while the institution keeps its orders, its
 * licenses and its usage counts). Each test uses a school of its own.
 */
class PrivacyIT extends ApiTestBase {

    private static final String FILM = PlaybackIT.FILM;
    private static final String TEACHER_PASSWORD = "a teacher's long password";
    private static final Pattern TOKEN = Pattern.compile("join\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    @RegisterExtension
    static final TestSmtpServer smtp = TestSmtpServer.forTheClass();

    @Test
    void theExportHoldsTheCallersOwnDataWithTheNetworkOfTheirPlaysTruncated() throws Exception {
        LicensedInstitution school = LicensedInstitution.withStreamingLicense(FILM);
        String teacher = joinAsTeacher(school);
        play(() -> asTeacher(teacher));
        play(school::asAdmin);
        String secret = asTeacher(teacher).contentType("application/json").body(Map.of("name", "privacy test"))
                .when().post("api/me/tokens").then().statusCode(201).extract().path("secret");
        order(() -> asTeacher(teacher));

        String body = asTeacher(teacher).when().get("api/me/data").then().statusCode(200)
                .contentType("application/json")
                .header("Content-Disposition", containsString("attachment"))
                .body("account.email", equalTo(teacher))
                .body("account.roles", equalTo(List.of("TEACHER")))
                .body("membership.institutionId", equalTo(school.id()))
                .body("membership.role", equalTo("TEACHER"))
                .body("plays", hasSize(1))
                .body("plays[0].title", equalTo("Kim Il Sung's Children"))
                .body("quotesRequested", hasSize(1))
                .body("ordersPlaced", hasSize(1))
                .body("ordersPlaced[0].status", equalTo("AWAITING_PAYMENT"))
                .body("apiTokens.name", hasItem("privacy test"))
                .extract().asString();
        String network = JsonPath.from(body).getString("plays[0].network");
        // The test calls from the loopback address: 127.0.0.1 or ::1, stored as its /24 or /48.
        assertThat(network).isIn("127.0.0.0", "::");
        assertThat(body).doesNotContain(secret).doesNotContain(school.adminEmail()).doesNotContain("passwordHash");

        // The administrator's export holds the administrator's play and purchase, nothing of the teacher's.
        String adminBody = school.asAdmin().when().get("api/me/data").then().statusCode(200)
                .body("plays", hasSize(1)).body("ordersPlaced", hasSize(1)).extract().asString();
        assertThat(adminBody).doesNotContain(teacher);

        given().when().get("api/me/data").then().statusCode(401);
    }

    @Test
    void aDeletedAccountCannotSignInWhileItsInstitutionKeepsOrdersLicensesAndUsage() throws Exception {
        LicensedInstitution school = LicensedInstitution.withStreamingLicense(FILM);
        String teacher = joinAsTeacher(school);
        play(() -> asTeacher(teacher));
        play(() -> asTeacher(teacher));
        String token = asTeacher(teacher).contentType("application/json").body(Map.of("name", "script"))
                .when().post("api/me/tokens").then().statusCode(201).extract().path("secret");
        int order = order(() -> asTeacher(teacher));
        JsonPath usageBefore = usageOf(school);

        // The only administrator cannot leave while the teacher stays: nobody could approve members or purchases.
        school.asAdmin().contentType("application/json").body(Map.of("password", LicensedInstitution.PASSWORD))
                .when().post("api/me/deletion").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("only administrator"));
        // A wrong or missing password deletes nothing and names the field.
        asTeacher(teacher).contentType("application/json").body(Map.of("password", "not my password"))
                .when().post("api/me/deletion").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("password"));
        asTeacher(teacher).contentType("application/json").body("{}")
                .when().post("api/me/deletion").then().statusCode(400).body("errors[0].field", equalTo("password"));
        asTeacher(teacher).when().get("api/me/tokens").then().statusCode(200);

        asTeacher(teacher).contentType("application/json").body(Map.of("password", TEACHER_PASSWORD))
                .when().post("api/me/deletion").then().statusCode(204);

        asTeacher(teacher).when().get("api/me/tokens").then().statusCode(401);
        given().header("Authorization", "Bearer " + token).when().get("api/me/tokens").then().statusCode(401);
        school.asAdmin().when().get("api/institution/members").then().statusCode(200).body("email", not(hasItem(teacher)));

        // The teacher's order is the institution's: still awaiting payment, and paying it gives the school its license.
        given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD).when().get("api/admin/orders")
                .then().statusCode(200).body("id", hasItem(order));
        int license = given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("note", "Paid after the buyer left")).when().post("api/admin/orders/" + order + "/payment")
                .then().statusCode(201).extract().path("id");
        school.asAdmin().when().get("api/licenses").then().statusCode(200).body("id", hasItem(license));

        // Plays, minutes and distinct viewer-days count as before, without the teacher's name.
        JsonPath usageAfter = usageOf(school);
        assertThat(usageAfter.getLong("totals.plays")).isEqualTo(usageBefore.getLong("totals.plays")).isEqualTo(2);
        assertThat(usageAfter.getLong("totals.secondsWatched")).isEqualTo(usageBefore.getLong("totals.secondsWatched"));
        assertThat(usageAfter.getList("rows.uniqueViewerDays", Long.class))
                .isEqualTo(usageBefore.getList("rows.uniqueViewerDays", Long.class));

        // Alone now, the administrator may leave; the school and its licenses stay.
        school.asAdmin().contentType("application/json").body(Map.of("password", LicensedInstitution.PASSWORD))
                .when().post("api/me/deletion").then().statusCode(204);
        school.asAdmin().when().get("api/me/data").then().statusCode(401);
    }

    @Test
    void aPlatformAdministratorRunsTheRetentionPassWithTheConfiguredPeriod() {
        YearMonth firstKept = YearMonth.now(ZoneOffset.UTC).minusMonths(13);
        given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD).when().post("api/admin/privacy/retention-runs")
                .then().statusCode(200).body("firstKeptMonth", equalTo(firstKept.toString()));
        given().auth().preemptive().basic("teacher@demo.example", DEMO_PASSWORD).when().post("api/admin/privacy/retention-runs")
                .then().statusCode(403);
    }

    private static JsonPath usageOf(LicensedInstitution school) {
        return school.asAdmin().when().get("api/reports/usage").then().statusCode(200).extract().jsonPath();
    }

    private static RequestSpecification asTeacher(String email) {
        return given().auth().preemptive().basic(email, TEACHER_PASSWORD);
    }

    /** Starts, beats once (a second watched) and ends a play of the film. */
    private static void play(Supplier<RequestSpecification> as) {
        String id = as.get().contentType("application/json").body(Map.of("title", FILM)).when().post("api/playback/sessions")
                .then().statusCode(201).extract().path("id");
        as.get().contentType("application/json").body(Map.of("secondsWatched", 1, "position", 1))
                .when().post("api/playback/sessions/" + id + "/heartbeat").then().statusCode(200);
        as.get().when().delete("api/playback/sessions/" + id).then().statusCode(204);
    }

    /** Asks for a quote of a screening and orders it by purchase order; returns the order's id. */
    private static int order(Supplier<RequestSpecification> as) {
        int offer = as.get().when().get("api/titles/" + FILM + "/offers").then().statusCode(200)
                .extract().path("find { it.kind == 'PUBLIC_SCREENING' && it.audienceCap == 300 }.id");
        int quote = as.get().contentType("application/json")
                .body(Map.of("offerId", offer, "start", LocalDate.now().plusDays(10).toString()))
                .when().post("api/quotes").then().statusCode(201).extract().path("id");
        return as.get().contentType("application/json").body(Map.of("quoteId", quote, "paymentMethod", "manual-po"))
                .when().post("api/orders").then().statusCode(201).extract().path("id");
    }

    /** Invites a teacher at the school's domain, who joins (active at once); returns the teacher's email. */
    private static String joinAsTeacher(LicensedInstitution school) throws Exception {
        String email = "teacher@" + school.adminEmail().substring(school.adminEmail().indexOf('@') + 1);
        school.asAdmin().contentType("application/json").body(Map.of("email", email, "role", "TEACHER"))
                .when().post("api/institution/invitations").then().statusCode(202);
        String mail = GreenMailUtil.getBody(smtp.await(email, "Join"));
        Matcher token = TOKEN.matcher(mail.replace("=\r\n", "").replace("=3D", "="));
        assertThat(token.find()).as("an invitation link in: " + mail).isTrue();
        given().contentType("application/json").body(Map.of("token", token.group(1), "name", "Privacy Teacher",
                        "password", TEACHER_PASSWORD))
                .when().post("api/invitations/acceptance").then().statusCode(201).body("status", equalTo("ACTIVE"));
        return email;
    }
}

package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Impact surveys end to end over the API: only a licensed institution opens a survey, only its
 * members see and close it, the audience answers anonymously before and after with a pairing code
 * that works once, and the report shows the change computed by hand while a small group stays hidden.
 */
class ImpactSurveyIT extends ApiTestBase {

    private static final String FILM = "kim-il-sungs-children";
    private static final List<String> STATEMENTS = List.of(
            "I know that North Korean war orphans were sent to Eastern Europe.",
            "I think these events still matter today.",
            "I could explain this history to a friend.");

    @Test
    void openingASurveyNeedsALicenseCoveringTheScreeningDay() {
        TestInstitution unlicensed = TestInstitution.approvedSchoolInKorea();
        unlicensed.asAdmin().contentType("application/json").body(Map.of("title", FILM, "screeningDate", LocalDate.now().toString()))
                .when().post("api/screenings").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("no active license"));
        // (An expired license, such as the demo school's of last school year, is SurveyTest's: other tests of a run
        // may license the demo school today.)
        given().contentType("application/json").body(Map.of("title", FILM)).when().post("api/screenings").then().statusCode(401);
        given().auth().preemptive().basic("reviewer@demo.example", DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("title", FILM, "screeningDate", LocalDate.now().toString()))
                .when().post("api/screenings").then().statusCode(403);

        LicensedInstitution school = LicensedInstitution.withStreamingLicense(FILM);
        school.asAdmin().contentType("application/json").body(Map.of("title", "no-such-film", "screeningDate", "2030-01-01"))
                .when().post("api/screenings").then().statusCode(400).body("errors[0].field", equalTo("title"));
        school.asAdmin().contentType("application/json").body(Map.of("title", FILM, "screeningDate", "next friday"))
                .when().post("api/screenings").then().statusCode(400).body("errors[0].field", equalTo("screeningDate"));
        school.asAdmin().contentType("application/json")
                .body(Map.of("title", FILM, "screeningDate", LocalDate.now().plusYears(2).toString()))
                .when().post("api/screenings").then().statusCode(403);
    }

    @Test
    void theAudienceAnswersAnonymouslyAndACodePairsOnce() {
        LicensedInstitution school = LicensedInstitution.withStreamingLicense(FILM);
        JsonPath screening = open(school);
        int id = screening.getInt("id");
        String code = screening.getString("link").replaceAll(".*\\?s=", "");
        assertThat(code).matches("[A-Za-z0-9_-]{43}");
        assertThat(screening.getList("items", String.class)).hasSize(5).allMatch(s -> s.startsWith("I "));

        // The statements can be reworded before the first answer.
        school.asAdmin().contentType("application/json").body(Map.of("items", List.of("too short")))
                .when().put("api/screenings/" + id + "/items").then().statusCode(400).body("errors[0].field", equalTo("items[0]"));
        school.asAdmin().contentType("application/json").body(Map.of("items", STATEMENTS))
                .when().put("api/screenings/" + id + "/items").then().statusCode(200).body("items", equalTo(STATEMENTS));

        // Another institution neither sees nor closes it.
        TestInstitution other = TestInstitution.approvedSchoolInKorea();
        other.asAdmin().when().get("api/screenings/" + id).then().statusCode(404);
        other.asAdmin().when().post("api/screenings/" + id + "/close").then().statusCode(404);
        other.asAdmin().when().get("api/screenings/" + id + "/qr.png").then().statusCode(404);
        other.asAdmin().when().get("api/screenings").then().statusCode(200).body("id", not(hasItem(id)));
        school.asAdmin().when().get("api/screenings").then().statusCode(200).body("id", hasItem(id));

        // Anyone with the link reads the survey, without an account.
        given().when().get("api/surveys/" + code).then().statusCode(200)
                .body("titleName", equalTo("Kim Il Sung's Children")).body("items", equalTo(STATEMENTS))
                .body("scale", hasSize(5)).body("open", equalTo(true));
        given().when().get("api/surveys/not-a-survey").then().statusCode(404).contentType("application/problem+json");

        // Invalid answers are refused naming the field.
        answer(code, "PRE", List.of(3, 6, 2), null).then().statusCode(400).body("errors[0].field", equalTo("answers[1]"));
        answer(code, "PRE", List.of(3, 3), null).then().statusCode(400).body("errors[0].field", equalTo("answers"));
        answer(code, "DURING", List.of(3, 3, 3), null).then().statusCode(400).body("errors[0].field", equalTo("phase"));

        String pairing = answer(code, "PRE", List.of(2, 3, 2), null).then().statusCode(201)
                .header("Cache-Control", containsString("no-store"))
                .body("pairingCode", matchesPattern("[234679ACDEFGHJKMNPQRTWXYZ]{4}-[234679ACDEFGHJKMNPQRTWXYZ]{4}"))
                .extract().path("pairingCode");
        // Once answers arrived, the statements are fixed.
        school.asAdmin().contentType("application/json").body(Map.of("items", STATEMENTS))
                .when().put("api/screenings/" + id + "/items").then().statusCode(409);

        // Typed in lower case without the dash, the code still pairs; then never again.
        answer(code, "POST", List.of(4, 3, 3), pairing.toLowerCase().replace("-", "")).then().statusCode(201)
                .body("paired", equalTo(true)).body("pairingCode", nullValue());
        answer(code, "POST", List.of(4, 3, 3), pairing).then().statusCode(400).body("errors[0].field", equalTo("pairingCode"))
                .body("detail", containsString("once"));
        answer(code, "POST", List.of(4, 3, 3), "K7P4-QX2M").then().statusCode(400).body("errors[0].field", equalTo("pairingCode"));
        answer(code, "POST", List.of(4, 3, 3), "hello").then().statusCode(400).body("errors[0].field", equalTo("pairingCode"));
        // Someone who missed the first survey answers without a code.
        answer(code, "POST", List.of(5, 5, 5), null).then().statusCode(201).body("paired", equalTo(false));
        // A code from another screening does not pair here.
        JsonPath second = open(school);
        String secondCode = second.getString("link").replaceAll(".*\\?s=", "");
        String elsewhere = answer(secondCode, "PRE", List.of(1, 1, 1, 1, 1), null).then().statusCode(201).extract().path("pairingCode");
        answer(code, "POST", List.of(4, 3, 3), elsewhere).then().statusCode(400).body("errors[0].field", equalTo("pairingCode"));

        school.asAdmin().when().get("api/screenings/" + id).then().statusCode(200)
                .body("preCount", equalTo(1)).body("postCount", equalTo(2)).body("pairedCount", equalTo(1))
                .body("itemsEditable", equalTo(false));
        byte[] png = school.asAdmin().when().get("api/screenings/" + id + "/qr.png").then().statusCode(200)
                .contentType("image/png").extract().asByteArray();
        assertThat(new String(png, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");

        school.asAdmin().when().post("api/screenings/" + id + "/close").then().statusCode(200).body("status", equalTo("CLOSED"));
        answer(code, "PRE", List.of(2, 3, 2), null).then().statusCode(410).contentType("application/problem+json");
        given().when().get("api/surveys/" + code).then().statusCode(200).body("open", equalTo(false));
    }

    @Test
    void theReportShowsTheChangeOfFiveParticipantsAsComputedByHandAndHidesAGroupOfFour() {
        LicensedInstitution school = LicensedInstitution.withStreamingLicense(FILM);
        int five = openWithStatements(school);
        String fiveCode = codeOf(school, five);
        // Statement 1 changes by 2, 1, 3, 0, 1; statement 2 not at all; statement 3 by 1 for everyone.
        int[][] before = {{2, 3, 2}, {3, 3, 2}, {1, 3, 2}, {3, 3, 2}, {2, 3, 2}};
        int[][] after = {{4, 3, 3}, {4, 3, 3}, {4, 3, 3}, {3, 3, 3}, {3, 3, 3}};
        for (int p = 0; p < 5; p++) {
            String pairing = answer(fiveCode, "PRE", list(before[p]), null).then().statusCode(201).extract().path("pairingCode");
            answer(fiveCode, "POST", list(after[p]), pairing).then().statusCode(201).body("paired", equalTo(true));
        }
        answer(fiveCode, "POST", List.of(5, 5, 5), null).then().statusCode(201);

        // While the survey is open nothing counts: each answer would otherwise show between two reports.
        school.asAdmin().when().get("api/reports/impact?title=" + FILM).then().statusCode(200)
                .body("openScreenings", equalTo(1)).body("groups", hasSize(0));
        school.asAdmin().when().post("api/screenings/" + five + "/close").then().statusCode(200);

        JsonPath report = school.asAdmin().when().get("api/reports/impact?title=" + FILM).then().statusCode(200)
                .body("minimumGroupSize", equalTo(5)).body("closedScreenings", equalTo(1)).extract().jsonPath();
        // The school's administrator sees the school's own screenings only: the demo screenings are not in its film total.
        Map<String, Object> film = group(report, "FILM", FILM);
        assertThat(film.get("hidden")).isEqualTo(false);
        assertThat(film.get("pairedCount")).isEqualTo(5);
        assertThat(film.get("preCount")).isEqualTo(5);
        assertThat(film.get("postCount")).isEqualTo(6);
        // Statement 1: mean 1.4, sd sqrt(5.2/4) = 1.140175, margin 2.776445 * 1.140175 / sqrt(5) = 1.415716.
        assertChange(report, "FILM", 0, "1.400", "-0.016", "2.816");
        assertChange(report, "FILM", 1, "0.000", "0.000", "0.000");
        assertChange(report, "FILM", 2, "1.000", "1.000", "1.000");
        // Overall: each participant's mean over 3 statements changes by (d1 + 0 + 1) / 3: mean 0.8, margin 1.415716 / 3.
        assertDecimals(report.getMap("groups.find { it.kind == 'FILM' }.overall"), "0.800", "0.328", "1.272");
        assertThat(new java.math.BigDecimal(report.getString("groups.find { it.kind == 'FILM' }.shareRose")))
                .isEqualByComparingTo("1");

        // A second screening with four paired participants stays hidden and out of the totals.
        int four = openWithStatements(school);
        String fourCode = codeOf(school, four);
        for (int p = 0; p < 4; p++) {
            String pairing = answer(fourCode, "PRE", List.of(1, 1, 1), null).then().statusCode(201).extract().path("pairingCode");
            answer(fourCode, "POST", List.of(5, 5, 5), pairing).then().statusCode(201);
        }
        school.asAdmin().when().post("api/screenings/" + four + "/close").then().statusCode(200);
        JsonPath after4 = school.asAdmin().when().get("api/reports/impact?title=" + FILM).then().statusCode(200).extract().jsonPath();
        Map<String, Object> small = group(after4, "SCREENING", String.valueOf(four));
        assertThat(small.get("hidden")).isEqualTo(true);
        assertThat(small).doesNotContainKeys("pairedCount", "preCount", "overall", "items", "shareRose");
        assertThat(group(after4, "FILM", FILM).get("pairedCount")).isEqualTo(5);
        assertThat(group(after4, "COUNTRY", "KR").get("pairedCount")).isEqualTo(5);
        assertThat(group(after4, "SCREENING", String.valueOf(five)).get("pairedCount")).isEqualTo(5);

        // The platform administrator sees every institution's screenings, the demo ones included:
        // the demo command's 3 participants are hidden, and so is its country.
        JsonPath all = given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD)
                .when().get("api/reports/impact?title=" + FILM).then().statusCode(200).body("scope", nullValue()).extract().jsonPath();
        assertThat(group(all, "COUNTRY", "US").get("hidden")).isEqualTo(true);
        assertThat(group(all, "INSTITUTION_TYPE", "MILITARY_TRAINING").get("hidden")).isEqualTo(true);
        assertThat((Integer) group(all, "COUNTRY", "KR").get("pairedCount")).isGreaterThanOrEqualTo(12 + 7 + 5);
        assertThat(group(all, "SCREENING", String.valueOf(four)).get("hidden")).isEqualTo(true);
        assertThat(all.getLong("policyEventsWithinSixMonths")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theReportIsForAdministratorsAndNamesAMissingTitle() {
        given().when().get("api/reports/impact?title=" + FILM).then().statusCode(401);
        for (String user : new String[] {"teacher@demo.example", "reviewer@demo.example", "officer@demo.example"}) {
            given().auth().preemptive().basic(user, DEMO_PASSWORD).when().get("api/reports/impact?title=" + FILM)
                    .then().statusCode(403);
        }
        given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD).when().get("api/reports/impact")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("title"));
        given().auth().preemptive().basic("schooladmin@demo.example", DEMO_PASSWORD).when().get("api/reports/impact?title=nope")
                .then().statusCode(400).body("errors[0].field", equalTo("title"));
        // The demo school's administrator sees the school's demo screenings (12 and 7 paired) and not the command's.
        given().auth().preemptive().basic("schooladmin@demo.example", DEMO_PASSWORD).when().get("api/reports/impact?title=" + FILM)
                .then().statusCode(200).body("scope", equalTo("Demo Secondary School"))
                .body("groups.find { it.kind == 'FILM' }.pairedCount", equalTo(19))
                .body("groups.find { it.kind == 'FILM' }.overall.low", notNullValue())
                .body("groups.findAll { it.kind == 'COUNTRY' }.key", equalTo(List.of("KR")));
    }

    @Test
    void platformAdministratorsKeepThePolicyLogAndItCountsWithinSixMonthsAfterScreenings() {
        var admin = given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD);
        long before = admin.when().get("api/reports/impact?title=" + FILM).then().statusCode(200).extract().jsonPath()
                .getLong("policyEventsWithinSixMonths");
        int id = given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("title", FILM, "date", LocalDate.now().toString(), "body", "Test Committee on Human Rights",
                        "country", "kr", "reference", "TEST-2026-001", "note", "Discussed the film's history."))
                .when().post("api/admin/policy-events").then().statusCode(201)
                .body("country", equalTo("KR")).body("recordedBy", equalTo("admin@demo.example")).extract().path("id");
        given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD).when().get("api/admin/policy-events?title=" + FILM)
                .then().statusCode(200).body("id", hasItem(id));
        // The demo's second screening was three months ago: today is within six months after it.
        given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD).when().get("api/reports/impact?title=" + FILM)
                .then().body("policyEventsWithinSixMonths", equalTo((int) before + 1));

        for (Object[] bad : new Object[][] {
                {Map.of("title", FILM, "date", "yesterday", "body", "Committee", "reference", "R-1"), "date"},
                {Map.of("title", FILM, "date", "2026-01-01", "body", "", "reference", "R-1"), "body"},
                {Map.of("title", FILM, "date", "2026-01-01", "body", "Committee", "reference", "R-1", "country", "XX"), "country"},
                {Map.of("title", FILM, "date", "2026-01-01", "body", "Committee"), "reference"},
                {Map.of("title", "nope", "date", "2026-01-01", "body", "Committee", "reference", "R-1"), "title"}}) {
            given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD).contentType("application/json").body(bad[0])
                    .when().post("api/admin/policy-events").then().statusCode(400).body("errors[0].field", equalTo(bad[1]));
        }
        given().auth().preemptive().basic("teacher@demo.example", DEMO_PASSWORD).when().get("api/admin/policy-events")
                .then().statusCode(403);
        given().when().get("api/admin/policy-events").then().statusCode(401);

        given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD).when().delete("api/admin/policy-events/" + id)
                .then().statusCode(204);
        given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD).when().get("api/reports/impact?title=" + FILM)
                .then().body("policyEventsWithinSixMonths", equalTo((int) before));
    }

    @Test
    void theDistributorEditsAFilmsTemplateAndNewSurveysStartFromIt() {
        String other = "korean-war-prisoners-working-title";
        given().auth().preemptive().basic("teacher@demo.example", DEMO_PASSWORD).when().get("api/survey-templates/" + other)
                .then().statusCode(200).body("items", hasSize(5)).body("generic", equalTo(false));
        List<String> items = new ArrayList<>(STATEMENTS);
        given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("items", items)).when().put("api/survey-templates/" + other)
                .then().statusCode(200).body("items", equalTo(items));
        given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("items", List.of())).when().put("api/survey-templates/" + other)
                .then().statusCode(400).body("errors[0].field", equalTo("items"));
        given().auth().preemptive().basic("teacher@demo.example", DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("items", items)).when().put("api/survey-templates/" + other).then().statusCode(403);
    }

    private static JsonPath open(LicensedInstitution school) {
        return school.asAdmin().contentType("application/json")
                .body(Map.of("title", FILM, "screeningDate", LocalDate.now().toString()))
                .when().post("api/screenings").then().statusCode(201)
                .body("status", equalTo("OPEN")).body("itemsEditable", equalTo(true)).body("institution", notNullValue())
                .extract().jsonPath();
    }

    private static int openWithStatements(LicensedInstitution school) {
        int id = open(school).getInt("id");
        school.asAdmin().contentType("application/json").body(Map.of("items", STATEMENTS))
                .when().put("api/screenings/" + id + "/items").then().statusCode(200);
        return id;
    }

    private static String codeOf(LicensedInstitution school, int id) {
        return school.asAdmin().when().get("api/screenings/" + id).then().statusCode(200).extract().<String>path("link")
                .replaceAll(".*\\?s=", "");
    }

    static Response answer(String code, String phase, List<Integer> answers, String pairingCode) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("phase", phase);
        body.put("answers", answers);
        if (pairingCode != null) {
            body.put("pairingCode", pairingCode);
        }
        return given().contentType("application/json").body(body).when().post("api/surveys/" + code + "/responses");
    }

    private static List<Integer> list(int[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }

    private static Map<String, Object> group(JsonPath report, String kind, String key) {
        return report.getMap("groups.find { it.kind == '" + kind + "' && it.key == '" + key + "' }");
    }

    private static void assertChange(JsonPath report, String kind, int item, String mean, String low, String high) {
        assertDecimals(report.getMap("groups.find { it.kind == '" + kind + "' }.items[" + item + "].change"), mean, low, high);
    }

    private static void assertDecimals(Map<String, Object> change, String mean, String low, String high) {
        assertThat(new java.math.BigDecimal(change.get("mean").toString())).isEqualByComparingTo(mean);
        assertThat(new java.math.BigDecimal(change.get("low").toString())).isEqualByComparingTo(low);
        assertThat(new java.math.BigDecimal(change.get("high").toString())).isEqualByComparingTo(high);
    }
}

package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.specification.RequestSpecification;

/**
 * Calls every API endpoint as every kind of caller: anonymous, each demo role, and an
 * administrator of another institution. Callers without the right get 401 (anonymous) or
 * 403 (signed in); callers with it get past security (whatever their request's fate).
 */
class AccessControlIT extends ApiTestBase {

    private static final String ANONYMOUS = "anonymous";
    /** Administrator of the demo library: a member of another institution than the school's. */
    private static final String OTHER_INSTITUTION = "librarian@demo.example";
    private static final List<String> CALLERS = List.of(ANONYMOUS, "teacher@demo.example", "officer@demo.example",
            "schooladmin@demo.example", "reviewer@demo.example", "admin@demo.example", OTHER_INSTITUTION, "editor@demo.example");
    private static final Set<String> SIGNED_IN = Set.copyOf(CALLERS.subList(1, CALLERS.size()));
    private static final Set<String> EVERYONE = Set.copyOf(CALLERS);
    private static final Set<String> REVIEWERS = Set.of("reviewer@demo.example", "admin@demo.example");
    private static final Set<String> GUIDE_AUTHORS = Set.of("admin@demo.example", "editor@demo.example");
    private static final Set<String> INSTITUTION_ADMINS = Set.of("schooladmin@demo.example", OTHER_INSTITUTION);
    private static final Set<String> USAGE_READERS = Set.of("schooladmin@demo.example", OTHER_INSTITUTION, "admin@demo.example");
    private static final Set<String> MEMBERS = Set.of("teacher@demo.example", "officer@demo.example",
            "schooladmin@demo.example", OTHER_INSTITUTION);

    private static final Set<String> MEMBERS_AND_ADMIN = Set.of("teacher@demo.example", "officer@demo.example",
            "schooladmin@demo.example", OTHER_INSTITUTION, "admin@demo.example");
    private static final Set<String> REPORT_READERS = Set.of("schooladmin@demo.example", OTHER_INSTITUTION, "admin@demo.example");

    /** One API token per caller, made once with Basic so that the many calls below stay fast. */
    private final Map<String, String> tokens = new LinkedHashMap<>();

    private record Endpoint(String method, String path, String body, Set<String> allowed) {
    }

    @BeforeEach
    void tokenPerCaller() {
        for (String caller : SIGNED_IN) {
            tokens.put(caller, given().auth().preemptive().basic(caller, DEMO_PASSWORD)
                    .contentType("application/json").body("{\"name\":\"access control test\"}")
                    .when().post("api/me/tokens").then().statusCode(201).extract().path("secret"));
        }
    }

    @Test
    void everyEndpointAnswersEveryCallerAsItShould() {
        int library = pendingLibraryId();
        List<Endpoint> endpoints = List.of(
                new Endpoint("GET", "api/titles", null, EVERYONE),
                new Endpoint("GET", "api/titles/kim-il-sungs-children", null, EVERYONE),
                new Endpoint("POST", "api/institutions", "{}", EVERYONE),
                new Endpoint("POST", "api/invitations/acceptance", "{\"token\":\"no-such-token\"}", EVERYONE),
                new Endpoint("GET", "api/me/tokens", null, SIGNED_IN),
                new Endpoint("GET", "api/me/mail-preferences", null, SIGNED_IN),
                new Endpoint("POST", "api/admin/avails", "", Set.of("admin@demo.example")),
                new Endpoint("GET", "api/admin/institutions", null, REVIEWERS),
                new Endpoint("GET", "api/admin/institutions/" + library, null, REVIEWERS),
                new Endpoint("POST", "api/admin/institutions/" + library + "/decisions", "{\"decision\":\"APPROVE\"}", REVIEWERS),
                new Endpoint("GET", "api/institution/members", null, INSTITUTION_ADMINS),
                new Endpoint("POST", "api/institution/invitations", "{\"email\":\"not an email\"}", INSTITUTION_ADMINS),
                new Endpoint("POST", "api/institution/members/999999/approval", null, INSTITUTION_ADMINS),
                new Endpoint("POST", "api/institution/documents?fileName=x.pdf", "not a pdf", INSTITUTION_ADMINS),
                new Endpoint("GET", "api/titles/kim-il-sungs-children/eligibility?rightType=EDUCATIONAL", null, SIGNED_IN),
                new Endpoint("GET", "api/titles/kim-il-sungs-children/offers", null, EVERYONE),
                new Endpoint("POST", "api/quotes", "{\"offerId\":999999,\"start\":\"2030-01-01\"}", MEMBERS),
                new Endpoint("GET", "api/quotes/999999", null, MEMBERS),
                new Endpoint("GET", "api/quotes", null, MEMBERS),
                new Endpoint("GET", "api/quotes?status=AWAITING_APPROVAL", null, MEMBERS),
                new Endpoint("POST", "api/quotes/999999/decision", "{\"approve\":true}", INSTITUTION_ADMINS),
                new Endpoint("POST", "api/orders", "{\"quoteId\":999999,\"paymentMethod\":\"manual-po\"}", MEMBERS),
                new Endpoint("GET", "api/licenses", null, MEMBERS),
                new Endpoint("GET", "api/licenses/999999", null, MEMBERS),
                new Endpoint("POST", "api/licenses/999999/renewal", null, MEMBERS),
                new Endpoint("GET", "api/admin/orders", null, Set.of("admin@demo.example")),
                new Endpoint("PUT", "api/institution/settings", "{}", INSTITUTION_ADMINS),
                new Endpoint("POST", "api/admin/offers/kim-il-sungs-children", "{}", Set.of("admin@demo.example")),
                new Endpoint("GET", "api/quotes/999999/pdf", null, MEMBERS),
                new Endpoint("GET", "api/licenses/999999/certificate", null, MEMBERS),
                new Endpoint("POST", "api/admin/orders/999999/payment", "{}", Set.of("admin@demo.example")),
                new Endpoint("POST", "api/admin/orders/999999/payment-request/retry", null, Set.of("admin@demo.example")),
                new Endpoint("GET", "api/admin/payment-alerts", null, Set.of("admin@demo.example")),
                new Endpoint("POST", "api/admin/payment-alerts/999999/resolution", "{}", Set.of("admin@demo.example")),
                new Endpoint("GET", "api/institution/settings", null, INSTITUTION_ADMINS),
                new Endpoint("GET", "api/institution/invitations", null, INSTITUTION_ADMINS),
                new Endpoint("DELETE", "api/institution/invitations/999999", null, INSTITUTION_ADMINS),
                new Endpoint("POST", "api/institution/invitations/999999/resend", null, INSTITUTION_ADMINS),
                new Endpoint("GET", "api/institution/network", null, INSTITUTION_ADMINS),
                new Endpoint("PUT", "api/institution/network", "{}", INSTITUTION_ADMINS),
                new Endpoint("GET", "api/admin/institutions/network-changes", null, REVIEWERS),
                new Endpoint("POST", "api/admin/institutions/999999/network-change", "{}", REVIEWERS),
                new Endpoint("POST", "api/screeners", "{}", EVERYONE),
                new Endpoint("GET", "api/admin/screeners", null, Set.of("admin@demo.example")),
                new Endpoint("GET", "api/titles/kim-il-sungs-children/guides", null, EVERYONE),
                // Members get past the role check to "no such guide"; whether a license opens a real one is StudyGuidesIT's.
                new Endpoint("GET", "api/guides/no-such-film.university/pdf", null, MEMBERS),
                new Endpoint("GET", "api/guides/no-such-film.university/attachments", null, MEMBERS),
                new Endpoint("GET", "api/guides/no-such-film.university/attachments/x.pdf", null, MEMBERS),
                new Endpoint("GET", "api/admin/guides", null, GUIDE_AUTHORS),
                new Endpoint("GET", "api/admin/guides/formats", null, GUIDE_AUTHORS),
                new Endpoint("GET", "api/admin/titles/no-such-film/guides/UNIVERSITY/en", null, GUIDE_AUTHORS),
                new Endpoint("PUT", "api/admin/titles/no-such-film/guides/UNIVERSITY/en", "x", GUIDE_AUTHORS),
                new Endpoint("POST", "api/admin/titles/no-such-film/guides/UNIVERSITY/en/publish", null, GUIDE_AUTHORS),
                new Endpoint("GET", "api/admin/titles/no-such-film/guides/UNIVERSITY/en/versions", null, GUIDE_AUTHORS),
                new Endpoint("GET", "api/admin/titles/no-such-film/guides/UNIVERSITY/en/versions/1", null, GUIDE_AUTHORS),
                new Endpoint("GET", "api/admin/titles/no-such-film/guides/UNIVERSITY/en/diff?from=1&to=draft", null, GUIDE_AUTHORS),
                new Endpoint("GET", "api/admin/titles/no-such-film/guides/UNIVERSITY/en/attachments", null, GUIDE_AUTHORS),
                new Endpoint("PUT", "api/admin/titles/no-such-film/guides/UNIVERSITY/en/attachments/x.pdf", "x", GUIDE_AUTHORS),
                new Endpoint("DELETE", "api/admin/titles/no-such-film/guides/UNIVERSITY/en/attachments/x.pdf", null, GUIDE_AUTHORS),
                new Endpoint("GET", "api/institution/guide-downloads", null, INSTITUTION_ADMINS),
                new Endpoint("GET", "api/reports/usage", null, USAGE_READERS),
                new Endpoint("GET", "api/reports/usage?format=csv&from=2026-01&to=2026-03", null, USAGE_READERS),
                new Endpoint("POST", "api/admin/screeners/999999/decision", "{\"decision\":\"APPROVE\"}", Set.of("admin@demo.example")),
                new Endpoint("POST", "api/admin/screeners/999999/resend", null, Set.of("admin@demo.example")),
                // A session id is the player's proof; unknown ones are simply not found, for everyone.
                new Endpoint("POST", "api/playback/sessions/00000000-0000-0000-0000-000000000000/heartbeat", "{}", EVERYONE),
                new Endpoint("DELETE", "api/playback/sessions/00000000-0000-0000-0000-000000000000", null, EVERYONE),
                // Impact: screening surveys for members (their own institution's only), the public survey by its code,
                // templates, the policy log and the report.
                new Endpoint("POST", "api/screenings", "{}", MEMBERS),
                new Endpoint("GET", "api/screenings", null, MEMBERS),
                new Endpoint("GET", "api/screenings/999999", null, MEMBERS),
                new Endpoint("PUT", "api/screenings/999999/items", "{\"items\":[]}", MEMBERS),
                new Endpoint("POST", "api/screenings/999999/close", null, MEMBERS),
                new Endpoint("GET", "api/screenings/999999/qr.png", null, MEMBERS),
                new Endpoint("GET", "api/surveys/no-such-survey", null, EVERYONE),
                new Endpoint("POST", "api/surveys/no-such-survey/responses", "{\"phase\":\"PRE\",\"answers\":[3]}", EVERYONE),
                new Endpoint("GET", "api/survey-templates/kim-il-sungs-children", null, MEMBERS_AND_ADMIN),
                new Endpoint("PUT", "api/survey-templates/kim-il-sungs-children", "{\"items\":[]}", Set.of("admin@demo.example")),
                new Endpoint("GET", "api/admin/policy-events", null, Set.of("admin@demo.example")),
                new Endpoint("POST", "api/admin/policy-events", "{}", Set.of("admin@demo.example")),
                new Endpoint("DELETE", "api/admin/policy-events/999999", null, Set.of("admin@demo.example")),
                new Endpoint("GET", "api/reports/impact?title=no-such-film", null, REPORT_READERS),
                // Staff: the distributor's accounts (platform administrators only); a staff link, for whoever holds one.
                new Endpoint("GET", "api/admin/staff", null, Set.of("admin@demo.example")),
                new Endpoint("GET", "api/admin/staff/invitations", null, Set.of("admin@demo.example")),
                new Endpoint("POST", "api/admin/staff/invitations", "{\"email\":\"not an email\"}", Set.of("admin@demo.example")),
                new Endpoint("POST", "api/admin/staff/999999/disable", null, Set.of("admin@demo.example")),
                new Endpoint("POST", "api/admin/staff/999999/enable", null, Set.of("admin@demo.example")),
                new Endpoint("POST", "api/staff-links/acceptance", "{\"token\":\"no-such-token\"}", EVERYONE),
                // Title studio: platform administrators only; the bodies are refused, so the demo title stays as it is.
                new Endpoint("GET", "api/admin/titles", null, Set.of("admin@demo.example")),
                new Endpoint("GET", "api/admin/titles/kim-il-sungs-children", null, Set.of("admin@demo.example")),
                new Endpoint("POST", "api/admin/titles", "{}", Set.of("admin@demo.example")),
                new Endpoint("PUT", "api/admin/titles/kim-il-sungs-children", "{}", Set.of("admin@demo.example")),
                new Endpoint("PUT", "api/admin/titles/kim-il-sungs-children/status", "{\"status\":\"NO-SUCH-STATE\"}",
                        Set.of("admin@demo.example")),
                new Endpoint("PUT", "api/admin/titles/kim-il-sungs-children/poster", "not an image", Set.of("admin@demo.example")),
                // Posters are public (a draft's only for administrators); the demo title has no uploaded one: 404 for all.
                new Endpoint("GET", "api/posters/kim-il-sungs-children/480", null, EVERYONE),
                // Media studio: platform administrators only (uploads to a title that does not exist, so nothing is queued).
                new Endpoint("POST", "api/admin/titles/no-such-film/media", "x", Set.of("admin@demo.example")),
                new Endpoint("GET", "api/admin/titles/kim-il-sungs-children/media", null, Set.of("admin@demo.example")),
                new Endpoint("GET", "api/admin/titles/kim-il-sungs-children/media/jobs/999999", null, Set.of("admin@demo.example")),
                new Endpoint("GET", "api/admin/titles/kim-il-sungs-children/subtitles", null, Set.of("admin@demo.example")),
                new Endpoint("PUT", "api/admin/titles/no-such-film/subtitles/en", "WEBVTT\n", Set.of("admin@demo.example")),
                new Endpoint("DELETE", "api/admin/titles/no-such-film/subtitles/en", null, Set.of("admin@demo.example")),
                new Endpoint("GET", "api/admin/titles/kim-il-sungs-children/chapters", null, Set.of("admin@demo.example")),
                new Endpoint("PUT", "api/admin/titles/no-such-film/chapters", "[]", Set.of("admin@demo.example")),
                new Endpoint("POST", "api/admin/uploads", null, Set.of("admin@demo.example")),
                // Rights studio: platform administrators only (the demo title's windows are not touched: no reason, no such window).
                new Endpoint("GET", "api/admin/titles/kim-il-sungs-children/rights", null, Set.of("admin@demo.example")),
                new Endpoint("POST", "api/admin/titles/kim-il-sungs-children/rights", "{}", Set.of("admin@demo.example")),
                new Endpoint("PUT", "api/admin/titles/kim-il-sungs-children/rights/999999", "{\"dryRun\":true}", Set.of("admin@demo.example")),
                new Endpoint("DELETE", "api/admin/titles/kim-il-sungs-children/rights/999999", null, Set.of("admin@demo.example")),
                // Offers (issue 11): the title's offers with withdrawn ones, and withdrawal (an unknown offer is 404).
                new Endpoint("GET", "api/admin/offers/kim-il-sungs-children", null, Set.of("admin@demo.example")),
                new Endpoint("DELETE", "api/admin/offers/kim-il-sungs-children/999999", null, Set.of("admin@demo.example")),
                // Privacy: one's own data and account (no password sent, so nobody is deleted), the retention pass.
                new Endpoint("GET", "api/me/data", null, SIGNED_IN),
                new Endpoint("POST", "api/me/deletion", "{}", SIGNED_IN),
                new Endpoint("POST", "api/admin/privacy/retention-runs", null, Set.of("admin@demo.example")),
                new Endpoint("GET", "api/admin/mail-outbox", null, Set.of("admin@demo.example")),
                new Endpoint("POST", "api/admin/mail-outbox/999999/retry", null, Set.of("admin@demo.example")),
                // Cluster operations (issue 15): the license round run now, through its lease; the rounds' leases.
                new Endpoint("POST", "api/admin/rounds/license-round/runs", null, Set.of("admin@demo.example")),
                new Endpoint("GET", "api/admin/scheduled-rounds", null, Set.of("admin@demo.example")));

        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            for (String caller : CALLERS) {
                int status = call(endpoint, caller);
                boolean allowed = endpoint.allowed().contains(caller);
                boolean ok = allowed ? status != 401 && status != 403 && status < 500
                        : status == (caller.equals(ANONYMOUS) ? 401 : 403);
                if (!ok) {
                    wrong.add(endpoint.method() + " " + endpoint.path() + " as " + caller + " -> " + status);
                }
            }
        }
        assertTrue(wrong.isEmpty(), "unexpected answers:\n" + String.join("\n", wrong));
    }

    @Test
    void anAdministratorSeesOnlyTheirOwnInstitutionsMembers() {
        as(OTHER_INSTITUTION).when().get("api/institution/members").then().statusCode(200)
                .body("email", hasItem(OTHER_INSTITUTION))
                .body("email", not(hasItem("teacher@demo.example")))
                .body("email", everyItem(not(org.hamcrest.Matchers.containsString("school"))));
    }

    @Test
    void anAdministratorCannotApproveAnotherInstitutionsMember() {
        int teacherMembership = as("schooladmin@demo.example").when().get("api/institution/members")
                .then().statusCode(200).extract().path("find { it.email == 'teacher@demo.example' }.id");
        as(OTHER_INSTITUTION).when().post("api/institution/members/" + teacherMembership + "/approval")
                .then().statusCode(404);
    }

    private int pendingLibraryId() {
        return as("reviewer@demo.example").when().get("api/admin/institutions?status=PENDING")
                .then().statusCode(200).extract().path("find { it.name == 'Demo Community Library' }.id");
    }

    private RequestSpecification as(String caller) {
        RequestSpecification request = given();
        return caller.equals(ANONYMOUS) ? request : request.header("Authorization", "Bearer " + tokens.get(caller));
    }

    private int call(Endpoint endpoint, String caller) {
        RequestSpecification request = as(caller);
        if (endpoint.body() != null) {
            String type = endpoint.path().endsWith("avails") ? "text/csv"
                    : endpoint.path().contains("documents") || endpoint.path().contains("/attachments/") ? "application/pdf"
                    : endpoint.path().contains("/guides/") ? "text/markdown"
                    : endpoint.path().endsWith("/media") ? "video/mp4"
                    : endpoint.path().contains("/subtitles/") ? "text/vtt" : "application/json";
            request = request.contentType(type).body(endpoint.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return request.when().request(endpoint.method(), endpoint.path()).statusCode();
    }
}

package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.restassured.path.json.JsonPath;

/**
 * {@code GET /api/quotes}: a member's purchases with what comes next, through approval, order,
 * payment and license; the status filter the administrator's approvals read; nobody sees another
 * institution's purchases; and the quote PDF warns, as the page does, of licenses already held.
 */
class PurchasesIT extends ApiTestBase {

    private static final String FILM = "kim-il-sungs-children";

    @RegisterExtension
    static final TestSmtpServer smtp = TestSmtpServer.forTheClass();

    @Test
    void aTeachersQuoteGoesFromApprovalToLicenseAndSaysEachNextStep() throws Exception {
        TestInstitution school = TestInstitution.approvedSchoolInKorea();
        school.requirePurchaseApproval(true);
        String teacher = school.joinedMember(smtp, "teacher", "TEACHER");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int teachersQuote = quote(teacher, today);
        int adminsQuote = quote(school.adminEmail(), today.plusMonths(1));

        JsonPath mine = list(teacher, "").jsonPath();
        assertThat(mine.getList("items.id", Integer.class)).as("a teacher lists the quotes she asked for").containsExactly(teachersQuote);
        assertThat(mine.getString("items[0].nextStep")).isEqualTo("AWAITING_APPROVAL");
        assertThat(mine.getString("items[0].nextStepDescription")).isEqualTo("Waiting for your administrator's approval");
        assertThat(mine.getString("items[0].titleName")).isNotBlank();
        assertThat(mine.getString("items[0].total.currency")).isNotBlank();
        assertThat(mine.getInt("totalItems")).isEqualTo(1);

        JsonPath all = list(school.adminEmail(), "").jsonPath();
        assertThat(all.getList("items.id", Integer.class)).as("the administrator lists all, newest first")
                .containsExactly(adminsQuote, teachersQuote);
        assertThat(all.getString("items[0].nextStep")).isEqualTo("READY_TO_ORDER");
        assertThat(list(school.adminEmail(), "?status=AWAITING_APPROVAL").jsonPath().getList("items.id", Integer.class))
                .containsExactly(teachersQuote);
        assertThat(list(school.adminEmail(), "?status=open").jsonPath().getList("items.id", Integer.class))
                .containsExactly(adminsQuote);
        JsonPath paged = list(school.adminEmail(), "?size=1&page=1").jsonPath();
        assertThat(paged.getList("items.id", Integer.class)).containsExactly(teachersQuote);
        assertThat(paged.getInt("totalPages")).isEqualTo(2);

        school.asAdmin().contentType("application/json").body(Map.of("approve", true))
                .when().post("api/quotes/" + teachersQuote + "/decision").then().statusCode(200);
        assertThat(list(teacher, "").jsonPath().getString("items[0].nextStep")).isEqualTo("READY_TO_ORDER");
        assertThat(list(school.adminEmail(), "?status=AWAITING_APPROVAL").jsonPath().getList("items")).isEmpty();

        int order = given().auth().preemptive().basic(teacher, TestInstitution.PASSWORD).contentType("application/json")
                .body(Map.of("quoteId", teachersQuote, "paymentMethod", "manual-po", "purchaseOrderNumber", "PO-PURCHASES-1"))
                .when().post("api/orders").then().statusCode(201).extract().path("id");
        JsonPath ordered = list(teacher, "").jsonPath();
        assertThat(ordered.getString("items[0].status")).isEqualTo("ORDERED");
        assertThat(ordered.getString("items[0].nextStep")).isEqualTo("AWAITING_PAYMENT");
        assertThat(ordered.getString("items[0].order.status")).isEqualTo("AWAITING_PAYMENT");
        assertThat(ordered.getString("items[0].order.purchaseOrderNumber")).isEqualTo("PO-PURCHASES-1");

        String license = given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("note", "Paid")).when().post("api/admin/orders/" + order + "/payment")
                .then().statusCode(201).extract().path("reference");
        JsonPath licensed = list(teacher, "").jsonPath();
        assertThat(licensed.getString("items[0].nextStep")).isEqualTo("LICENSED");
        assertThat(licensed.getString("items[0].license.reference")).isEqualTo(license);
        assertThat(licensed.getString("items[0].license.status")).isEqualTo("ACTIVE");
        assertThat(licensed.getBoolean("items[0].license.watchable")).isTrue();
    }

    @Test
    void nobodyListsAnotherInstitutionsPurchases_andOnlyMembersListAny() {
        TestInstitution school = TestInstitution.approvedSchoolInKorea();
        int quote = quote(school.adminEmail(), LocalDate.now(ZoneOffset.UTC));
        TestInstitution other = TestInstitution.approvedSchoolInKorea();

        list(other.adminEmail(), "").then().body("totalItems", equalTo(0));
        list("teacher@demo.example", DEMO_PASSWORD, "").then().body("items.id", not(hasItem(quote)));
        list("schooladmin@demo.example", DEMO_PASSWORD, "?size=100").then().body("items.id", not(hasItem(quote)));
        other.asAdmin().when().get("api/quotes/" + quote).then().statusCode(404);

        given().when().get("api/quotes").then().statusCode(401);
        given().auth().preemptive().basic("reviewer@demo.example", DEMO_PASSWORD).when().get("api/quotes").then().statusCode(403);
        given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD).when().get("api/quotes").then().statusCode(403);
    }

    @Test
    void aBadStatusOrPageIsRefusedNamingTheParameter() {
        for (var bad : List.of(Map.entry("status=SHIPPED", "status"), Map.entry("status=%27%3B--", "status"),
                Map.entry("page=-1", "page"), Map.entry("size=0", "size"), Map.entry("size=101", "size"),
                Map.entry("page=abc", "page"))) {
            given().auth().preemptive().basic("schooladmin@demo.example", DEMO_PASSWORD).urlEncodingEnabled(false)
                    .when().get("api/quotes?" + bad.getKey())
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(bad.getValue()));
        }
    }

    @Test
    void theQuotePdfWarnsOfTheLicensesAlreadyHeldForSomeOfItsDays() {
        TestInstitution school = TestInstitution.approvedSchoolInKorea();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        JsonPath held = TestPurchases.license(school.adminEmail(), TestInstitution.PASSWORD, FILM, "CLASSROOM_STREAMING", 12, today);
        int quote = quote(school.adminEmail(), today.plusMonths(1));
        school.asAdmin().when().get("api/quotes/" + quote).then().statusCode(200)
                .body("overlappingLicenses.reference", hasItem(held.getString("reference")));

        byte[] pdf = school.asAdmin().when().get("api/quotes/" + quote + "/pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        String text = String.join(" ", PdfPages.text(pdf));
        assertThat(text).contains("Your institution already holds this film for some of these days")
                .contains("License " + held.getString("reference"))
                .contains("(Active)")
                .contains("pays again for the days in common");
    }

    /** A quote for the film's twelve-month classroom streaming, starting that day; its id. */
    private static int quote(String member, LocalDate start) {
        int offer = given().auth().preemptive().basic(member, TestInstitution.PASSWORD).when().get("api/titles/" + FILM + "/offers")
                .then().statusCode(200)
                .extract().path("find { it.kind == 'CLASSROOM_STREAMING' && it.termMonths == 12 }.id");
        return given().auth().preemptive().basic(member, TestInstitution.PASSWORD).contentType("application/json")
                .body(Map.of("offerId", offer, "start", start.toString()))
                .when().post("api/quotes").then().statusCode(201).extract().path("id");
    }

    private static io.restassured.response.Response list(String member, String query) {
        return list(member, TestInstitution.PASSWORD, query);
    }

    private static io.restassured.response.Response list(String member, String password, String query) {
        io.restassured.response.Response response = given().auth().preemptive().basic(member, password)
                .when().get("api/quotes" + query);
        response.then().statusCode(200).contentType("application/json");
        return response;
    }
}

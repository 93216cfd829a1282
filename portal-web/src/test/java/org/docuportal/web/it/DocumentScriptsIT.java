package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The quote and the license certificate of a school whose name is written in Hangul or in
 * Japanese print that name, read back from the downloaded PDFs, not question marks or empty boxes.
 */
class DocumentScriptsIT extends ApiTestBase {

    private static final String FILM = "kim-il-sungs-children";

    @ParameterizedTest
    @ValueSource(strings = {"서울국제고등학교", "東京都立国際高等学校"})
    void theQuoteAndTheCertificatePrintTheSchoolsNameInItsOwnScript(String schoolName) {
        TestInstitution school = TestInstitution.approvedSchoolInKorea(schoolName);
        LocalDate start = LocalDate.now(ZoneOffset.UTC).plusMonths(1);

        int offer = school.asAdmin().when().get("api/titles/" + FILM + "/offers").then().statusCode(200)
                .extract().path("find { it.kind == 'CLASSROOM_STREAMING' && it.termMonths == 12 }.id");
        int quote = given().auth().preemptive().basic(school.adminEmail(), TestInstitution.PASSWORD)
                .contentType("application/json").body(Map.of("offerId", offer, "start", start.toString()))
                .when().post("api/quotes").then().statusCode(201).extract().path("id");
        byte[] quotePdf = school.asAdmin().when().get("api/quotes/" + quote + "/pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        // PdfPages reads by position: the name sits under its label, beside the date of issue.
        assertThat(String.join(" ", PdfPages.text(quotePdf))).contains("Prepared for").contains(school.name()).doesNotContain("?");

        int license = TestPurchases.license(school.adminEmail(), TestInstitution.PASSWORD, FILM, "CLASSROOM_STREAMING", 12, start)
                .getInt("id");
        byte[] certificate = school.asAdmin().when().get("api/licenses/" + license + "/certificate").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(String.join(" ", PdfPages.text(certificate))).contains("This certifies that " + school.name())
                .doesNotContain("?");
    }
}

package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.restassured.response.Response;

/**
 * Study guides over the API: anyone sees a title's guides with their summaries and contents; the
 * PDF opens only to members of an institution whose license opens it, stamped on every page for
 * them and recorded; no address reaches a file outside the guides.
 */
class StudyGuidesIT extends ApiTestBase {

    static final String FILM = "kim-il-sungs-children";
    static final String UNIVERSITY_GUIDE = FILM + ".university";

    @Test
    void anyoneSeesAFilmsGuidesWithSummaryContentsAndChapters() {
        given().when().get("api/titles/" + FILM + "/guides")
                .then().statusCode(200)
                .body("title", equalTo(FILM))
                .body("downloadable", equalTo(false))
                .body("access", containsString("Sign in"))
                // Other tests of the shared portal add guides in other languages; the English ones come first per audience.
                .body("guides.findAll { it.language == 'en' }.audience", equalTo(List.of("SECONDARY_SCHOOL", "UNIVERSITY", "MILITARY_TRAINING")))
                .body("guides.id", hasItem(FILM + ".military-training"))
                .body("guides.summary", everyItem(notNullValue()))
                .body("guides[0].contents.heading", hasItem("Learning objectives"))
                .body("guides[0].contents.heading", hasItem("Discussion questions"))
                .body("guides[0].chapters", not(hasSize(0)))
                .body("guides[0].chapters[0].start", equalTo("00:00:00"))
                .body("guides[0].chapters[1].player", startsWith("/watch.xhtml?slug=" + FILM + "&t="))
                .body("guides.find { it.audience == 'MILITARY_TRAINING' }.pdf", equalTo("/api/guides/" + FILM + ".military-training/pdf"))
                .body("guides.find { it.audience == 'MILITARY_TRAINING' }.page", equalTo("/guide.xhtml?id=" + FILM + ".military-training"));
        given().when().get("api/titles/no-such-film/guides")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aLicenseeDownloadsAGuideStampedOnEveryPageAndTheDownloadIsRecorded() {
        TestInstitution school = TestInstitution.approvedSchoolInKorea();
        int license = TestPurchases.license(school.adminEmail(), TestInstitution.PASSWORD, FILM, "STUDY_GUIDE_PACK", 12,
                LocalDate.now()).getInt("id");
        String reference = String.format("L-%06d", license);

        school.asAdmin().when().get("api/titles/" + FILM + "/guides")
                .then().statusCode(200).body("downloadable", equalTo(true)).body("access", containsString(reference));

        Response pdf = school.asAdmin().when().get("api/guides/" + UNIVERSITY_GUIDE + "/pdf");
        pdf.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", equalTo("attachment; filename=\"" + UNIVERSITY_GUIDE + ".pdf\"; filename*=UTF-8''"
                        + UNIVERSITY_GUIDE + ".pdf"))
                .header("X-Content-Type-Options", "nosniff");
        List<String> pages = PdfPages.text(pdf.asByteArray());
        assertThat(pages).hasSizeGreaterThan(3);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(pages).allSatisfy(page -> assertThat(page)
                .contains(school.name()).contains(school.adminEmail()).contains(today).contains(reference));

        school.asAdmin().when().get("api/institution/guide-downloads")
                .then().statusCode(200)
                .body("[0].guide", equalTo(UNIVERSITY_GUIDE))
                .body("[0].downloader", equalTo(school.adminEmail()))
                .body("[0].license", equalTo(reference));
        // Another institution's administrator sees none of it.
        TestInstitution other = TestInstitution.approvedSchoolInKorea();
        other.asAdmin().when().get("api/institution/guide-downloads").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void membersOfAnInstitutionWithoutALicenseAndOtherRolesAreRefused() {
        TestInstitution unlicensed = TestInstitution.approvedSchoolInKorea();
        unlicensed.asAdmin().when().get("api/guides/" + UNIVERSITY_GUIDE + "/pdf")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString(unlicensed.name() + " holds no active license"));
        unlicensed.asAdmin().when().get("api/titles/" + FILM + "/guides")
                .then().statusCode(200).body("downloadable", equalTo(false))
                .body("access", containsString("holds no active license"));
        unlicensed.asAdmin().when().get("api/institution/guide-downloads").then().statusCode(200).body("$", hasSize(0));

        given().when().get("api/guides/" + UNIVERSITY_GUIDE + "/pdf").then().statusCode(401);
        given().auth().preemptive().basic("reviewer@demo.example", DEMO_PASSWORD).when()
                .get("api/guides/" + UNIVERSITY_GUIDE + "/pdf").then().statusCode(403);
        given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD).when()
                .get("api/guides/" + UNIVERSITY_GUIDE + "/pdf").then().statusCode(403);
        // The demo library is not verified yet.
        given().auth().preemptive().basic("librarian@demo.example", DEMO_PASSWORD).when()
                .get("api/guides/" + UNIVERSITY_GUIDE + "/pdf").then().statusCode(403)
                .body("detail", containsString("not verified"));
        given().auth().preemptive().basic("teacher@demo.example", DEMO_PASSWORD).when()
                .get("api/institution/guide-downloads").then().statusCode(403);
    }

    @Test
    void aLicenseThatHasNotStartedOpensTheGuidesUntilTheInstitutionIsSuspended() {
        // A screening licensed a fortnight ahead: the guides open now, so the screening can be prepared with them.
        TestInstitution school = TestInstitution.approvedSchoolInKorea();
        TestPurchases.license(school.adminEmail(), TestInstitution.PASSWORD, FILM, "PUBLIC_SCREENING", 0,
                LocalDate.now().plusDays(14));
        school.asAdmin().when().get("api/guides/" + FILM + ".secondary-school/pdf").then().statusCode(200);

        given().auth().preemptive().basic("reviewer@demo.example", DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("decision", "SUSPEND", "reason", "Test of suspension"))
                .when().post("api/admin/institutions/" + school.id() + "/decisions").then().statusCode(201);
        school.asAdmin().when().get("api/guides/" + FILM + ".secondary-school/pdf")
                .then().statusCode(403).body("detail", containsString("suspended"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "..%2F..%2FWEB-INF%2Fweb.xml",
            "%2e%2e%2f%2e%2e%2fguides%2findex.txt",
            "kim-il-sungs-children%2Funiversity.md",
            "kim-il-sungs-children.university.md",
            "kim-il-sungs-children.university%00",
            "kim-il-sungs-children.teachers",
            "guides.index",
            "..",
            "%2e%2e",
            "kim-il-sungs-children.university%0d%0aSet-Cookie:%20x=1",
            "C:%5Cwindows%5Cwin.ini",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.university"})
    void hostileGuideIdsReachNoFile(String id) {
        TestInstitution school = LicensedSchools.withGuidePack();
        Response response = given().urlEncodingEnabled(false).auth().preemptive().basic(school.adminEmail(), TestInstitution.PASSWORD)
                .when().get("api/guides/" + id + "/pdf");
        assertThat(response.statusCode()).as(id).isBetween(400, 499);
        assertThat(response.getCookies()).as(id + ": no header injected").doesNotContainKey("x");
        assertThat(response.asString()).as(id).doesNotContain("<web-app").doesNotContain("secondary-school.md")
                .doesNotContain("[fonts]").doesNotContain("%PDF");
    }

    @ParameterizedTest
    @ValueSource(strings = {"..%2F..%2FWEB-INF", "%2e%2e", "kim-il-sungs-children%2F..%2F..", "no-such-film"})
    void hostileTitleSlugsFindNoGuides(String slug) {
        Response response = given().urlEncodingEnabled(false).when().get("api/titles/" + slug + "/guides");
        assertThat(response.statusCode()).as(slug).isBetween(400, 499);
        assertThat(response.asString()).as(slug).doesNotContain("<web-app");
    }

    /** One licensed school for all the hostile-path cases, so they do not each buy a license. */
    static final class LicensedSchools {

        private static TestInstitution withGuidePack;

        static synchronized TestInstitution withGuidePack() {
            if (withGuidePack == null) {
                withGuidePack = TestInstitution.approvedSchoolInKorea();
                TestPurchases.license(withGuidePack.adminEmail(), TestInstitution.PASSWORD, FILM, "STUDY_GUIDE_PACK", 12,
                        LocalDate.now());
            }
            return withGuidePack;
        }
    }
}

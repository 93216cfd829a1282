package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Guides written through the API (issue 17): a curriculum editor starts a guide from the film's
 * template, is told each problem with its line, publishes numbered versions that licensed members
 * download stamped (the download naming the version), compares versions and attaches worksheets.
 * Each test works on a guide of its own (audience x language), since the portal is shared.
 */
class GuideAuthoringIT extends ApiTestBase {

    private static final String FILM = StudyGuidesIT.FILM;
    private static final String EDITOR = "editor@demo.example";

    @Test
    void anEditorWritesAKoreanGuideFromTheTemplateAndALicensedSchoolDownloadsEachVersionStamped() {
        String guide = "api/admin/titles/" + FILM + "/guides/MILITARY_TRAINING/ko";
        JsonPath opened = editor().when().get(guide).then().statusCode(200).extract().jsonPath();
        assertThat(opened.getString("origin")).isEqualTo("TEMPLATE");
        assertThat(opened.getString("format")).isEqualTo("markdown");
        String template = opened.getString("source");
        assertThat(template).contains("film: " + FILM).contains("language: ko").contains("Kim Il Sung");

        String first = template.replaceFirst("(?m)^(## [^\\n]+\\n)", "$1전쟁고아 교육 사례를 토론합니다 (first edition).\n");
        editor().contentType("text/markdown; charset=UTF-8").body(first).when().put(guide)
                .then().statusCode(200).body("origin", equalTo("DRAFT")).body("savedBy", equalTo(EDITOR));
        editor().when().post(guide + "/publish").then().statusCode(200).body("number", equalTo(1)).body("latest", equalTo(true));
        editor().when().post(guide + "/publish").then().statusCode(409).contentType("application/problem+json");

        String key = FILM + ".military-training.ko";
        given().when().get("api/titles/" + FILM + "/guides").then().statusCode(200)
                .body("guides.id", hasItem(key))
                .body("guides.find { it.id == '" + key + "' }.language", equalTo("ko"));

        TestInstitution school = TestInstitution.approvedSchoolInKorea();
        int license = TestPurchases.license(school.adminEmail(), TestInstitution.PASSWORD, FILM, "STUDY_GUIDE_PACK", 12,
                LocalDate.now()).getInt("id");
        String reference = String.format("L-%06d", license);
        List<String> pages = PdfPages.text(school.asAdmin().when().get("api/guides/" + key + "/pdf")
                .then().statusCode(200).extract().asByteArray());
        assertThat(String.join("\n", pages)).contains("전쟁고아 교육 사례를 토론합니다");
        assertThat(pages).allSatisfy(page -> assertThat(page).contains(school.name()).contains(reference));

        String second = first.replace("(first edition)", "(second edition)");
        editor().contentType("text/markdown").body(second).when().put(guide).then().statusCode(200);
        JsonPath diff = editor().queryParam("from", "1").queryParam("to", "draft").when().get(guide + "/diff")
                .then().statusCode(200).extract().jsonPath();
        assertThat(diff.getList("lines.findAll { it.change == 'ADDED' }.text", String.class))
                .singleElement().asString().contains("(second edition)");
        assertThat(diff.getList("lines.findAll { it.change == 'REMOVED' }.text", String.class))
                .singleElement().asString().contains("(first edition)");
        editor().when().post(guide + "/publish").then().statusCode(200).body("number", equalTo(2));
        editor().when().get(guide + "/versions").then().statusCode(200)
                .body("number", equalTo(List.of(2, 1))).body("latest", equalTo(List.of(true, false)));
        editor().when().get(guide + "/versions/1").then().statusCode(200).body(containsString("(first edition)"));

        String text = String.join("\n", PdfPages.text(school.asAdmin().when().get("api/guides/" + key + "/pdf")
                .then().statusCode(200).extract().asByteArray()));
        assertThat(text).contains("(second edition)").doesNotContain("(first edition)");
        school.asAdmin().when().get("api/institution/guide-downloads").then().statusCode(200)
                .body("[0].guide", equalTo(key)).body("[0].version", equalTo(2))
                .body("[1].version", equalTo(1));
    }

    @Test
    void everyProblemComesBackWithItsLineAndNothingIsSaved() {
        String guide = "api/admin/titles/" + FILM + "/guides/SECONDARY_SCHOOL/ko";
        String template = editor().when().get(guide).then().statusCode(200).extract().jsonPath().getString("source");
        String broken = template.replaceFirst("(?m)^## [^\\n]+\\n", "");
        // The first section's heading is gone: the problem is reported where the next section now stands first.
        List<String> lines = broken.lines().toList();
        int next = lines.indexOf(lines.stream().filter(l -> l.startsWith("## ")).findFirst().orElseThrow()) + 1;

        Response refused = editor().contentType("text/markdown").body(broken).when().put(guide);
        refused.then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("source")).body("errors[0].line", equalTo(next))
                .body("errors[0].message", containsString("Learning objectives"));
        editor().when().get(guide).then().statusCode(200).body("origin", equalTo("TEMPLATE"));

        // The film runs 84 minutes: a chapter at two hours would link to nothing.
        List<String> templateLines = new ArrayList<>(template.lines().toList());
        int lastChapter = -1;
        for (int i = 0; i < templateLines.size(); i++) {
            if (templateLines.get(i).startsWith("- [[")) {
                lastChapter = i;
            }
        }
        templateLines.set(lastChapter, templateLines.get(lastChapter).replaceFirst("\\[\\[[0-9:]+\\]\\]", "[[02:00:00]]"));
        String late = String.join("\n", templateLines);
        int lateLine = lastChapter + 1;
        editor().contentType("text/markdown").body(late).when().put(guide)
                .then().statusCode(400).body("errors.line", hasItem(lateLine))
                .body("errors.message", hasItem(containsString("after the film ends")));

        editor().contentType("text/markdown").body("").when().put(guide).then().statusCode(400).body("errors[0].field", equalTo("source"));
        editor().contentType("text/markdown").body(template.replace("language: ko", "language: ja")).when().put(guide)
                .then().statusCode(400).body("errors.message", hasItem(containsString("language")));
        editor().contentType("text/x-unknown-format").body(template).when().put(guide)
                .then().statusCode(415).contentType("application/problem+json");
        editor().when().get("api/admin/titles/" + FILM + "/guides/TEACHERS/ko").then().statusCode(400).body("errors[0].field", equalTo("audience"));
        editor().when().get("api/admin/titles/" + FILM + "/guides/UNIVERSITY/english").then().statusCode(400).body("errors[0].field", equalTo("language"));
        editor().when().get("api/admin/titles/no-such-film/guides/UNIVERSITY/en").then().statusCode(404);
        editor().queryParam("from", "7").queryParam("to", "draft").when().get("api/admin/titles/" + FILM + "/guides/UNIVERSITY/en/diff")
                .then().statusCode(400).body("errors.field", hasItem("from"));
    }

    @Test
    void twoPublicationsAtOnceMakeOneVersion() throws Exception {
        String guide = "api/admin/titles/" + FILM + "/guides/MILITARY_TRAINING/ja";
        String template = editor().when().get(guide).then().statusCode(200).extract().jsonPath().getString("source");
        editor().contentType("text/markdown").body(template).when().put(guide).then().statusCode(200);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = List.of(() -> editor().when().post(guide + "/publish").statusCode(),
                    () -> given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD).when().post(guide + "/publish").statusCode());
            List<Integer> statuses = pool.invokeAll(both).stream().map(GuideAuthoringIT::get).sorted().toList();
            assertThat(statuses).containsExactly(200, 409);
        } finally {
            pool.shutdownNow();
        }
        editor().when().get(guide + "/versions").then().statusCode(200).body("number", equalTo(List.of(1)));
    }

    @Test
    void worksheetsAreAttachedCheckedAndOpenOnlyToLicensedMembers() throws IOException {
        String guide = "api/admin/titles/" + FILM + "/guides/UNIVERSITY/en";
        byte[] worksheet = onePagePdf();
        editor().contentType("application/pdf").body(worksheet).when().put(guide + "/attachments/worksheet-1.pdf")
                .then().statusCode(200).body("contentType", equalTo("application/pdf")).body("size", equalTo(worksheet.length));
        editor().contentType("application/pdf").body("not a pdf".getBytes()).when().put(guide + "/attachments/fake.pdf")
                .then().statusCode(400).body("errors[0].field", equalTo("file"));
        editor().contentType("application/octet-stream").body(worksheet).when().put(guide + "/attachments/run.exe")
                .then().statusCode(400).body("errors[0].field", equalTo("file"));
        editor().when().get(guide + "/attachments").then().statusCode(200).body("name", hasItem("worksheet-1.pdf"))
                .body("name", not(hasItem("fake.pdf")));

        String key = FILM + ".university";
        given().when().get("api/guides/" + key + "/attachments").then().statusCode(401);
        TestInstitution.approvedSchoolInKorea().asAdmin().when().get("api/guides/" + key + "/attachments")
                .then().statusCode(200).body("$", hasSize(0));
        given().when().get("api/guides/" + key + "/attachments/worksheet-1.pdf").then().statusCode(401);
        TestInstitution school = StudyGuidesIT.LicensedSchools.withGuidePack();
        school.asAdmin().when().get("api/guides/" + key + "/attachments").then().statusCode(200).body("name", hasItem("worksheet-1.pdf"));
        byte[] downloaded = school.asAdmin().when().get("api/guides/" + key + "/attachments/worksheet-1.pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(downloaded).isEqualTo(worksheet);
        TestInstitution unlicensed = TestInstitution.approvedSchoolInKorea();
        unlicensed.asAdmin().when().get("api/guides/" + key + "/attachments/worksheet-1.pdf").then().statusCode(403);

        editor().when().delete(guide + "/attachments/worksheet-1.pdf").then().statusCode(204);
        editor().when().delete(guide + "/attachments/worksheet-1.pdf").then().statusCode(404);
    }

    @Test
    void onlyPlatformAdministratorsAndCurriculumEditorsAuthor() {
        String guide = "api/admin/titles/" + FILM + "/guides/UNIVERSITY/en";
        given().when().get(guide).then().statusCode(401);
        for (String member : List.of("teacher@demo.example", "reviewer@demo.example", "schooladmin@demo.example")) {
            given().auth().preemptive().basic(member, DEMO_PASSWORD).contentType("text/markdown").body("x").when().put(guide)
                    .then().statusCode(403);
            given().auth().preemptive().basic(member, DEMO_PASSWORD).when().get("api/admin/guides").then().statusCode(403);
        }
        given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD).when().get("api/admin/guides")
                .then().statusCode(200).body("readerKey", hasItem(FILM + ".university"));
    }

    private static RequestSpecification editor() {
        return given().auth().preemptive().basic(EDITOR, DEMO_PASSWORD);
    }

    private static Integer get(Future<Integer> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] onePagePdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}

package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.restassured.specification.RequestSpecification;

/**
 * The AsciiDoc format is a plugin (issue 17): its jar is in the WAR and nothing in the portal names
 * it, yet a guide sent as {@code text/asciidoc} is checked with its lines, published, listed with the
 * film's guides and shown on the guide page to a licensed member, its passthroughs refused.
 */
class AsciiDocGuideIT extends ApiTestBase {

    private static final String FILM = StudyGuidesIT.FILM;
    private static final String GUIDE = "api/admin/titles/" + FILM + "/guides/SECONDARY_SCHOOL/ja";
    private static final String KEY = FILM + ".secondary-school.ja";
    private static final String MARKER = "AsciiDoc で書かれた学習ガイド";

    private static final String SOURCE = """
            = 金日成の子どもたち: 中等学校のための学習ガイド
            :film: kim-il-sungs-children
            :audience: SECONDARY_SCHOOL
            :language: ja
            :summary: 朝鮮戦争の孤児たちの物語を通して人権を学ぶ二回の授業。

            == Learning objectives
            * %s を読み、朝鮮戦争 (1950–1953) が子どもたちに何をもたらしたか説明する。

            == Context
            東欧に送られた北朝鮮の戦争孤児たちの物語です。*金日成* の時代の話です。

            == Chapters
            * 00:00:00 Prologue: 映画の始まり。
            * 00:06:30 The war and its orphans: 戦争と孤児たち。

            == Discussion questions
            . 00:06:30 からの場面で、子どもたちは何を失いましたか。

            == Activities
            === Letters across borders
            先生から元の生徒への手紙を書きましょう。

            == Vocabulary
            戦争孤児:: war orphan.

            == Sources for further reading
            * The film's press kit.
            """.formatted(MARKER);

    @Test
    void theAsciiDocPluginIsFoundAndItsGuideIsPublishedListedAndShownToALicensedMember() throws Exception {
        admin().when().get("api/admin/guides/formats").then().statusCode(200)
                .body("name", hasItem("asciidoc")).body("mediaType", hasItem("text/asciidoc"));

        // A new guide started in AsciiDoc: the plugin's template, filled from the film, passes the studio's checks as it is.
        String template = admin().queryParam("format", "asciidoc").when().get(GUIDE).then().statusCode(200)
                .body("origin", equalTo("TEMPLATE")).body("format", equalTo("asciidoc"))
                .extract().jsonPath().getString("source");
        assertThat(template).startsWith("= ").contains(":film: " + FILM, ":language: ja", "== Chapters");
        admin().contentType("text/asciidoc").body(template).when().put(GUIDE).then().statusCode(200).body("format", equalTo("asciidoc"));

        String broken = SOURCE.replace("東欧に送られた", "+++<script>alert(1)</script>+++ 東欧に送られた");
        int brokenLine = broken.lines().toList().indexOf(broken.lines().filter(l -> l.contains("+++")).findFirst().orElseThrow()) + 1;
        admin().contentType("text/asciidoc; charset=UTF-8").body(broken).when().put(GUIDE)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.line", hasItem(brokenLine)).body("errors.message", hasItem(containsString("passthrough")));

        admin().contentType("text/asciidoc; charset=UTF-8").body(SOURCE).when().put(GUIDE)
                .then().statusCode(200).body("format", equalTo("asciidoc"));
        admin().when().post(GUIDE + "/publish").then().statusCode(200).body("number", equalTo(1));

        given().when().get("api/titles/" + FILM + "/guides").then().statusCode(200)
                .body("guides.id", hasItem(KEY))
                .body("guides.find { it.id == '" + KEY + "' }.language", equalTo("ja"))
                .body("guides.find { it.id == '" + KEY + "' }.contents.find { it.heading == 'Activities' }.subsections.heading",
                        hasItem("Letters across borders"))
                .body("guides.find { it.id == '" + KEY + "' }.chapters[1].start", equalTo("00:06:30"));

        TestInstitution school = TestInstitution.approvedSchoolInKorea();
        TestPurchases.license(school.adminEmail(), TestInstitution.PASSWORD, FILM, "STUDY_GUIDE_PACK", 12, LocalDate.now());
        PageSession browser = new PageSession();
        browser.signIn(base.toURI(), school.adminEmail(), TestInstitution.PASSWORD);
        PageSession.Page page = browser.get(base.toURI(), "guide.xhtml?id=" + KEY);

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains(MARKER, "東欧に送られた北朝鮮の戦争孤児たち", "<strong>金日成</strong>",
                "<table class=\"guide-chapters\">", "id=\"guide-letters-across-borders\"", "data-seconds=\"390\"");
        List<String> pdf = PdfPages.text(school.asAdmin().when().get("api/guides/" + KEY + "/pdf")
                .then().statusCode(200).extract().asByteArray());
        assertThat(String.join("\n", pdf)).contains("先生から元の生徒への手紙を書きましょう");
    }

    private static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin@demo.example", DEMO_PASSWORD);
    }
}

package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The title studio through the API: a platform administrator creates a draft that nobody else sees,
 * publishes it (then it is found by its alternate and its original-script title), withdraws it (it
 * leaves the search; its license and its page stay), and uploads posters that are checked, resized
 * and served. Every title here has a slug of its own: the data folder is shared with other tests.
 */
class TitleStudioIT extends ApiTestBase {

    private static final String ADMIN = "admin@demo.example";
    private static final String TEACHER = "teacher@demo.example";

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private static RequestSpecification as(String email) {
        return given().auth().preemptive().basic(email, DEMO_PASSWORD);
    }

    private Map<String, Object> title(String slug) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("slug", slug);
        t.put("title", "Studio Test " + tag);
        t.put("originalTitle", "김일성의 아이들 " + tag);
        t.put("alternateTitles", List.of("Les orphelins du studio " + tag, "Working title " + tag));
        t.put("synopsis", "A film made in the title studio test.");
        t.put("runtimeMinutes", 86);
        t.put("productionYear", 2020);
        t.put("supplier", "Docuportal Films");
        t.put("originalLanguage", "ko");
        t.put("languageVersions", List.of(Map.of("language", "ko", "kind", "AUDIO"), Map.of("language", "en", "kind", "SUBTITLES")));
        t.put("subjects", List.of("History", "Studio " + tag));
        t.put("awards", List.of(Map.of("year", 2020, "festival", "DMZ Docs", "result", "WINNER", "category", "Best Film")));
        t.put("pressQuotes", List.of(Map.of("quote", "Moving.", "source", "A critic", "language", "en")));
        return t;
    }

    private String createDraft() {
        String slug = "studio-" + tag;
        as(ADMIN).contentType("application/json").body(title(slug)).when().post("api/admin/titles")
                .then().statusCode(201)
                .header("Location", endsWith("/api/titles/" + slug))
                .body("publication", equalTo("DRAFT"))
                .body("status", equalTo("AVAILABLE"))
                .body("alternateTitles", hasItem("Working title " + tag))
                .body("licensable", equalTo(false));
        return slug;
    }

    private void publication(String slug, String status, int expected) {
        as(ADMIN).contentType("application/json").body(Map.of("status", status))
                .when().put("api/admin/titles/" + slug + "/status").then().statusCode(expected);
    }

    private List<String> search(RequestSpecification caller, String q) {
        return caller.queryParam("q", q).queryParam("size", 100).when().get("api/titles")
                .then().statusCode(200).extract().path("items.slug");
    }

    @Test
    void aDraftIsSeenByPlatformAdministratorsOnlyUntilItIsPublishedThenFoundByAlternateAndHangulTitles() {
        String slug = createDraft();

        given().when().get("api/titles/" + slug).then().statusCode(404);
        as(TEACHER).when().get("api/titles/" + slug).then().statusCode(404);
        as(TEACHER).when().get("api/titles/" + slug + "/offers").then().statusCode(404);
        as(TEACHER).when().get("api/titles/" + slug + "/eligibility?rightType=EDUCATIONAL").then().statusCode(404);
        as(ADMIN).when().get("api/titles/" + slug).then().statusCode(200).body("publication", equalTo("DRAFT"));
        assertThat(search(given(), "Working title " + tag)).isEmpty();
        assertThat(search(as(TEACHER), "Working title " + tag)).isEmpty();
        assertThat(search(as(ADMIN), "Working title " + tag)).containsExactly(slug);

        publication(slug, "PUBLISHED", 200);

        given().when().get("api/titles/" + slug).then().statusCode(200)
                .body("publication", equalTo("PUBLISHED"))
                .body("originalTitle", equalTo("김일성의 아이들 " + tag))
                .body("licensable", equalTo(true));
        assertThat(search(given(), "working TITLE " + tag)).containsExactly(slug);
        assertThat(search(given(), "orphelins du studio " + tag)).containsExactly(slug);
        assertThat(search(given(), "김일성의 아이들 " + tag)).containsExactly(slug);
        assertThat(search(given(), "김일성의")).contains(slug);
        given().queryParam("subject", "Studio " + tag).when().get("api/titles").then().statusCode(200)
                .body("items.slug", equalTo(List.of(slug)));

        publication(slug, "DRAFT", 409);
        as(ADMIN).contentType("application/json").body(Map.of("status", "LIVE"))
                .when().put("api/admin/titles/" + slug + "/status").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("status"))
                .body("detail", containsString("[DRAFT, PUBLISHED, WITHDRAWN]"));
    }

    @Test
    void aWithdrawnTitleLeavesTheSearchAndIsNoLongerSoldWhileItsLicenseAndPageStay() {
        String slug = createDraft();
        publication(slug, "WITHDRAWN", 409);
        as(ADMIN).contentType("text/csv")
                .body("title_slug,right_type,territory,excluded_countries,start_date,end_date\n"
                        + slug + ",EDUCATIONAL,WORLDWIDE,,2020-01-01,\n")
                .when().post("api/admin/avails").then().statusCode(200);
        as(ADMIN).contentType("application/json").body(Map.of("kind", "CLASSROOM_STREAMING", "termMonths", 12, "streamCap", 5,
                        "currency", "USD", "prices", List.of(Map.of("institutionType", "K12_SCHOOL", "sizeBand", "UP_TO_500",
                                "amount", "199.00"))))
                .when().post("api/admin/offers/" + slug).then().statusCode(201);
        publication(slug, "PUBLISHED", 200);
        LicensedInstitution school = LicensedInstitution.withStreamingLicense(slug);

        publication(slug, "WITHDRAWN", 200);

        assertThat(search(given(), "Working title " + tag)).isEmpty();
        assertThat(search(as(ADMIN), "Working title " + tag)).as("withdrawn titles leave every search").isEmpty();
        given().when().get("api/titles/" + slug).then().statusCode(200)
                .body("publication", equalTo("WITHDRAWN"))
                .body("licensable", equalTo(false));
        school.asAdmin().when().get("api/licenses").then().statusCode(200)
                .body("find { it.id == " + school.licenseId() + " }.status", equalTo("ACTIVE"));
        school.asAdmin().when().get("api/titles/" + slug + "/offers").then().statusCode(200).body("size()", equalTo(0));
        school.asAdmin().when().get("api/titles/" + slug + "/eligibility?rightType=EDUCATIONAL&start=" + LocalDate.now().plusDays(1))
                .then().statusCode(200)
                .body("eligible", equalTo(false))
                .body("rules.find { it.id == 'title-licensable' }.message", containsString("withdrawn"));

        publication(slug, "PUBLISHED", 200);
        assertThat(search(given(), "Working title " + tag)).containsExactly(slug);
    }

    @Test
    void slugsAreUniqueAndNeverChange() {
        String slug = createDraft();
        as(ADMIN).contentType("application/json").body(title(slug)).when().post("api/admin/titles")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString(slug));

        Map<String, Object> renamed = title("another-" + slug);
        as(ADMIN).contentType("application/json").body(renamed).when().put("api/admin/titles/" + slug)
                .then().statusCode(400).body("errors.field", equalTo(List.of("slug")));

        Map<String, Object> edited = title(slug);
        edited.put("subjects", List.of("Education"));
        edited.put("alternateTitles", List.of());
        edited.put("status", "IN_PRODUCTION");
        as(ADMIN).contentType("application/json").body(edited).when().put("api/admin/titles/" + slug)
                .then().statusCode(200)
                .body("subjects", equalTo(List.of("Education")))
                .body("alternateTitles", equalTo(List.of()))
                .body("status", equalTo("IN_PRODUCTION"))
                .body("publication", equalTo("DRAFT"));
        as(ADMIN).contentType("application/json").body(edited).when().put("api/admin/titles/no-such-title-" + tag)
                .then().statusCode(404);
    }

    @Test
    void badFieldsAreRefusedWithTheirNamesAndNothingIsCreated() {
        Map<String, Object> bad = title("bad-" + tag);
        bad.put("title", " ");
        bad.put("runtimeMinutes", 0);
        bad.put("originalLanguage", "klingon");
        bad.put("synopsis", "s".repeat(4001));
        bad.put("awards", List.of(Map.of("year", 1700, "festival", "", "result", "GOLD")));
        as(ADMIN).contentType("application/json").body(bad).when().post("api/admin/titles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("title", "runtimeMinutes", "originalLanguage", "synopsis",
                        "awards[0].year", "awards[0].festival", "awards[0].result"));
        as(ADMIN).when().get("api/titles/bad-" + tag).then().statusCode(404);

        Map<String, Object> traversal = title("../x");
        as(ADMIN).contentType("application/json").body(traversal).when().post("api/admin/titles")
                .then().statusCode(400).body("errors.field", equalTo(List.of("slug")));
        as(ADMIN).contentType("application/json").body("{\"slug\":\"typed-" + tag + "\",\"runtimeMinutes\":\"long\"}")
                .when().post("api/admin/titles").then().statusCode(400).body("errors.field", hasItem("runtimeMinutes"));
        as(ADMIN).contentType("application/json").body("{not json").when().post("api/admin/titles")
                .then().statusCode(400);
    }

    @Test
    void postersAreCheckedByDecodingResizedAndServed() throws IOException {
        String slug = createDraft();

        Response png = as(ADMIN).contentType("image/png").body(image("png", 600, 900, BufferedImage.TYPE_INT_ARGB))
                .when().put("api/admin/titles/" + slug + "/poster");
        png.then().statusCode(200).body("poster", startsWith("/api/posters/" + slug + "/480?v="));
        String firstPoster = png.path("poster");

        given().when().get("api/posters/" + slug + "/480").then().statusCode(404);
        as(ADMIN).when().get("api/posters/" + slug + "/480").then().statusCode(200)
                .header("Cache-Control", containsString("private"));

        publication(slug, "PUBLISHED", 200);
        for (int width : List.of(240, 480)) {
            Response served = given().when().get("api/posters/" + slug + "/" + width);
            served.then().statusCode(200).contentType("image/jpeg").header("Cache-Control", containsString("max-age"));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(served.asByteArray()));
            assertThat(image.getWidth()).isEqualTo(width);
            assertThat(image.getHeight()).isEqualTo(width * 3 / 2);
            given().header("If-None-Match", served.header("ETag")).when().get("api/posters/" + slug + "/" + width)
                    .then().statusCode(304);
        }
        given().when().get("api/posters/" + slug + "/300").then().statusCode(404);

        as(ADMIN).contentType("image/jpeg").body(image("jpg", 800, 1200, BufferedImage.TYPE_INT_RGB))
                .when().put("api/admin/titles/" + slug + "/poster").then().statusCode(200)
                .body("poster", not(equalTo(firstPoster)));
        as(ADMIN).contentType("image/webp").body(webp()).when().put("api/admin/titles/" + slug + "/poster")
                .then().statusCode(200);
        assertThat(ImageIO.read(new ByteArrayInputStream(given().when().get("api/posters/" + slug + "/480").asByteArray()))
                .getWidth()).as("a small WebP is not enlarged").isEqualTo(64);

        as(ADMIN).contentType("image/png").body("just words, no picture".getBytes())
                .when().put("api/admin/titles/" + slug + "/poster").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", equalTo(List.of("poster")));
        as(ADMIN).contentType("image/png").body(image("jpg", 100, 150, BufferedImage.TYPE_INT_RGB))
                .when().put("api/admin/titles/" + slug + "/poster").then().statusCode(400)
                .body("detail", containsString("JPEG"));
        as(ADMIN).contentType("image/png").body(new byte[10 * 1024 * 1024 + 1])
                .when().put("api/admin/titles/" + slug + "/poster").then().statusCode(413)
                .contentType("application/problem+json").body("detail", containsString("10 MB"));
        given().when().get("api/titles/" + slug).then().body("poster", startsWith("/api/posters/" + slug + "/480?v="));
        given().when().get("api/posters/" + slug + "/480").then().statusCode(200);
    }

    private static byte[] image(String format, int width, int height, int type) throws IOException {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(20, 60, 110));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    static byte[] webp() throws IOException {
        try (InputStream in = TitleStudioIT.class.getResourceAsStream("/posters/poster.webp")) {
            return in.readAllBytes();
        }
    }
}

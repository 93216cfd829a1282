package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.icegreen.greenmail.util.GreenMailUtil;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Issue 11's goal, end to end on the production-like portal (demo data off, an empty database):
 * the first administrator, whose password {@link BootstrapEmptyPortalIT} set with the bootstrap
 * link, builds a film in the studio pages of a real browser — program details, poster, the video
 * through the resumable upload and its packaging, subtitles, chapters, a rights window and an offer
 * with its price table — and publishes it. A school registers and is approved, its administrator
 * invites a teacher by mail, and the teacher, in a browser of their own, finds the film, orders it
 * by purchase order, and plays it once the administrator has recorded the payment. No demo data,
 * no test-only servlet: only what a distributor and a school would do.
 *
 * <p>Runs in the failsafe execution {@code empty}, after {@code BootstrapEmptyPortalIT} (by name).
 */
@EnabledIfSystemProperty(named = "it.portal", matches = "empty",
        disabledReason = "needs the empty portal of the failsafe execution 'empty' after BootstrapEmptyPortalIT")
class StudioJourneyEmptyPortalIT extends BrowserTestBase {

    private static final Pattern INVITATION = Pattern.compile("join\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    private static final String TEACHER_PASSWORD = "teacher's own password";

    /** The portal mails the teacher's invitation. */
    @RegisterExtension
    static final TestSmtpServer smtp = TestSmtpServer.forTheClass();

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String slug = "the-last-ferry-" + tag;
    private final String filmTitle = "The Last Ferry " + tag;

    private static String adminEmail() {
        return System.getProperty("it.bootstrap.email");
    }

    private RequestSpecification asAdmin() {
        return given().auth().preemptive().basic(adminEmail(), BootstrapEmptyPortalIT.ADMIN_PASSWORD);
    }

    @Test
    void theDistributorBuildsAFilmInTheStudioAndATeacherLicensesAndPlaysIt() throws Exception {
        RestAssured.baseURI = base.toString();
        Path video = Files.createTempFile("studio-journey", ".mp4");
        Path poster = Files.createTempFile("studio-journey", ".png");
        Path subtitles = Files.createTempFile("studio-journey", ".vtt");
        try {
            assumeTrue(TestMedia.video(video, 10), "ffmpeg is not installed (apt-get install ffmpeg)");
            TestMedia.poster(poster);
            Files.writeString(subtitles, "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n마지막 배\n\n"
                    + "00:00:05.000 --> 00:00:08.000\n부두에서\n", StandardCharsets.UTF_8);

            // The catalog of the production start is empty.
            given().when().get("api/titles").then().statusCode(200).body("items.size()", org.hamcrest.Matchers.equalTo(0));

            signInAs(adminEmail(), BootstrapEmptyPortalIT.ADMIN_PASSWORD);
            createDraftWithPoster(poster);
            uploadVideoSubtitlesAndChapters(video, subtitles);
            grantEducationalRightsInKorea();
            int offer = createOfferWithPriceTable();
            publish();

            TestInstitution school = approvedSchoolInKorea();
            String teacher = invitedTeacher(school);

            Path teacherProfile = Files.createTempDirectory("chromium-profile");
            WebDriver teacherBrowser = newBrowser(teacherProfile);
            try {
                String po = "PO-" + tag;
                orderByPurchaseOrder(teacherBrowser, teacher, po);
                recordPayment(po);
                play(teacherBrowser);
                // The film had no study guide: the administrator writes one in the studio, and the teacher gets it stamped.
                writeAndPublishAGuide();
                downloadTheGuideStamped(teacher, school);
            } finally {
                teacherBrowser.quit();
                deleteRecursively(teacherProfile);
            }
            // The offer the teacher bought is the one the studio created.
            asAdmin().when().get("api/admin/offers/" + slug).then().statusCode(200)
                    .body("find { it.id == " + offer + " }.status", org.hamcrest.Matchers.equalTo("ACTIVE"));
        } finally {
            Files.deleteIfExists(video);
            Files.deleteIfExists(poster);
            Files.deleteIfExists(subtitles);
        }
    }

    private void createDraftWithPoster(Path poster) {
        open("admin/titles.xhtml");
        waitUntil().withMessage(() -> "the titles page, showing: " + driver.findElement(By.tagName("body")).getText())
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("titles"), "No title yet"));
        type("newTitle:slug", slug);
        type("newTitle:title", filmTitle);
        type("newTitle:originalLanguage", "ko");
        type("newTitle:synopsis", "The last ferry between two islands, and the families it carried.");
        clickAndWaitForNextPage(By.id("newTitle:create"));
        waitUntil().until(ExpectedConditions.urlContains("slug=" + slug));
        assertThat(driver.findElement(By.id("publicationBadge")).getText()).isEqualTo("Draft");

        type("edit:runtimeMinutes", "1");
        type("edit:productionYear", "2026");
        type("edit:subjects", "Migration, Family");
        clickAndWaitForNextPage(By.id("edit:save"));
        assertThat(driver.findElement(By.id("edit:editMessages")).getText()).contains("saved");

        driver.findElement(By.cssSelector("#poster input[type=file]")).sendKeys(poster.toAbsolutePath().toString());
        clickAndWaitForNextPage(By.id("poster:upload"));
        WebElement preview = driver.findElement(By.id("posterPreview"));
        waitUntil().until(d -> ((Number) script("return arguments[0].naturalWidth;", preview)).intValue() == 480);
        checkAccessibility("1-details");
        // A draft is the administrator's alone.
        given().when().get("api/titles/" + slug).then().statusCode(404);
    }

    private void uploadVideoSubtitlesAndChapters(Path video, Path subtitles) {
        driver.findElement(By.linkText("Video, subtitles and chapters")).click();
        waitUntil().until(ExpectedConditions.urlContains("admin/title-media.xhtml"));
        driver.findElement(By.id("videoFile")).sendKeys(video.toString());
        driver.findElement(By.id("videoStart")).click();
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("videoStatus"), "has arrived"));
        new WebDriverWait(driver, Duration.ofMinutes(4)).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "packaging did not finish: " + driver.findElement(By.tagName("main")).getText())
                .until(d -> !d.findElements(By.id("jobState")).isEmpty()
                        && "DONE".equals(d.findElement(By.id("jobState")).getAttribute("data-state")));
        assertThat(driver.findElement(By.id("mediaState")).getText()).contains("Packaged for streaming");

        driver.findElement(By.id("subtitles:language")).sendKeys("ko");
        driver.findElement(By.id("subtitles:file")).sendKeys(subtitles.toString());
        clickAndWaitForNextPage(By.id("subtitles:uploadSubtitles"));
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("tracks"), "ko"));

        for (String[] chapter : List.of(new String[] {"00:00:00", "Departure"}, new String[] {"00:00:06", "Arrival"})) {
            int rows = driver.findElements(By.cssSelector(".chapter-row")).size();
            driver.findElement(By.id("chapters:addChapter")).click();
            waitUntil().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".chapter-row"), rows + 1));
            WebElement row = driver.findElements(By.cssSelector(".chapter-row")).get(rows);
            row.findElement(By.cssSelector("input[id$=':start']")).sendKeys(chapter[0]);
            row.findElement(By.cssSelector("input[id$=':name']")).sendKeys(chapter[1]);
        }
        driver.findElement(By.id("chapters:saveChapters")).click();
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("chapters:messages"), "chapters saved"));
        checkAccessibility("2-media");
    }

    private void grantEducationalRightsInKorea() {
        open("admin/title-rights.xhtml?slug=" + slug);
        driver.findElement(By.id("add:territory")).sendKeys("KR");
        driver.findElement(By.id("add:startDate")).sendKeys(LocalDate.now().minusMonths(1).toString());
        driver.findElement(By.id("add:reason")).sendKeys("Educational rights signed with the producer");
        clickAndWaitForNextPage(By.id("add:addButton"));
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("windows:windowTable"), "KR"));
        assertThat(driver.findElement(By.id("history")).getText()).contains("Educational rights signed with the producer");
        checkAccessibility("3-rights");
    }

    private int createOfferWithPriceTable() {
        open("admin/title-offers.xhtml?slug=" + slug);
        driver.findElement(By.id("offer:streamCap")).sendKeys("3");
        driver.findElement(By.id("offer:rows:0:cells:0:amount")).sendKeys("250.00");   // School (K-12), up to 500
        driver.findElement(By.id("offer:rows:1:cells:1:amount")).sendKeys("900.00");   // University or college, 501 to 2,000
        clickAndWaitForNextPage(By.id("offer:create"));
        assertThat(driver.findElement(By.id("offer:messages")).getText()).contains("Offer created");
        checkAccessibility("4-offers");
        return asAdmin().when().get("api/admin/offers/" + slug).then().statusCode(200)
                .extract().path("find { it.status == 'ACTIVE' }.id");
    }

    private void publish() {
        open("admin/title.xhtml?slug=" + slug);
        driver.findElement(By.id("publication:publish")).click();
        waitUntil().until(ExpectedConditions.alertIsPresent()).accept();
        waitUntil().until(d -> d.findElement(By.id("publicationBadge")).getText().equals("Published"));
        given().when().get("api/titles/" + slug).then().statusCode(200);
    }

    /** A school in South Korea, registered through the API and approved by the first administrator. */
    private TestInstitution approvedSchoolInKorea() {
        String domain = "ferry-school-" + tag + ".example";
        String admin = "head@" + domain;
        Map<String, Object> registration = Map.ofEntries(
                Map.entry("name", "Ferry School " + tag), Map.entry("type", "K12_SCHOOL"), Map.entry("country", "KR"),
                Map.entry("address", "1 Harbour-ro, Mokpo"), Map.entry("registryId", "KR-F-" + tag),
                Map.entry("emailDomains", List.of(domain)), Map.entry("ipRanges", List.of("198.51.100.0/24")),
                Map.entry("sizeBand", "UP_TO_500"), Map.entry("adminName", "Head Teacher"),
                Map.entry("adminEmail", admin), Map.entry("adminPassword", TestInstitution.PASSWORD));
        int id = TestInstitution.register(registration, asAdmin());
        asAdmin().contentType("application/json").body(Map.of("decision", "APPROVE", "reason", "Registry checked"))
                .when().post("api/admin/institutions/" + id + "/decisions").then().statusCode(201);
        return new TestInstitution(id, "Ferry School " + tag, admin);
    }

    /** The school's administrator invites a teacher at the school's domain, who joins with the mailed link. */
    private String invitedTeacher(TestInstitution school) throws Exception {
        String teacher = "teacher@" + school.adminEmail().substring(school.adminEmail().indexOf('@') + 1);
        school.asAdmin().contentType("application/json").body(Map.of("email", teacher, "role", "TEACHER"))
                .when().post("api/institution/invitations").then().statusCode(202);
        String mail = GreenMailUtil.getBody(smtp.await(teacher, "Join")).replace("=\r\n", "").replace("=3D", "=");
        Matcher token = INVITATION.matcher(mail);
        assertThat(token.find()).as("an invitation link in: " + mail).isTrue();
        given().contentType("application/json")
                .body(Map.of("token", token.group(1), "name", "Ji-woo Han", "password", TEACHER_PASSWORD))
                .when().post("api/invitations/acceptance").then().statusCode(201);
        return teacher;
    }

    private void orderByPurchaseOrder(WebDriver browser, String teacher, String po) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        signIn(browser, teacher);
        load(browser, base + "?q=" + filmTitle.replace(' ', '+'));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".card-title"), filmTitle));
        load(browser, base + "title.xhtml?slug=" + slug);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verdict"), "eligible"));
        browser.findElements(By.cssSelector(".quote-button")).get(0).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("quoteHeading"), "Q-"));
        assertThat(browser.findElement(By.id("quoteTotal")).getText()).contains("250.00");
        browser.findElement(By.id("order:purchaseOrderNumber")).sendKeys(po);
        browser.findElement(By.id("order:placeOrder")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("orderPlaced"), po));
    }

    private void recordPayment(String po) {
        open("admin/orders.xhtml");
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("orders:awaiting"), po));
        clickAndWaitForNextPage(By.cssSelector(".record-payment"));
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("orders"), "Payment recorded"));
    }

    /** The film's first guide, from the template the studio fills in from the film, saved and published as version 1. */
    private void writeAndPublishAGuide() {
        load(driver, base + "admin/guide-editor.xhtml?title=" + slug + "&audience=UNIVERSITY&language=en");
        assertThat(driver.findElement(By.id("guideOrigin")).getAttribute("data-origin")).isEqualTo("TEMPLATE");
        assertThat(driver.findElement(By.id("editor:source")).getAttribute("value")).contains(filmTitle);
        clickAndWaitForNextPage(By.id("editor:save"));
        assertThat(driver.findElement(By.id("guideOrigin")).getAttribute("data-origin")).isEqualTo("DRAFT");
        clickAndWaitForNextPage(By.id("editor:publish"));
        assertThat(driver.findElement(By.id("editor:messages")).getText()).contains("Version 1 is published");
    }

    private void downloadTheGuideStamped(String teacher, TestInstitution school) {
        given().when().get("api/titles/" + slug + "/guides").then().statusCode(200)
                .body("guides.id", org.hamcrest.Matchers.hasItem(slug + ".university"));
        byte[] pdf = given().auth().preemptive().basic(teacher, TEACHER_PASSWORD).when()
                .get("api/guides/" + slug + ".university/pdf").then().statusCode(200).extract().asByteArray();
        List<String> pages = PdfPages.text(pdf);
        assertThat(String.join("\n", pages)).contains(filmTitle);
        assertThat(pages).allSatisfy(page -> assertThat(page).contains(school.name()).contains(teacher));
    }

    private void play(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        load(browser, base + "title.xhtml?slug=" + slug);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("watchLink"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("playButton"))).click();
        // The clip is 10 seconds long; past 3 seconds, the studio's encryption and packaging work in a real player.
        new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage(() -> "the film did not play: " + playerState(browser))
                .until(d -> currentTime(d) > 3.0);
        // The Korean subtitles uploaded in the studio reach the player (hls.js adds them to the video's text tracks).
        wait.withMessage(() -> "no Korean subtitle track: " + textTracks(browser))
                .until(d -> textTracks(d).contains("subtitles:ko"));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#chapterList .chapter-link"), 2));
        assertThat(browser.findElement(By.id("chapterList")).getText()).contains("Departure", "Arrival");
    }

    private void signIn(WebDriver browser, String email) {
        load(browser, base + "login.xhtml");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:email"))).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(TEACHER_PASSWORD);
        browser.findElement(By.id("login:submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signOutForm")));
    }

    /** At 1280 and 390 px: no sideways scrolling on a phone and, where axe-core is at hand, no serious violation. */
    private void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private static double currentTime(WebDriver browser) {
        Object time = ((JavascriptExecutor) browser).executeScript("return document.getElementById('player').currentTime;");
        return ((Number) time).doubleValue();
    }

    /** The video's text tracks as kind:language, e.g. {@code [subtitles:ko, chapters:]}. */
    private static String textTracks(WebDriver browser) {
        return String.valueOf(((JavascriptExecutor) browser).executeScript(
                "return Array.prototype.map.call(document.getElementById('player').textTracks,"
                        + " t => t.kind + ':' + t.language).join(', ');"));
    }

    private static String playerState(WebDriver browser) {
        return String.valueOf(((JavascriptExecutor) browser).executeScript(
                "var v = document.getElementById('player'), m = document.getElementById('playerMessage');"
                        + "return 'message=' + (m && m.textContent) + ' readyState=' + v.readyState + ' time=' + v.currentTime;"));
    }
}

package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.restassured.RestAssured;

/**
 * The study guides in Chromium: a training officer of the demo army training command, whose
 * command has licensed a screening of the film, reads the military-training guide and downloads its
 * PDF, stamped on every page with the command and the officer; a member of an institution with no
 * license sees only the guide's summary and contents, and the PDF answers 403.
 */
class StudyGuideBrowserIT extends BrowserTestBase {

    static final String FILM = "kim-il-sungs-children";
    static final String MILITARY_GUIDE = FILM + ".military-training";

    @Test
    void aTrainingOfficerDownloadsTheMilitaryGuideStampedForTheCommandAndTheOfficer() throws Exception {
        RestAssured.baseURI = base.toString();
        // The command licenses a training screening of the film a fortnight ahead, by purchase order.
        TestPurchases.license("officer@demo.example", ApiTestBase.DEMO_PASSWORD, FILM, "PUBLIC_SCREENING", 0,
                LocalDate.now().plusDays(14));

        signInAs("officer@demo.example", ApiTestBase.DEMO_PASSWORD);
        open("title.xhtml?slug=" + FILM);
        WebElement box = waitUntil().until(ExpectedConditions.visibilityOfElementLocated(By.id("guides")));
        String access = driver.findElement(By.id("guidesAccess")).getText();
        assertThat(access).contains("Demo Army Training Command");
        // The license that opens the guide (a rerun on a kept database may find an earlier one first).
        Matcher license = Pattern.compile("L-\\d{6}").matcher(access);
        assertThat(license.find()).as(access).isTrue();
        String reference = license.group();
        // One English guide per audience; other tests of the shared portal may have added guides in other languages.
        assertThat(box.findElements(By.cssSelector(".guide-card[data-language='en']"))).hasSize(3);
        script("arguments[0].scrollIntoView()", box);
        screenshot("title-page-guides");

        clickAndWaitForNextPage(By.cssSelector("li[data-guide='" + MILITARY_GUIDE + "'] h3 a"));
        assertThat(driver.findElement(By.id("guideHeading")).getText()).contains("Kim Il Sung");
        WebElement text = driver.findElement(By.id("guideText"));
        assertThat(text.getText()).contains("Learning objectives").contains("Discussion questions").contains("Vocabulary");
        List<WebElement> timecodes = text.findElements(By.cssSelector("a.guide-timecode"));
        assertThat(timecodes).isNotEmpty();
        assertThat(timecodes.get(1).getAttribute("href")).contains("watch.xhtml?slug=" + FILM + "&t=");
        screenshot("military-guide-page");

        driver.findElement(By.id("downloadPdf")).click();
        byte[] pdf = Files.readAllBytes(downloaded(MILITARY_GUIDE + ".pdf"));
        List<String> pages = PdfPages.text(pdf);
        assertThat(pages).hasSizeGreaterThan(3);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(pages).allSatisfy(page -> assertThat(page)
                .contains("Demo Army Training Command").contains("officer@demo.example").contains(today).contains(reference));
        assertThat(pages.get(0)).contains("a study guide for military training");
    }

    @Test
    void aMemberOfAnUnlicensedInstitutionSeesTheSummaryAndContentsOnlyAndThePdfIsForbidden() {
        RestAssured.baseURI = base.toString();
        TestInstitution school = TestInstitution.approvedSchoolInKorea();

        signInAs(school.adminEmail(), TestInstitution.PASSWORD);
        open("guide.xhtml?id=" + MILITARY_GUIDE);
        assertThat(driver.findElement(By.id("guideAccess")).getText()).contains(school.name() + " holds no active license");
        assertThat(driver.findElements(By.id("downloadPdf"))).isEmpty();
        assertThat(driver.findElements(By.id("guideText"))).isEmpty();
        assertThat(driver.findElement(By.id("guideSummary")).getText()).isNotBlank();
        assertThat(driver.findElement(By.id("guideOutline")).getText()).contains("Learning objectives").contains("Activities");
        screenshot("guide-page-unlicensed");

        given().auth().preemptive().basic(school.adminEmail(), TestInstitution.PASSWORD)
                .when().get("api/guides/" + MILITARY_GUIDE + "/pdf")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aStreamingLicenseeOpensThePlayerAtAChapterFromTheTitlePage() {
        RestAssured.baseURI = base.toString();
        LicensedInstitution school = LicensedInstitution.withStreamingLicense(FILM);

        signInAs(school.adminEmail(), LicensedInstitution.PASSWORD);
        open("title.xhtml?slug=" + FILM);
        List<WebElement> chapters = driver.findElements(By.cssSelector("#titleChapters a.timecode"));
        assertThat(chapters).hasSizeGreaterThan(2);
        WebElement third = chapters.get(2);
        String timecode = third.getText();
        String[] hms = timecode.split(":");
        int seconds = Integer.parseInt(hms[0]) * 3600 + Integer.parseInt(hms[1]) * 60 + Integer.parseInt(hms[2]);

        clickAndWaitForNextPage(By.xpath("//ol[@id='titleChapters']/li[3]/a"));
        assertThat(driver.getCurrentUrl()).contains("watch.xhtml").contains("t=" + seconds);
        assertThat(driver.findElement(By.id("playerBox")).getAttribute("data-start")).isEqualTo(String.valueOf(seconds));
    }
}

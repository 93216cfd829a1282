package org.docuportal.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.restassured.RestAssured;

/**
 * A participant answers a screening survey on a phone: before the film, keeps the code the page
 * shows, and after the film answers again with it; the page confirms the two are paired. Then the
 * member who opened the survey closes it on the screenings page, and the distributor reads the
 * demo screenings' change on the impact report.
 */
class ImpactSurveyBrowserIT extends BrowserTestBase {

    private static final String FILM = "kim-il-sungs-children";

    @Test
    void aParticipantAnswersBeforeAndAfterTheScreeningOnAPhone() {
        RestAssured.baseURI = base.toString();
        LicensedInstitution school = LicensedInstitution.withStreamingLicense(FILM);
        String link = school.asAdmin().contentType("application/json")
                .body(Map.of("title", FILM, "screeningDate", LocalDate.now().toString()))
                .when().post("api/screenings").then().statusCode(201).extract().path("link");
        String survey = "survey.xhtml?s=" + link.replaceAll(".*\\?s=", "");

        usePhoneWindow();
        open(survey);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Screening survey");
        assertThat(driver.findElement(By.cssSelector(".survey-anonymous")).getText()).contains("anonymous");
        // Participants have no account: no portal navigation, no sign-in link.
        assertThat(driver.findElements(By.cssSelector(".site-nav"))).isEmpty();
        assertThat(scrollsHorizontally()).isFalse();
        screenshot("survey-choice-phone");

        clickAndWaitForNextPage(By.id("survey:before"));
        List<WebElement> statements = driver.findElements(By.cssSelector("fieldset.likert"));
        assertThat(statements).hasSize(5);
        // Leaving one statement out is refused, naming it.
        for (int i = 0; i < statements.size() - 1; i++) {
            choose(i, 2);
        }
        clickAndWaitForNextPage(By.id("survey:send"));
        assertThat(driver.findElements(By.cssSelector("fieldset.likert")).get(4).getText()).contains("Please choose an answer");
        for (int i = 0; i < 5; i++) {
            choose(i, 2);
        }
        assertThat(scrollsHorizontally()).isFalse();
        screenshot("survey-before-phone");
        clickAndWaitForNextPage(By.id("survey:send"));

        String code = driver.findElement(By.id("pairingCodeShown")).getText();
        assertThat(code).matches("[234679ACDEFGHJKMNPQRTWXYZ]{4}-[234679ACDEFGHJKMNPQRTWXYZ]{4}");
        assertThat(driver.findElement(By.cssSelector(".write-it-down")).getText()).containsIgnoringCase("write it down");
        assertThat(scrollsHorizontally()).isFalse();
        screenshot("survey-code-phone");

        // After the film, the same link again.
        open(survey);
        clickAndWaitForNextPage(By.id("survey:after"));
        assertThat(driver.findElement(By.id("phaseHeading")).getText()).isEqualTo("After the screening");
        driver.findElement(By.id("survey:pairingCode")).sendKeys(code.toLowerCase());
        for (int i = 0; i < 5; i++) {
            choose(i, 4);
        }
        assertThat(scrollsHorizontally()).isFalse();
        screenshot("survey-after-phone");
        clickAndWaitForNextPage(By.id("survey:send"));
        assertThat(driver.findElement(By.id("thanks")).getText()).contains("together with your answers from before");
        screenshot("survey-thanks-phone");

        // The code works once: a second "after" with it is refused, naming the code field.
        open(survey);
        clickAndWaitForNextPage(By.id("survey:after"));
        driver.findElement(By.id("survey:pairingCode")).sendKeys(code);
        for (int i = 0; i < 5; i++) {
            choose(i, 3);
        }
        clickAndWaitForNextPage(By.id("survey:send"));
        assertThat(driver.findElement(By.cssSelector(".pairing-input")).getText()).contains("once");

        school.asAdmin().when().get("api/screenings").then().statusCode(200);
        assertThat(school.asAdmin().when().get("api/screenings").then().extract().<Integer>path("[0].pairedCount")).isEqualTo(1);
    }

    @Test
    void theDistributorSeesTheDemoChangeWithConfidenceIntervalsAndTheSmallGroupHidden() {
        signInAs("admin@demo.example", ApiTestBase.DEMO_PASSWORD);
        open("reports/impact.xhtml?title=" + FILM);
        waitUntil().until(ExpectedConditions.presenceOfElementLocated(By.id("groups")));
        WebElement film = driver.findElement(By.cssSelector("tr[data-kind='FILM']"));
        // The demo school's 12 and 7 paired participants at least (other tests of the run may add theirs).
        assertThat(film.getText()).containsPattern("\\d+ / \\d+ / \\d+").containsPattern("[+-]\\d\\.\\d \\(95% CI [+-]?\\d\\.\\d to [+-]?\\d\\.\\d\\)");
        WebElement us = driver.findElement(By.cssSelector("tr[data-kind='COUNTRY'][data-key='US']"));
        assertThat(us.getText()).contains("fewer than 5 participants").doesNotContain("CI");
        assertThat(driver.findElement(By.id("policyCount")).getText()).contains("1");
        assertThat(driver.findElements(By.cssSelector("#items tbody tr"))).hasSizeGreaterThanOrEqualTo(5);
        screenshot("impact-report");

        open("admin/policy.xhtml");
        assertThat(driver.findElement(By.id("policy:events")).getText()).contains("National Assembly");
        screenshot("policy-log");
    }

    @Test
    void aSchoolAdministratorOpensASurveyAndSeesItsLinkAndQrCode() {
        RestAssured.baseURI = base.toString();
        LicensedInstitution school = LicensedInstitution.withStreamingLicense(FILM);
        signInAs(school.adminEmail(), LicensedInstitution.PASSWORD);
        open("screenings.xhtml");
        clickAndWaitForNextPage(By.id("screenings:openSurvey"));
        WebElement screening = driver.findElement(By.cssSelector("section.screening"));
        assertThat(screening.findElement(By.cssSelector(".survey-url")).getText()).contains("survey.xhtml?s=");
        Object qrWidth = script("return document.querySelector('img.qr').naturalWidth;");
        assertThat(((Number) qrWidth).intValue()).isGreaterThan(100);
        screenshot("screenings-page");
        driver.findElement(By.cssSelector(".close-survey")).click();
        driver.switchTo().alert().accept();
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("section.screening .screening-status"), "Closed"));
        assertThat(driver.findElement(By.cssSelector("section.screening .screening-status")).getText()).isEqualTo("Closed");
    }

    /** Picks the answer {@code value} (1-5) for the statement at {@code index}, by its label as a person taps it. */
    private void choose(int index, int value) {
        WebElement statement = driver.findElements(By.cssSelector("fieldset.likert")).get(index);
        statement.findElements(By.cssSelector(".likert-options label")).get(value - 1).click();
    }
}

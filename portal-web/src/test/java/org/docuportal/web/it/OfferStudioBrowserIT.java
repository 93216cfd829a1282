package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import io.restassured.RestAssured;

/**
 * The distributor's offers page and survey templates page in the browser: an offer created with
 * its price table (a wrong cell refused by name, then fixed) is listed and a school gets a quote
 * at the price of its cell; withdrawn after a confirmation, it is no longer sold. A film's survey
 * statements are edited, a blank one refused by its number. Both pages at 1280 and 390 pixels,
 * without sideways scrolling, and — where {@link Axe#script()} is set — without serious or
 * critical axe-core violations.
 */
class OfferStudioBrowserIT extends BrowserTestBase {

    private static final String FILM = "kim-il-sungs-children";
    private static final String OTHER_FILM = "korean-war-prisoners-working-title";

    @BeforeEach
    void pointRestAssuredAtTheServer() {
        RestAssured.baseURI = base.toString();
    }

    @Test
    void theDistributorCreatesAnOfferWithItsPriceTableAndWithdrawsIt() {
        signInAs("admin@demo.example", ApiTestBase.DEMO_PASSWORD);
        open("admin/title-offers.xhtml?slug=" + FILM);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Offers: Kim Il Sung's Children");
        assertThat(driver.findElement(By.cssSelector(".title-tabs a.current")).getText()).isEqualTo("Offers");
        assertThat(driver.findElement(By.id("offers:list")).getText()).contains("Classroom streaming").contains("On sale");

        new Select(driver.findElement(By.id("offer:termMonths"))).selectByValue("36");
        driver.findElement(By.id("offer:streamCap")).sendKeys("6");
        cell(0, 0).sendKeys("333.30");          // School (K-12), Up to 500
        cell(1, 1).sendKeys("12.345");          // University or college, 501 to 2,000: three decimals
        clickAndWaitForNextPage(By.id("offer:create"));
        assertThat(driver.findElement(By.id("offer:messages")).getText()).contains(
                "Price for University or college, 501 to 2,000 (USD): must be a positive amount with at most 2 decimals");
        assertThat(cell(1, 1).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(cell(0, 0).getAttribute("value")).isEqualTo("333.30");
        screenshot("offer-refused");

        cell(1, 1).clear();
        cell(1, 1).sendKeys("1200");
        clickAndWaitForNextPage(By.id("offer:create"));
        assertThat(driver.findElement(By.id("offer:messages")).getText())
                .contains("Offer created: Classroom streaming, 3 years, up to 6 concurrent streams");
        int offer = given().auth().preemptive().basic("admin@demo.example", ApiTestBase.DEMO_PASSWORD)
                .when().get("api/admin/offers/" + FILM).then().statusCode(200)
                .extract().path("find { it.streamCap == 6 && it.termMonths == 36 && it.status == 'ACTIVE' }.id");
        WebElement row = offerRow(offer);
        assertThat(row.getText()).contains("36 months").contains("Up to 6 concurrent streams").contains("2 prices in USD")
                .contains("On sale");
        checkAccessibility("offers");

        // A school of the smallest size band gets a quote at its cell's price.
        TestInstitution school = TestInstitution.approvedSchoolInKorea();
        school.asAdmin().contentType("application/json").body(Map.of("offerId", offer, "start", LocalDate.now().toString()))
                .when().post("api/quotes").then().statusCode(201).body("total.amount", equalTo("333.30"));

        offerRow(offer).findElement(By.cssSelector(".withdraw-offer")).click();
        assertThat(driver.switchTo().alert().getText()).contains("no longer be sold");
        driver.switchTo().alert().accept();
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("offers:listMessages"), "Offer withdrawn"));
        assertThat(offerRow(offer).getText()).contains("Withdrawn");
        assertThat(offerRow(offer).findElements(By.cssSelector(".withdraw-offer"))).isEmpty();
        given().when().get("api/titles/" + FILM + "/offers").then().statusCode(200).body("id", not(hasItem(offer)));
        screenshot("offer-withdrawn");
    }

    @Test
    void anUnknownTitleGetsANotFoundMessage() {
        signInAs("admin@demo.example", ApiTestBase.DEMO_PASSWORD);
        open("admin/title-offers.xhtml?slug=no-such-film");
        assertThat(driver.findElement(By.id("notFound")).getText()).contains("no title 'no-such-film'");
        open("admin/title-offers.xhtml");
        assertThat(driver.findElement(By.id("notFound")).getText()).contains("There is no title");
        open("admin/survey-templates.xhtml?title=no-such-film");
        assertThat(driver.findElement(By.id("notFound")).getText()).contains("no-such-film");
    }

    @Test
    void theDistributorEditsAFilmsSurveyStatements() {
        List<String> original = given().auth().preemptive().basic("admin@demo.example", ApiTestBase.DEMO_PASSWORD)
                .when().get("api/survey-templates/" + OTHER_FILM).then().statusCode(200).extract().path("items");
        try {
            signInAs("admin@demo.example", ApiTestBase.DEMO_PASSWORD);
            open("admin/survey-templates.xhtml");
            new Select(driver.findElement(By.id("choose:film"))).selectByValue(OTHER_FILM);
            clickAndWaitForNextPage(By.id("choose:open"));
            assertThat(driver.getCurrentUrl()).contains("title=" + OTHER_FILM);
            assertThat(statements()).hasSize(original.size());
            assertThat(statements().get(0).getAttribute("value")).isEqualTo(original.get(0));
            checkAccessibility("templates");

            statements().get(0).clear();
            statements().get(0).sendKeys("I can name one way the war still separates families today.");
            clickAndWaitForNextPage(By.id("template:add"));
            assertThat(statements()).hasSize(original.size() + 1);
            clickAndWaitForNextPage(By.id("template:save"), true);
            int blank = original.size() + 1;
            assertThat(driver.findElement(By.id("template:messages")).getText())
                    .contains("Statement " + blank + " must have 10 to 300 characters.");
            assertThat(statements().get(blank - 1).getAttribute("aria-invalid")).isEqualTo("true");
            screenshot("template-refused");

            clickAndWaitForNextPage(By.id("template:statements:" + (blank - 1) + ":remove"));
            clickAndWaitForNextPage(By.id("template:save"), true);
            assertThat(driver.findElement(By.id("template:messages")).getText()).contains("Saved: new surveys of");
            given().auth().preemptive().basic("admin@demo.example", ApiTestBase.DEMO_PASSWORD)
                    .when().get("api/survey-templates/" + OTHER_FILM).then().statusCode(200)
                    .body("items[0]", equalTo("I can name one way the war still separates families today."))
                    .body("items.size()", equalTo(original.size()));
        } finally {
            given().auth().preemptive().basic("admin@demo.example", ApiTestBase.DEMO_PASSWORD).contentType("application/json")
                    .body(Map.of("items", original)).when().put("api/survey-templates/" + OTHER_FILM).then().statusCode(200);
        }
    }

    /** Clicks a button that asks for confirmation first, accepts it, and waits for the next page. */
    private void clickAndWaitForNextPage(By button, boolean confirm) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        driver.findElement(button).click();
        if (confirm) {
            driver.switchTo().alert().accept();
        }
        waitUntil().ignoring(org.openqa.selenium.WebDriverException.class).until(ExpectedConditions.stalenessOf(oldPage));
        waitUntil().until(d -> "complete".equals(script("return document.readyState;")));
    }

    /** Both widths: no sideways scrolling on a phone, no serious or critical axe violation where axe is at hand. */
    private WebElement cell(int typeRow, int bandColumn) {
        return driver.findElement(By.id("offer:rows:" + typeRow + ":cells:" + bandColumn + ":amount"));
    }

    private WebElement offerRow(int offer) {
        return driver.findElement(By.xpath("//tr[.//*[@data-offer='" + offer + "']]"));
    }

    private List<WebElement> statements() {
        return driver.findElements(By.cssSelector(".template-statements textarea"));
    }
}

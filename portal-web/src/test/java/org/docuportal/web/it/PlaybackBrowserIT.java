package org.docuportal.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.restassured.RestAssured;

/**
 * A licensed teacher opens the film from its page and Chromium really plays the sample: the
 * video's clock advances through decrypted HLS segments. With every other stream of the license
 * taken, one more browser is refused, and the page says why and who is watching.
 */
class PlaybackBrowserIT extends BrowserTestBase {

    @Test
    void aLicensedTeacherPlaysTheFilmAndOneBrowserBeyondTheCapIsRefused() throws Exception {
        RestAssured.baseURI = base.toString();
        LicensedInstitution school = LicensedInstitution.withStreamingLicense(PlaybackIT.FILM);

        signIn(driver, school.adminEmail());
        open("title.xhtml?slug=" + PlaybackIT.FILM);
        waitUntil().until(ExpectedConditions.elementToBeClickable(By.id("watchLink"))).click();
        waitUntil().until(ExpectedConditions.elementToBeClickable(By.id("playButton"))).click();

        // The sample is 12 seconds long; playing past 3 seconds means decryption and decoding work.
        new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage(() -> "the video did not play: " + playerState(driver))
                .until(d -> currentTime(d) > 3.0);
        // Paused at once, it keeps its stream; playing on, the 12-second sample would end and give the stream
        // back while a slow machine checks the chapters and starts the other browser (seen in CI under load).
        assertThat(script("var p = document.getElementById('player'); var was = p.paused; p.pause(); return was;"))
                .as("playing before the pause").isEqualTo(false);
        assertThat(ended(driver)).as("the sample has not ended").isFalse();
        waitUntil().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chapterList .chapter-link")));
        assertThat(driver.findElements(By.cssSelector("#chapterList .chapter-link"))).hasSize(3);
        screenshot("playing");

        // Two more streams in use elsewhere fill the cap of 3.
        PlaybackIT.start(school, PlaybackIT.FILM).then().statusCode(201);
        PlaybackIT.start(school, PlaybackIT.FILM).then().statusCode(201);

        Path otherProfile = Files.createTempDirectory("chromium-profile");
        WebDriver other = newBrowser(otherProfile);
        try {
            signIn(other, school.adminEmail());
            load(other, base + "watch.xhtml?slug=" + PlaybackIT.FILM);
            new WebDriverWait(other, Duration.ofSeconds(15))
                    .until(ExpectedConditions.elementToBeClickable(By.id("playButton"))).click();
            // 30 s: the refusal is one POST, but CI machines are shared and were seen taking longer than 15 s.
            new WebDriverWait(other, Duration.ofSeconds(30)).withMessage(() -> "no refusal shown: " + playerState(other))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("playerMessage"), "All 3 streams"));
            assertThat(other.findElements(By.cssSelector("#activeStreams li"))).hasSize(3);
            assertThat(currentTime(other)).isZero();
        } finally {
            other.quit();
            deleteRecursively(otherProfile);
        }
        // The first browser plays on.
        double before = currentTime(driver);
        script("document.getElementById('player').play();");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> currentTime(d) > before || ended(d));
    }

    @Test
    void aProgrammerRequestsAScreenerAndAnAdministratorApprovesItAndSendsTheLinkAgain() {
        open("title.xhtml?slug=" + PlaybackIT.FILM);
        clickAndWaitForNextPage(By.id("screenerLink"));
        clickAndWaitForNextPage(By.id("screener:submit"));
        // Every missing field is named beside the field.
        String form = driver.findElement(By.id("screener")).getText();
        assertThat(form).contains("Give your name.", "Give the organisation you work for.", "Give your role",
                "Say why you would like to see the film.", "Give an email address");
        screenshot("screener-errors");
        driver.findElement(By.id("screener:name")).sendKeys("Min-ji Park");
        driver.findElement(By.id("screener:organisation")).sendKeys("Example Documentary Festival");
        driver.findElement(By.id("screener:role")).sendKeys("Programmer");
        driver.findElement(By.id("screener:reason")).sendKeys("For our human-rights strand in spring.");
        driver.findElement(By.id("screener:email")).sendKeys("minji@festival.example");
        clickAndWaitForNextPage(By.id("screener:submit"));
        assertThat(driver.findElement(By.id("requested")).getText()).contains("Kim Il Sung's Children");
        screenshot("screener-sent");

        signIn(driver, "admin@demo.example", ApiTestBase.DEMO_PASSWORD);
        open("admin/screeners.xhtml");
        assertThat(driver.findElement(By.id("screeners:requests")).getText()).contains("Min-ji Park");
        clickAndWaitForNextPage(By.cssSelector(".approve-screener"));
        assertThat(driver.findElement(By.id("screeners:messages")).getText()).contains("Approved: Min-ji Park");
        screenshot("screener-approved");

        // Her mail got lost: the link is sent again, and the page says the old one stops working.
        clickAndWaitForNextPage(By.cssSelector(".send-link-again"));
        assertThat(driver.findElement(By.id("screeners:messages")).getText())
                .contains("A new link to \"Kim Il Sung's Children\" is on its way to Min-ji Park");
        checkAccessibility("screener-link-sent-again");
    }

    private void signIn(WebDriver browser, String email) {
        signIn(browser, email, LicensedInstitution.PASSWORD);
    }

    private void signIn(WebDriver browser, String email, String password) {
        load(browser, base + "login.xhtml");
        browser.findElement(By.id("login:email")).sendKeys(email);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("signOutForm")));
    }

    private static double currentTime(WebDriver browser) {
        Object time = ((JavascriptExecutor) browser).executeScript("return document.getElementById('player').currentTime;");
        return ((Number) time).doubleValue();
    }

    /** What the page and the video element say, for a failure message. */
    private static String playerState(WebDriver browser) {
        return String.valueOf(((JavascriptExecutor) browser).executeScript(
                "var v = document.getElementById('player'), m = document.getElementById('playerMessage');"
                        + "return 'message=' + (m && m.textContent) + ' readyState=' + v.readyState + ' time=' + v.currentTime"
                        + " + ' paused=' + v.paused + ' error=' + (v.error && v.error.code) + ' src=' + v.currentSrc"
                        + " + ' session=' + document.getElementById('playerBox').dataset.session;"));
    }

    private static boolean ended(WebDriver browser) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript("return document.getElementById('player').ended;"));
    }
}

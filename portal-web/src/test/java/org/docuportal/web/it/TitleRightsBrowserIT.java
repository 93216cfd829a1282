package org.docuportal.web.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.restassured.RestAssured;

/**
 * The distributor's rights page in a browser: a window is ended early after a preview that names
 * the license it would leave outside the rights; the saved change appears in the history and the
 * license among the flagged ones. Unknown titles get a not-found message, not an error page.
 */
class TitleRightsBrowserIT extends BrowserTestBase {

    @BeforeEach
    void pointRestAssuredAtTheServer() {
        RestAssured.baseURI = base.toString();
    }

    @Test
    void anAdministratorEndsAWindowEarlyAfterSeeingTheLicenseItWouldLeaveOutside() {
        String slug = TestTitles.create("rights-page");
        TestTitles.addWindow(slug, "EDUCATIONAL", "KR", "2020-01-01", null);
        TestTitles.addStreamingOffer(slug);
        LicensedInstitution school = LicensedInstitution.withStreamingLicense(slug);
        String reference = String.format("L-%06d", school.licenseId());
        LocalDate newEnd = LocalDate.now().plusMonths(3);

        signInAs(TestTitles.ADMIN, ApiTestBase.DEMO_PASSWORD);
        open("admin/title-rights.xhtml?slug=" + slug);
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("windows:windowTable"), "KR"));
        assertTrue(driver.findElement(By.cssSelector(".title-tabs a.current")).getText().contains("Rights"));
        screenshot("windows");

        clickAndWaitForNextPage(By.cssSelector(".select-window"));
        WebElement end = driver.findElement(By.id("change:endDate"));
        end.clear();
        end.sendKeys(newEnd.toString());
        driver.findElement(By.id("change:reason")).sendKeys("The producer's rights end sooner");
        clickAndWaitForNextPage(By.id("change:previewButton"));
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("change:affected"), reference));
        screenshot("preview");

        clickAndWaitForNextPage(By.id("change:confirm"));
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("flagged"), reference));
        String history = driver.findElement(By.id("history")).getText();
        assertTrue(history.contains("Ended early") && history.contains("The producer's rights end sooner")
                && history.contains(newEnd.toString()), history);
        assertTrue(driver.findElement(By.id("windows:windowTable")).getText().contains(newEnd.toString()));
        assertFalse(scrollsHorizontally(), "the page fits 1280 px");
        screenshot("saved");

        usePhoneWindow();
        assertFalse(scrollsHorizontally(), "the page fits a phone");
        screenshot("phone");
    }

    @Test
    void aReasonIsRequiredAndUnknownTitlesAreNotFound() {
        String slug = TestTitles.create("rights-page");
        signInAs(TestTitles.ADMIN, ApiTestBase.DEMO_PASSWORD);
        open("admin/title-rights.xhtml?slug=" + slug);
        driver.findElement(By.id("add:territory")).sendKeys("KR;JP");
        driver.findElement(By.id("add:startDate")).sendKeys("2024-01-01");
        clickAndWaitForNextPage(By.id("add:addButton"));
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("add:reasonMessage"), "reason"));
        driver.findElement(By.id("add:reason")).sendKeys("Signed with the producer");
        clickAndWaitForNextPage(By.id("add:addButton"));
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("windows:windowTable"), "JP, KR"));
        assertTrue(driver.findElement(By.id("history")).getText().contains("Signed with the producer"));

        // Withdrawing: choose it, preview (no license of this title), confirm; the window is gone, the history keeps it.
        clickAndWaitForNextPage(By.cssSelector(".select-window"));
        chooseWithdraw();
        driver.findElement(By.id("change:reason")).sendKeys("Granted by mistake");
        clickAndWaitForNextPage(By.id("change:previewButton"));
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("change:previewNone"), "No running license"));
        clickAndWaitForNextPage(By.id("change:confirm"));
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("history"), "Granted by mistake"));
        assertTrue(driver.findElement(By.id("history")).getText().contains("Withdrawn"));
        assertTrue(driver.findElement(By.id("windows:windowTable")).getText().contains("No rights windows yet"));

        open("admin/title-rights.xhtml?slug=no-such-title");
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("notFound"), "no-such-title"));
        open("admin/title-rights.xhtml");
        waitUntil().until(ExpectedConditions.presenceOfElementLocated(By.id("notFound")));
        open("admin/title-rights.xhtml?slug=%00%27");
        waitUntil().until(ExpectedConditions.presenceOfElementLocated(By.id("notFound")));
    }

    /**
     * Picks "Withdraw" in the PrimeFaces select. A click that lands while its panel is still fading in is
     * lost, or refused as "element has zero size" (both seen in CI, on a busy machine): open it, wait until
     * the panel is shown, click, and try again where the click was refused or the form did not switch.
     */
    private void chooseWithdraw() {
        By withdraw = By.cssSelector("#change\\:mode_items li[data-label^='Withdraw']");
        for (int attempt = 1; ; attempt++) {
            try {
                if (!driver.findElement(By.id("change:mode_panel")).isDisplayed()) {
                    driver.findElement(By.id("change:mode")).click();
                }
                waitUntil().until(ExpectedConditions.visibilityOfElementLocated(By.id("change:mode_panel")));
                waitUntil().until(ExpectedConditions.elementToBeClickable(withdraw)).click();
                new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(5))
                        .until(ExpectedConditions.invisibilityOfElementLocated(By.id("change:territory")));
                return;
            } catch (org.openqa.selenium.ElementNotInteractableException | org.openqa.selenium.TimeoutException
                    | org.openqa.selenium.StaleElementReferenceException missed) {
                if (attempt == 4) {
                    throw missed;
                }
                sleepQuietly(500);
            }
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

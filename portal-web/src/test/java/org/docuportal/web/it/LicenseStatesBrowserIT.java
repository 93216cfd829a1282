package org.docuportal.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * The licenses page and the title page as a member of a school of the test's own sees them: each
 * license's state (Scheduled before its first day), the days left or until the start, Watch for
 * the one that streams today, Renew opening a quote from the day after the end, with a warning
 * naming the license that already holds some of those days; and, where the school streams only on
 * campus, a notice instead of Play for a viewer off campus (the browser is at 127.0.0.1, outside
 * the school's 198.51.100.0/24).
 */
class LicenseStatesBrowserIT extends BrowserTestBase {

    private static final String FILM = "kim-il-sungs-children";

    @BeforeEach
    void apiOfTheSamePortal() {
        // The set-up buys through the API; nothing else sets its address when this class runs alone.
        RestAssured.baseURI = base.toString();
    }

    @Test
    void theLicensesPageShowsStateDaysWatchAndRenewAtBothSizes() {
        TestInstitution school = TestInstitution.approvedSchoolInKorea();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        JsonPath active = TestPurchases.license(school.adminEmail(), TestInstitution.PASSWORD, FILM, "CLASSROOM_STREAMING", 12, today);
        JsonPath scheduled = TestPurchases.license(school.adminEmail(), TestInstitution.PASSWORD, FILM, "CLASSROOM_STREAMING", 12,
                today.plusMonths(1));

        signInAs(school.adminEmail(), TestInstitution.PASSWORD);
        open("purchase/licenses.xhtml");
        for (var viewport : List.of(DESKTOP, PHONE)) {
            useViewport(viewport);
            WebElement activeRow = row(active.getString("reference"));
            assertThat(activeRow.findElement(By.cssSelector(".license-status")).getText()).isEqualTo("Active");
            assertThat(activeRow.findElement(By.cssSelector(".license-days")).getText()).endsWith("days left");
            WebElement watch = activeRow.findElement(By.cssSelector(".watch-link"));
            assertThat(watch.isDisplayed()).isTrue();
            assertThat(watch.getAttribute("href")).contains("watch.xhtml").contains("slug=" + FILM);
            assertThat(activeRow.findElement(By.cssSelector(".renew-button")).isDisplayed()).isTrue();

            WebElement scheduledRow = row(scheduled.getString("reference"));
            assertThat(scheduledRow.findElement(By.cssSelector(".license-status")).getText()).isEqualTo("Scheduled");
            assertThat(scheduledRow.findElement(By.cssSelector(".license-days")).getText()).startsWith("Starts in").endsWith("days");
            assertThat(scheduledRow.findElements(By.cssSelector(".watch-link"))).as("nothing to watch before the start").isEmpty();
            assertThat(scrollsHorizontally()).as("sideways scrolling at " + viewport.getWidth() + " px").isFalse();
        }
        useViewport(DESKTOP);
        checkAccessibility("licenses");

        WebElement renew = row(active.getString("reference")).findElement(By.cssSelector(".renew-button"));
        WebElement page = driver.findElement(By.tagName("html"));
        renew.click();
        waitUntil().until(ExpectedConditions.stalenessOf(page));
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("quoteHeading"), "Q-"));
        LocalDate activeEnd = LocalDate.parse(active.getString("end"));
        assertThat(driver.findElement(By.cssSelector("dl.details")).getText())
                .contains(activeEnd.plusDays(1) + " – " + activeEnd.plusMonths(12));
        // The renewed term shares days with the license bought for next month: the quote says which, before any order.
        assertThat(driver.findElement(By.id("overlapWarning")).getText())
                .contains(scheduled.getString("reference"))
                .contains(scheduled.getString("start") + " – " + scheduled.getString("end"))
                .contains("Scheduled");
        checkAccessibility("renewal-quote");
    }

    @Test
    void offCampusTheTitlePageSaysWhyInsteadOfOfferingPlay() {
        LicensedInstitution school = LicensedInstitution.withStreamingLicense(FILM);
        campusOnly(school, true);
        try {
            signInAs(school.adminEmail(), LicensedInstitution.PASSWORD);
            open("title.xhtml?slug=" + FILM);
            String notice = waitUntil().until(ExpectedConditions.visibilityOfElementLocated(By.id("offCampusNotice"))).getText();
            assertThat(notice).contains("allows streaming only on campus").contains("not one of its IP ranges");
            assertThat(driver.findElements(By.id("watchLink"))).as("no Play button off campus").isEmpty();
            checkAccessibility("off-campus");
            // The player page, where the licenses page's Watch leads, says the same before Play is pressed.
            open("watch.xhtml?slug=" + FILM);
            assertThat(waitUntil().until(ExpectedConditions.visibilityOfElementLocated(By.id("offCampusNotice"))).getText())
                    .contains("allows streaming only on campus");

            campusOnly(school, false);
            open("title.xhtml?slug=" + FILM);
            waitUntil().until(ExpectedConditions.elementToBeClickable(By.id("watchLink")));
            assertThat(driver.findElements(By.id("offCampusNotice"))).isEmpty();
        } finally {
            campusOnly(school, false);
        }
    }

    private static void campusOnly(LicensedInstitution school, boolean on) {
        school.asAdmin().contentType("application/json").body(Map.of("streamOnCampusOnly", on))
                .when().put("api/institution/settings").then().statusCode(200);
    }

    /** The licenses table's row of the license with that reference. */
    private WebElement row(String reference) {
        return waitUntil().until(d -> d.findElements(By.cssSelector("tr.license-row")).stream()
                .filter(r -> r.getText().contains(reference)).findFirst().orElse(null));
    }
}

package org.docuportal.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The usage dashboard in Chromium: the platform administrator reaches it from the menu and sees the
 * demo plays as charts (drawn on their canvases) and a table by film, institution, country and month,
 * with the CSV to download; the school's administrator sees only the school; a bad period says which
 * field is wrong.
 */
class UsageDashboardBrowserIT extends BrowserTestBase {

    @Test
    void thePlatformAdministratorSeesChartsAndATableOfEveryonesUsage() {
        signInAs("admin@demo.example", ApiTestBase.DEMO_PASSWORD);
        clickAndWaitForNextPage(By.linkText("Usage"));
        assertThat(driver.getCurrentUrl()).contains("reports/usage.xhtml");
        assertThat(driver.findElement(By.id("usageScope")).getText()).contains("All institutions");

        WebElement canvas = waitUntil().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#titleChart canvas")));
        // Chart.js has drawn: the canvas has a size and is not blank.
        waitUntil().until(d -> (Boolean) script("var c = arguments[0]; var px = c.getContext('2d')"
                + ".getImageData(0, 0, c.width, c.height).data; for (var i = 3; i < px.length; i += 4) { if (px[i] > 0) return true; }"
                + " return false;", canvas));
        assertThat(driver.findElements(By.cssSelector("#monthChart canvas"))).hasSize(1);

        List<WebElement> rows = driver.findElements(By.cssSelector("#usage\\:rows tbody tr"));
        assertThat(rows).isNotEmpty();
        String table = driver.findElement(By.id("usage:rows")).getText();
        assertThat(table).contains("Kim Il Sung's Children").contains("Demo Secondary School").contains("Demo Army Training Command");
        assertThat(Integer.parseInt(driver.findElement(By.cssSelector("#usageTotals dd")).getText())).isPositive();
        assertThat(driver.findElement(By.id("downloadCsv")).getAttribute("href")).contains("api/reports/usage?from=").endsWith("&format=csv");
        screenshot("platform-dashboard");
    }

    @Test
    void aSchoolAdministratorSeesTheirSchoolOnlyAndABadPeriodNamesTheField() {
        signInAs("schooladmin@demo.example", ApiTestBase.DEMO_PASSWORD);
        open("reports/usage.xhtml");
        assertThat(driver.findElement(By.id("usageScope")).getText()).contains("Demo Secondary School");
        waitUntil().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#titleChart canvas")));
        String table = driver.findElement(By.id("usage:rows")).getText();
        assertThat(table).contains("Kim Il Sung's Children").doesNotContain("Demo Army Training Command").doesNotContain("Screeners");
        screenshot("school-dashboard");

        open("reports/usage.xhtml?from=2026-05&to=2026-01");
        assertThat(driver.findElement(By.id("messages")).getText()).contains("from (2026-05) is after to (2026-01)");
        assertThat(driver.findElements(By.id("usage:rows"))).isEmpty();
        screenshot("bad-period");
    }
}

package org.docuportal.web.it;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The pages issue 12 added, looked at as their users would at 1280 and 390 px, with axe-core where
 * it is at hand: a teacher's "Your data" section, the platform administrator's payment alerts and
 * orders, and the notice a stale form brings back.
 */
class AccountDataAndAlertsBrowserIT extends BrowserTestBase {

    @Test
    void aTeacherFindsHerDataAndTheWayToDeleteHerAccount() {
        signInAs("teacher@demo.example", "demo-password");
        open("account/tokens.xhtml");
        assertThat(driver.findElement(By.id("yourData")).getText()).contains("Download");
        assertThat(driver.findElement(By.id("download")).getAttribute("href")).endsWith("/api/me/data");
        checkAccessibility("your-data");
    }

    @Test
    void aPlatformAdministratorSeesPaymentAlertsAndThePaymentRequestOfEachOrder() {
        signInAs("admin@demo.example", "demo-password");
        open("admin/payment-alerts.xhtml");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isNotBlank();
        checkAccessibility("payment-alerts");
        open("admin/orders.xhtml");
        checkAccessibility("orders");
    }

    @Test
    void aFormSentFromAStaleCopyComesBackWithANotice() {
        open("login.xhtml");
        // The view state a long-open tab would send after the server forgot it.
        script("document.querySelector('input[name=\"jakarta.faces.ViewState\"]').value = 'forgotten-state';");
        driver.findElement(By.id("login:email")).sendKeys("teacher@demo.example");
        driver.findElement(By.id("login:password")).sendKeys("demo-password");
        clickAndWaitForNextPage(By.id("login:submit"));
        assertThat(driver.findElement(By.cssSelector("main .notice")).getText()).contains("loaded again");
        checkAccessibility("stale-form-notice");
    }

    /** At 1280 and 390 px: no sideways scrolling on a phone and, where axe-core is at hand, no serious violation. */
}

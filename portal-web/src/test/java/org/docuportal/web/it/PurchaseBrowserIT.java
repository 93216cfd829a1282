package org.docuportal.web.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The purchase-order journey in a browser on the embedded default: a teacher sees the verdict
 * and the offers on the film's page, gets a quote, orders it with a PO number; a platform
 * administrator records the payment; the teacher finds the active license.
 */
class PurchaseBrowserIT extends BrowserTestBase {

    @Test
    void aTeacherBuysAClassroomLicenseByPurchaseOrder() {
        signIn("teacher@demo.example");
        open("title.xhtml?slug=kim-il-sungs-children");
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("verdict"), "eligible"));
        driver.findElements(By.cssSelector(".quote-button")).get(0).click();

        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("quoteHeading"), "Q-"));
        assertTrue(driver.findElement(By.id("quoteTotal")).getText().contains("USD"));
        screenshot("quote");
        driver.findElement(By.id("order:purchaseOrderNumber")).sendKeys("PO-BROWSER-7");
        clickAndWaitForNextPage(By.id("order:placeOrder"));
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("orderPlaced"), "PO-BROWSER-7"));
        screenshot("ordered");

        signOut();
        signIn("admin@demo.example");
        open("admin/orders.xhtml");
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("orders:awaiting"), "PO-BROWSER-7"));
        screenshot("awaiting");
        // This order's row: earlier tests leave other orders awaiting payment (one starting next week, say).
        clickAndWaitForNextPage(By.xpath("//tr[contains(., 'PO-BROWSER-7')]//*[contains(@class, 'record-payment')]"));
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("orders"), "Payment recorded"));

        signOut();
        signIn("teacher@demo.example");
        open("purchase/licenses.xhtml");
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("licenses"), "Active"));
        screenshot("licenses");
    }

    private void signIn(String email) {
        signInAs(email, "demo-password");
    }

    private void signOut() {
        driver.findElement(By.id("signOutForm:signOut")).click();
        waitUntil().until(ExpectedConditions.presenceOfElementLocated(By.linkText("Sign in")));
    }
}

package org.docuportal.web.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.docuportal.payment.infrastructure.StripeStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The card path in a browser, up to the redirect to Stripe's payment page (served here by the
 * local Stripe stub's session, whose page lies outside this closed network).
 */
class CardCheckoutBrowserStripeIT extends BrowserTestBase {

    private static StripeStub stripe;

    @BeforeAll
    static void startStripeStub() {
        stripe = new StripeStub(Integer.parseInt(System.getProperty("it.stripe.port", "12111"))).start();
    }

    @AfterAll
    static void stopStripeStub() {
        stripe.stop();
    }

    @Test
    void aTeacherOrderingByCardIsSentToStripesCheckoutPage() {
        open("login.xhtml");
        driver.findElement(By.id("login:email")).sendKeys("teacher@demo.example");
        driver.findElement(By.id("login:password")).sendKeys("demo-password");
        driver.findElement(By.id("login:submit")).click();
        waitUntil().until(ExpectedConditions.presenceOfElementLocated(By.id("signOutForm")));

        open("title.xhtml?slug=kim-il-sungs-children");
        waitUntil().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".quote-button")));
        driver.findElements(By.cssSelector(".quote-button")).get(0).click();
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("quoteHeading"), "Q-"));

        new Select(driver.findElement(By.id("order:method"))).selectByValue("stripe-card");
        screenshot("quote-with-card");
        driver.findElement(By.id("order:placeOrder")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().startsWith(StripeStub.CHECKOUT_URL));
        assertTrue(stripe.requestLines().stream().anyMatch(l -> l.contains("/v1/checkout/sessions")));
    }
}

package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import io.restassured.specification.RequestSpecification;

/**
 * The staff page and the set-password page as a person uses them: a platform administrator
 * invites a reviewer (a missing address is named), the invited person chooses a password twice
 * (a mismatch is named) and signs in, and the administrator disables and enables the account,
 * each time confirming first.
 */
class StaffBrowserIT extends BrowserTestBase {

    private static final String PASSWORD = "a reviewer's long password";

    @RegisterExtension
    static final TestSmtpServer smtp = TestSmtpServer.forTheClass();

    @Test
    void anAdministratorInvitesAReviewerWhoSetsAPasswordAndIsThenDisabledAndEnabled() throws Exception {
        String email = "browser-" + UUID.randomUUID().toString().substring(0, 8) + "@distributor.example";
        signInAs("admin@demo.example", "demo-password");
        open("admin/staff.xhtml");
        waitUntil().until(ExpectedConditions.presenceOfElementLocated(By.id("staff:list")));

        clickAndWaitForNextPage(By.id("staff:invite"));
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("staff"), "Give the email address"));

        driver.findElement(By.id("staff:email")).sendKeys(email);
        new Select(driver.findElement(By.id("staff:role"))).selectByVisibleText("Reviewer");
        clickAndWaitForNextPage(By.id("staff:invite"));
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("staff"), "An invitation was sent to " + email));
        assertTrue(driver.findElement(By.id("staff:pending")).getText().contains(email), "listed among the invitations not used yet");
        screenshot("invited");

        // The invited person, in their own session: the link, a mismatch, then the password twice.
        String token = StaffIT.tokenFromMail(smtp, email, "reviewer");
        driver.manage().deleteAllCookies();
        open("set-password.xhtml?token=" + token);
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("purpose"), email));
        driver.findElement(By.id("setPassword:name")).sendKeys("Browser Reviewer");
        driver.findElement(By.id("setPassword:password")).sendKeys(PASSWORD);
        driver.findElement(By.id("setPassword:confirmation")).sendKeys("something else entirely");
        clickAndWaitForNextPage(By.id("setPassword:submit"));
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("setPassword"), "The two passwords differ"));
        usePhoneWindow();
        assertFalse(scrollsHorizontally(), "the set-password page fits a phone");
        screenshot("mismatch-phone");
        useViewport(DESKTOP);
        driver.findElement(By.id("setPassword:password")).sendKeys(PASSWORD);
        driver.findElement(By.id("setPassword:confirmation")).sendKeys(PASSWORD);
        clickAndWaitForNextPage(By.id("setPassword:submit"));
        waitUntil().until(ExpectedConditions.presenceOfElementLocated(By.id("done")));
        signInAs(email, PASSWORD);

        // The administrator disables the account, confirming first; the reviewer can no longer sign in.
        driver.manage().deleteAllCookies();
        signInAs("admin@demo.example", "demo-password");
        open("admin/staff.xhtml");
        By row = By.xpath("//tr[td[contains(., '" + email + "')]]");
        waitUntil().until(ExpectedConditions.presenceOfElementLocated(row));
        driver.findElement(row).findElement(By.cssSelector(".disable-staff")).click();
        waitUntil().until(ExpectedConditions.alertIsPresent()).accept();
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("staff"), email + " is disabled"));
        assertTrue(driver.findElement(row).getText().contains("Disabled"), driver.findElement(row).getText());
        api().auth().preemptive().basic(email, PASSWORD).when().get("api/me/tokens").then().statusCode(401);
        usePhoneWindow();
        assertFalse(scrollsHorizontally(), "the staff page fits a phone");
        screenshot("disabled-phone");
        useViewport(DESKTOP);

        driver.findElement(row).findElement(By.cssSelector(".enable-staff")).click();
        waitUntil().until(ExpectedConditions.alertIsPresent()).accept();
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("staff"), email + " is enabled again"));
        api().auth().preemptive().basic(email, PASSWORD).when().get("api/me/tokens").then().statusCode(200);
        screenshot("enabled");
    }

    private RequestSpecification api() {
        return given().baseUri(base.toString());
    }

    @Test
    void anUnusableLinkSaysSoAndNothingMore() {
        open("set-password.xhtml?token=" + UUID.randomUUID());
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("problem"), "This link is not valid"));
        assertTrue(driver.findElements(By.id("setPassword")).isEmpty(), "no form for an unusable link");
        api().contentType("application/json").body(Map.of("token", "x")).when().post("api/staff-links/acceptance")
                .then().statusCode(404);
    }
}

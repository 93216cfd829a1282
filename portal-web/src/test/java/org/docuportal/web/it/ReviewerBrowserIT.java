package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A reviewer signs in, finds a pending institution in the queue, reads its evidence and
 * approves it with a reason, which then stands in the audit trail; a decision without a
 * reason is refused on the page, naming the field.
 */
class ReviewerBrowserIT extends BrowserTestBase {

    @Test
    void aReviewerApprovesAPendingInstitutionWithAReason() {
        String name = "Browser Test School " + UUID.randomUUID().toString().substring(0, 8);
        registerThroughTheApi(name);

        signIn("reviewer@demo.example");
        open("review/index.xhtml");
        WebElement row = waitUntil().until(ExpectedConditions.elementToBeClickable(By.linkText(name)));
        screenshot("queue");
        row.click();
        waitUntil().until(ExpectedConditions.textToBe(By.id("institutionName"), name));
        assertEquals("Pending", driver.findElement(By.id("institutionStatus")).getText());
        assertTrue(driver.findElement(By.id("emailDomains")).getText().startsWith("browser-"),
                "the reviewer sees the domains to check");

        // Without a reason the decision is refused, and the page says which field is missing.
        new Select(driver.findElement(By.id("decisionForm:decision"))).selectByVisibleText("Approve");
        clickAndWaitForNextPage(By.id("decisionForm:submitDecision"));
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("decisionForm"), "Give the reason"));
        assertEquals("Pending", driver.findElement(By.id("institutionStatus")).getText());
        screenshot("reason-missing");

        new Select(driver.findElement(By.id("decisionForm:decision"))).selectByVisibleText("Approve");
        driver.findElement(By.id("decisionForm:reason")).sendKeys("URN checked against the school register");
        clickAndWaitForNextPage(By.id("decisionForm:submitDecision"));
        waitUntil().until(ExpectedConditions.textToBe(By.id("institutionStatus"), "Verified"));
        String trail = driver.findElement(By.id("trail")).getText();
        assertTrue(trail.contains("URN checked against the school register"), trail);
        assertTrue(trail.contains("reviewer@demo.example"), trail);
        screenshot("approved");

        open("review/index.xhtml?status=VERIFIED");
        waitUntil().until(ExpectedConditions.presenceOfElementLocated(By.linkText(name)));
    }

    private void registerThroughTheApi(String name) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> registration = new java.util.LinkedHashMap<>();
        registration.put("name", name);
        registration.put("type", "K12_SCHOOL");
        registration.put("country", "GB");
        registration.put("address", "3 Example Road, York");
        registration.put("registryId", "123456");
        registration.put("emailDomains", List.of("browser-" + tag + ".example"));
        registration.put("sizeBand", "UP_TO_500");
        registration.put("adminName", "Head Teacher");
        registration.put("adminEmail", "head@browser-" + tag + ".example");
        registration.put("adminPassword", "correct horse battery");
        given().baseUri(base.toString()).contentType("application/json").body(registration)
                .when().post("api/institutions").then().statusCode(202);
    }

    private void signIn(String email) {
        signInAs(email, "demo-password");
    }
}

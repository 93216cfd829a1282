package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A platform administrator finds a mail the mail server refused on the Mail outbox page, with the
 * error, and sends it with "Retry now" once the server is back; at 1280 and 390 px.
 */
class MailOutboxBrowserIT extends BrowserTestBase {

    @RegisterExtension
    static final TestSmtpServer smtp = TestSmtpServer.forTheClass();

    @Test
    void aRefusedMailIsListedWithItsErrorAndRetryNowSendsIt() throws Exception {
        String email = "outbox-page-" + UUID.randomUUID().toString().substring(0, 8) + "@school.demo.example";
        smtp.stop();
        try {
            given().baseUri(base.toString()).auth().preemptive().basic("schooladmin@demo.example", "demo-password")
                    .contentType("application/json").body(Map.of("email", email, "role", "TEACHER"))
                    .when().post("api/institution/invitations").then().statusCode(202);
            signInAs("admin@demo.example", "demo-password");
            By row = By.xpath("//tr[td[contains(., '" + email + "')]]");
            By refused = By.xpath("//tr[td[contains(., '" + email + "')]]//span[@class='outbox-error' and normalize-space(.) != '']");
            long deadline = System.currentTimeMillis() + 15_000;
            do {
                open("admin/mail-outbox.xhtml");
            } while (driver.findElements(refused).isEmpty() && System.currentTimeMillis() < deadline && pause());
            WebElement listed = driver.findElement(row);
            assertThat(listed.findElement(By.className("outbox-subject")).getText()).contains("Join");
            assertThat(listed.findElement(By.className("outbox-error")).getText()).as("the mail server's refusal").isNotBlank();
            assertThat(listed.getText()).as("never the body, which holds the join link").doesNotContain("token=");
            checkAccessibility("mail-outbox");
            assertThat(driver.findElement(By.cssSelector(".scheduled-rounds")).getText())
                    .as("the scheduled rounds under the outbox").contains("Licenses: starts, renewal reminders, expiries (hourly)")
                    .contains("Privacy retention");

            smtp.restart();
            clickAndWaitForNextPage(By.xpath("//tr[td[contains(., '" + email + "')]]//button[contains(@class, 'retry-mail')]"));
            assertThat(driver.findElement(By.cssSelector("#outbox\\:messages")).getText()).contains("sent within a few seconds");
            smtp.await(email, "Join");
        } finally {
            smtp.restart();
        }
    }

    private static boolean pause() {
        try {
            Thread.sleep(500);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The "Email" section of My account, as a reviewer uses it at 1280 and 390 px: she turns the news
 * off, the page says it is saved, and the choice holds after a reload and in the API.
 */
class MailPreferencesBrowserIT extends BrowserTestBase {

    private static final String REVIEWER = "reviewer@demo.example";

    @Test
    void aPersonTurnsNewsOffOnHerAccountPageAndItStaysOff() {
        signInAs(REVIEWER, "demo-password");
        open("account/tokens.xhtml#email");
        assertThat(driver.findElement(By.id("email")).getText()).contains("always comes").contains("Reminders");
        assertThat(driver.findElement(By.id("emailForm:news")).isSelected()).isTrue();
        checkAccessibility("email-settings");
        try {
            driver.findElement(By.id("emailForm:news")).click();
            clickAndWaitForNextPage(By.id("emailForm:save"));
            assertThat(driver.findElement(By.id("email")).getText()).contains("Your email settings are saved.");

            open("account/tokens.xhtml");
            assertThat(driver.findElement(By.id("emailForm:news")).isSelected()).isFalse();
            assertThat(driver.findElement(By.id("emailForm:reminders")).isSelected()).isTrue();
            given().baseUri(base.toString()).auth().preemptive().basic(REVIEWER, "demo-password")
                    .when().get("api/me/mail-preferences").then().statusCode(200)
                    .body("news", equalTo(false)).body("reminders", equalTo(true));
        } finally {
            given().baseUri(base.toString()).auth().preemptive().basic(REVIEWER, "demo-password")
                    .contentType("application/json").body("{\"news\": true, \"reminders\": true}")
                    .when().put("api/me/mail-preferences").then().statusCode(200);
        }
    }
}

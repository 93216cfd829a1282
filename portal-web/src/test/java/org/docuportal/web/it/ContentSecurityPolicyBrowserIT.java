package org.docuportal.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The Content-Security-Policy in a real browser: it stops a script that was not sent with the page,
 * and what the pages do without inline handlers (JSF's links, the country check) still works.
 * Every browser test also fails on any violation its pages report (see {@link BrowserTestBase}).
 */
class ContentSecurityPolicyBrowserIT extends BrowserTestBase {

    @Test
    void anInjectedInlineScriptIsBlockedAndReported() {
        open("login.xhtml");
        script("var s = document.createElement('script'); s.textContent = 'window.injected = true;';"
                + " document.body.appendChild(s);");

        assertThat(script("return window.injected === true;")).isEqualTo(false);
        assertThat(cspViolations(driver)).as("the console reports the blocked script")
                .anySatisfy(message -> assertThat(message).contains("script-src"));
    }

    @Test
    void choosingACountryOnATitlePageChecksItWithoutAnInlineHandler() {
        open("title.xhtml?slug=kim-il-sungs-children");
        new Select(driver.findElement(By.id("checkCountry"))).selectByValue("KR");
        waitUntil().until(ExpectedConditions.urlContains("country=KR"));
    }

    @Test
    void signingOutThroughAJsfLinkWorks() {
        signInAs("teacher@demo.example", "demo-password");
        driver.findElement(By.id("signOutForm:signOut")).click();
        waitUntil().until(ExpectedConditions.invisibilityOfElementLocated(By.id("signOutForm")));
        assertThat(driver.findElements(By.id("signOutForm"))).isEmpty();
    }
}

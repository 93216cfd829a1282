package org.docuportal.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import io.restassured.RestAssured;

/**
 * A platform administrator finds an institution administrator's change of a setting on the Audit
 * log page — reached from the navigation — by filtering on the action and the institution, reads
 * who made it and the setting before and after with the changed row marked, and is told which
 * filter is wrong when one is; at 1280 and 390 px.
 */
class AuditLogBrowserIT extends BrowserTestBase {

    @Test
    void aSettingChangeIsFoundByItsFiltersWithBeforeAndAfterSideBySide() {
        RestAssured.baseURI = base.toString();
        TestInstitution school = TestInstitution.approvedSchoolInKorea();
        school.requirePurchaseApproval(true);

        signInAs("admin@demo.example", "demo-password");
        clickAndWaitForNextPage(By.linkText("Audit log"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Audit log");
        new Select(driver.findElement(By.id("audit:action"))).selectByValue("INSTITUTION_SETTINGS_CHANGED");
        driver.findElement(By.id("audit:institution")).sendKeys(String.valueOf(school.id()));
        clickAndWaitForNextPage(By.id("audit:filter"));

        List<WebElement> entries = driver.findElements(By.className("audit-entry"));
        assertThat(entries).hasSize(1);
        WebElement entry = entries.get(0);
        assertThat(entry.findElement(By.className("audit-action")).getText()).isEqualTo("Institution settings changed");
        assertThat(entry.findElement(By.className("audit-actor")).getText()).contains(school.adminEmail()).contains("Institution administrator");
        assertThat(entry.findElement(By.className("audit-institution")).getText()).contains(school.name());
        WebElement changed = entry.findElement(By.cssSelector("tr.audit-changed"));
        assertThat(changed.findElement(By.tagName("th")).getText()).startsWith("Purchase approval required");
        assertThat(changed.findElement(By.className("audit-before")).getText()).isEqualTo("false");
        assertThat(changed.findElement(By.className("audit-after")).getText()).isEqualTo("true");
        assertThat(entry.findElements(By.cssSelector("tr.audit-changed"))).as("only the setting that changed is marked").hasSize(1);
        assertThat(driver.findElement(By.id("auditCount")).getText()).isEqualTo("One change matches");
        checkAccessibility("audit-log");

        WebElement institution = driver.findElement(By.id("audit:institution"));
        institution.clear();
        institution.sendKeys("twelve");
        clickAndWaitForNextPage(By.id("audit:filter"));
        assertThat(driver.findElement(By.id("audit:messages")).getText()).contains("institution must be an institution's number");
        assertThat(driver.findElements(By.className("audit-entry"))).as("the last good listing stays").hasSize(1);

        clickAndWaitForNextPage(By.id("audit:clear"));
        assertThat(driver.findElements(By.className("audit-entry"))).hasSizeGreaterThan(1);
        assertThat(driver.findElement(By.id("audit:institution")).getAttribute("value")).isEmpty();
    }
}

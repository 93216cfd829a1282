package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.icegreen.greenmail.util.GreenMailUtil;

import io.restassured.RestAssured;

/**
 * Forms that say what is wrong and pages that fit a phone: the registration form names every bad
 * value at its field and its summary counts exactly those; an administrator lists, resends and
 * revokes invitations, and a revoked link says so; a wider IP range goes to the reviewers, who see
 * it as old → new; the policy log, the screenings page (whose counts refresh by themselves) and
 * the offers tables fit 390 px.
 */
class FormsBrowserIT extends BrowserTestBase {

    private static final String FILM = "kim-il-sungs-children";
    private static final Pattern TOKEN = Pattern.compile("join\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    @RegisterExtension
    static final TestSmtpServer smtp = TestSmtpServer.forTheClass();

    @BeforeEach
    void pointRestAssuredAtTheServer() {
        RestAssured.baseURI = base.toString();
    }

    @Test
    void theRegistrationFormNamesEveryBadValueAndItsSummaryCountsWhatItShows() {
        open("register.xhtml");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        driver.findElement(By.id("registration:name")).sendKeys("Browser Forms School " + tag);
        new Select(driver.findElement(By.id("registration:type"))).selectByValue("K12_SCHOOL");
        new Select(driver.findElement(By.id("registration:country"))).selectByValue("KR");
        driver.findElement(By.id("registration:address")).sendKeys("1 Test-ro, Seoul");
        new Select(driver.findElement(By.id("registration:sizeBand"))).selectByValue("UP_TO_500");
        driver.findElement(By.id("registration:emailDomains")).sendKeys("forms-" + tag + ".example\nbad_one\nno_tld\n-x-");
        driver.findElement(By.id("registration:ipRanges")).sendKeys("192.0.2.0/24\n300.1.1.1/8\n10.0.0.0/33");
        driver.findElement(By.id("registration:adminName")).sendKeys("Head Teacher");
        driver.findElement(By.id("registration:adminEmail")).sendKeys("x@y");
        driver.findElement(By.id("registration:adminPassword")).sendKeys(TestInstitution.PASSWORD);
        clickAndWaitForNextPage(By.id("registration:submit"));

        String summary = driver.findElement(By.id("registration:summary")).getText();
        List<String> fieldMessages = driver.findElements(By.cssSelector(
                        "#registration .ui-message-error, #registration [id$='Messages'] li"))
                .stream().map(WebElement::getText).filter(t -> !t.isBlank()).toList();
        assertThat(summary).contains("The registration has " + fieldMessages.size() + " problems.");
        assertThat(fieldMessages).hasSize(6);
        assertThat(driver.findElement(By.id("registration:emailDomainsMessages")).getText())
                .contains("“bad_one”", "“no_tld”", "“-x-”");
        assertThat(driver.findElement(By.id("registration:ipRangesMessages")).getText())
                .contains("“300.1.1.1/8”", "“10.0.0.0/33”");
        assertThat(driver.findElement(By.cssSelector("#registration .ui-message-error")).getText())
                .contains("“x@y” is not a valid email address");
        checkAccessibility("registration-errors");
    }

    @Test
    void anAdministratorResendsAndRevokesInvitations_andARevokedLinkSaysSo() throws Exception {
        TestInstitution school = TestInstitution.approvedSchoolInKorea();
        String domain = school.adminEmail().substring(school.adminEmail().indexOf('@') + 1);
        String invited = "new-" + UUID.randomUUID().toString().substring(0, 8) + "@" + domain;
        signInAs(school.adminEmail(), TestInstitution.PASSWORD);
        open("institution/members.xhtml");

        driver.findElement(By.id("members:email")).sendKeys(invited);
        driver.findElement(By.id("members:invite")).click();
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("members:invitations"), invited));
        String firstToken = token(smtp.await(invited, "Join"));

        driver.findElement(By.cssSelector("#members\\:invitations .resend")).click();
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("members:messages"), "A new link went to " + invited));
        assertThat(driver.findElement(By.id("members:invitations")).getText()).contains(invited);
        checkAccessibility("members-invitations");

        driver.findElement(By.cssSelector("#members\\:invitations .revoke")).click();
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("members:messages"), "is revoked"));
        assertThat(driver.findElement(By.id("members:invitations")).getText()).doesNotContain(invited)
                .contains("No invitation waits for an answer.");

        // The first link was replaced by the resent one: a clear page, not an error, and no form.
        driver.manage().deleteAllCookies();
        open("join.xhtml?token=" + firstToken);
        assertThat(driver.findElement(By.id("closed")).getText()).contains("revoked");
        assertThat(driver.findElements(By.id("join:password"))).isEmpty();
        checkAccessibility("join-revoked");
    }

    @Test
    void aWiderIpRangeWaitsForTheReviewersWhoSeeOldAndNewRanges() {
        TestInstitution school = TestInstitution.approvedSchoolInKorea();
        signInAs(school.adminEmail(), TestInstitution.PASSWORD);
        open("institution/members.xhtml");
        WebElement ranges = driver.findElement(By.id("network:ipRanges"));
        assertThat(ranges.getAttribute("value")).isEqualTo("198.51.100.0/24");
        ranges.sendKeys("\n203.0.113.0/24\nnot-a-range");
        clickAndWaitForNextPage(By.id("network:saveNetwork"));
        assertThat(driver.findElement(By.id("network:ipRangesMessages")).getText()).contains("“not-a-range”");

        ranges = driver.findElement(By.id("network:ipRanges"));
        ranges.clear();
        ranges.sendKeys("198.51.100.0/24\n203.0.113.0/24");
        clickAndWaitForNextPage(By.id("network:saveNetwork"));
        assertThat(driver.findElement(By.id("network:networkMessages")).getText()).contains("waits for the reviewers");
        assertThat(driver.findElement(By.id("network:waiting")).getText()).contains("198.51.100.0/24 → 198.51.100.0/24, 203.0.113.0/24");
        checkAccessibility("members-network-waiting");

        driver.manage().deleteAllCookies();
        signInAs("reviewer@demo.example", ApiTestBase.DEMO_PASSWORD);
        open("review/index.xhtml");
        WebElement change = driver.findElement(By.id("changes"));
        assertThat(change.getText()).contains(school.name()).contains("198.51.100.0/24 → 198.51.100.0/24, 203.0.113.0/24");
        assertThat(driver.findElement(By.id("queue")).getText()).doesNotContain(" KR ");
        checkAccessibility("review-queue-network-changes");

        open("review/institution.xhtml?id=" + school.id());
        assertThat(driver.findElement(By.id("rangeChange")).getText()).isEqualTo("198.51.100.0/24 → 198.51.100.0/24, 203.0.113.0/24");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("South Korea").contains("IP range 198.51.100.0/24");
        driver.findElement(By.id("networkForm:networkReason")).sendKeys("Second campus, checked with the provider");
        clickAndWaitForNextPage(By.id("networkForm:approveChange"));
        assertThat(driver.findElement(By.id("networkOutcome")).getText()).contains("approved");
        assertThat(driver.findElements(By.id("rangeChange"))).isEmpty();
        checkAccessibility("review-institution-approved");
    }

    @Test
    void thePolicyLogTheOffersAndTheTitlePageFitAPhone() {
        signInAs("admin@demo.example", ApiTestBase.DEMO_PASSWORD);
        open("admin/policy.xhtml");
        WebElement body = driver.findElement(By.id("policy:body"));
        WebElement date = driver.findElement(By.id("policy:date"));
        assertThat(body.getLocation().getY()).as("one field under another, like the other admin forms")
                .isGreaterThan(date.getLocation().getY());
        checkAccessibility("policy-log");
        open("admin/title-offers.xhtml?slug=" + FILM);
        checkAccessibility("title-offers");

        // The offers a member may buy, with prices and quote buttons.
        driver.manage().deleteAllCookies();
        signInAs("teacher@demo.example", ApiTestBase.DEMO_PASSWORD);
        open("title.xhtml?slug=" + FILM);
        assertThat(driver.findElements(By.cssSelector("table.offers tr"))).isNotEmpty();
        checkAccessibility("title-offers-member");
    }

    @Test
    void theScreeningsCountsRefreshByThemselves() {
        LicensedInstitution school = LicensedInstitution.withStreamingLicense(FILM);
        String link = school.asAdmin().contentType("application/json")
                .body(Map.of("title", FILM, "screeningDate", LocalDate.now().toString()))
                .when().post("api/screenings").then().statusCode(201).extract().path("link");
        String code = link.replaceAll(".*\\?s=", "");
        signInAs(school.adminEmail(), LicensedInstitution.PASSWORD);
        open("screenings.xhtml");
        assertThat(driver.findElement(By.cssSelector("section.screening .participation")).getText()).contains("Before: 0");

        given().contentType("application/json").body(Map.of("phase", "PRE", "answers", List.of(3, 3, 3, 3, 3)))
                .when().post("api/surveys/" + code + "/responses").then().statusCode(201);
        waitUntil().withTimeout(java.time.Duration.ofSeconds(25)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("section.screening .participation"), "Before: 1"));
        checkAccessibility("screenings");
    }

    private static String token(jakarta.mail.internet.MimeMessage mail) {
        String body = GreenMailUtil.getBody(mail);
        Matcher token = TOKEN.matcher(body.replace("=\r\n", "").replace("=3D", "="));
        if (!token.find()) {
            throw new AssertionError("no invitation link in: " + body);
        }
        return token.group(1);
    }
}

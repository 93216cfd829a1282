package org.docuportal.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 13's journey, in one browser, guided only by pages and mail: a school's administrator
 * switches purchase approval on and invites a teacher; the teacher joins through the invitation
 * mail and asks for a quote of classroom streaming; the administrator follows the "approval
 * requested" mail and approves; the teacher follows the "approved" mail and orders by purchase
 * order; the distributor follows the "awaits payment" mail and records the payment; the teacher
 * follows the "license issued" mail to her licenses, presses Watch and the film plays.
 *
 * <p>The portal runs on a port other than 8080, and each link is taken from the mail itself: where
 * no public address is configured, it must lead to this very port; where CI configures one (a name
 * this machine cannot resolve), it must start with that address and is opened here with the same path.
 */
class ApprovalJourneyBrowserIT extends BrowserTestBase {

    private static final String FILM = "kim-il-sungs-children";
    private static final String DISTRIBUTOR = "admin@demo.example";
    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+");

    @RegisterExtension
    static final TestSmtpServer smtp = TestSmtpServer.forTheClass();

    @Test
    void aTeacherHerAdministratorAndTheDistributorGoFromQuoteToAPlayingLicenseByPagesAndMail() throws Exception {
        assertThat(base.getPort()).as("the portal's port").isNotEqualTo(8080);
        io.restassured.RestAssured.baseURI = base.toString();
        TestInstitution school = TestInstitution.approvedSchoolInKorea();
        String teacher = "teacher-" + UUID.randomUUID().toString().substring(0, 6) + "@"
                + school.adminEmail().substring(school.adminEmail().indexOf('@') + 1);

        // The administrator: purchases need her approval; she invites a teacher.
        signInAs(school.adminEmail(), TestInstitution.PASSWORD);
        open("institution/members.xhtml");
        WebElement approval = driver.findElement(By.id("settings:purchaseApprovalRequired"));
        if (!approval.isSelected()) {
            approval.click();
        }
        clickAndWaitForNextPage(By.id("settings:saveSettings"));
        assertThat(driver.findElement(By.id("settings:purchaseApprovalRequired")).isSelected()).isTrue();
        driver.findElement(By.id("members:email")).sendKeys(teacher);
        new Select(driver.findElement(By.id("members:role"))).selectByValue("TEACHER");
        driver.findElement(By.id("members:invite")).click();
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("members:invitations"), teacher));
        signOut();

        // The teacher joins through her invitation and asks for a quote on the film's page.
        follow(smtp.await(teacher, "Join"), "join.xhtml?token=");
        waitUntil().until(ExpectedConditions.presenceOfElementLocated(By.id("join:name"))).sendKeys("Ji-woo Han");
        driver.findElement(By.cssSelector("input[id^='join:password']")).sendKeys(TestInstitution.PASSWORD);
        clickAndWaitForNextPage(By.id("join:submit"));
        signInAs(teacher, TestInstitution.PASSWORD);
        open("title.xhtml?slug=" + FILM);
        clickAndWaitForNextPage(By.xpath("//table[contains(@class, 'offers')]//tr[contains(., 'Classroom streaming, 1 year')]"
                + "//*[contains(@class, 'quote-button')]"));
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("quoteStatus"), "approval"));
        String reference = driver.findElement(By.id("quoteHeading")).getText().replaceFirst(".*(Q-\\S+).*", "$1");
        assertThat(reference).startsWith("Q-");
        screenshot("quote-awaiting-approval");
        signOut();

        // The administrator follows the mail that asks for her approval, and approves.
        followAndSignIn(smtp.await(school.adminEmail(), "Approval requested: quote " + reference), "purchase/quote.xhtml?id=",
                school.adminEmail(), TestInstitution.PASSWORD);
        assertThat(driver.findElement(By.tagName("nav")).getText()).contains("Approvals (1)");
        driver.findElement(By.id("approval:reason")).sendKeys("Within this term's budget");
        clickAndWaitForNextPage(By.id("approval:approve"));
        waitUntil().until(ExpectedConditions.presenceOfElementLocated(By.id("decisionConfirmation")));
        assertThat(driver.findElement(By.tagName("nav")).getText()).doesNotContain("Approvals (");
        screenshot("approved");
        signOut();

        // The teacher follows the "approved" mail and orders by purchase order.
        String po = "PO-" + UUID.randomUUID().toString().substring(0, 6);
        followAndSignIn(smtp.await(teacher, "Quote " + reference + " for"), "purchase/quote.xhtml?id=", teacher,
                TestInstitution.PASSWORD);
        waitUntil().until(ExpectedConditions.presenceOfElementLocated(By.id("order:purchaseOrderNumber"))).sendKeys(po);
        clickAndWaitForNextPage(By.id("order:placeOrder"));
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("orderPlaced"), po));
        signOut();

        // The distributor follows the "awaits payment" mail and records the payment.
        followAndSignIn(smtp.await(DISTRIBUTOR, "awaits payment: " + school.name()), "admin/orders.xhtml", DISTRIBUTOR,
                ApiTestBase.DEMO_PASSWORD);
        clickAndWaitForNextPage(By.xpath("//tr[contains(., '" + po + "')]//*[contains(@class, 'record-payment')]"));
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("orders"), "Payment recorded"));
        signOut();

        // The teacher follows the "license issued" mail to her licenses, presses Watch, and the film plays.
        followAndSignIn(smtp.await(teacher, "is issued"), "purchase/licenses.xhtml", teacher, TestInstitution.PASSWORD);
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("licenses"), "Active"));
        clickAndWaitForNextPage(By.xpath("//tr[contains(., 'Classroom streaming')]//a[contains(@class, 'watch-link')]"));
        waitUntil().until(ExpectedConditions.elementToBeClickable(By.id("playButton"))).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage("the film did not play")
                .until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                        "return document.getElementById('player').currentTime;")).doubleValue() > 3.0);
        screenshot("playing");
    }

    /** Opens the mail's link to that page (see the class comment for where it must lead). */
    private void follow(MimeMessage mail, String page) throws Exception {
        load(driver, linkIn(mail, page));
    }

    /** Opens the mail's link signed out: the sign-in page comes first and then returns to the linked page. */
    private void followAndSignIn(MimeMessage mail, String page, String email, String password) throws Exception {
        String link = linkIn(mail, page);
        load(driver, link);
        waitUntil().until(ExpectedConditions.presenceOfElementLocated(By.id("login:email"))).sendKeys(email);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        String path = link.substring(base.toString().length()).replaceFirst("\\?.*", "");
        waitUntil().withMessage(() -> "back on " + path + " after signing in; at " + driver.getCurrentUrl())
                .until(d -> d.getCurrentUrl().contains(path) && !d.getCurrentUrl().contains("login.xhtml"));
        waitUntil().until(d -> "complete".equals(script("return document.readyState;")));
    }

    /** The link to the page in the mail's text part, on the portal's public address, mapped onto this portal. */
    private String linkIn(MimeMessage mail, String page) throws Exception {
        String text = TestSmtpServer.part(mail, "text/plain");
        Matcher links = LINK.matcher(text);
        String root = configuredRoot() != null ? configuredRoot() : base.toString();
        while (links.find()) {
            String link = links.group();
            if (link.startsWith(root + page)) {
                return base + link.substring(root.length());
            }
        }
        throw new AssertionError("no link to " + root + page + " in '" + mail.getSubject() + "':\n" + text);
    }

    private static String configuredRoot() {
        String value = System.getProperty("it.base.url", "").strip();
        return value.isEmpty() ? null : value.endsWith("/") ? value : value + "/";
    }

    private void signOut() {
        driver.findElement(By.id("signOutForm:signOut")).click();
        waitUntil().until(ExpectedConditions.presenceOfElementLocated(By.linkText("Sign in")));
    }
}

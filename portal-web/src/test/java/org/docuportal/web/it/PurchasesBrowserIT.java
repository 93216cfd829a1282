package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import io.restassured.RestAssured;

/**
 * Nobody gets lost between quote and license, with purchase approval on at a school of the test's
 * own: the teacher finds her quote again on Purchases after leaving it; her administrator sees
 * "Approvals (n)" in the navigation, decides there (or on the quote page) and is told what
 * happened and what the teacher will see; the teacher's Purchases then says what comes next; the
 * distributor sees how long an order has waited for its payment and records it.
 */
class PurchasesBrowserIT extends BrowserTestBase {

    private static final String FILM = "kim-il-sungs-children";

    @RegisterExtension
    static final TestSmtpServer smtp = TestSmtpServer.forTheClass();

    @BeforeEach
    void apiOfTheSamePortal() {
        RestAssured.baseURI = base.toString();
    }

    @Test
    void aTeacherFindsHerQuoteAndHerAdministratorApprovesItFromApprovals() throws Exception {
        TestInstitution school = TestInstitution.approvedSchoolInKorea();
        school.requirePurchaseApproval(true);
        String teacher = school.joinedMember(smtp, "teacher", "TEACHER");

        signInAs(teacher, TestInstitution.PASSWORD);
        open("title.xhtml?slug=" + FILM);
        driver.findElements(By.cssSelector(".quote-button")).get(0).click();
        waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("quoteHeading"), "Q-"));
        String reference = driver.findElement(By.id("quoteHeading")).getText().replaceAll(".*(Q-\\d+).*", "$1");
        assertThat(driver.findElement(By.id("quoteStatus")).getText()).contains("approval");

        // She leaves the quote, and comes back to it from the navigation.
        open("index.xhtml");
        clickAndWaitForNextPage(By.id("navPurchases"));
        WebElement row = row(reference);
        assertThat(row.findElement(By.cssSelector(".purchase-next")).getText()).isEqualTo("Waiting for your administrator's approval");
        assertThat(row.findElement(By.cssSelector(".open-quote-link")).getAttribute("href")).contains("quote.xhtml?id=");
        assertThat(row.findElement(By.cssSelector(".pdf-link")).getAttribute("href")).endsWith("/pdf");
        checkAccessibility("purchases-waiting");
        signOut();

        signInAs(school.adminEmail(), TestInstitution.PASSWORD);
        assertThat(driver.findElement(By.id("navApprovals")).getText()).isEqualTo("Approvals (1)");
        clickAndWaitForNextPage(By.id("navApprovals"));
        WebElement card = approval(reference);
        assertThat(card.getText()).contains(teacher);
        checkAccessibility("approvals");
        clickAndWaitForNextPage(By.cssSelector("section[data-quote='" + reference + "'] .decline-button"));
        assertThat(approval(reference).getText()).as("a decline needs a reason, said beside the quote's field")
                .contains("Give the reason for declining " + reference);
        assertThat(driver.findElement(By.id("navApprovals")).getText()).isEqualTo("Approvals (1)");
        clickAndWaitForNextPage(By.cssSelector("section[data-quote='" + reference + "'] .approve-button"));
        String confirmation = waitUntil().until(ExpectedConditions.visibilityOfElementLocated(By.id("approvals:decisionMessages"))).getText();
        assertThat(confirmation).contains("Approved " + reference).contains(teacher).contains("ready to order");
        assertThat(driver.findElement(By.id("navApprovals")).getText()).as("the count follows the decision").isEqualTo("Approvals");
        assertThat(driver.findElements(By.cssSelector("section.approval"))).isEmpty();
        checkAccessibility("approvals-confirmed");
        signOut();

        signInAs(teacher, TestInstitution.PASSWORD);
        open("purchase/index.xhtml");
        WebElement ready = row(reference);
        assertThat(ready.findElement(By.cssSelector(".purchase-next")).getText()).isEqualTo("Ready to order");
        clickAndWaitForNextPage(By.xpath("//tr[contains(., '" + reference + "')]//a[contains(@class, 'order-link')]"));
        waitUntil().until(ExpectedConditions.visibilityOfElementLocated(By.id("order:placeOrder")));
        assertThat(driver.findElement(By.id("quoteDecision")).getText()).contains("Approved by " + school.adminEmail());
    }

    @Test
    void aDecisionOnTheQuotePageIsConfirmed_andTheDistributorSeesHowLongAnOrderWaits() throws Exception {
        TestInstitution school = TestInstitution.approvedSchoolInKorea();
        school.requirePurchaseApproval(true);
        String teacher = school.joinedMember(smtp, "teacher", "TEACHER");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int declined = quote(teacher, today);
        int approved = quote(teacher, today.plusMonths(1));

        signInAs(school.adminEmail(), TestInstitution.PASSWORD);
        assertThat(driver.findElement(By.id("navApprovals")).getText()).isEqualTo("Approvals (2)");
        open("purchase/quote.xhtml?id=" + declined);
        clickAndWaitForNextPage(By.id("approval:decline"));
        assertThat(waitUntil().until(ExpectedConditions.visibilityOfElementLocated(By.id("approval"))).getText())
                .as("a decline needs a reason").contains("reason");
        driver.findElement(By.id("approval:reason")).sendKeys("Our library already streams this film.");
        clickAndWaitForNextPage(By.id("approval:decline"));
        assertThat(driver.findElement(By.id("decisionConfirmation")).getText()).contains("Declined Q-").contains(teacher);
        assertThat(driver.findElement(By.id("quoteDecision")).getText())
                .contains("Declined by " + school.adminEmail()).contains("Our library already streams this film.");
        assertThat(driver.findElement(By.id("navApprovals")).getText()).isEqualTo("Approvals (1)");
        checkAccessibility("quote-declined");
        school.asAdmin().contentType("application/json").body(Map.of("approve", true))
                .when().post("api/quotes/" + approved + "/decision").then().statusCode(200);
        String po = "PO-WAIT-" + school.id();
        given().auth().preemptive().basic(teacher, TestInstitution.PASSWORD).contentType("application/json")
                .body(Map.of("quoteId", approved, "paymentMethod", "manual-po", "purchaseOrderNumber", po))
                .when().post("api/orders").then().statusCode(201);
        signOut();

        signInAs("admin@demo.example", "demo-password");
        open("admin/orders.xhtml");
        WebElement order = waitUntil().until(d -> d.findElements(By.cssSelector("tr.awaiting-order")).stream()
                .filter(r -> r.getText().contains(po)).findFirst().orElse(null));
        assertThat(order.findElement(By.cssSelector(".order-age")).getText()).isEqualTo("today");
        checkAccessibility("orders");
        clickAndWaitForNextPage(By.xpath("//tr[contains(., '" + po + "')]//*[contains(@class, 'record-payment')]"));
        assertThat(waitUntil().until(ExpectedConditions.visibilityOfElementLocated(By.id("orders:orderMessages"))).getText())
                .startsWith("Payment recorded for O-").contains(school.name()).contains("has left this list");
        assertThat(driver.findElement(By.id("orders:awaiting")).getText()).doesNotContain(po);
        signOut();

        signInAs(teacher, TestInstitution.PASSWORD);
        open("purchase/index.xhtml");
        WebElement licensed = waitUntil().until(d -> d.findElements(By.cssSelector("tr.purchase-row")).stream()
                .filter(r -> !r.findElements(By.cssSelector(".purchase-license")).isEmpty())
                .findFirst().orElse(null));
        assertThat(licensed.findElement(By.cssSelector(".purchase-next")).getText()).isEqualTo("Paid: the license is issued");
        assertThat(licensed.findElement(By.cssSelector(".purchase-license")).getText()).contains("Scheduled");
        WebElement declinedRow = driver.findElements(By.cssSelector("tr.purchase-row")).stream()
                .filter(r -> r.getText().contains("Our library already streams")).findFirst().orElseThrow();
        assertThat(declinedRow.findElement(By.cssSelector(".purchase-next")).getText()).startsWith("Declined");
        assertThat(declinedRow.findElement(By.cssSelector(".new-quote-link")).getAttribute("href")).contains("slug=" + FILM);
        checkAccessibility("purchases-licensed");
    }

    private static int quote(String member, LocalDate start) {
        int offer = given().auth().preemptive().basic(member, TestInstitution.PASSWORD).when().get("api/titles/" + FILM + "/offers")
                .then().statusCode(200)
                .extract().path("find { it.kind == 'CLASSROOM_STREAMING' && it.termMonths == 12 }.id");
        return given().auth().preemptive().basic(member, TestInstitution.PASSWORD).contentType("application/json")
                .body(Map.of("offerId", offer, "start", start.toString()))
                .when().post("api/quotes").then().statusCode(201).extract().path("id");
    }

    /** The Purchases table's row of that quote. */
    private WebElement row(String reference) {
        return waitUntil().until(d -> d.findElements(By.cssSelector("tr.purchase-row")).stream()
                .filter(r -> r.getText().contains(reference)).findFirst().orElse(null));
    }

    /** The Approvals page's card of that quote. */
    private WebElement approval(String reference) {
        return waitUntil().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section[data-quote='" + reference + "']")));
    }

    private void signOut() {
        driver.findElement(By.id("signOutForm:signOut")).click();
        waitUntil().until(ExpectedConditions.presenceOfElementLocated(By.linkText("Sign in")));
    }
}

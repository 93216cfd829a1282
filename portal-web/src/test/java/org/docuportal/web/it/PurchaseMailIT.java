package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.restassured.response.Response;

/**
 * The purchase told by mail, read from the test SMTP server: with purchase approval on, a teacher's
 * quote (its PDF attached) asks her administrator to approve; the decision comes back to her; a
 * purchase order brings her the instructions and tells the distributor; the recorded payment brings
 * the license with its certificate. Every mail has a text and an HTML part, names are escaped in the
 * HTML, and each link opens its page on this portal (through the sign-in page, which comes back to it).
 * A member who turned news off gets no quote copy, but still every essential mail.
 */
class PurchaseMailIT extends ApiTestBase {

    private static final String FILM = "kim-il-sungs-children";
    private static final String SCHOOL_ADMIN = "schooladmin@demo.example";
    private static final String DISTRIBUTOR = "admin@demo.example";
    private static final Pattern JOIN = Pattern.compile("join\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    @RegisterExtension
    static final TestSmtpServer smtp = TestSmtpServer.forTheClass();

    @Test
    void eachStepOfAnApprovedPurchaseMailsWhoeverActsNext() throws Exception {
        String teacher = newTeacher("Ji-woo <Han> 한지우");
        setApproval(true);
        Response quote;
        try {
            quote = quote(teacher, LocalDate.now().plusDays(2));
        } finally {
            setApproval(false);
        }
        int quoteId = quote.path("id");
        String reference = quote.path("reference");

        MimeMessage waiting = smtp.await(teacher, reference);
        assertThat(waiting.getSubject()).contains("waits for approval");
        assertThat(TestSmtpServer.part(waiting, "text/html")).contains("Hello Ji-woo &lt;Han&gt; 한지우,").doesNotContain("<Han>");
        assertThat(TestSmtpServer.part(waiting, "text/plain")).contains("Hello Ji-woo <Han> 한지우,");
        assertPdf(waiting, reference + ".pdf");

        MimeMessage ask = smtp.await(SCHOOL_ADMIN, "Approval requested: quote " + reference);
        assertThat(TestSmtpServer.part(ask, "text/plain")).contains("Ji-woo <Han> 한지우 (" + teacher + ")");
        opensPage(linkIn(ask, "purchase/quote.xhtml?id=" + quoteId));

        given().auth().preemptive().basic(SCHOOL_ADMIN, DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("approve", true, "reason", "Within this term's budget"))
                .when().post("api/quotes/" + quoteId + "/decision").then().statusCode(200);
        MimeMessage approved = smtp.await(teacher, "Quote " + reference);
        assertThat(approved.getSubject()).endsWith("is approved");
        assertThat(TestSmtpServer.part(approved, "text/plain")).contains("Within this term's budget");
        opensPage(linkIn(approved, "purchase/quote.xhtml?id=" + quoteId));

        String po = "PO-" + UUID.randomUUID().toString().substring(0, 6);
        Response order = given().auth().preemptive().basic(teacher, DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("quoteId", quoteId, "paymentMethod", "manual-po", "purchaseOrderNumber", po))
                .when().post("api/orders").then().statusCode(201).extract().response();
        String orderReference = order.path("reference");
        MimeMessage instructions = smtp.await(teacher, "Order " + orderReference + ": how to pay");
        assertThat(TestSmtpServer.part(instructions, "text/plain")).contains(po).contains("send your institution's purchase order");
        MimeMessage toDistributor = smtp.await(DISTRIBUTOR, "Order " + orderReference + " awaits payment");
        opensPage(linkIn(toDistributor, "admin/orders.xhtml"));

        String license = given().auth().preemptive().basic(DISTRIBUTOR, DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("note", "Paid by bank transfer"))
                .when().post("api/admin/orders/" + order.path("id") + "/payment").then().statusCode(201).extract().path("reference");
        MimeMessage issued = smtp.await(teacher, "License " + license);
        assertThat(issued.getSubject()).contains("is issued");
        assertPdf(issued, license + ".pdf");
        opensPage(linkIn(issued, "purchase/licenses.xhtml"));
        assertPdf(smtp.await(SCHOOL_ADMIN, "License " + license), license + ".pdf");
    }

    @Test
    void aDeclinedQuoteTellsTheMemberWhy() throws Exception {
        String teacher = newTeacher("Min-seo Park");
        setApproval(true);
        Response quote;
        try {
            quote = quote(teacher, LocalDate.now().plusDays(4));
        } finally {
            setApproval(false);
        }
        String reference = quote.path("reference");
        given().auth().preemptive().basic(SCHOOL_ADMIN, DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("approve", false, "reason", "Not in this year's <b>budget</b>"))
                .when().post("api/quotes/" + (int) quote.path("id") + "/decision").then().statusCode(200);

        MimeMessage declined = smtp.await(teacher, "Quote " + reference + " for");
        assertThat(declined.getSubject()).endsWith("was declined");
        assertThat(TestSmtpServer.part(declined, "text/plain")).contains("Not in this year's <b>budget</b>");
        assertThat(TestSmtpServer.part(declined, "text/html")).contains("Not in this year&#39;s &lt;b&gt;budget&lt;/b&gt;");
    }

    @Test
    void aMemberWhoTurnedNewsOffGetsNoQuoteCopyButEveryEssentialMail() throws Exception {
        String teacher = newTeacher("Seo-yeon Kim");
        given().auth().preemptive().basic(teacher, DEMO_PASSWORD).when().get("api/me/mail-preferences")
                .then().statusCode(200).body("news", equalTo(true)).body("reminders", equalTo(true));
        given().auth().preemptive().basic(teacher, DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("news", false)).when().put("api/me/mail-preferences")
                .then().statusCode(200).body("news", equalTo(false)).body("reminders", equalTo(true));
        given().auth().preemptive().basic(teacher, DEMO_PASSWORD).contentType("application/json")
                .body(Map.of()).when().put("api/me/mail-preferences")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("news"));
        given().auth().preemptive().basic(teacher, DEMO_PASSWORD).contentType("application/json")
                .body("{\"reminders\": \"sometimes\"}").when().put("api/me/mail-preferences")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType("application/json").body(Map.of("news", true)).when().put("api/me/mail-preferences")
                .then().statusCode(401);

        Response quote = quote(teacher, LocalDate.now().plusDays(6));
        String reference = quote.path("reference");
        int quoteId = quote.path("id");
        String orderReference = given().auth().preemptive().basic(teacher, DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("quoteId", quoteId, "paymentMethod", "manual-po"))
                .when().post("api/orders").then().statusCode(201).extract().path("reference");

        MimeMessage instructions = smtp.await(teacher, "Order " + orderReference + ": how to pay");
        assertThat(TestSmtpServer.part(instructions, "text/plain")).contains("it cannot be turned off");
        assertThat(smtp.arrives(teacher, reference, 2_000)).as("the quote copy, which she turned off").isFalse();
    }

    /** A new teacher of the demo school, joined through the invitation mail, with the demo password. */
    private String newTeacher(String name) throws Exception {
        String email = "mail-" + UUID.randomUUID().toString().substring(0, 8) + "@school.demo.example";
        given().auth().preemptive().basic(SCHOOL_ADMIN, DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("email", email, "role", "TEACHER")).when().post("api/institution/invitations")
                .then().statusCode(202);
        MimeMessage invitation = smtp.await(email, "Join");
        Matcher token = JOIN.matcher(TestSmtpServer.part(invitation, "text/plain"));
        assertThat(token.find()).as("an invitation link").isTrue();
        given().contentType("application/json").body(Map.of("token", token.group(1), "name", name, "password", DEMO_PASSWORD))
                .when().post("api/invitations/acceptance").then().statusCode(201);
        return email;
    }

    private static Response quote(String member, LocalDate start) {
        int offer = given().auth().preemptive().basic(member, DEMO_PASSWORD).when().get("api/titles/" + FILM + "/offers")
                .then().statusCode(200).extract().path("find { it.kind == 'STUDY_GUIDE_PACK' && it.termMonths == 12 }.id");
        return given().auth().preemptive().basic(member, DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("offerId", offer, "start", start.toString()))
                .when().post("api/quotes").then().statusCode(201).extract().response();
    }

    private static void setApproval(boolean required) {
        given().auth().preemptive().basic(SCHOOL_ADMIN, DEMO_PASSWORD).contentType("application/json")
                .body(Map.of("purchaseApprovalRequired", required)).when().put("api/institution/settings")
                .then().statusCode(200).body("purchaseApprovalRequired", equalTo(required));
    }

    private static void assertPdf(MimeMessage message, String fileName) throws Exception {
        Map<String, byte[]> files = TestSmtpServer.attachments(message);
        assertThat(files).containsKey(fileName);
        assertThat(new String(files.get(fileName), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    /** The mail's link to that page, the same in its text and HTML parts, on the portal's public address. */
    private String linkIn(MimeMessage message, String page) throws Exception {
        String root = configuredRoot() != null ? configuredRoot() : base.toString();
        String link = root + page;
        assertThat(TestSmtpServer.part(message, "text/plain")).contains(link);
        assertThat(TestSmtpServer.part(message, "text/html")).contains("href=\"" + link.replace("&", "&amp;") + "\"");
        return link;
    }

    /** Opens a link on this portal, signed out: the page, or the sign-in page that returns to it. */
    private void opensPage(String link) {
        String root = configuredRoot() != null ? configuredRoot() : base.toString();
        String path = link.substring(root.length());
        Response answer = given().urlEncodingEnabled(false).redirects().follow(false).when().get(base + path);
        if (answer.statusCode() == 200) {
            return;
        }
        assertThat(answer.statusCode()).as("the page or a redirect to sign in").isIn(302, 303);
        String location = URLDecoder.decode(answer.header("Location"), StandardCharsets.UTF_8);
        assertThat(location).contains("login.xhtml").contains(path.replaceFirst("\\?.*", ""));
    }

    private static String configuredRoot() {
        String value = System.getProperty("it.base.url", "").strip();
        return value.isEmpty() ? null : value.endsWith("/") ? value : value + "/";
    }
}

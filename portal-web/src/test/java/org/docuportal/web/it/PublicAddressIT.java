package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.icegreen.greenmail.util.GreenMailUtil;

import io.restassured.specification.RequestSpecification;

/**
 * Links that leave the portal lead back to it: an invitation mail and a survey's QR code point at
 * the address the portal was reached on (here a random port, never 8080), and opening them shows
 * the right page; forwarded headers from a caller that is no trusted proxy change nothing.
 *
 * <p>Where the run configures {@code PORTAL_BASE_URL} ({@code it.base.url}, as CI's PostgreSQL leg
 * must), links start with that address instead, and are opened by their path on this portal.
 */
class PublicAddressIT extends ApiTestBase {

    private static final String FILM = "kim-il-sungs-children";
    private static final Pattern JOIN_LINK = Pattern.compile("(http\\S+/join\\.xhtml\\?token=[A-Za-z0-9_-]+)");
    private static final Map<String, String> FORGED = Map.of("X-Forwarded-Host", "evil.example",
            "X-Forwarded-Proto", "https", "X-Forwarded-Port", "443", "Forwarded", "proto=https;host=evil.example");

    @RegisterExtension
    static final TestSmtpServer smtp = TestSmtpServer.forTheClass();

    private static String configured() {
        String value = System.getProperty("it.base.url", "").strip();
        return value.isEmpty() ? null : value.endsWith("/") ? value : value + "/";
    }

    /** The root links must start with when the request came to {@code root}. */
    private static String expectedRoot(String root) {
        return configured() != null ? configured() : root;
    }

    /** The link opened on this portal (under a configured address, by its path). */
    private String onThisPortal(String link) {
        return configured() != null ? base + link.substring(configured().length()) : link;
    }

    @Test
    void anInvitationMailLinksToTheJoinPageOnTheAddressThePortalWasReachedOn() throws Exception {
        String email = "addr-" + UUID.randomUUID().toString().substring(0, 8) + "@school.demo.example";
        invite(given(), email);

        String link = joinLinkMailedTo(email);
        if (System.getProperty("it.portal.url", "").isBlank()) {
            assertThat(base.getPort()).as("the shared portal's random port").isNotEqualTo(8080);
        }
        assertThat(link).startsWith(expectedRoot(base.toString()) + "join.xhtml?token=");
        given().urlEncodingEnabled(false).when().get(onThisPortal(link)).then().statusCode(200)
                .body(containsString("Join your institution")).body(containsString("join:submit"));
    }

    @Test
    void forwardedHeadersFromACallerThatIsNoTrustedProxyDoNotChangeTheLinks() throws Exception {
        String email = "fwd-" + UUID.randomUUID().toString().substring(0, 8) + "@school.demo.example";
        invite(given().headers(FORGED), email);

        assertThat(joinLinkMailedTo(email)).doesNotContain("evil.example")
                .startsWith(expectedRoot(base.toString()) + "join.xhtml?token=");
    }

    @Test
    void theSurveyLinkAndItsQrCodeLeadToTheSurveyOnTheAddressThePageWasOpenedOn() throws Exception {
        LicensedInstitution school = LicensedInstitution.withStreamingLicense(FILM);
        int id = school.asAdmin().contentType("application/json")
                .body(Map.of("title", FILM, "screeningDate", LocalDate.now().toString()))
                .when().post("api/screenings").then().statusCode(201).extract().path("id");

        String link = school.asAdmin().when().get("api/screenings/" + id).then().statusCode(200).extract().path("link");
        assertThat(link).startsWith(expectedRoot(base.toString()) + "survey.xhtml?s=");
        assertThat(qrCode(school.asAdmin(), id)).isEqualTo(link);
        given().urlEncodingEnabled(false).when().get(onThisPortal(link)).then().statusCode(200)
                .body(containsString("Screening survey"));

        // The same portal reached by another name (a phone in the room uses the teacher's LAN address).
        String byAddress = "http://127.0.0.1:" + base.getPort() + "/";
        String there = school.asAdmin().baseUri(byAddress).when().get("api/screenings/" + id).then().statusCode(200)
                .extract().path("link");
        assertThat(there).startsWith(expectedRoot(byAddress) + "survey.xhtml?s=");
        assertThat(qrCode(school.asAdmin().baseUri(byAddress), id)).isEqualTo(there);

        // A forged proxy header from an ordinary caller is ignored, in the link and in the QR code.
        String forged = school.asAdmin().headers(FORGED).when().get("api/screenings/" + id).then().statusCode(200)
                .extract().path("link");
        assertThat(forged).isEqualTo(link);
        assertThat(qrCode(school.asAdmin().headers(FORGED), id)).isEqualTo(link);
    }

    private static void invite(RequestSpecification request, String email) {
        request.auth().preemptive().basic("schooladmin@demo.example", DEMO_PASSWORD)
                .contentType("application/json").body(Map.of("email", email, "role", "TEACHER"))
                .when().post("api/institution/invitations").then().statusCode(202);
    }

    private static String joinLinkMailedTo(String email) throws Exception {
        String body = GreenMailUtil.getBody(smtp.await(email, "Join")).replace("=\r\n", "").replace("=3D", "=");
        Matcher link = JOIN_LINK.matcher(body);
        assertThat(link.find()).as("a join link in: %s", body).isTrue();
        return link.group(1);
    }

    /**
     * The text the screening's QR code encodes, read back from its PNG as a pure barcode: ZXing's
     * camera-picture detector misses about one generated code in a hundred (QrCodesTest).
     */
    private static String qrCode(RequestSpecification request, int id) throws Exception {
        byte[] png = request.when().get("api/screenings/" + id + "/qr.png").then().statusCode(200).extract().asByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}

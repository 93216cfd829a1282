package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.docuportal.account.application.BootstrapOutcome;
import org.docuportal.account.application.StaffService;
import org.docuportal.account.domain.AccountRepository;
import org.docuportal.account.domain.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

import com.icegreen.greenmail.util.GreenMailUtil;

import io.restassured.RestAssured;

/**
 * The production start: on an empty database with demo data off and
 * {@code PORTAL_BOOTSTRAP_ADMIN_EMAIL} set, the first platform administrator gets a one-time
 * set-password link by mail, sets a password with it once, and signs in; a later bootstrap
 * refuses and changes nothing.
 *
 * <p>Runs in the failsafe execution {@code empty} only (first in it, by name), where the pom
 * sets the bootstrap address as {@code it.bootstrap.email} and {@code it.portal=empty}, in the
 * test JVM and in the server alike (the in-container test checks the condition there too). The link is mailed while the
 * server starts, so the test's SMTP server starts before the deployment does.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "it.portal", matches = "empty",
        disabledReason = "needs the empty portal of the failsafe execution 'empty' (demo data off, bootstrap email set)")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BootstrapEmptyPortalIT {

    /** The password this test gives the first administrator; later tests of the execution may sign in with it. */
    static final String ADMIN_PASSWORD = "first administrator's own password";

    private static final Pattern LINK = Pattern.compile("(http\\S+/set-password\\.xhtml\\?token=([A-Za-z0-9_-]+))");

    private static TestSmtpServer smtp;

    @Deployment
    static WebArchive deployment() {
        smtp = TestSmtpServer.start();
        return Deployments.portalWith(BootstrapEmptyPortalIT.class, TestSmtpServer.class);
    }

    @AfterAll
    static void stopSmtpServer() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Inject
    private StaffService staff;

    @Inject
    private AccountRepository accounts;

    private static String adminEmail() {
        // The test JVM has it.bootstrap.email; inside the server, the portal's own setting says the same.
        return System.getProperty("it.bootstrap.email", System.getProperty("portal.bootstrap.admin-email"));
    }

    @Test
    @Order(1)
    @RunAsClient
    void theFirstAdministratorSetsAPasswordOnceWithTheMailedLinkAndSignsIn(@ArquillianResource URL base) throws Exception {
        RestAssured.baseURI = base.toString();
        String mail = GreenMailUtil.getBody(smtp.await(adminEmail(), "administrator"))
                .replace("=\r\n", "").replace("=3D", "=");
        Matcher link = LINK.matcher(mail);
        assertTrue(link.find(), "a set-password link in: " + mail);
        // Mailed while the server starts, outside any request: the configured address, else the documented fallback.
        String configured = System.getProperty("it.base.url", "").strip();
        String root = configured.isEmpty() ? "http://localhost:8080/" : configured.endsWith("/") ? configured : configured + "/";
        assertTrue(link.group(1).startsWith(root + "set-password.xhtml?token="),
                "a link made at start uses portal.base-url, or " + root + " without one: " + link.group(1));
        String token = link.group(2);

        // No password yet: nothing signs in, and nothing says why.
        given().auth().preemptive().basic(adminEmail(), ADMIN_PASSWORD).when().get("api/admin/staff").then().statusCode(401);

        given().when().get("set-password.xhtml?token=" + token).then().statusCode(200)
                .body(containsString(adminEmail())).body(containsString("New password again"));
        given().contentType("application/json")
                .body(Map.of("token", token, "name", "First Administrator", "password", ADMIN_PASSWORD))
                .when().post("api/staff-links/acceptance")
                .then().statusCode(200).body("roles", equalTo(List.of("PLATFORM_ADMIN")));

        given().auth().preemptive().basic(adminEmail(), ADMIN_PASSWORD).when().get("api/admin/staff").then().statusCode(200)
                .body("find { it.email == '" + adminEmail() + "' }.name", equalTo("First Administrator"))
                .body("find { it.email == '" + adminEmail() + "' }.passwordSet", equalTo(true));

        // Once only, and the page says so without a word about the account.
        given().contentType("application/json")
                .body(Map.of("token", token, "name", "Someone Else", "password", "another password entirely"))
                .when().post("api/staff-links/acceptance").then().statusCode(404);
        given().when().get("set-password.xhtml?token=" + token).then().statusCode(200)
                .body(containsString("This link is not valid")).body(not(containsString(adminEmail())))
                .body(not(containsString("New password again")));
        given().auth().preemptive().basic(adminEmail(), "another password entirely").when().get("api/admin/staff")
                .then().statusCode(401);
    }

    @Test
    @Order(2)
    void aSecondBootstrapRefusesAndChangesNothing() {
        long administrators = accounts.withRole(Role.PLATFORM_ADMIN).size();
        assertTrue(administrators >= 1, "the bootstrap made the first administrator");

        BootstrapOutcome again = staff.bootstrap(adminEmail());
        BootstrapOutcome other = staff.bootstrap("second-bootstrap@distributor.example");

        assertFalse(again.isIssued(), "a restart with the same setting issues no new link");
        assertTrue(again.refusal().contains("exists already"), again.refusal());
        assertFalse(other.isIssued(), "nor does another address");
        assertEquals(administrators, accounts.withRole(Role.PLATFORM_ADMIN).size());
        assertTrue(accounts.findByEmail("second-bootstrap@distributor.example").isEmpty());
    }
}

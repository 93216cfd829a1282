package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.response.Response;

/**
 * The headers a browser relies on, on every kind of response: pages, the API, static files,
 * problem documents (those of the API and the security layer's 401), and the session cookie; and
 * what an anonymous caller learns from {@code /health}.
 */
class SecurityHeadersIT extends ApiTestBase {

    private static final String CSP = "Content-Security-Policy";

    @Test
    void aPageHasOnePolicyWithItsNonce_andTheOtherHeaders() {
        Response page = given().when().get("login.xhtml");
        page.then().statusCode(200);
        String policy = onlyPolicy(page);
        assertTrue(policy.matches(".*script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+';?$"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(policy.contains("object-src 'none'"), policy);
        assertTrue(!policy.contains("unsafe-eval") && !policy.matches(".*script-src[^;]*unsafe-inline.*"), policy);
        page.then().header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "strict-origin-when-cross-origin");
        // The nonce in the header is the one the page's scripts carry.
        String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
        page.then().body(containsString("nonce=\"" + nonce + "\""));
    }

    @Test
    void anErrorPageHasOnePolicyToo() {
        Response missing = given().when().get("no-such-page.xhtml");
        missing.then().statusCode(404).header("X-Content-Type-Options", "nosniff");
        assertTrue(onlyPolicy(missing).contains("'nonce-"), onlyPolicy(missing));
    }

    @Test
    void pagesWithASecretInTheAddressSendNoReferrer() {
        for (String page : List.of("set-password.xhtml?token=abc", "verify.xhtml?token=abc", "join.xhtml?token=abc",
                "survey.xhtml?s=abc")) {
            given().when().get(page).then().header("Referrer-Policy", "no-referrer");
        }
    }

    @Test
    void theApiAllowsNothingToLoadOrFrameIt() {
        Response titles = given().when().get("api/titles");
        titles.then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "strict-origin-when-cross-origin");
        assertEquals("default-src 'none'; frame-ancestors 'none'", onlyPolicy(titles));
    }

    @Test
    void staticFilesAreNotSniffed() {
        Response css = given().when().get("resources/css/portal.css");
        css.then().statusCode(200).contentType(containsString("text/css"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "strict-origin-when-cross-origin");
        assertNotNull(css.header(CSP));
    }

    @Test
    void problemDocumentsAreUtf8_fromTheApiAndFromTheSecurityLayer() {
        given().when().get("api/titles/no-such-title-anywhere")
                .then().statusCode(404).header("Content-Type", equalTo("application/problem+json;charset=UTF-8"));
        Response unauthorized = given().when().get("api/me/tokens");
        unauthorized.then().statusCode(401)
                .header("Content-Type", equalTo("application/problem+json;charset=UTF-8"))
                .header("X-Content-Type-Options", "nosniff");
        assertEquals("default-src 'none'; frame-ancestors 'none'", onlyPolicy(unauthorized));
        given().auth().preemptive().basic("teacher@demo.example", "not-the-password").when().get("api/me/tokens")
                .then().statusCode(401).header("Content-Type", equalTo("application/problem+json;charset=UTF-8"));
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnly() {
        // With a distributable session Payara sets JSESSIONIDVERSION beside JSESSIONID; both carry the same flags.
        java.util.List<String> cookies = given().when().get("login.xhtml").headers().getValues("Set-Cookie");
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("JSESSIONID=")), "the login page opens a session: " + cookies);
        for (String cookie : cookies) {
            // Payara writes the value in lower case; browsers read it case-insensitively.
            assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);
            assertTrue(cookie.contains("HttpOnly"), cookie);
        }
    }

    @Test
    void hstsOnlyWhenTheRequestCameOverHttps() {
        assertNull(given().when().get("login.xhtml").header("Strict-Transport-Security"));
        assertNull(given().when().get("api/titles").header("Strict-Transport-Security"));
        given().header("X-Forwarded-Proto", "https").when().get("login.xhtml")
                .then().header("Strict-Transport-Security", "max-age=31536000");
        given().header("X-Forwarded-Proto", "https").when().get("api/titles")
                .then().header("Strict-Transport-Security", "max-age=31536000");
    }

    @Test
    void healthTellsAnonymousCallersUpOrDownAndNothingElse() {
        for (String path : List.of("health", "health/ready")) {
            Response health = given().when().get(path);
            health.then().statusCode(200).body("status", equalTo("UP"))
                    .body("checks.find { it.name == 'database' }.status", equalTo("UP"))
                    .body(not(containsString("jdbc"))).body(not(containsString("H2")))
                    .body(not(containsString("PostgreSQL")));
            health.then().body("checks.data", everyItem(anyOf(nullValue(), equalTo(Map.of()))));
        }
    }

    private static String onlyPolicy(Response response) {
        List<String> policies = response.headers().getValues(CSP);
        assertEquals(1, policies.size(), "one Content-Security-Policy, not " + policies);
        return policies.get(0);
    }
}

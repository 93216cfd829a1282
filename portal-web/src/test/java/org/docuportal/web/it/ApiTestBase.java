package org.docuportal.web.it;

import java.net.URL;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.RestAssured;

/**
 * Base of the tests that call the portal over HTTP as a script or browser would: the shipped WAR
 * on the {@link SharedPortal}, with REST Assured pointed at it.
 */
@ExtendWith(SharedPortal.class)
abstract class ApiTestBase {

    static final String DEMO_PASSWORD = "demo-password";

    /** The root of the portal, ending in a slash. */
    final URL base = SharedPortal.base();

    @BeforeEach
    void pointRestAssuredAtTheServer() {
        RestAssured.baseURI = base.toString();
        // A failed expectation prints the request and the answer (a problem+json says why), not only the status.
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}

package org.docuportal.web.it;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.RestAssured;

/**
 * Base of the tests that call the portal over HTTP as a script or browser would: deploys the
 * shipped WAR on a managed Payara Micro and points REST Assured at it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class ApiTestBase {

    static final String DEMO_PASSWORD = "demo-password";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @BeforeEach
    void pointRestAssuredAtTheServer() {
        RestAssured.baseURI = base.toString();
    }
}

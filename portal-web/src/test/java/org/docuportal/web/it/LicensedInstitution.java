package org.docuportal.web.it;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * A school of its own for a test: registered, approved by the demo reviewer, and holding a
 * classroom-streaming license of a title from today, bought through the manual purchase-order
 * flow with the payment recorded by the demo platform administrator. Tests that count streams
 * or suspend the institution use one, so that nothing they do touches the demo school.
 *
 * @param id             the institution's id
 * @param adminEmail     its administrator, who may also stream
 * @param licenseId      the license's id
 * @param streamCap      the license's concurrent-stream cap
 */
record LicensedInstitution(int id, String adminEmail, int licenseId, int streamCap) {

    static final String PASSWORD = TestInstitution.PASSWORD;

    /** The administrator's calls, signed in. */
    RequestSpecification asAdmin() {
        return given().auth().preemptive().basic(adminEmail, PASSWORD);
    }

    /** Registers, approves and licenses a school in South Korea, where the demo rights cover educational use. */
    static LicensedInstitution withStreamingLicense(String titleSlug) {
        TestInstitution school = TestInstitution.approvedSchoolInKorea();
        JsonPath license = TestPurchases.license(school.adminEmail(), TestInstitution.PASSWORD, titleSlug,
                "CLASSROOM_STREAMING", 12, LocalDate.now());
        return new LicensedInstitution(school.id(), school.adminEmail(), license.getInt("id"), license.getInt("streamCap"));
    }
}

package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import org.junit.jupiter.api.Test;

import io.restassured.filter.cookie.CookieFilter;

/**
 * Pages with bad parameters or a stale form (issue 12, item 2): never the 500 page.
 */
class PageParametersIT extends ApiTestBase {

    @Test
    void aParameterThatDoesNotConvertIsTheNotFoundPage() {
        for (String page : new String[] {"?page=abc", "title.xhtml?slug=kim-il-sungs-children&months=abc"}) {
            given().when().get(page).then().statusCode(404);
        }
        for (String page : new String[] {"review/institution.xhtml?id=abc", "review/institution.xhtml?id=99999999999999999999"}) {
            given().auth().preemptive().basic("reviewer@demo.example", DEMO_PASSWORD).when().get(page).then().statusCode(404);
        }
        given().auth().preemptive().basic("teacher@demo.example", DEMO_PASSWORD).when().get("purchase/quote.xhtml?id=abc")
                .then().statusCode(404);
    }

    @Test
    void aDateOutOfRangeOnTheTitlePageIsExplainedOnThePage() {
        given().when().get("title.xhtml?slug=kim-il-sungs-children&start=-999999999-01-01").then().statusCode(200);
    }

    @Test
    void aForgedViewStateReturnsToThePageWithANotice() {
        CookieFilter cookies = new CookieFilter();
        String back = base + "login.xhtml?next=%2Fwatch.xhtml";
        given().filter(cookies).redirects().follow(false).header("Referer", back)
                .formParam("jakarta.faces.ViewState", "forged-state").formParam("login", "login")
                .when().post("login.xhtml")
                .then().statusCode(302).header("Location", endsWith("/login.xhtml?next=%2Fwatch.xhtml"));
        given().filter(cookies).when().get("login.xhtml?next=%2Fwatch.xhtml")
                .then().statusCode(200).body(containsString("has been loaded again"));
    }

    @Test
    void aForeignRefererIsNotFollowed() {
        given().redirects().follow(false).header("Referer", "https://evil.example/phish")
                .formParam("jakarta.faces.ViewState", "forged-state").when().post("login.xhtml")
                .then().statusCode(302).header("Location", endsWith("/login.xhtml"));
    }
}

package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public catalog API as a script sees it, on the demo catalog that the embedded
 * database gets on first start.
 */
class CatalogApiIT extends ApiTestBase {

    static final String SEED = "kim-il-sungs-children";

    @Test
    void listsBothSeedDocumentaries() {
        given().when().get("api/titles?size=100")
                .then().statusCode(200)
                .body("items.slug", hasItems(SEED, "korean-war-prisoners-working-title"))
                .body("page", equalTo(0))
                .body("size", equalTo(100));
    }

    @Test
    void titleCarriesTheRealProgramDetailsAndRightsWindows() {
        given().when().get("api/titles/" + SEED)
                .then().statusCode(200)
                .body("title", equalTo("Kim Il Sung's Children"))
                .body("originalTitle", equalTo("김일성의 아이들"))
                .body("runtimeMinutes", equalTo(84))
                .body("productionYear", equalTo(2020))
                .body("supplier", equalTo("Docustory Production"))
                .body("originalLanguage", equalTo("ko"))
                .body("languageVersions.language", hasItems("ko", "en", "ja"))
                .body("pressQuotes.source", hasItem(containsString("Asahi")))
                .body("awards.festival", hasItem(containsString("Nice International Film Festival")))
                .body("rightsWindows.rightType", hasItems("EDUCATIONAL", "NON_THEATRICAL", "LINEAR_TV", "TVOD", "SVOD"))
                .body("rightsWindows.find { it.rightType == 'EDUCATIONAL' }.worldwide", equalTo(true))
                .body("rightsWindows.find { it.rightType == 'EDUCATIONAL' }.territory", equalTo("Worldwide"))
                .body("licensable", equalTo(true));
    }

    @Test
    void titleInProductionIsListedButNotLicensable() {
        given().when().get("api/titles/korean-war-prisoners-working-title")
                .then().statusCode(200)
                .body("status", equalTo("IN_PRODUCTION"))
                .body("licensable", equalTo(false))
                .body("title", containsString("working title"));
    }

    @Test
    void searchesTitleSynopsisAndSubjects() {
        given().queryParam("q", "orphans").when().get("api/titles")
                .then().statusCode(200).body("items.slug", hasItem(SEED));
        given().queryParam("q", "COLD WAR").when().get("api/titles")
                .then().statusCode(200).body("items.slug", hasItem(SEED));
        given().queryParam("q", "no title says this zzqx").when().get("api/titles")
                .then().statusCode(200).body("items", hasSize(0)).body("totalItems", equalTo(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kim Il-sung", "Kim Ilsung", "kim il sung", "김일성", "金日成", "김일성의 아이들", "金日成の子供たち"})
    void everySpellingOfKimIlSungFindsTheFilmFirst(String q) {
        List<Map<String, Object>> found = given().queryParam("q", q).when().get("api/titles")
                .then().statusCode(200)
                .body("items.slug", not(hasItem("korean-war-prisoners-working-title")))
                .extract().path("items");
        List<Object> slugs = found.stream().map(item -> item.get("slug")).toList();
        assertThat(slugs).contains(SEED);
        // First, or behind titles that bear the name themselves: the studio's tests publish titles whose
        // original title is "김일성의 아이들 <tag>", which rightly match too, and may run before this class.
        String name = q.replaceAll("[\\s-]", "").toLowerCase(java.util.Locale.ROOT);
        for (Map<String, Object> before : found.subList(0, slugs.indexOf(SEED))) {
            String names = (before.get("title") + " " + before.get("originalTitle")).replaceAll("[\\s-]", "")
                    .toLowerCase(java.util.Locale.ROOT);
            assertThat(names).as("a title ranked above the film for '%s'", q).contains(name);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"POW", "prisoners of war", "POWs"})
    void prisonersOfWarAndPowFindEachOther(String q) {
        given().queryParam("q", q).when().get("api/titles")
                .then().statusCode(200)
                .body("items.slug", hasItem("korean-war-prisoners-working-title"))
                .body("items.slug", not(hasItem(SEED)));
    }

    @Test
    void theTextSearchKeepsTheOtherFilters() {
        given().queryParam("q", "Kim Ilsung").queryParam("subject", "Cold War").when().get("api/titles")
                .then().statusCode(200).body("items.slug", hasItem(SEED));
        given().queryParam("q", "Kim Ilsung").queryParam("subject", "Korean War").when().get("api/titles")
                .then().statusCode(200).body("items", hasSize(0)).body("totalItems", equalTo(0));
        given().queryParam("q", "Kim Ilsung").queryParam("maxRuntime", 60).when().get("api/titles")
                .then().statusCode(200).body("items.slug", not(hasItem(SEED)));
        given().queryParam("q", "Kim Ilsung").queryParam("language", "ja").queryParam("minRuntime", 80)
                .when().get("api/titles")
                .then().statusCode(200).body("items.slug", hasItem(SEED));
        given().queryParam("q", "Kim Ilsung").queryParam("page", 5).when().get("api/titles")
                .then().statusCode(200).body("items", hasSize(0)).body("totalItems", equalTo(
                        given().queryParam("q", "Kim Ilsung").when().get("api/titles").path("totalItems")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"title:*", "\"", "AND OR", "!!!", "((", "*:*", "-", "\\", "zz~", "names:zz^9"})
    void textLookingLikeQuerySyntaxIsSearchedAsWordsNeverAnError(String q) {
        // Only the words count ("and", "or", "zz"); none of these matches everything the way "*:*" would as syntax.
        int all = given().when().get("api/titles").path("totalItems");
        int found = given().queryParam("q", q).when().get("api/titles")
                .then().statusCode(200).contentType("application/json").extract().path("totalItems");
        org.assertj.core.api.Assertions.assertThat(found).isLessThan(all);
    }

    @Test
    void veryLongTextIsSearchedNotRefused() {
        given().queryParam("q", "Kim Ilsung " + "zz ".repeat(600)).when().get("api/titles")
                .then().statusCode(200);
        given().queryParam("q", "金日成".repeat(100)).when().get("api/titles")
                .then().statusCode(200);
    }

    @Test
    void filtersBySubjectAndLanguage() {
        given().queryParam("subject", "Cold War").when().get("api/titles")
                .then().statusCode(200).body("items.slug", hasItem(SEED))
                .body("items.slug", not(hasItem("korean-war-prisoners-working-title")));
        given().queryParam("language", "ja").when().get("api/titles")
                .then().statusCode(200).body("items.slug", hasItem(SEED));
        given().queryParam("language", "fr").when().get("api/titles")
                .then().statusCode(200).body("items.slug", not(hasItem(SEED)));
    }

    @Test
    void filtersByRightAvailableInACountry() {
        given().queryParam("rightType", "EDUCATIONAL").queryParam("country", "KR").when().get("api/titles")
                .then().statusCode(200).body("items.slug", hasItem(SEED))
                .body("items.status", everyItem(equalTo("AVAILABLE")));
    }

    @Test
    void pagesThroughTheCatalog() {
        given().queryParam("size", 1).queryParam("page", 0).when().get("api/titles")
                .then().statusCode(200).body("items", hasSize(1)).body("totalPages", equalTo(
                        given().queryParam("size", 1).when().get("api/titles").path("totalItems")));
    }

    @Test
    void unknownSlugIsA404Problem() {
        given().when().get("api/titles/no-such-film")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("no-such-film"));
    }

    @Test
    void badPagingIsA400ProblemNamingTheParameter() {
        given().queryParam("page", "abc").when().get("api/titles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("page"));
        given().queryParam("size", 0).when().get("api/titles")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().queryParam("size", 101).when().get("api/titles")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().queryParam("page", -1).when().get("api/titles")
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
    }

    @Test
    void badFiltersAre400Problems() {
        given().queryParam("rightType", "EDUCATIONAL").queryParam("country", "XX").when().get("api/titles")
                .then().statusCode(400).body("errors[0].field", equalTo("country"));
        given().queryParam("rightType", "CINEMA").when().get("api/titles")
                .then().statusCode(400).body("errors[0].field", equalTo("rightType"));
    }

    @Test
    void describesItselfWithOpenApiAndReportsHealth() {
        given().when().get("openapi")
                .then().statusCode(200).body(containsString("/api/titles/{slug}"))
                .body(containsString("/api/admin/avails"));
        given().when().get("health")
                .then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'database' }.status", equalTo("UP"));
    }

    @Test
    void problemsNeverLeakInternals() {
        given().when().get("api/titles/" + SEED + "/nothing-here")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", not(containsString("Exception"))).body("type", not(nullValue()));
    }
}

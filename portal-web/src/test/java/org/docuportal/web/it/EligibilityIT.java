package org.docuportal.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import jakarta.annotation.Resource;

import org.docuportal.catalog.domain.CountryCode;
import org.docuportal.catalog.domain.RightType;
import org.docuportal.catalog.domain.Territory;
import org.docuportal.catalog.domain.Title;
import org.docuportal.catalog.domain.TitleStatus;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The eligibility API as members see it. Runs inside the server so that it can add a title
 * whose rights cover only some countries (the seed documentary's rights are worldwide), then
 * asks the API over HTTP as the demo members.
 */
@ExtendWith(ArquillianExtension.class)
class EligibilityIT {

    private static final List<String> BUILT_IN_RULES = List.of("institution-verified", "institution-type", "territory",
            "term-covered", "embargo", "member-role");

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(EligibilityIT.class);
    }

    @ArquillianResource
    private URL base;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Resource
    private UserTransaction tx;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theDemoTeacherIsEligibleForTheSeedDocumentaryWithEveryRulesReason() throws Exception {
        JsonObject decision = ask("teacher@demo.example", "kim-il-sungs-children", "EDUCATIONAL", null, 12);
        assertTrue(decision.getBoolean("eligible"), decision.toString());
        List<String> ids = decision.getJsonArray("rules").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("id")).toList();
        assertTrue(ids.containsAll(BUILT_IN_RULES), "every built-in rule is listed: " + ids);
        decision.getJsonArray("rules").getValuesAs(JsonObject.class).forEach(rule -> {
            assertTrue(rule.getBoolean("passed"), rule.toString());
            assertFalse(rule.getString("message").isBlank());
        });
    }

    @Test
    void aCountryOutsideTheRightsWindowIsNotEligibleAndTheTerritoryRuleSaysWhy() throws Exception {
        String koreaOnly = title(Set.of("KR"));
        String japanOnly = title(Set.of("JP"));
        // The demo school is in South Korea.
        assertTrue(ask("teacher@demo.example", koreaOnly, "EDUCATIONAL", null, 12).getBoolean("eligible"));
        JsonObject outside = ask("teacher@demo.example", japanOnly, "EDUCATIONAL", null, 12);
        assertFalse(outside.getBoolean("eligible"));
        JsonObject territory = rule(outside, "territory");
        assertFalse(territory.getBoolean("passed"));
        assertTrue(territory.getString("message").contains("South Korea") || territory.getString("message").contains("KR"),
                territory.getString("message"));
    }

    @Test
    void aTrainingInstitutionMayHoldNonTheatricalButNotEducationalRights() throws Exception {
        JsonObject educational = ask("officer@demo.example", "kim-il-sungs-children", "EDUCATIONAL", null, 12);
        assertFalse(educational.getBoolean("eligible"));
        assertFalse(rule(educational, "institution-type").getBoolean("passed"));
        assertTrue(ask("officer@demo.example", "kim-il-sungs-children", "NON_THEATRICAL", null, 12).getBoolean("eligible"));
    }

    @Test
    void aPendingInstitutionIsNotEligibleYet() throws Exception {
        JsonObject decision = ask("librarian@demo.example", "kim-il-sungs-children", "EDUCATIONAL", null, 12);
        assertFalse(decision.getBoolean("eligible"));
        assertFalse(rule(decision, "institution-verified").getBoolean("passed"));
    }

    @Test
    void aTermPastTheWindowsEndFailsTheTermRule() throws Exception {
        String title = title(Set.of("KR"), LocalDate.now().plusMonths(6));
        JsonObject decision = ask("teacher@demo.example", title, "EDUCATIONAL", null, 12);
        assertFalse(decision.getBoolean("eligible"));
        assertFalse(rule(decision, "term-covered").getBoolean("passed"));
    }

    @Test
    void aQuoteForATermPastTheWindowsEndIsRefusedWithThatReason() throws Exception {
        String slug = title(Set.of("KR"), LocalDate.now().plusMonths(6));
        tx.begin();
        Title title = em.createQuery("SELECT t FROM Title t WHERE t.slug = :slug", Title.class)
                .setParameter("slug", slug).getSingleResult();
        org.docuportal.licensing.domain.Offer offer = org.docuportal.licensing.domain.Offer.classroomStreaming(title, 12, 3, "USD")
                .price(org.docuportal.institution.domain.InstitutionType.K12_SCHOOL,
                        org.docuportal.institution.domain.SizeBand.FROM_501_TO_2000, "249");
        em.persist(offer);
        tx.commit();

        String credentials = Base64.getEncoder().encodeToString("teacher@demo.example:demo-password".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "api/quotes"))
                .header("Authorization", "Basic " + credentials).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"offerId\":" + offer.id() + ",\"start\":\"" + LocalDate.now() + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(409, response.statusCode(), response.body());
        JsonObject problem = Json.createReader(new StringReader(response.body())).readObject();
        assertEquals("term-covered", problem.getJsonArray("errors").getJsonObject(0).getString("field"), response.body());
    }

    @Test
    void anonymousCallersAreAskedToSignInAndBadParametersAreNamed() throws Exception {
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(
                URI.create(base + "api/titles/kim-il-sungs-children/eligibility?rightType=EDUCATIONAL")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, anonymous.statusCode());
        assertEquals(400, get("teacher@demo.example", "api/titles/kim-il-sungs-children/eligibility?rightType=CINEMA").statusCode());
        assertEquals(400, get("teacher@demo.example", "api/titles/kim-il-sungs-children/eligibility?rightType=EDUCATIONAL&months=0").statusCode());
        assertEquals(400, get("teacher@demo.example", "api/titles/kim-il-sungs-children/eligibility?rightType=EDUCATIONAL&start=tomorrow").statusCode());
        assertEquals(404, get("teacher@demo.example", "api/titles/no-such-film/eligibility?rightType=EDUCATIONAL").statusCode());
    }

    private static JsonObject rule(JsonObject decision, String id) {
        return decision.getJsonArray("rules").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no rule " + id + " in " + decision));
    }

    private String title(Set<String> countries) throws Exception {
        return title(countries, null);
    }

    /** A licensable title with an EDUCATIONAL window in the given countries only, committed so that HTTP calls see it. */
    private String title(Set<String> countries, LocalDate end) throws Exception {
        String slug = "elig-" + UUID.randomUUID().toString().substring(0, 8);
        tx.begin();
        Title title = new Title(slug, "Eligibility test " + slug, "A title for eligibility tests.", "en", TitleStatus.AVAILABLE);
        title.grantRights(RightType.EDUCATIONAL,
                Territory.countries(countries.stream().map(CountryCode::of).collect(java.util.stream.Collectors.toSet())),
                LocalDate.of(2020, 1, 1), end);
        em.persist(title);
        tx.commit();
        return slug;
    }

    private JsonObject ask(String user, String slug, String right, LocalDate start, int months) throws Exception {
        String query = "rightType=" + right + "&months=" + months + (start == null ? "" : "&start=" + start);
        HttpResponse<String> response = get(user, "api/titles/" + slug + "/eligibility?" + query);
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((user + ":demo-password").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Basic " + credentials).build(), HttpResponse.BodyHandlers.ofString());
    }
}

package org.docuportal.web.it;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI description at {@code /openapi} is the contract that clients and the fuzz suite build
 * requests from: these tests keep its essential promises from rotting as operations are added —
 * every operation says who may call it and answers its errors as problem+json, request bodies name
 * their required fields, and every reference resolves.
 */
class OpenApiContractIT extends ApiTestBase {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private Map<String, Object> document;
    private Map<String, Object> schemas;
    private final List<String> failures = new ArrayList<>();

    @BeforeEach
    @SuppressWarnings("unchecked")
    void readTheDescription() {
        document = given().queryParam("format", "json").when().get("openapi").then().statusCode(200)
                .extract().jsonPath().getMap("$");
        schemas = (Map<String, Object>) map(document.get("components")).get("schemas");
    }

    @Test
    void everyOperationSaysWhoMayCallItAndAnswersErrorsAsProblems() {
        Set<String> operationIds = new HashSet<>();
        forEachOperation((name, operation) -> {
            if (!operationIds.add(String.valueOf(operation.get("operationId")))) {
                failures.add(name + ": operationId " + operation.get("operationId") + " is used twice");
            }
            if (operation.get("summary") == null) {
                failures.add(name + ": no summary");
            }
            // [{}] is an anonymous operation (Payara writes no empty list); anything else names schemes.
            List<Map<String, Object>> security = list(operation.get("security"));
            if (security == null || security.isEmpty()) {
                failures.add(name + ": no security requirement (anonymous operations say [{}])");
            }
            Map<String, Object> responses = map(operation.get("responses"));
            if (responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                failures.add(name + ": no 2xx response");
            }
            boolean problem4xx = responses.entrySet().stream().anyMatch(r -> r.getKey().startsWith("4")
                    && map(map(r.getValue()).get("content")).containsKey("application/problem+json"));
            if (!problem4xx) {
                failures.add(name + ": no 4xx response with application/problem+json");
            }
            if (operation.get("x-roles") != null) {
                boolean named = security.stream().anyMatch(s -> s.containsKey("basic") || s.containsKey("token"));
                if (!named || security.stream().anyMatch(Map::isEmpty)) {
                    failures.add(name + ": role-protected but its security allows anonymous callers");
                }
                if (!responses.containsKey("401") || !responses.containsKey("403")) {
                    failures.add(name + ": role-protected but 401 or 403 is not described");
                }
            }
        });
        assertEquals(List.of(), failures);
    }

    @Test
    void jsonRequestBodiesReferenceSchemasThatNameTheirRequiredFields() {
        forEachOperation((name, operation) -> {
            Map<String, Object> body = map(operation.get("requestBody"));
            Map<String, Object> json = map(map(body.get("content")).get("application/json"));
            if (json.isEmpty()) {
                return;
            }
            Map<String, Object> schema = map(json.get("schema"));
            if ("array".equals(schema.get("type"))) {
                schema = map(schema.get("items"));
            }
            String ref = (String) schema.get("$ref");
            if (ref == null) {
                if (!"object".equals(schema.get("type"))) {
                    failures.add(name + ": JSON body has neither a schema reference nor an object type");
                }
                return;
            }
            Map<String, Object> target = map(schemas.get(ref.substring(ref.lastIndexOf('/') + 1)));
            if (target.isEmpty()) {
                failures.add(name + ": body schema " + ref + " does not exist");
            } else if (Boolean.TRUE.equals(body.get("required")) && list(target.get("required")) == null
                    && !OPTIONAL_FIELDS_ONLY.contains(ref)) {
                failures.add(name + ": body schema " + ref + " names no required field");
            }
        });
        assertEquals(List.of(), failures);
    }

    /** Bodies whose every field may be left out (settings and mail preferences changed piecemeal, a window's amendment, a member's playback). */
    private static final Set<String> OPTIONAL_FIELDS_ONLY = Set.of("#/components/schemas/SettingsDto",
            "#/components/schemas/RightsRequestDto", "#/components/schemas/StartDto", "#/components/schemas/HeartbeatDto",
            "#/components/schemas/TitleForm", "#/components/schemas/NewOffer", "#/components/schemas/MailPreferencesDto");

    @Test
    void everyReferenceResolvesAndEveryPropertyHasAType() {
        walk(document, "#");
        for (var schema : schemas.entrySet()) {
            for (var property : map(map(schema.getValue()).get("properties")).entrySet()) {
                Map<String, Object> p = map(property.getValue());
                if (p.get("type") == null && p.get("$ref") == null && p.get("allOf") == null) {
                    failures.add(schema.getKey() + "." + property.getKey() + " has no type");
                }
                if ("object".equals(p.get("type")) && p.get("properties") == null) {
                    failures.add(schema.getKey() + "." + property.getKey() + " is an object of unknown shape");
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void statesTheFactsThatRequestsAreCheckedAgainst() {
        Map<String, Object> registration = properties("RegistrationDto");
        assertEquals(200, map(registration.get("adminName")).get("maxLength"), "adminName fits display_name VARCHAR(200)");
        assertEquals("email", map(registration.get("adminEmail")).get("format"));
        assertTrue(list(map(registration.get("sizeBand")).get("enum")).contains("OVER_10000"));
        assertTrue(list(map(schemas.get("RegistrationDto")).get("required")).contains("adminPassword"));
        assertEquals("int64", map(properties("StaffDto").get("id")).get("format"), "ids are 64-bit integers, not numbers");
        assertEquals("date-time", map(properties("SessionDto").get("leaseExpiresAt")).get("format"));
        Map<String, Object> problem = properties("Problem");
        assertTrue(problem.keySet().containsAll(List.of("type", "title", "status", "detail", "errors")));
        Map<String, Object> titles = map(map(map(document.get("paths")).get("/api/titles")).get("get"));
        Map<String, Object> size = list(titles.get("parameters")).stream().map(OpenApiContractIT::map)
                .filter(p -> "size".equals(p.get("name"))).findFirst().map(p -> map(p.get("schema"))).orElseThrow();
        assertEquals("integer", size.get("type"));
        assertEquals(100, ((Number) size.get("maximum")).intValue());
        assertFalse(map(document.get("paths")).keySet().stream().anyMatch(p -> p.contains(":")),
                "path templates carry no JAX-RS regular expressions");
    }

    private Map<String, Object> properties(String schema) {
        return map(map(schemas.get(schema)).get("properties"));
    }

    private void forEachOperation(java.util.function.BiConsumer<String, Map<String, Object>> check) {
        for (var path : map(document.get("paths")).entrySet()) {
            for (var operation : map(path.getValue()).entrySet()) {
                if (METHODS.contains(operation.getKey())) {
                    check.accept(operation.getKey().toUpperCase() + " " + path.getKey(), map(operation.getValue()));
                }
            }
        }
    }

    private void walk(Object node, String where) {
        if (node instanceof Map<?, ?> m) {
            Object ref = m.get("$ref");
            if (ref instanceof String r && !(r.startsWith("#/components/schemas/")
                    && schemas.containsKey(r.substring("#/components/schemas/".length())))) {
                failures.add(where + ": unresolved " + r);
            }
            m.forEach((k, v) -> walk(v, where + "/" + k));
        } else if (node instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                walk(l.get(i), where + "/" + i);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object o) {
        return o instanceof List<?> l ? (List<T>) l : null;
    }

}

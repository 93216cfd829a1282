package org.docuportal.web.it.fuzz;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One operation of the portal's OpenAPI description, with its references resolved: what the fuzzer
 * needs to build requests for it and to judge the answers.
 *
 * @param method     HTTP method, upper case
 * @param path       the path template, e.g. {@code /api/admin/titles/{slug}}
 * @param parameters path and query parameters (headers are left to the fuzzer)
 * @param bodyTypes  media types of the request body with their schemas; empty where it takes none
 * @param secured    whether the description asks for a signed-in caller
 */
public record ApiOperation(String method, String path, List<Parameter> parameters, Map<String, JsonNode> bodyTypes,
        boolean secured) {

    /** A path or query parameter. */
    public record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    public String describe() {
        return method + " " + path;
    }

    /** Every operation of an OpenAPI 3 document (as JSON), with {@code $ref}s to its components resolved. */
    public static List<ApiOperation> allOf(JsonNode document) {
        Schemas schemas = new Schemas(document);
        List<ApiOperation> operations = new ArrayList<>();
        boolean securedByDefault = document.path("security").isArray() && !document.path("security").isEmpty();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> entry = methods.next();
                String method = entry.getKey().toUpperCase(java.util.Locale.ROOT);
                if (!List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                JsonNode operation = entry.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : parametersOf(path.getValue(), operation, schemas)) {
                    String in = parameter.path("in").asText();
                    if (in.equals("path") || in.equals("query")) {
                        parameters.add(new Parameter(parameter.path("name").asText(), in,
                                parameter.path("required").asBoolean(in.equals("path")),
                                schemas.resolve(parameter.path("schema"))));
                    }
                }
                Map<String, JsonNode> bodies = new java.util.LinkedHashMap<>();
                JsonNode content = schemas.resolve(operation.path("requestBody")).path("content");
                for (Iterator<Map.Entry<String, JsonNode>> types = content.fields(); types.hasNext();) {
                    Map.Entry<String, JsonNode> type = types.next();
                    bodies.put(type.getKey(), schemas.resolve(type.getValue().path("schema")));
                }
                JsonNode security = operation.has("security") ? operation.path("security") : document.path("security");
                boolean secured = security.isArray() ? hasRequirement(security) : securedByDefault;
                operations.add(new ApiOperation(method, path.getKey(), parameters, bodies, secured));
            }
        }
        return operations;
    }

    private static List<JsonNode> parametersOf(JsonNode pathItem, JsonNode operation, Schemas schemas) {
        List<JsonNode> all = new ArrayList<>();
        pathItem.path("parameters").forEach(p -> all.add(schemas.resolve(p)));
        operation.path("parameters").forEach(p -> all.add(schemas.resolve(p)));
        return all;
    }

    /** {@code security: []} or {@code [{}]} means anyone may call. */
    private static boolean hasRequirement(JsonNode security) {
        for (JsonNode requirement : security) {
            if (requirement.isEmpty()) {
                return false;
            }
        }
        return !security.isEmpty();
    }

    /** Resolves {@code #/components/...} references, also inside properties and items. */
    public static final class Schemas {
        private final JsonNode document;

        public Schemas(JsonNode document) {
            this.document = document;
        }

        public JsonNode resolve(JsonNode node) {
            JsonNode current = node;
            for (int depth = 0; depth < 20 && current.has("$ref"); depth++) {
                current = document.at(current.path("$ref").asText().substring(1));
            }
            return current;
        }
    }
}

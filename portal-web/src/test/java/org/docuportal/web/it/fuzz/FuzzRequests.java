package org.docuportal.web.it.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Makes requests for an operation from its OpenAPI description: a body that fits the schema, then
 * broken in one way per request (malformed JSON, a wrong root, a wrong type, a fraction for an
 * integer, {@code NaN}, a null inside a list, an unknown enum value, a date out of range, a string
 * over its limit, nesting thousands deep, a wrong or lying content type, a missing required field),
 * with path and query parameters drawn from sane and hostile values. Each request says whether a
 * 2xx answer would be wrong.
 *
 * <p>Path identifiers are never ones that exist (but the demo film's address is used for slugs):
 * the fuzzer runs as platform administrator too, and must not disable accounts or delete things
 * that the tests after it rely on.
 */
public final class FuzzRequests {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern TEMPLATE = Pattern.compile("\\{([A-Za-z0-9_]+)(?::[^}]*)?}");

    /** Strings a careless or hostile caller sends. */
    private static final List<String> HOSTILE_STRINGS = List.of("", " ", "\u0000", "a\u0000b", "null", "0", "-1",
            "<script>alert(1)</script>", "'; DROP TABLE account; --", "../../etc/passwd", "%zz", "\u202Eevil",
            "김일성의 아이들", "金日成", "😀🎬", "\uD800", "a".repeat(70_000), "x@y", "  padded  ", "true", "[]", "{}");
    /**
     * Path values. Not {@code ..} as a whole segment nor invalid percent-encoding: Payara fails on them
     * before the application sees the request and answers 200 with no body (a container bug; in
     * production nginx in front resolves or refuses them first — see docs/security.md).
     */
    private static final List<String> PATH_VALUES = List.of("0", "-1", "2147483648", "99999999999999999999",
            "987654321", "abc", "1.5", "NaN", " ", "ü", "김일성", "a..b", "a".repeat(3000), "'", "null", "\u0000");
    private static final List<String> NUMBER_QUERY_VALUES = List.of("", "abc", "-1", "0", "1", "1.5", "NaN",
            "99999999999", "-2147483649", "1e3", " 5 ", "0x10");
    private static final List<String> DATES = List.of("-999999999-01-01", "+999999999-12-31", "2026-02-30",
            "0000-00-00", "2026-13-01", "12/31/2026", "");

    private final ApiOperation.Schemas schemas;
    private final String knownSlug;

    public FuzzRequests(JsonNode document, String knownSlug) {
        this.schemas = new ApiOperation.Schemas(document);
        this.knownSlug = knownSlug;
    }

    /** One request for the operation, chosen by the random source. */
    public FuzzRequest next(ApiOperation operation, Random random) {
        String target = target(operation, random);
        if (operation.bodyTypes().isEmpty()) {
            if (random.nextInt(4) == 0 && !operation.method().equals("GET")) {
                // A body where none is expected must not change anything either.
                return new FuzzRequest(operation, operation.method(), target, "application/json",
                        bytes("{\"unexpected\":true}"), false, "unexpected body");
            }
            return new FuzzRequest(operation, operation.method(), target, null, new byte[0], false, "parameters");
        }
        Map.Entry<String, JsonNode> bodyType = pick(new ArrayList<>(operation.bodyTypes().entrySet()), random);
        if (bodyType.getKey().contains("json")) {
            return jsonBody(operation, target, bodyType.getValue(), random);
        }
        return otherBody(operation, target, bodyType.getKey(), random);
    }

    private String target(ApiOperation operation, Random random) {
        StringBuilder path = new StringBuilder();
        Matcher matcher = TEMPLATE.matcher(operation.path());
        while (matcher.find()) {
            String name = matcher.group(1);
            matcher.appendReplacement(path, Matcher.quoteReplacement(encodePathSegment(pathValue(name, random))));
        }
        matcher.appendTail(path);
        StringBuilder query = new StringBuilder();
        for (ApiOperation.Parameter parameter : operation.parameters()) {
            if (!parameter.in().equals("query") || random.nextInt(10) < 4) {
                continue;
            }
            query.append(query.length() == 0 ? '?' : '&').append(encodeQuery(parameter.name())).append('=')
                    .append(encodeQuery(queryValue(parameter.schema(), random)));
        }
        return path + query.toString();
    }

    private String pathValue(String name, Random random) {
        boolean sane = random.nextInt(3) > 0;
        if (sane) {
            switch (name) {
                case "slug": return knownSlug;
                case "language": return pick(List.of("ko", "en", "ja", "zz"), random);
                case "width": return pick(List.of("320", "640", "9999", "0"), random);
                case "code": return "FUZZ" + random.nextInt(100_000);
                default: return String.valueOf(900_000_000 + random.nextInt(1_000_000));
            }
        }
        return pick(PATH_VALUES, random);
    }

    private String queryValue(JsonNode schema, Random random) {
        String type = schema.path("type").asText();
        if (schema.has("enum") && random.nextBoolean()) {
            return pick(texts(schema.path("enum")), random);
        }
        if (type.equals("integer") || type.equals("number")) {
            return random.nextBoolean() ? String.valueOf(random.nextInt(400) - 50) : pick(NUMBER_QUERY_VALUES, random);
        }
        if (schema.path("format").asText().startsWith("date")) {
            return random.nextBoolean() ? "2026-09-01" : pick(DATES, random);
        }
        return random.nextBoolean() ? "history" : pick(HOSTILE_STRINGS, random);
    }

    private FuzzRequest jsonBody(ApiOperation operation, String target, JsonNode schema, Random random) {
        if (isType(schemas.resolve(schema), "array")) {
            return jsonListBody(operation, target, schemas.resolve(schema), random);
        }
        ObjectNode template = objectFor(schema, random, 0);
        String valid = template.toString();
        List<String> properties = names(template);
        int kind = random.nextInt(16);
        switch (kind) {
            case 0: {
                int cut = valid.length() <= 1 ? 0 : 1 + random.nextInt(valid.length() - 1);
                return json(operation, target, valid.substring(0, cut), true, "malformed JSON");
            }
            case 1:
                return json(operation, target, pick(List.of("[]", "42", "\"text\"", "null", "true", "[" + valid + "]"),
                        random), true, "root not an object");
            case 2:
                return json(operation, target, "\uFEFF" + valid, false, "byte-order mark");
            case 3:
                return new FuzzRequest(operation, operation.method(), target, "text/plain", bytes(valid), true,
                        "wrong content type");
            case 4:
                return new FuzzRequest(operation, operation.method(), target, "application/json; charset=bogus-9",
                        bytes(valid), true, "unknown charset");
            case 5:
                return json(operation, target, "", true, "empty body");
            default:
                break;
        }
        if (properties.isEmpty()) {
            return json(operation, target, valid, false, "as described");
        }
        String field = pick(properties, random);
        JsonNode fieldSchema = propertySchema(schema, field);
        ObjectNode broken = template.deepCopy();
        switch (kind) {
            case 6:
                broken.set(field, wrongType(fieldSchema, random));
                return json(operation, target, broken.toString(), true, "wrong type for " + field);
            case 7:
                if (isType(fieldSchema, "integer")) {
                    broken.put(field, 1.5);
                    return json(operation, target, broken.toString(), true, "fraction for integer " + field);
                }
                broken.put(field, new java.math.BigDecimal("1e400"));
                return json(operation, target, broken.toString(), isType(fieldSchema, "integer"), "huge number for " + field);
            case 8:
                return json(operation, target, valid.replace("\"" + field + "\":" + template.get(field),
                        "\"" + field + "\":NaN"), true, "NaN for " + field);
            case 9: {
                ArrayNode list = JSON.arrayNode();
                list.addNull();
                broken.set(field, list);
                return json(operation, target, broken.toString(), true, "null inside list " + field);
            }
            case 10:
                if (fieldSchema.has("enum")) {
                    broken.put(field, "NOT_A_VALUE");
                    return json(operation, target, broken.toString(), true, "unknown enum value for " + field);
                }
                broken.put(field, pick(DATES, random));
                return json(operation, target, broken.toString(), isDate(fieldSchema), "odd date for " + field);
            case 11: {
                String value = pick(HOSTILE_STRINGS, random);
                broken.put(field, value);
                boolean tooLong = fieldSchema.has("maxLength") && value.length() > fieldSchema.path("maxLength").asInt();
                return json(operation, target, broken.toString(), tooLong, "hostile string for " + field);
            }
            case 12:
                return json(operation, target, valid.replace("\"" + field + "\":" + template.get(field),
                        "\"" + field + "\":" + "[".repeat(5000) + "]".repeat(5000)), true, "nested 5000 deep in " + field);
            case 13: {
                List<String> required = texts(schema.path("required"));
                if (!required.isEmpty()) {
                    String missing = pick(required, random);
                    broken.remove(missing);
                    return json(operation, target, broken.toString(), true, "missing required " + missing);
                }
                broken.putNull(field);
                return json(operation, target, broken.toString(), false, "null for " + field);
            }
            case 14:
                broken.put("unknownField" + random.nextInt(10), "ignored");
                return json(operation, target, broken.toString(), false, "unknown field");
            default:
                broken.put(field, -1 - random.nextInt(1000));
                return json(operation, target, broken.toString(), false, "negative number for " + field);
        }
    }

    /** Bodies for an operation that takes a JSON list (such as a title's chapters), where {@code []} is a valid body. */
    private FuzzRequest jsonListBody(ApiOperation operation, String target, JsonNode schema, Random random) {
        JsonNode itemSchema = schemas.resolve(schema.path("items"));
        ArrayNode valid = JSON.arrayNode().add(valueFor("item", itemSchema, random, 1));
        String text = valid.toString();
        switch (random.nextInt(8)) {
            case 0:
                return json(operation, target, text.substring(0, 1 + random.nextInt(text.length() - 1)), true,
                        "malformed JSON list");
            case 1:
                return json(operation, target, pick(List.of("{}", "42", "\"text\"", "true", "{\"items\":" + text + "}"),
                        random), true, "root not a list");
            case 2:
                return json(operation, target, "[null]", true, "null inside the list");
            case 3:
                return json(operation, target, "[42, \"x\"]", true, "items of the wrong type");
            case 4:
                return json(operation, target, "[" + "[".repeat(5000) + "]".repeat(5000) + "]", true, "nested 5000 deep");
            case 5:
                return json(operation, target, "[]", false, "empty list");
            case 6:
                return json(operation, target, "", true, "empty body");
            default:
                return json(operation, target, text, false, "as described");
        }
    }

    private FuzzRequest otherBody(ApiOperation operation, String target, String mediaType, Random random) {
        String contentType = mediaType.contains("*") ? "application/octet-stream" : mediaType;
        switch (random.nextInt(4)) {
            case 0:
                return new FuzzRequest(operation, operation.method(), target, contentType, new byte[0], false, "empty upload");
            case 1:
                return new FuzzRequest(operation, operation.method(), target, "application/json", bytes("{\"a\":1}"),
                        false, "JSON instead of " + contentType);
            default: {
                byte[] noise = new byte[random.nextInt(4096)];
                random.nextBytes(noise);
                return new FuzzRequest(operation, operation.method(), target, contentType, noise, false,
                        "random bytes as " + contentType);
            }
        }
    }

    private FuzzRequest json(ApiOperation operation, String target, String body, boolean refusalDue, String mutation) {
        return new FuzzRequest(operation, operation.method(), target, "application/json", bytes(body), refusalDue,
                mutation);
    }

    /** A body that fits the schema, with plausible values. */
    private ObjectNode objectFor(JsonNode schema, Random random, int depth) {
        ObjectNode object = JSON.objectNode();
        JsonNode resolved = schemas.resolve(schema);
        for (Iterator<Map.Entry<String, JsonNode>> it = resolved.path("properties").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> property = it.next();
            object.set(property.getKey(), valueFor(property.getKey(), schemas.resolve(property.getValue()), random, depth));
        }
        return object;
    }

    private JsonNode valueFor(String name, JsonNode schema, Random random, int depth) {
        if (schema.has("enum") && !schema.path("enum").isEmpty()) {
            return schema.path("enum").get(random.nextInt(schema.path("enum").size()));
        }
        if (schema.has("example")) {
            return schema.path("example");
        }
        String type = schema.path("type").asText();
        String format = schema.path("format").asText();
        switch (type) {
            case "integer": return JSON.numberNode(1 + random.nextInt(24));
            case "number": return JSON.numberNode(1 + random.nextInt(24));
            case "boolean": return JSON.booleanNode(random.nextBoolean());
            case "array": {
                ArrayNode array = JSON.arrayNode();
                if (depth < 3) {
                    array.add(valueFor(name, schemas.resolve(schema.path("items")), random, depth + 1));
                }
                return array;
            }
            case "object": return depth < 3 ? objectFor(schema, random, depth + 1) : JSON.objectNode();
            default:
                if (format.equals("date") || name.toLowerCase(java.util.Locale.ROOT).endsWith("date")
                        || name.equals("start") || name.equals("end")) {
                    return JSON.textNode("2027-0" + (1 + random.nextInt(9)) + "-01");
                }
                if (format.equals("date-time")) {
                    return JSON.textNode("2027-01-01T10:00:00Z");
                }
                if (format.equals("email") || name.toLowerCase(java.util.Locale.ROOT).contains("email")) {
                    return JSON.textNode("fuzz" + random.nextInt(1_000_000) + "@fuzz.example");
                }
                return JSON.textNode("fuzz " + random.nextInt(1000));
        }
    }

    private JsonNode wrongType(JsonNode schema, Random random) {
        String type = schema.path("type").asText("string");
        switch (type) {
            case "integer":
            case "number":
                return random.nextBoolean() ? JSON.textNode("abc") : JSON.arrayNode().add(1);
            case "array": return random.nextBoolean() ? JSON.textNode("x") : JSON.objectNode().put("a", 1);
            case "object": return random.nextBoolean() ? JSON.arrayNode() : JSON.numberNode(7);
            case "boolean": return JSON.textNode("yes");
            default: return random.nextBoolean() ? JSON.arrayNode().add("x") : JSON.objectNode().put("a", "b");
        }
    }

    private JsonNode propertySchema(JsonNode schema, String field) {
        return schemas.resolve(schemas.resolve(schema).path("properties").path(field));
    }

    private static boolean isType(JsonNode schema, String type) {
        return schema.path("type").asText().equals(type);
    }

    private static boolean isDate(JsonNode schema) {
        return schema.path("format").asText().startsWith("date");
    }

    private static List<String> names(ObjectNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String encodePathSegment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String encodeQuery(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

}

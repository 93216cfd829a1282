package org.docuportal.web.api.problem;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.docuportal.shared.application.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Checks a JSON object against the record an operation reads it into, before JSON-B binds it: JSON-B
 * is lenient where a caller's mistake should be refused (it turns {@code 1.5} into {@code 1},
 * {@code 42} into {@code "42"}, keeps {@code null} inside lists) and strict with a message naming
 * Java types where the caller deserves the field's name.
 *
 * <p>Rules: a {@code String} takes a JSON string, no longer than the {@code maxLength} its
 * {@link Schema} documents (or {@link #DEFAULT_MAX_LENGTH}); whole-number types take integral
 * numbers within their range; {@code boolean} takes true or false; an enum takes one of its
 * constants' names; lists take arrays without nulls; nested records are checked the same way.
 * {@code null} stands for "not given" everywhere — the services say which fields are required.
 * Unknown fields are ignored, so that older clients keep working.
 */
final class JsonShape {

    /** For text without a documented limit: far above any real field, well below what hurts. */
    static final int DEFAULT_MAX_LENGTH = 20_000;
    private static final int MAX_ERRORS = 20;

    private final List<InvalidInputException.Violation> violations = new ArrayList<>();

    private JsonShape() {
    }

    /** Throws {@link InvalidInputException} naming every field that does not fit {@code type}. */
    static void check(JsonObject body, Class<?> type) {
        JsonShape shape = new JsonShape();
        shape.object(body, type, "");
        shape.throwIfAny();
    }

    private void throwIfAny() {
        if (!violations.isEmpty()) {
            String first = violations.get(0).message();
            String message = violations.size() == 1 ? first
                    : "The request has " + violations.size() + " problems, first: " + first;
            throw new InvalidInputException(message, violations);
        }
    }

    /** Like {@link #check} for a body that is a list of records; {@code listType} is the list's generic type. */
    static void checkList(JsonArray body, Type listType) {
        JsonShape shape = new JsonShape();
        shape.list(body, listType, "");
        shape.throwIfAny();
    }

    /** Whether {@code type} is one of the portal's own records, which this class knows how to check. */
    static boolean checks(Class<?> type) {
        return type.isRecord() && type.getName().startsWith("org.docuportal.");
    }

    private void object(JsonObject json, Class<?> type, String prefix) {
        for (RecordComponent component : type.getRecordComponents()) {
            JsonValue value = json.get(component.getName());
            if (value != null && value.getValueType() != JsonValue.ValueType.NULL) {
                value(value, component.getGenericType(), prefix + component.getName(), schemaOf(type, component));
            }
        }
    }

    private void value(JsonValue value, Type type, String field, Schema schema) {
        if (violations.size() >= MAX_ERRORS) {
            return;
        }
        Class<?> raw = raw(type);
        if (raw == String.class) {
            text(value, field, schema);
        } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
                || raw == short.class || raw == Short.class || raw == BigInteger.class) {
            wholeNumber(value, raw, field, schema);
        } else if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class
                || raw == BigDecimal.class) {
            if (value.getValueType() != JsonValue.ValueType.NUMBER) {
                fail(field, field + " must be a number.");
            }
        } else if (raw == boolean.class || raw == Boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                fail(field, field + " must be true or false.");
            }
        } else if (raw.isEnum()) {
            enumValue(value, raw, field);
        } else if (Collection.class.isAssignableFrom(raw)) {
            list(value, type, field);
        } else if (Map.class.isAssignableFrom(raw)) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                fail(field, field + " must be an object ({ ... }).");
            }
        } else if (checks(raw)) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                fail(field, field + " must be an object ({ ... }).");
            } else {
                object(value.asJsonObject(), raw, field + ".");
            }
        }
        // Anything else (JsonValue, Object, java.time types) is left to JSON-B and the services.
    }

    private void text(JsonValue value, String field, Schema schema) {
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            fail(field, field + " must be text (a JSON string).");
            return;
        }
        String text = ((jakarta.json.JsonString) value).getString();
        int max = schema != null && schema.maxLength() > 0 && schema.maxLength() < Integer.MAX_VALUE
                ? schema.maxLength() : DEFAULT_MAX_LENGTH;
        if (text.codePointCount(0, text.length()) > max) {
            fail(field, field + " is longer than " + max + " characters.");
        } else if (text.indexOf('\u0000') >= 0) {
            // PostgreSQL cannot store U+0000 in text, and no field of ours means it.
            fail(field, field + " contains a NUL character (U+0000).");
        }
    }

    private void wholeNumber(JsonValue value, Class<?> raw, String field, Schema schema) {
        if (value.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) value).isIntegral()) {
            fail(field, field + " must be a whole number.");
            return;
        }
        BigInteger number = ((JsonNumber) value).bigIntegerValue();
        long min = raw == int.class || raw == Integer.class ? Integer.MIN_VALUE
                : raw == short.class || raw == Short.class ? Short.MIN_VALUE : Long.MIN_VALUE;
        long max = raw == int.class || raw == Integer.class ? Integer.MAX_VALUE
                : raw == short.class || raw == Short.class ? Short.MAX_VALUE : Long.MAX_VALUE;
        if (schema != null && !schema.minimum().isEmpty()) {
            min = Math.max(min, new BigDecimal(schema.minimum()).longValue());
        }
        if (schema != null && !schema.maximum().isEmpty()) {
            max = Math.min(max, new BigDecimal(schema.maximum()).longValue());
        }
        if (raw != BigInteger.class && (number.compareTo(BigInteger.valueOf(min)) < 0 || number.compareTo(BigInteger.valueOf(max)) > 0)) {
            fail(field, field + " must be a whole number from " + min + " to " + max + ".");
        }
    }

    private void enumValue(JsonValue value, Class<?> raw, String field) {
        List<String> allowed = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        if (value.getValueType() != JsonValue.ValueType.STRING || !allowed.contains(((jakarta.json.JsonString) value).getString())) {
            fail(field, field + " must be one of " + allowed.stream().collect(Collectors.joining(", ")) + ".");
        }
    }

    private void list(JsonValue value, Type type, String field) {
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            fail(field, field + " must be a list ([ ... ]).");
            return;
        }
        Type element = type instanceof ParameterizedType parameterized ? parameterized.getActualTypeArguments()[0] : Object.class;
        JsonArray array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            JsonValue item = array.get(i);
            if (item.getValueType() == JsonValue.ValueType.NULL) {
                fail(field + "[" + i + "]", field + "[" + i + "] must not be null.");
            } else {
                value(item, element, field + "[" + i + "]", null);
            }
        }
    }

    /** {@code @Schema} has no RECORD_COMPONENT target: Java puts it on the field (and the accessor) instead. */
    private static Schema schemaOf(Class<?> type, RecordComponent component) {
        Schema onAccessor = component.getAccessor().getAnnotation(Schema.class);
        if (onAccessor != null) {
            return onAccessor;
        }
        try {
            return type.getDeclaredField(component.getName()).getAnnotation(Schema.class);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private void fail(String field, String message) {
        violations.add(new InvalidInputException.Violation(field, message));
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }
}

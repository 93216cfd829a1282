package org.docuportal.web.api.contract;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * JSON schemas of the API's Java types as JSON-B writes and reads them: a record is an object of its
 * components (a component left null is omitted, so only primitives are always present), an enum a
 * string of its constants, {@code Instant} a date-time and {@code LocalDate} a date. Constraints the
 * type cannot carry — lengths matching the database columns, allowed values of a string, required
 * request fields — come from MicroProfile {@code @Schema} annotations on the record components.
 */
final class JsonSchemas {

    private static final Logger LOG = Logger.getLogger(JsonSchemas.class.getName());
    static final String REF = "#/components/schemas/";

    private final Map<String, Schema> components = new LinkedHashMap<>();
    private final Map<Class<?>, String> names = new HashMap<>();

    Map<String, Schema> components() {
        return components;
    }

    /** The schema of a value of {@code type}: inline for scalars and lists, a reference for records. */
    Schema of(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw)) {
            return OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(of(parameterized.getActualTypeArguments()[0]));
        }
        if (type instanceof GenericArrayType array) {
            return OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(of(array.getGenericComponentType()));
        }
        if (type instanceof WildcardType wildcard) {
            return of(wildcard.getUpperBounds()[0]);
        }
        Class<?> raw = type instanceof Class<?> c ? c : type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : Object.class;
        return ofClass(raw);
    }

    private Schema ofClass(Class<?> raw) {
        Schema scalar = scalar(raw);
        if (scalar != null) {
            return scalar;
        }
        if (raw.isArray()) {
            return OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(of(raw.getComponentType()));
        }
        if (raw.isEnum()) {
            List<Object> values = new ArrayList<>();
            Arrays.stream(raw.getEnumConstants()).forEach(e -> values.add(((Enum<?>) e).name()));
            return OASFactory.createSchema().type(Schema.SchemaType.STRING).enumeration(values);
        }
        if (raw.isRecord()) {
            return OASFactory.createSchema().ref(REF + component(raw));
        }
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
    }

    static Schema scalar(Class<?> raw) {
        if (raw == String.class || raw == Character.class || raw == char.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING);
        }
        if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32");
        }
        if (raw == long.class || raw == Long.class || raw == BigInteger.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int64");
        }
        if (raw == double.class || raw == Double.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.NUMBER).format("double");
        }
        if (raw == float.class || raw == Float.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.NUMBER).format("float");
        }
        if (raw == BigDecimal.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.NUMBER);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN);
        }
        if (raw == Instant.class || raw == OffsetDateTime.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING).format("date-time");
        }
        if (raw == LocalDate.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING).format("date");
        }
        if (raw == YearMonth.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING).pattern("^[0-9]{4}-[0-9]{2}$");
        }
        return null;
    }

    /** The component name of a record, its schema built on first use. */
    String component(Class<?> record) {
        String known = names.get(record);
        if (known != null) {
            return known;
        }
        var annotation = record.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        String name = annotation != null && !annotation.name().isBlank() ? annotation.name() : record.getSimpleName();
        if (components.containsKey(name)) {
            String qualified = record.getEnclosingClass() == null ? record.getName().replace('.', '_')
                    : record.getEnclosingClass().getSimpleName() + record.getSimpleName();
            LOG.warning("Two API types are called " + name + "; " + record.getName() + " is described as " + qualified
                    + ". Give one of them @Schema(name = ...).");
            name = qualified;
        }
        names.put(record, name);
        Schema schema = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
        components.put(name, schema);
        if (annotation != null) {
            describe(schema, annotation);
        }
        List<String> required = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            Schema property = of(component.getGenericType());
            var constraints = constraints(record, component);
            if (constraints != null) {
                property = constrain(property, constraints);
                if (constraints.required()) {
                    required.add(component.getName());
                }
            }
            if (component.getType().isPrimitive() && !required.contains(component.getName())) {
                required.add(component.getName());
            }
            schema.addProperty(component.getName(), property);
        }
        if (!required.isEmpty()) {
            schema.required(required);
        }
        return name;
    }

    private static org.eclipse.microprofile.openapi.annotations.media.Schema constraints(Class<?> record, RecordComponent component) {
        var onAccessor = component.getAccessor().getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        if (onAccessor != null) {
            return onAccessor;
        }
        try {
            Field field = record.getDeclaredField(component.getName());
            return field.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    /**
     * The schema with an annotation's constraints. A reference cannot carry siblings in OpenAPI 3.0,
     * so a described reference becomes {@code allOf: [ref]} with the description beside it.
     */
    static Schema constrain(Schema schema, org.eclipse.microprofile.openapi.annotations.media.Schema a) {
        Schema target = schema;
        if (schema.getRef() != null) {
            if (a.description().isBlank() && !a.nullable()) {
                return schema;
            }
            target = OASFactory.createSchema().addAllOf(schema);
        }
        if (a.type() != SchemaType.DEFAULT) {
            target.type(Schema.SchemaType.valueOf(a.type().name()));
            if (a.format().isBlank() && a.type() != SchemaType.INTEGER && a.type() != SchemaType.NUMBER) {
                target.format(null);
            }
        }
        Schema items = target.getType() == Schema.SchemaType.ARRAY && target.getItems() != null
                && target.getItems().getRef() == null ? target.getItems() : null;
        // On a list, string constraints describe its elements; item-count constraints the list itself.
        Schema strings = items != null ? items : target;
        describe(target, a);
        if (!a.format().isBlank()) {
            strings.format(a.format());
        }
        if (a.maxLength() != Integer.MAX_VALUE) {
            strings.maxLength(a.maxLength());
        }
        if (a.minLength() > 0) {
            strings.minLength(a.minLength());
        }
        if (!a.pattern().isBlank()) {
            strings.pattern(a.pattern());
        }
        if (a.enumeration().length > 0) {
            strings.enumeration(new ArrayList<>(Arrays.asList(a.enumeration())));
        }
        if (!a.minimum().isBlank()) {
            strings.minimum(new BigDecimal(a.minimum()));
        }
        if (!a.maximum().isBlank()) {
            strings.maximum(new BigDecimal(a.maximum()));
        }
        if (a.maxItems() != Integer.MIN_VALUE) {
            target.maxItems(a.maxItems());
        }
        if (a.minItems() != Integer.MAX_VALUE) {
            target.minItems(a.minItems());
        }
        if (a.nullable()) {
            target.nullable(true);
        }
        if (a.readOnly()) {
            target.readOnly(true);
        }
        if (!a.defaultValue().isBlank()) {
            target.defaultValue(typed(strings, a.defaultValue()));
        }
        if (!a.example().isBlank()) {
            target.example(typed(target.getType() == Schema.SchemaType.ARRAY ? target : strings, a.example()));
        }
        return target;
    }

    private static void describe(Schema schema, org.eclipse.microprofile.openapi.annotations.media.Schema a) {
        if (!a.description().isBlank()) {
            schema.description(a.description());
        }
        if (!a.title().isBlank()) {
            schema.title(a.title());
        }
    }

    /** An example or default written in an annotation as text, as the JSON value of the schema's type. */
    private static Object typed(Schema schema, String text) {
        Schema.SchemaType type = schema.getType();
        if (type == Schema.SchemaType.INTEGER) {
            return Long.valueOf(text);
        }
        if (type == Schema.SchemaType.NUMBER) {
            return new BigDecimal(text);
        }
        if (type == Schema.SchemaType.BOOLEAN) {
            return Boolean.valueOf(text);
        }
        if (type == Schema.SchemaType.ARRAY) {
            String inner = text.strip();
            if (inner.startsWith("[") && inner.endsWith("]")) {
                inner = inner.substring(1, inner.length() - 1);
            }
            List<Object> values = new ArrayList<>();
            for (String part : inner.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.strip().replaceAll("^\"|\"$", ""));
                }
            }
            return values;
        }
        return text;
    }
}

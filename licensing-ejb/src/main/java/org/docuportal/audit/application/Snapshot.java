package org.docuportal.audit.application;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The fields of a subject that matter to an auditor, in the order they were added, as a small flat
 * JSON object. Values are kept as strings, numbers, booleans, lists of strings or null, so that
 * before and after compare field by field.
 *
 * <p>Secrets never get in: a field whose name speaks of a password, token, hash or secret is
 * refused outright, so a careless snapshot fails in the first test rather than leaking into the
 * log. Gson, which the project already uses for the payment provider's notices, writes and reads the
 * JSON; nothing here needs a JSON-B provider, so the rules are tested without a server.
 */
public final class Snapshot {

    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private static final List<String> SECRET_WORDS = List.of("password", "token", "hash", "secret");

    private final Map<String, Object> fields = new LinkedHashMap<>();

    private Snapshot() {
    }

    public static Snapshot of() {
        return new Snapshot();
    }

    /**
     * Adds a field. Enums are kept by name, collections as lists of strings, dates and times and
     * anything else by {@code toString()}.
     *
     * @throws IllegalArgumentException when the name looks like a secret's
     */
    public Snapshot with(String name, Object value) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String word : SECRET_WORDS) {
            if (lower.contains(word)) {
                throw new IllegalArgumentException("An audit snapshot keeps no secrets: leave out \"" + name + "\".");
            }
        }
        fields.put(name, normalize(value));
        return this;
    }

    private static Object normalize(Object value) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Collection<?> items) {
            List<String> strings = new ArrayList<>();
            for (Object item : items) {
                strings.add(item instanceof Enum<?> e ? e.name() : String.valueOf(item));
            }
            return strings;
        }
        if (value instanceof TemporalAccessor || value instanceof CharSequence) {
            return value.toString();
        }
        return value.toString();
    }

    public Map<String, Object> fields() {
        return Collections.unmodifiableMap(fields);
    }

    /** The JSON text, or null for a null snapshot (the subject did not exist before, or is gone after). */
    public static String toJson(Snapshot snapshot) {
        return snapshot == null ? null : GSON.toJson(snapshot.fields);
    }

    /**
     * A stored snapshot's fields as text for people, in their stored order: lists joined by ", ",
     * null for a null value. Empty for null text; text that is not a JSON object is shown whole
     * under the name "value" rather than hidden.
     */
    public static Map<String, String> readable(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return out;
        }
        JsonObject object;
        try {
            JsonElement parsed = JsonParser.parseString(json);
            if (!parsed.isJsonObject()) {
                out.put("value", json);
                return out;
            }
            object = parsed.getAsJsonObject();
        } catch (JsonParseException e) {
            out.put("value", json);
            return out;
        }
        for (Map.Entry<String, JsonElement> field : object.entrySet()) {
            out.put(field.getKey(), text(field.getValue()));
        }
        return out;
    }

    private static String text(JsonElement value) {
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (value.isJsonPrimitive()) {
            return value.getAsString();
        }
        if (value.isJsonArray()) {
            List<String> items = new ArrayList<>();
            value.getAsJsonArray().forEach(item -> items.add(text(item)));
            return String.join(", ", items);
        }
        return value.toString();
    }

    /**
     * Before and after side by side, one row per field: the after snapshot's fields in order, then
     * those only the before snapshot had.
     */
    public static List<FieldChange> changes(String beforeJson, String afterJson) {
        Map<String, String> before = readable(beforeJson);
        Map<String, String> after = readable(afterJson);
        Set<String> names = new LinkedHashSet<>(after.keySet());
        names.addAll(before.keySet());
        List<FieldChange> rows = new ArrayList<>();
        for (String name : names) {
            rows.add(new FieldChange(name, before.get(name), after.get(name),
                    beforeJson != null && afterJson != null && !java.util.Objects.equals(before.get(name), after.get(name))));
        }
        return rows;
    }
}

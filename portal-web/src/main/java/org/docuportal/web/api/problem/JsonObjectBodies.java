package org.docuportal.web.api.problem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * The one strict boundary for JSON request bodies read into the portal's own records (or lists of
 * them): the body is read whole (at most {@link #MAX_BYTES}), must be well-formed UTF-8 JSON whose
 * root is an object, or an array for a list (JSON-B would take an array holding one object as that
 * object, and {@code null} as no list at all), and must fit the record's types
 * ({@link JsonShape}); only then does JSON-B bind it. A leading UTF-8 byte order mark, which RFC 8259
 * lets a reader ignore, is skipped. Any refusal is a 400 naming the field, never JSON-B's message.
 */
@Provider
public class JsonObjectBodies implements ReaderInterceptor {

    /** Far above any form of ours; the uploads (video, posters, documents) do not come as JSON. */
    static final int MAX_BYTES = 1024 * 1024;
    /** Our forms nest three or four levels; a hundred leaves room and keeps the parser's recursion shallow. */
    static final int MAX_DEPTH = 100;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Shape shape = expectedShape(context);
        if (shape != Shape.OTHER) {
            byte[] body = readAtMost(context.getInputStream());
            int start = hasByteOrderMark(body) ? 3 : 0;
            String text = utf8(body, start);
            if (!text.isBlank()) {
                JsonValue value = parse(text);
                if (shape == Shape.OBJECT) {
                    JsonShape.check(asObject(value), context.getType());
                } else {
                    JsonShape.checkList(asArray(value), context.getGenericType());
                }
            }
            context.setInputStream(new ByteArrayInputStream(body, start, body.length - start));
        }
        return context.proceed();
    }

    /**
     * For an operation that takes its body as text and binds it itself (its own service names the bad
     * fields): well-formed JSON whose root is an object, else a 400. Blank text is left to the caller.
     */
    public static void requireObject(String text) {
        if (text != null && !text.isBlank()) {
            asObject(parse(text.charAt(0) == '\uFEFF' ? text.substring(1) : text));
        }
    }

    /** What the operation reads: one of our records, a list of them, or something this class leaves alone. */
    private enum Shape { OBJECT, LIST, OTHER }

    private static Shape expectedShape(ReaderInterceptorContext context) {
        MediaType type = context.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return Shape.OTHER;
        }
        if (JsonShape.checks(context.getType())) {
            return Shape.OBJECT;
        }
        if (java.util.Collection.class.isAssignableFrom(context.getType())
                && context.getGenericType() instanceof java.lang.reflect.ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element && JsonShape.checks(element)) {
            return Shape.LIST;
        }
        return Shape.OTHER;
    }

    private static JsonObject asObject(JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new BadRequestException("The request body must be a JSON object ({ ... }) with the fields described in /openapi.");
        }
        return value.asJsonObject();
    }

    private static JsonArray asArray(JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new BadRequestException("The request body must be a JSON array ([ ... ]) of the objects described in /openapi.");
        }
        return value.asJsonArray();
    }

    private static JsonValue parse(String text) {
        if (deeperThan(text, MAX_DEPTH)) {
            throw new BadRequestException("The request body nests arrays or objects more than " + MAX_DEPTH + " deep.");
        }
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
            throw new BadRequestException("The request body is not well-formed JSON" + where + ".");
        } catch (JsonException | IllegalStateException e) {
            // Parsson's message may name its classes or limits (nesting depth): say it in our words.
            throw new BadRequestException("The request body is not well-formed JSON, or is nested too deeply.");
        }
        return value;
    }

    /**
     * Whether arrays and objects nest deeper than {@code limit}, counted outside strings. Checked before
     * parsing because the parser recurses: thousands of levels overflow its stack.
     */
    static boolean deeperThan(String text, int limit) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (++depth > limit) {
                    return true;
                }
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return false;
    }

    private static byte[] readAtMost(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw new WebApplicationException("The request body is larger than " + MAX_BYTES / 1024 + " KiB.",
                    Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        return body;
    }

    private static boolean hasByteOrderMark(byte[] body) {
        return body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB && (body[2] & 0xFF) == 0xBF;
    }

    private static String utf8(byte[] body, int start) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, start, body.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new BadRequestException("The request body is not valid UTF-8, which JSON must be.");
        }
    }
}

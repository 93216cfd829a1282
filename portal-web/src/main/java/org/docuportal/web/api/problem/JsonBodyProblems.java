package org.docuportal.web.api.problem;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response;

/**
 * A request body that JSON-B could not read into the operation's type — not JSON at all, another
 * root (an array or a number where an object is expected), a field of the wrong type — is the
 * caller's mistake: 400 with a problem document that says where, naming the field where the
 * binding says which one. Never the binding's own message, which names Java classes.
 */
final class JsonBodyProblems {

    /** How Yasson names the property it failed on, e.g. "Unable to deserialize property 'termMonths' because of: ...". */
    private static final Pattern PROPERTY = Pattern.compile("property '([A-Za-z0-9_]{1,100})'");

    private JsonBodyProblems() {
    }

    /** The 400 answer where {@code e} comes from reading a JSON body; empty for anything else. */
    static Optional<Response> of(Throwable e) {
        boolean fromJson = false;
        JsonParsingException syntax = null;
        String field = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonParsingException parsing && syntax == null) {
                syntax = parsing;
            }
            if (t instanceof JsonbException || t instanceof JsonException) {
                fromJson = true;
            }
            if (field == null && t.getMessage() != null) {
                Matcher property = PROPERTY.matcher(t.getMessage());
                if (property.find()) {
                    field = property.group(1);
                }
            }
        }
        if (!fromJson) {
            return Optional.empty();
        }
        if (syntax != null) {
            JsonLocation at = syntax.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
            return Optional.of(Problem.of(Response.Status.BAD_REQUEST,
                    "The request body is not well-formed JSON" + where + ".").toResponse());
        }
        if (field != null) {
            String message = "'" + field + "' does not have the type this operation expects (see /openapi).";
            return Optional.of(new Problem("about:blank", "Bad Request", 400, message,
                    List.of(new Problem.FieldError(field, null, message))).toResponse());
        }
        return Optional.of(Problem.of(Response.Status.BAD_REQUEST,
                "The request body does not have the shape this operation expects: a JSON object with the fields"
                        + " described in /openapi.").toResponse());
    }
}

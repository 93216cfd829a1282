package org.docuportal.web.api.problem;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * A body in a character set the server does not know, or JSON declared in anything but UTF-8
 * (RFC 8259 allows nothing else), is refused with 415 before any reader tries to decode it — the
 * readers would otherwise fail with an exception that became a 500.
 */
@Provider
@PreMatching
public class RequestCharsets implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString("Content-Type");
        if (header == null || header.isBlank()) {
            return;
        }
        MediaType type;
        try {
            type = MediaType.valueOf(header);
        } catch (IllegalArgumentException e) {
            request.abortWith(refusal("The Content-Type header is not a media type: send, for example, application/json."));
            return;
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset == null) {
            return;
        }
        if (!known(charset)) {
            request.abortWith(refusal("The character set " + quoted(charset) + " is unknown here: send UTF-8."));
        } else if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !Charset.forName(charset).equals(StandardCharsets.UTF_8)) {
            request.abortWith(refusal("JSON must be sent in UTF-8, not " + quoted(charset) + "."));
        }
    }

    private static boolean known(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }

    private static String quoted(String value) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return "\"" + shown.replaceAll("[^\\x20-\\x7E]", "?") + "\"";
    }

    private static Response refusal(String detail) {
        return Problem.of(Response.Status.UNSUPPORTED_MEDIA_TYPE, detail).toResponse();
    }
}

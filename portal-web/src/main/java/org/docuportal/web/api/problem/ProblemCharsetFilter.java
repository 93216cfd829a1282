package org.docuportal.web.api.problem;

import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Every problem document leaves with {@code charset=UTF-8}. JSON-B writes UTF-8 anyway, but without
 * the parameter some clients read a problem's detail (which may quote a caller's non-ASCII input)
 * as ISO-8859-1. One filter rather than a rule each mapper must remember.
 */
@Provider
public class ProblemCharsetFilter implements ContainerResponseFilter {

    static final MediaType PROBLEM_UTF8 = MediaType.valueOf(Problem.MEDIA_TYPE)
            .withCharset(StandardCharsets.UTF_8.name());

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type != null && type.isCompatible(PROBLEM_UTF8) && !type.getParameters().containsKey(MediaType.CHARSET_PARAMETER)) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, PROBLEM_UTF8);
        }
    }
}

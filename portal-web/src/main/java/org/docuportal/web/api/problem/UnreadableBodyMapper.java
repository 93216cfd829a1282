package org.docuportal.web.api.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Jersey wraps what JSON-B refused while reading a request body in a {@link ProcessingException}:
 * 400 naming the problem ({@link JsonBodyProblems}); any other processing failure stays a 500.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException e) {
        return JsonBodyProblems.of(e).orElseGet(() -> new UnexpectedErrorMapper().toResponse(e));
    }
}

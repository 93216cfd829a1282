package org.docuportal.web.api.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A JSON-B refusal that reaches the API unwrapped: the same 400 as {@link UnreadableBodyMapper}'s. */
@Provider
public class UnreadableJsonMapper implements ExceptionMapper<JsonbException> {

    @Override
    public Response toResponse(JsonbException e) {
        return JsonBodyProblems.of(e).orElseThrow();
    }
}

package org.docuportal.web.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Errors JAX-RS raises itself (unknown path, wrong method, unsupported media type, forbidden): same status, as a problem. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = switch (status.getStatusCode()) {
            case 401 -> "Sign in with HTTP Basic (email and password) or a personal API token (Bearer).";
            case 403 -> "Your account's role does not allow this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that HTTP method.";
            case 415 -> "This address does not accept that content type.";
            default -> e.getMessage();
        };
        Response problem = Problem.of(status, detail).toResponse();
        String challenge = e.getResponse().getHeaderString("WWW-Authenticate");
        return challenge == null ? problem : Response.fromResponse(problem).header("WWW-Authenticate", challenge).build();
    }
}

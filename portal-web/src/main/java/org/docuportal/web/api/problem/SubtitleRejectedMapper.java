package org.docuportal.web.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.docuportal.media.domain.SubtitleRejectedException;

/** A subtitle file that is not valid WebVTT or SRT: 400, one error per line. */
@Provider
public class SubtitleRejectedMapper implements ExceptionMapper<SubtitleRejectedException> {

    @Override
    public Response toResponse(SubtitleRejectedException e) {
        var errors = e.problems().stream().map(p -> new Problem.FieldError("file", p.line(), p.message())).toList();
        return new Problem("about:blank", "Bad Request", 400, e.getMessage(), errors).toResponse();
    }
}

package org.docuportal.web.api.streaming;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.docuportal.entitlement.application.ScreenerForm;
import org.docuportal.entitlement.application.ScreenerService;
import org.docuportal.entitlement.application.ScreenerView;
import org.docuportal.shared.application.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;

/** Screener requests: anyone may ask for a full-length screener of a film. */
@Path("screeners")
@PermitAll
@Tag(name = "Streaming")
public class ScreenersResource {

    @Inject
    private ScreenerService screeners;

    public record ScreenerRequestDto(@Schema(required = true, maxLength = 100, description = "The film's slug") String title,
                                     @Schema(required = true, maxLength = 200) String name,
                                     @Schema(required = true, maxLength = 200) String organisation,
                                     @Schema(required = true, maxLength = 200) String role,
                                     @Schema(required = true, maxLength = 2000) String reason,
                                     @Schema(required = true, format = "email", maxLength = 320) String email) {
    }

    /** What the requester is told: the request is in, and its status. */
    public record ScreenerReceiptDto(long id, String title, String status) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Request a screener of a film")
    @APIResponse(responseCode = "201", description = "Requested; the distributor decides and mails the requester",
            content = @Content(schema = @Schema(implementation = ScreenerReceiptDto.class)))
    @APIResponse(responseCode = "400", description = "errors[] names every field with a problem; nothing was saved")
    public Response request(ScreenerRequestDto body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send the request as a JSON object.");
        }
        ScreenerView view = screeners.request(new ScreenerForm(body.title(), body.name(), body.organisation(), body.role(),
                body.reason(), body.email()));
        return Response.status(Response.Status.CREATED)
                .entity(new ScreenerReceiptDto(view.id(), view.titleSlug(), view.status().name())).build();
    }
}

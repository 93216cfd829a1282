package org.docuportal.web.api.impact;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.docuportal.account.domain.Role;
import org.docuportal.impact.application.ScreeningService;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.web.api.impact.ImpactDtos.ItemsDto;
import org.docuportal.web.api.impact.ImpactDtos.NewScreeningDto;
import org.docuportal.web.api.impact.ImpactDtos.ScreeningDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;

/** Screening surveys of the caller's institution: open, list, reword, close, and the QR code of the link. */
@Path("screenings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.TEACHER, Role.Names.TRAINING_OFFICER, Role.Names.INSTITUTION_ADMIN})
@Tag(name = "Impact")
public class ScreeningsResource {

    @Inject
    private ScreeningService screenings;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open the survey of a screening of a film the caller's institution licenses")
    @APIResponse(responseCode = "201", description = "Opened with the film's statements; the link and QR code are ready",
            content = @Content(schema = @Schema(implementation = ScreeningDto.class)))
    @APIResponse(responseCode = "400", description = "errors[] names title or screeningDate")
    @APIResponse(responseCode = "403", description = "No license of the institution covers that screening day")
    public Response open(NewScreeningDto body) {
        if (body == null) {
            throw InvalidInputException.of("title", "Send the film and the screening day as a JSON object.");
        }
        ScreeningDto created = ScreeningDto.of(screenings.open(body.title(), ImpactDtos.date("screeningDate", body.screeningDate())));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Operation(summary = "The caller's institution's screening surveys, latest first")
    public List<ScreeningDto> mine() {
        return screenings.mine().stream().map(ScreeningDto::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One screening survey of the caller's institution")
    public ScreeningDto one(@PathParam("id") long id) {
        return ScreeningDto.of(screenings.screening(id));
    }

    @PUT
    @Path("{id}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reword, add or remove statements before the first answer")
    @APIResponse(responseCode = "409", description = "Answers have arrived, or the survey is closed")
    public ScreeningDto items(@PathParam("id") long id, ItemsDto body) {
        return ScreeningDto.of(screenings.replaceItems(id, body == null ? null : body.items()));
    }

    @POST
    @Path("{id}/close")
    @Operation(summary = "Close the survey: no more answers; from now on it counts in the impact report")
    public ScreeningDto close(@PathParam("id") long id) {
        return ScreeningDto.of(screenings.close(id));
    }

    @GET
    @Path("{id}/qr.png")
    @Produces("image/png")
    @Operation(summary = "The QR code of the survey's public link")
    public Response qr(@PathParam("id") long id) {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        return Response.ok(screenings.qrCode(id)).cacheControl(cache).build();
    }
}

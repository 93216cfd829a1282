package org.docuportal.web.api.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.docuportal.account.domain.Role;
import org.docuportal.licensing.application.RightsAdministration;
import org.docuportal.web.api.QueryParameters;
import org.docuportal.web.api.admin.RightsDtos.RightsChangeDto;
import org.docuportal.web.api.admin.RightsDtos.RightsRequestDto;
import org.docuportal.web.api.admin.RightsDtos.TitleRightsDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * A title's rights windows for platform administrators: list with history and flagged licenses,
 * add, amend (territory, exclusions, end; ending early is a new end), withdraw. Every change
 * needs a {@code reason}; {@code "dryRun": true} answers which licenses it would leave outside
 * the rights and writes nothing. DELETE takes {@code reason} and {@code dryRun} as query
 * parameters: Payara's HTTP listener refuses a request body on DELETE (400 before the application
 * sees it), as HTTP gives such a body no meaning.
 */
@Path("admin/titles/{slug}/rights")
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
public class TitleRightsResource {

    @Inject
    private RightsAdministration rights;

    @GET
    @Operation(summary = "The title's rights windows (with ids), the licenses changes left outside the rights, and the history")
    @APIResponse(responseCode = "404", description = "No such title")
    public TitleRightsDto list(@PathParam("slug") String slug) {
        return TitleRightsDto.of(rights.rights(slug));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a window: rightType, territory (WORLDWIDE or KR;JP;US) or worldwide/countries, "
            + "excludedCountries, startDate, endDate (empty: open-ended), reason")
    @APIResponse(responseCode = "201", description = "Added, with its history entry",
            content = @Content(schema = @Schema(implementation = RightsChangeDto.class)))
    @APIResponse(responseCode = "409", description = "The window conflicts with the title's rights")
    @APIResponse(responseCode = "400", description = "errors[] names each bad field (reason is required)")
    public Response add(@PathParam("slug") String slug, RightsRequestDto body) {
        RightsRequestDto request = body == null ? emptyRequest() : body;
        return Response.status(Response.Status.CREATED).entity(RightsChangeDto.of(rights.add(slug, request.form()))).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Amend a window: territory, excludedCountries, endDate (or openEnded); absent fields stay. "
            + "dryRun: true lists the licenses it would leave outside the rights and saves nothing")
    @APIResponse(responseCode = "200", description = "Amended (or previewed), with the affected licenses")
    @APIResponse(responseCode = "400", description = "errors[] names each bad field (reason is required unless dryRun)")
    @APIResponse(responseCode = "404", description = "No such title, or the window is not one of its windows")
    public RightsChangeDto amend(@PathParam("slug") String slug, @PathParam("id") long id, RightsRequestDto body) {
        RightsRequestDto request = body == null ? emptyRequest() : body;
        return RightsChangeDto.of(rights.amend(slug, id, request.form(), request.isDryRun()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Withdraw a window: ?reason=...; &dryRun=true lists the licenses it would leave outside the rights")
    @APIResponse(responseCode = "200", description = "Withdrawn (or previewed), with the affected licenses")
    @APIResponse(responseCode = "400", description = "No reason given (unless dryRun)")
    @APIResponse(responseCode = "404", description = "No such title, or the window is not one of its windows")
    public RightsChangeDto withdraw(@PathParam("slug") String slug, @PathParam("id") long id,
                                    @Parameter(description = "Why; required unless dryRun", schema = @Schema(maxLength = 1000)) @QueryParam("reason") String reason,
                                    @Parameter(description = "true: only list the licenses it would leave outside the rights",
                                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @QueryParam("dryRun") String dryRun) {
        return RightsChangeDto.of(rights.withdraw(slug, id, reason, QueryParameters.booleanParam("dryRun", dryRun)));
    }

    private static RightsRequestDto emptyRequest() {
        return new RightsRequestDto(null, null, null, null, null, null, null, null, null, null);
    }
}

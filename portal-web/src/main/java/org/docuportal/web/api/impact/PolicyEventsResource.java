package org.docuportal.web.api.impact;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.docuportal.account.domain.Role;
import org.docuportal.impact.application.NewPolicyEvent;
import org.docuportal.impact.application.PolicyEventService;
import org.docuportal.web.api.impact.ImpactDtos.NewPolicyEventDto;
import org.docuportal.web.api.impact.ImpactDtos.PolicyEventDto;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The policy-impact log: official discussions or proposals linked to a film. PLATFORM_ADMIN only. */
@Path("admin/policy-events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
@Tag(name = "Impact")
public class PolicyEventsResource {

    @Inject
    private PolicyEventService events;

    @GET
    @Operation(summary = "Recorded events, of one film (title=<slug>) or all, latest first")
    public List<PolicyEventDto> list(@QueryParam("title") String title) {
        return events.events(title).stream().map(PolicyEventDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an event: film, date, body, country (empty for an international body), reference, note")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = PolicyEventDto.class)))
    public Response record(NewPolicyEventDto body) {
        NewPolicyEventDto dto = body == null ? new NewPolicyEventDto(null, null, null, null, null, null) : body;
        PolicyEventDto created = PolicyEventDto.of(events.record(new NewPolicyEvent(dto.title(), dto.date(), dto.body(),
                dto.country(), dto.reference(), dto.note())));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a recorded event")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id) {
        events.delete(id);
        return Response.noContent().build();
    }
}

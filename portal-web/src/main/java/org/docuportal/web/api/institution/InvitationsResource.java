package org.docuportal.web.api.institution;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.docuportal.institution.application.MembershipService;
import org.docuportal.shared.application.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Accepting an invitation: anyone holding the emailed token, once. */
@Path("invitations")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Members")
public class InvitationsResource {

    @Inject
    private MembershipService memberships;

    /** The token from the emailed link, a name and a password. */
    @Schema(name = "InvitationAcceptance")
    public record AcceptanceDto(@Schema(required = true, description = "The token from the emailed link") String token,
                                @Schema(required = true, maxLength = 200) String name,
                                @Schema(required = true, format = "password", minLength = 12, maxLength = 128) String password) {
    }

    @POST
    @Path("acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept an invitation: creates the account and the membership")
    @APIResponse(responseCode = "201", description = "Joined", content = @Content(schema = @Schema(implementation = MembersResource.MemberDto.class)))
    public Response accept(AcceptanceDto body) {
        if (body == null) {
            throw InvalidInputException.of("token", "Send the token from the invitation link, a name and a password.");
        }
        return Response.status(Response.Status.CREATED)
                .entity(MembersResource.MemberDto.of(memberships.join(body.token(), body.name(), body.password())))
                .build();
    }
}

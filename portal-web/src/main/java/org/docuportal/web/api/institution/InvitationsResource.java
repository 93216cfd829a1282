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

/** Accepting an invitation: anyone holding the emailed token, once. */
@Path("invitations")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Members")
public class InvitationsResource {

    @Inject
    private MembershipService memberships;

    /** The token from the emailed link, a name and a password. */
    public record AcceptanceDto(String token, String name, String password) {
    }

    @POST
    @Path("acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Accept an invitation: creates the account and the membership")
    public Response accept(AcceptanceDto body) {
        if (body == null) {
            throw InvalidInputException.of("token", "Send the token from the invitation link, a name and a password.");
        }
        return Response.status(Response.Status.CREATED)
                .entity(MembersResource.MemberDto.of(memberships.join(body.token(), body.name(), body.password())))
                .build();
    }
}

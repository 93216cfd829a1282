package org.docuportal.web.api.institution;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.docuportal.account.domain.Role;
import org.docuportal.institution.application.MemberView;
import org.docuportal.institution.application.MembershipService;
import org.docuportal.shared.application.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's institution's members: INSTITUTION_ADMIN lists, invites and approves; the
 * invited person accepts with the emailed token (no account needed yet).
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
public class MembersResource {

    @Inject
    private MembershipService memberships;

    /** A member of the institution. */
    public record MemberDto(long id, String email, String name, String role, String status, String joinedAt) {

        static MemberDto of(MemberView m) {
            return new MemberDto(m.id(), m.email(), m.name(), m.role().name(), m.status().name(), m.joinedAt().toString());
        }
    }

    /** Whom to invite, and as what: TEACHER, TRAINING_OFFICER or INSTITUTION_ADMIN. */
    public record InvitationDto(String email, String role) {
    }

    /** Accepting an invitation: the token from the emailed link, a name and a password. */
    public record AcceptanceDto(String token, String name, String password) {
    }

    @GET
    @Path("institution/members")
    @RolesAllowed(Role.Names.INSTITUTION_ADMIN)
    @Operation(summary = "The members of the caller's institution")
    public List<MemberDto> members() {
        return memberships.members().stream().map(MemberDto::of).toList();
    }

    @POST
    @Path("institution/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.INSTITUTION_ADMIN)
    @Operation(summary = "Invite someone by email to the caller's institution")
    public Response invite(InvitationDto body) {
        if (body == null) {
            throw InvalidInputException.of("email", "Send {\"email\": \"...\", \"role\": \"TEACHER\"}.");
        }
        memberships.invite(body.email(), role(body.role()));
        return Response.accepted().build();
    }

    @POST
    @Path("institution/members/{id}/approval")
    @RolesAllowed(Role.Names.INSTITUTION_ADMIN)
    @Operation(summary = "Approve a member who joined with an address outside the institution's domains")
    public MemberDto approve(@PathParam("id") long id) {
        return MemberDto.of(memberships.approve(id));
    }

    @POST
    @Path("invitations/acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(summary = "Accept an invitation: creates the account and the membership")
    public Response accept(AcceptanceDto body) {
        if (body == null) {
            throw InvalidInputException.of("token", "Send the token from the invitation link, a name and a password.");
        }
        return Response.status(Response.Status.CREATED)
                .entity(MemberDto.of(memberships.join(body.token(), body.name(), body.password()))).build();
    }

    private static Role role(String value) {
        try {
            return value == null ? null : Role.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("role", "Invite as TEACHER, TRAINING_OFFICER or INSTITUTION_ADMIN.");
        }
    }
}

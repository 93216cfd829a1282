package org.docuportal.web.api.institution;

import java.util.List;
import java.util.Locale;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The caller's institution's members: INSTITUTION_ADMIN lists, invites and approves.
 */
@Path("institution")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
public class MembersResource {

    @Inject
    private MembershipService memberships;

    /** A member of the institution. */
    public record MemberDto(long id, @Schema(format = "email") String email, String name,
                            @Schema(enumeration = {"TEACHER", "TRAINING_OFFICER", "INSTITUTION_ADMIN"}) String role, String status,
                            @Schema(format = "date-time") String joinedAt) {

        static MemberDto of(MemberView m) {
            return new MemberDto(m.id(), m.email(), m.name(), m.role().name(), m.status().name(), m.joinedAt().toString());
        }
    }

    /** Whom to invite, and as what: TEACHER, TRAINING_OFFICER or INSTITUTION_ADMIN. */
    @Schema(name = "MemberInvitation")
    public record InvitationDto(@Schema(required = true, format = "email", maxLength = 254) String email,
                                @Schema(required = true, enumeration = {"TEACHER", "TRAINING_OFFICER", "INSTITUTION_ADMIN"}) String role) {
    }

    @GET
    @Path("members")
    @RolesAllowed(Role.Names.INSTITUTION_ADMIN)
    @Operation(summary = "The members of the caller's institution")
    public List<MemberDto> members() {
        return memberships.members().stream().map(MemberDto::of).toList();
    }

    @POST
    @Path("invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.INSTITUTION_ADMIN)
    @Operation(summary = "Invite someone by email to the caller's institution")
    @APIResponse(responseCode = "202", description = "Invited (the same answer whether or not the address has an account)")
    public Response invite(InvitationDto body) {
        if (body == null) {
            throw InvalidInputException.of("email", "Send {\"email\": \"...\", \"role\": \"TEACHER\"}.");
        }
        memberships.invite(body.email(), role(body.role()));
        return Response.accepted().build();
    }

    @POST
    @Path("members/{id}/approval")
    @RolesAllowed(Role.Names.INSTITUTION_ADMIN)
    @Operation(summary = "Approve a member who joined with an address outside the institution's domains")
    public MemberDto approve(@PathParam("id") long id) {
        return MemberDto.of(memberships.approve(id));
    }

    private static Role role(String value) {
        try {
            return value == null ? null : Role.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("role", "Invite as TEACHER, TRAINING_OFFICER or INSTITUTION_ADMIN.");
        }
    }
}

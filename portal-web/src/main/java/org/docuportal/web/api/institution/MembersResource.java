package org.docuportal.web.api.institution;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.docuportal.account.domain.Role;
import org.docuportal.institution.application.InvitationService;
import org.docuportal.institution.application.InvitationView;
import org.docuportal.institution.application.MemberView;
import org.docuportal.institution.application.MembershipService;
import org.docuportal.shared.application.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The caller's institution's members: INSTITUTION_ADMIN lists, invites and approves, and lists,
 * revokes and resends the invitations nobody answered yet.
 */
@Path("institution")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members")
public class MembersResource {

    @Inject
    private MembershipService memberships;

    @Inject
    private InvitationService invitations;

    /** An invitation nobody answered yet: OPEN, or EXPIRED (resend it for a new link). */
    @Schema(name = "PendingInvitation")
    public record PendingInvitationDto(long id, @Schema(format = "email") String email,
                                       @Schema(enumeration = {"TEACHER", "TRAINING_OFFICER", "INSTITUTION_ADMIN"}) String role,
                                       @Schema(format = "email") String invitedBy,
                                       @Schema(format = "date-time") String sentAt,
                                       @Schema(format = "date-time") String expiresAt,
                                       @Schema(enumeration = {"OPEN", "EXPIRED", "REVOKED"}) String state) {

        static PendingInvitationDto of(InvitationView i) {
            return new PendingInvitationDto(i.id(), i.email(), i.role().name(), i.invitedBy(), i.sentAt().toString(),
                    i.expiresAt().toString(), i.state().name());
        }
    }

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

    @GET
    @Path("invitations")
    @RolesAllowed(Role.Names.INSTITUTION_ADMIN)
    @Operation(summary = "The caller's institution's invitations that nobody accepted yet, newest first (expired ones included)")
    public List<PendingInvitationDto> invitations() {
        return invitations.unanswered().stream().map(PendingInvitationDto::of).toList();
    }

    @DELETE
    @Path("invitations/{id}")
    @RolesAllowed(Role.Names.INSTITUTION_ADMIN)
    @Operation(summary = "Revoke an invitation: its link stops working")
    @APIResponse(responseCode = "200", description = "Revoked (revoking twice is harmless)",
            content = @Content(schema = @Schema(implementation = PendingInvitationDto.class)))
    @APIResponse(responseCode = "404", description = "The caller's institution has no such invitation")
    @APIResponse(responseCode = "409", description = "The invitation was accepted already")
    public PendingInvitationDto revoke(@PathParam("id") long id) {
        return PendingInvitationDto.of(invitations.revoke(id));
    }

    @POST
    @Path("invitations/{id}/resend")
    @RolesAllowed(Role.Names.INSTITUTION_ADMIN)
    @Operation(summary = "Mail the address a new link with a new expiry; the old link stops working",
            description = "The answer is the new invitation, with a new id.")
    @APIResponse(responseCode = "200", description = "Sent",
            content = @Content(schema = @Schema(implementation = PendingInvitationDto.class)))
    @APIResponse(responseCode = "404", description = "The caller's institution has no such invitation")
    @APIResponse(responseCode = "409", description = "The invitation was accepted or revoked already")
    public PendingInvitationDto resend(@PathParam("id") long id) {
        return PendingInvitationDto.of(invitations.resend(id));
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

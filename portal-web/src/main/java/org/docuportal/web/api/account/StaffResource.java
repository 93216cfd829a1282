package org.docuportal.web.api.account;

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

import org.docuportal.account.application.StaffMemberView;
import org.docuportal.account.application.StaffService;
import org.docuportal.account.domain.Role;
import org.docuportal.account.domain.StaffInvitation;
import org.docuportal.shared.application.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The distributor's staff (reviewers and platform administrators): list, invite, disable, enable. PLATFORM_ADMIN only. */
@Path("admin/staff")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
@Tag(name = "Staff")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
public class StaffResource {

    @Inject
    private StaffService staff;

    /** A staff account; {@code lastLoginAt} is null until the first sign-in with a password. */
    public record StaffDto(long id, @Schema(format = "email") String email, String name, List<String> roles, boolean enabled,
                           boolean passwordSet, @Schema(format = "date-time") String lastLoginAt) {

        static StaffDto of(StaffMemberView s) {
            return new StaffDto(s.id(), s.email(), s.name(), s.roles().stream().map(Role::name).sorted().toList(),
                    s.enabled(), s.passwordSet(), s.lastLoginAt() == null ? null : s.lastLoginAt().toString());
        }
    }

    /** Whom to invite, and as what: REVIEWER or PLATFORM_ADMIN. */
    @Schema(name = "StaffInvitation")
    public record InvitationDto(@Schema(required = true, format = "email", maxLength = 254) String email,
                                @Schema(required = true, enumeration = {"REVIEWER", "PLATFORM_ADMIN"}) String role) {
    }

    /** The answer to an invitation, the same whether or not the address has an account. */
    public record InvitationSentDto(@Schema(format = "email") String email,
                                    @Schema(enumeration = {"REVIEWER", "PLATFORM_ADMIN"}) String role, long validHours) {
    }

    @GET
    @Operation(summary = "Staff accounts: email, name, roles, enabled, last login")
    public List<StaffDto> list() {
        return staff.staff().stream().map(StaffDto::of).toList();
    }

    /** A link mailed and not used yet; {@code invitedBy} is {@code bootstrap} for the first administrator. */
    public record PendingInvitationDto(@Schema(format = "email") String email, String role, String invitedBy,
                                       @Schema(format = "date-time") String expiresAt) {
    }

    @GET
    @Path("invitations")
    @Operation(summary = "Invitations mailed and not used yet, the soonest to expire first (never the links themselves)")
    public List<PendingInvitationDto> pendingInvitations() {
        return staff.pendingInvitations().stream().map(i -> new PendingInvitationDto(i.email(), i.role().name(),
                i.invitedBy(), i.expiresAt().toString())).toList();
    }

    @POST
    @Path("invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mail a one-time link that makes the address a reviewer or platform administrator")
    @APIResponse(responseCode = "202", description = "Mailed (the same answer whether or not the address has an account)",
            content = @Content(schema = @Schema(implementation = InvitationSentDto.class)))
    @APIResponse(responseCode = "409", description = "Not possible in the current state (for example oneself)")
    public Response invite(InvitationDto body) {
        if (body == null) {
            throw InvalidInputException.of("email", "Send {\"email\": \"...\", \"role\": \"REVIEWER\"}.");
        }
        staff.invite(body.email(), body.role());
        // Past invite(), both are known to be well-formed.
        return Response.accepted(new InvitationSentDto(body.email().strip().toLowerCase(Locale.ROOT),
                body.role().strip().toUpperCase(Locale.ROOT), StaffInvitation.VALIDITY.toHours())).build();
    }

    @POST
    @Path("{id}/disable")
    @Operation(summary = "Disable a staff account: no sign-in by page, HTTP Basic or API token; 409 for oneself or the last administrator")
    public StaffDto disable(@PathParam("id") long id) {
        return StaffDto.of(staff.disable(id));
    }

    @POST
    @Path("{id}/enable")
    @Operation(summary = "Enable a disabled staff account again")
    public StaffDto enable(@PathParam("id") long id) {
        return StaffDto.of(staff.enable(id));
    }
}

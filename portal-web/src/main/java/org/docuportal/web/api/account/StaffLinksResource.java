package org.docuportal.web.api.account;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.docuportal.account.application.StaffService;
import org.docuportal.shared.application.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Using a staff link (the first administrator's set-password link, or a staff invitation):
 * anyone holding the token, once. The page {@code /set-password.xhtml} does the same.
 */
@Path("staff-links")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Staff")
public class StaffLinksResource {

    @Inject
    private StaffService staff;

    /** The token from the link; a name and a new password, or an existing account's current password. */
    @Schema(name = "StaffLinkAcceptance")
    public record AcceptanceDto(@Schema(required = true, description = "The token from the link") String token,
                                @Schema(maxLength = 200, description = "Required for a new account") String name,
                                @Schema(required = true, format = "password", maxLength = 128,
                                        description = "A new password of 12 to 128 characters, or an existing account's current password")
                                String password) {
    }

    @POST
    @Path("acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(responseCode = "200", description = "The staff account with its new role")
    @Operation(summary = "Use a staff link: sets the password (or checks the existing one) and grants the role; 404 for an unusable link")
    public StaffResource.StaffDto accept(AcceptanceDto body) {
        if (body == null) {
            throw InvalidInputException.of("token", "Send the token from the link, a name and a password.");
        }
        return StaffResource.StaffDto.of(staff.useLink(body.token(), body.name(), body.password()));
    }
}

package org.docuportal.web.api.account;

import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.docuportal.account.domain.Role;
import org.docuportal.privacy.application.PersonalDataExport;
import org.docuportal.privacy.application.PersonalDataService;
import org.docuportal.shared.application.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The caller's own data: a copy to download, and the deletion of the account. Any signed-in
 * account, for itself only: there is no path naming another person.
 *
 * <p>The export is answered as {@link PersonalDataExport} itself: that record is the export's
 * format, plain values chosen for the person to read, so a DTO copying it field by field would add nothing.
 */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.TEACHER, Role.Names.TRAINING_OFFICER, Role.Names.INSTITUTION_ADMIN,
        Role.Names.REVIEWER, Role.Names.PLATFORM_ADMIN, Role.Names.CURRICULUM_EDITOR})
@Tag(name = "Account")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
public class PersonalDataResource {

    @Inject
    private PersonalDataService personalData;

    /** The account's password, typed again to confirm its deletion. */
    public record DeletionDto(@Schema(required = true, format = "password", description = "The account's password, to confirm", maxLength = 128) String password) {
    }

    @GET
    @Path("data")
    @Operation(summary = "Download everything the portal keeps that names me, as a JSON file")
    @APIResponse(responseCode = "200", description = "The export, as an attachment")
    public Response export() {
        String file = "docuportal-my-data-" + LocalDate.now(ZoneOffset.UTC) + ".json";
        return Response.ok(personalData.export(), MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** A POST rather than a DELETE of {@code me}: Payara refuses a body on DELETE, and the password must not go in the URL. */
    @POST
    @Path("deletion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Delete my account, confirmed with my password; my institution keeps its orders and licenses")
    @APIResponse(responseCode = "204", description = "Deleted: the account can no longer sign in")
    @APIResponse(responseCode = "400", description = "The password is missing or wrong (errors[].field = password)")
    @APIResponse(responseCode = "409", description = "The last platform administrator, or the only administrator of an "
            + "institution with other members")
    public Response delete(DeletionDto body) {
        if (body == null) {
            throw InvalidInputException.of("password", "Send {\"password\": \"<your password>\"} to confirm.");
        }
        personalData.deleteMyAccount(body.password());
        return Response.noContent().build();
    }
}

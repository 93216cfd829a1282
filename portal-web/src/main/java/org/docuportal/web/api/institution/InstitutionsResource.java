package org.docuportal.web.api.institution;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.docuportal.institution.application.InstitutionView;
import org.docuportal.institution.application.RegistrationService;
import org.docuportal.shared.application.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;

/** Registration of institutions: anyone may register one; it stays pending until reviewed. */
@Path("institutions")
@PermitAll
@Tag(name = "Institutions")
public class InstitutionsResource {

    @Inject
    private RegistrationService registrations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register an institution and its first administrator")
    @APIResponse(responseCode = "201", description = "Registered, status PENDING",
            content = @Content(schema = @Schema(implementation = InstitutionDto.class)))
    @APIResponse(responseCode = "400", description = "errors[] names every field with a problem; nothing was saved")
    public Response register(RegistrationDto body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send the registration as a JSON object.");
        }
        InstitutionView registered = registrations.register(InstitutionDtoAssembler.toRegistration(body));
        return Response.status(Response.Status.CREATED).entity(InstitutionDtoAssembler.toDto(registered)).build();
    }
}

package org.docuportal.web.api.institution;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.docuportal.institution.application.RegistrationReceipt;
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
    @APIResponse(responseCode = "202", description = "Received: a new address's institution is registered (status PENDING)"
            + " and its administrator may sign in; a known address gets a mail instead and nothing is registered."
            + " The answer is the same in both cases; the mail to adminEmail says which.",
            content = @Content(schema = @Schema(implementation = RegistrationReceiptDto.class)))
    @APIResponse(responseCode = "400", description = "errors[] names every field with a problem; nothing was saved")
    public Response register(RegistrationDto body) {
        if (body == null) {
            throw InvalidInputException.of("body", "Send the registration as a JSON object.");
        }
        RegistrationReceipt receipt = registrations.register(InstitutionDtoAssembler.toRegistration(body));
        return Response.accepted(new RegistrationReceiptDto(receipt.institutionName(), receipt.adminEmail(),
                "A mail about this registration has gone to " + receipt.adminEmail() + "; it says how to go on.")).build();
    }
}

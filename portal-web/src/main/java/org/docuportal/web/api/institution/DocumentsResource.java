package org.docuportal.web.api.institution;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.docuportal.account.domain.Role;
import org.docuportal.institution.application.DocumentService;
import org.docuportal.institution.application.DocumentView;
import org.docuportal.institution.domain.SupportingDocument;
import org.docuportal.shared.application.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Supporting documents of the caller's institution, for its administrators. */
@Path("institution/documents")
@Tag(name = "Institutions")
public class DocumentsResource {

    @Inject
    private DocumentService documents;

    @POST
    @Consumes({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.INSTITUTION_ADMIN)
    @Operation(summary = "Upload a supporting document (PDF, PNG or JPEG, at most 5 MB) for the reviewers")
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(schema = @Schema(implementation = DocumentView.class)))
    public Response upload(@Parameter(schema = @Schema(maxLength = 200)) @QueryParam("fileName") String fileName, InputStream body) throws IOException {
        byte[] content = body.readNBytes(SupportingDocument.MAX_BYTES + 1);
        if (content.length > SupportingDocument.MAX_BYTES) {
            throw InvalidInputException.of("file", "The document was not accepted: the file is larger than 5 MB.");
        }
        return Response.status(Response.Status.CREATED).entity(documents.upload(fileName, content)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.INSTITUTION_ADMIN)
    @Operation(summary = "The documents the caller's institution uploaded")
    public List<DocumentView> list() {
        return documents.mine();
    }
}

package org.docuportal.web.api.admin;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.docuportal.account.domain.Role;
import org.docuportal.catalog.application.AvailsImportReport;
import org.docuportal.catalog.application.AvailsImportService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** Avails import for platform administrators. */
@Path("admin/avails")
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
@Tag(name = "Administration")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
public class AvailsResource {

    private static final Pattern FILE_NAME = Pattern.compile("filename=\"?([^\";]{1,200})\"?");

    @Inject
    private AvailsImportService imports;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import rights windows from an avails CSV file (UTF-8)",
            description = "Columns: title_slug, right_type, territory, excluded_countries, start_date, end_date. "
                    + "A file with any bad row imports nothing; the problem lists every bad line and column.")
    @APIResponse(responseCode = "200", description = "Imported: rows read, windows added, rows already present")
    @APIResponse(responseCode = "400", description = "Nothing imported; errors[] names each line and column")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not a platform administrator")
    public AvailsImportReport importAvails(@RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING))}) InputStream csv,
                                           @Parameter(description = "attachment; filename=\"avails.csv\" names the file in the history") @HeaderParam("Content-Disposition") String disposition) {
        return imports.importCsv(new InputStreamReader(csv, StandardCharsets.UTF_8), fileName(disposition));
    }

    /** The file name a client may send ({@code Content-Disposition: attachment; filename="avails.csv"}), for the history. */
    private static String fileName(String disposition) {
        if (disposition == null) {
            return "(API upload)";
        }
        Matcher m = FILE_NAME.matcher(disposition);
        return m.find() ? m.group(1) : "(API upload)";
    }
}

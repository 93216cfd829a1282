package org.docuportal.web.api.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.docuportal.account.domain.Role;
import org.docuportal.reporting.application.UsageReportService;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.web.api.Downloads;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

/**
 * Usage reports over HTTP. An institution administrator gets their own institution's usage, a
 * platform administrator everyone's; the service decides which. The form is chosen by
 * {@code format}, or, without it, by an {@code Accept} header that asks for CSV and not for JSON.
 */
@Path("reports/usage")
@Tag(name = "Usage reports")
public class UsageReportResource {

    static final String CSV = "text/csv";

    @Inject
    private UsageReportService reports;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed({Role.Names.INSTITUTION_ADMIN, Role.Names.PLATFORM_ADMIN})
    @Operation(summary = "Plays, minutes watched and guide downloads by title, institution, country and month (JSON),"
            + " or by title and month as a COUNTER Release 5-shaped CSV file")
    @APIResponse(responseCode = "200", description = "The report; as CSV, an attachment named usage-<from>-to-<to>.csv",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UsageReportDto.class)),
                    @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "from, to or format is not valid, from is after to, or the period is over 36 months")
    @APIResponse(responseCode = "404", description = "The caller administers no institution, or their membership is not active")
    public Response usage(
            @Parameter(description = "First month, 2026-01 (a day stands for its month); default: 11 months before to",
                    schema = @Schema(pattern = "^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$", example = "2026-01")) @QueryParam("from") String from,
            @Parameter(description = "Last month, inclusive; default: the current month (UTC)",
                    schema = @Schema(pattern = "^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$", example = "2026-12")) @QueryParam("to") String to,
            @Parameter(description = "json (default) or csv", schema = @Schema(enumeration = {"json", "csv"})) @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        if (wantsCsv(format, headers)) {
            return Downloads.attachment(reports.counterCsv(from, to));
        }
        return Response.ok(UsageReportDto.of(reports.report(from, to)), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static boolean wantsCsv(String format, HttpHeaders headers) {
        if (format == null || format.isBlank()) {
            boolean csvAccepted = headers.getAcceptableMediaTypes().stream().anyMatch(t -> t.isCompatible(MediaType.valueOf(CSV))
                    && !t.isWildcardType());
            boolean jsonAccepted = headers.getAcceptableMediaTypes().stream().anyMatch(t -> t.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                    && !t.isWildcardType());
            return csvAccepted && !jsonAccepted;
        }
        return switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "csv" -> true;
            case "json" -> false;
            default -> throw InvalidInputException.of("format", "format must be csv or json.");
        };
    }
}

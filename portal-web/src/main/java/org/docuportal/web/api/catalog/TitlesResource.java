package org.docuportal.web.api.catalog;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.docuportal.catalog.application.CatalogService;
import org.docuportal.catalog.domain.CatalogSearch;
import org.docuportal.catalog.domain.CountryCode;
import org.docuportal.catalog.domain.LanguageTags;
import org.docuportal.catalog.domain.RightType;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.web.api.QueryParameters;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

/** The public catalog: anyone may read it. */
@Path("titles")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Catalog")
public class TitlesResource {

    static final int DEFAULT_PAGE_SIZE = 20;

    @Inject
    private CatalogService catalog;

    @Inject
    private Clock clock;

    @GET
    @Operation(summary = "Search the catalog", description = "Pages count from 0. Without parameters, lists every title;"
            + " with q, the best matches come first.")
    @APIResponse(responseCode = "200", description = "A page of titles")
    @APIResponse(responseCode = "400", description = "A parameter is malformed (application/problem+json)")
    public TitlePageDto search(
            @Parameter(description = "Words in the title, original or alternate titles, subjects or synopsis, every one required;"
                    + " romanization variants (Kim Il-sung, Kim Ilsung), Hangul, kana, Han and subject synonyms (POW) match."
                    + " Results come best match first. Text that is no word (punctuation) finds nothing.") @QueryParam("q") String q,
            @Parameter(description = "Exact subject, e.g. History") @QueryParam("subject") String subject,
            @Parameter(description = "BCP 47 language tag of the original or a language version, e.g. ja") @QueryParam("language") String language,
            @Parameter(description = "Shortest runtime in minutes; not above maxRuntime",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "10000")) @QueryParam("minRuntime") String minRuntime,
            @Parameter(description = "Longest runtime in minutes",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "10000")) @QueryParam("maxRuntime") String maxRuntime,
            @Parameter(description = "A right that must be available today in `country`, e.g. EDUCATIONAL",
                    schema = @Schema(enumeration = {"EDUCATIONAL", "NON_THEATRICAL", "LINEAR_TV", "TVOD", "SVOD", "AVOD", "FVOD"})) @QueryParam("rightType") String rightType,
            @Parameter(description = "ISO 3166-1 alpha-2 country for `rightType`, e.g. KR; required with rightType",
                    schema = @Schema(pattern = "^[A-Za-z]{2}$")) @QueryParam("country") String country,
            @Parameter(description = "Page number, from 0",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "1000000", defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Titles per page, 1 to 100 (default 20)",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("size") String size) {
        Integer min = QueryParameters.optionalIntParam("minRuntime", minRuntime, 1, 10_000);
        Integer max = QueryParameters.optionalIntParam("maxRuntime", maxRuntime, 1, 10_000);
        if (min != null && max != null && min > max) {
            String message = "minRuntime (" + min + ") is above maxRuntime (" + max + ").";
            throw new InvalidInputException(message, java.util.List.of(new InvalidInputException.Violation("minRuntime", message),
                    new InvalidInputException.Violation("maxRuntime", message)));
        }
        RightType right = rightType(rightType);
        CountryCode where = country(country, right);
        CatalogSearch search = new CatalogSearch(q, subject, language(language), min, max, right, where,
                right == null ? null : LocalDate.now(clock),
                QueryParameters.intParam("page", page, 0, 0, 1_000_000),
                QueryParameters.intParam("size", size, DEFAULT_PAGE_SIZE, 1, CatalogSearch.MAX_PAGE_SIZE));
        return CatalogDtoAssembler.toDto(catalog.search(search));
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "A title's program details and rights windows")
    @APIResponse(responseCode = "200", description = "The title")
    @APIResponse(responseCode = "404", description = "No title with this slug (application/problem+json)")
    public TitleDto title(@PathParam("slug") String slug) {
        return CatalogDtoAssembler.toDto(catalog.details(slug));
    }

    private static RightType rightType(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return RightType.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("rightType", "rightType must be one of " + java.util.Arrays.toString(RightType.values()) + ".");
        }
    }

    private static CountryCode country(String value, RightType right) {
        if (value == null || value.isBlank()) {
            if (right != null) {
                throw InvalidInputException.of("country", "country is required with rightType (an ISO 3166-1 code such as KR).");
            }
            return null;
        }
        if (!CountryCode.isValid(value)) {
            throw InvalidInputException.of("country", "country must be an ISO 3166-1 alpha-2 code such as KR or US.");
        }
        return CountryCode.of(value);
    }

    private static String language(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LanguageTags.normalize(value);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("language", "language must be a BCP 47 tag such as ko, en or ja.");
        }
    }
}

package org.docuportal.web.api.account;

import java.util.List;

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

import org.docuportal.account.application.ApiTokenService;
import org.docuportal.account.application.ApiTokenView;
import org.docuportal.account.application.IssuedApiToken;
import org.docuportal.shared.application.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

/**
 * The caller's own API tokens. Any signed-in account; each sees only its own tokens.
 */
@Path("me/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "token")
public class TokensResource {

    @Inject
    private ApiTokenService tokens;

    /** The name of a new token. */
    public record NewTokenDto(@Schema(required = true, minLength = 1, maxLength = 100, example = "usage report script") String name) {
    }

    /** A token as its owner sees it; {@code secret} only in the answer to its creation. */
    public record TokenDto(long id, String name, String prefix, @Schema(format = "date-time") String createdAt,
                           @Schema(format = "date-time") String lastUsedAt, @Schema(format = "date-time") String revokedAt,
                           boolean active, @Schema(description = "Only in the answer to the creation") String secret) {

        static TokenDto of(ApiTokenView t, String secret) {
            return new TokenDto(t.id(), t.name(), t.prefix(), t.createdAt().toString(),
                    t.lastUsedAt() == null ? null : t.lastUsedAt().toString(),
                    t.revokedAt() == null ? null : t.revokedAt().toString(), t.active(), secret);
        }
    }

    @GET
    @Operation(summary = "List my API tokens (never their secrets)")
    @Extension(name = "x-sign-in", value = "required")
    public List<TokenDto> list() {
        return tokens.mine().stream().map(t -> TokenDto.of(t, null)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an API token; the answer is the only time its secret is shown")
    @Extension(name = "x-sign-in", value = "required")
    @APIResponse(responseCode = "201", description = "Created, with its secret",
            content = @Content(schema = @Schema(implementation = TokenDto.class)))
    public Response create(NewTokenDto body) {
        if (body == null) {
            throw InvalidInputException.of("name", "Send a JSON body such as {\"name\": \"usage report script\"}.");
        }
        IssuedApiToken issued = tokens.create(body.name());
        return Response.status(Response.Status.CREATED).entity(TokenDto.of(issued.token(), issued.secret())).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke one of my API tokens")
    @Extension(name = "x-sign-in", value = "required")
    @APIResponse(responseCode = "204", description = "Revoked")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }
}

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
    public record NewTokenDto(String name) {
    }

    /** A token as its owner sees it; {@code secret} only in the answer to its creation. */
    public record TokenDto(long id, String name, String prefix, String createdAt, String lastUsedAt,
                           String revokedAt, boolean active, String secret) {

        static TokenDto of(ApiTokenView t, String secret) {
            return new TokenDto(t.id(), t.name(), t.prefix(), t.createdAt().toString(),
                    t.lastUsedAt() == null ? null : t.lastUsedAt().toString(),
                    t.revokedAt() == null ? null : t.revokedAt().toString(), t.active(), secret);
        }
    }

    @GET
    @Operation(summary = "List my API tokens (never their secrets)")
    public List<TokenDto> list() {
        return tokens.mine().stream().map(t -> TokenDto.of(t, null)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an API token; the answer is the only time its secret is shown")
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
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }
}

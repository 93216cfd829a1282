package org.docuportal.account.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Account;
import org.docuportal.account.domain.AccountRepository;
import org.docuportal.account.domain.ApiToken;
import org.docuportal.account.domain.Role;
import org.docuportal.account.infrastructure.TokenSecrets;
import org.docuportal.account.infrastructure.UseRecordingThrottle;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;

/**
 * Personal API tokens: their owner makes, lists and revokes them; scripts present them.
 *
 * <p>Every account may hold tokens, and a token acts with exactly its owner's roles. Owners
 * see and revoke only their own tokens: another account's token id answers "not found".
 */
@Stateless
@RolesAllowed({Role.Names.TEACHER, Role.Names.TRAINING_OFFICER, Role.Names.INSTITUTION_ADMIN,
        Role.Names.REVIEWER, Role.Names.PLATFORM_ADMIN, Role.Names.CURRICULUM_EDITOR})
public class ApiTokenService {

    @Inject
    private AccountRepository accounts;

    @Inject
    private TokenSecrets secrets;

    @Inject
    private UseRecordingThrottle throttle;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    public IssuedApiToken create(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw InvalidInputException.of("name", "Give the token a name of 1 to 100 characters, such as \"usage report script\".");
        }
        Account owner = caller();
        String secret = secrets.newSecret();
        ApiToken token = new ApiToken(owner, name, secrets.hash(secret), secrets.displayPrefix(secret), clock.instant());
        accounts.add(token);
        return new IssuedApiToken(view(token), secret);
    }

    public List<ApiTokenView> mine() {
        return accounts.tokensOf(caller()).stream().map(ApiTokenService::view).toList();
    }

    public void revoke(long tokenId) {
        ApiToken token = accounts.tokensOf(caller()).stream()
                .filter(t -> t.id() == tokenId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("You have no API token " + tokenId + "."));
        token.revoke(clock.instant());
    }

    /** The owner of an active token whose account is enabled, for the authentication mechanism; records the use. */
    @PermitAll
    public Optional<AuthenticationResult> authenticate(String secret) {
        if (secret == null || !secret.startsWith(TokenSecrets.PREFIX)) {
            return Optional.empty();
        }
        return accounts.findTokenByHash(secrets.hash(secret))
                .filter(ApiToken::isActive)
                .filter(token -> !accounts.enabledRoles(token.account().email()).isEmpty())
                .map(token -> {
                    Instant now = clock.instant();
                    if (token.useWorthRecording(now)
                            && throttle.claim("token:" + token.id(), now, ApiToken.USE_RECORDING_GRANULARITY)) {
                        accounts.recordTokenUse(token.id(), now);
                    }
                    Account owner = token.account();
                    return AuthenticationResult.authenticated(owner.email(), owner.roles());
                });
    }

    private Account caller() {
        String email = session.getCallerPrincipal().getName();
        return accounts.findByEmail(email)
                .orElseThrow(() -> new NotFoundException("No account for " + email + "."));
    }

    private static ApiTokenView view(ApiToken t) {
        return new ApiTokenView(t.id(), t.name(), t.tokenPrefix(), t.createdAt(), t.lastUsedAt(), t.revokedAt());
    }
}

package org.docuportal.account.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where accounts and their API tokens are kept. Implementations join the caller's transaction. */
public interface AccountRepository {

    Optional<Account> findByEmail(String normalizedEmail);

    void add(Account account);

    /** The addresses of every account holding the role, for mail to a team such as the distributor's administrators. */
    List<String> emailsWithRole(Role role);

    void add(ApiToken token);

    Optional<ApiToken> findTokenByHash(String tokenHash);

    List<ApiToken> tokensOf(Account account);

    /**
     * Writes a token's "last used" time without the entity's version check, so requests made in
     * parallel with one token never fail each other; a later time already written wins.
     */
    void recordTokenUse(long tokenId, Instant usedAt);

    void add(EmailVerification verification);

    Optional<EmailVerification> verificationByTokenHash(String tokenHash);
}

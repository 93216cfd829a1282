package org.docuportal.account.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    Optional<Account> findById(long id);

    /** Accounts holding a staff role (reviewers and platform administrators), by email. */
    List<Account> staff();

    /** How many enabled accounts hold the role. */
    long countEnabledWithRole(Role role);

    /** Accounts holding the role, enabled or not. */
    List<Account> withRole(Role role);

    /**
     * Takes the database lock that serialises decisions about who is a platform administrator
     * (the bootstrap, disabling an administrator) until the caller's transaction ends, across
     * every server sharing the database.
     */
    void lockStaffChanges();

    void add(StaffInvitation invitation);

    /** The invitation with this token hash, locked until the caller's transaction ends, so that it is used once. */
    Optional<StaffInvitation> staffInvitationForUpdate(String tokenHash);

    Optional<StaffInvitation> staffInvitationByTokenHash(String tokenHash);

    /** Whether an unused, unexpired link gives the role to the address. */
    boolean hasOpenStaffInvitation(String normalizedEmail, Role role, Instant now);

    /** Staff links neither used nor expired at {@code now}, the soonest to expire first. */
    List<StaffInvitation> openStaffInvitations(Instant now);

    /**
     * The stored password hash, read from the database itself rather than any cache (another
     * server may have just disabled the account or set its password), when the account is
     * enabled and has a password.
     */
    Optional<String> usablePasswordHash(long accountId);

    /** The account's failed logins and lock, read from the database itself. */
    LoginState loginState(long accountId);

    /**
     * Counts a wrong password in one atomic step, unless the account is locked at {@code now}: the
     * failure that reaches the policy's limit locks it ({@link LoginPolicy}). Parallel wrong
     * passwords are each counted once, whatever their order; the row is never read and written back.
     *
     * @return whether the account is locked once this failure is counted
     */
    boolean recordFailedLogin(long accountId, Instant now, LoginPolicy policy);

    /** Clears failed logins and notes the login, in one update that no parallel login can make fail. */
    void recordSuccessfulLogin(long accountId, Instant now);

    /** Replaces the stored hash by a stronger one, unless another request did so first. */
    void rehashPassword(long accountId, String oldHash, String newHash);

    /** The roles of the enabled account with this address, read from the database itself; empty when there is none. */
    Set<Role> enabledRoles(String normalizedEmail);

    /** The account's mail choices, if it ever made any. */
    Optional<MailPreference> mailPreferenceOf(long accountId);

    /** The mail choices of the account with that (normalized) address, if any. */
    Optional<MailPreference> mailPreferenceOf(String normalizedEmail);

    void add(MailPreference preference);

    /**
     * The account's mail choices, made (all on) where it has none, with the account locked until the
     * transaction ends: two first changes at once would otherwise both insert the row.
     */
    MailPreference mailPreferenceForUpdate(Account account, java.time.Instant now);
}

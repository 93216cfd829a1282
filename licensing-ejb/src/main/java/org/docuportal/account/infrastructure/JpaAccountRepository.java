package org.docuportal.account.infrastructure;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.docuportal.account.domain.Account;
import org.docuportal.account.domain.AccountRepository;
import org.docuportal.account.domain.ApiToken;
import org.docuportal.account.domain.EmailVerification;
import org.docuportal.account.domain.LoginPolicy;
import org.docuportal.account.domain.LoginState;
import org.docuportal.account.domain.MailPreference;
import org.docuportal.account.domain.Role;
import org.docuportal.account.domain.StaffInvitation;

/** Accounts and API tokens in JPA. Joins the calling service's transaction. */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<Account> findByEmail(String normalizedEmail) {
        return em.createQuery("SELECT a FROM Account a WHERE a.email = :email", Account.class)
                .setParameter("email", normalizedEmail)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(Account account) {
        em.persist(account);
    }

    @Override
    public List<String> emailsWithRole(Role role) {
        return em.createQuery("SELECT a.email FROM Account a JOIN a.roles r WHERE r = :role ORDER BY a.email", String.class)
                .setParameter("role", role)
                .getResultList();
    }

    @Override
    public void add(ApiToken token) {
        em.persist(token);
    }

    @Override
    public Optional<ApiToken> findTokenByHash(String tokenHash) {
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(EmailVerification verification) {
        em.persist(verification);
    }

    @Override
    public Optional<EmailVerification> verificationByTokenHash(String tokenHash) {
        return em.createQuery("SELECT v FROM EmailVerification v WHERE v.tokenHash = :hash", EmailVerification.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<ApiToken> tokensOf(Account account) {
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.account = :account ORDER BY t.createdAt DESC, t.id DESC",
                        ApiToken.class)
                .setParameter("account", account)
                .getResultList();
    }

    @Override
    public void recordTokenUse(long tokenId, Instant usedAt) {
        em.createQuery("UPDATE ApiToken t SET t.lastUsedAt = :usedAt"
                        + " WHERE t.id = :id AND (t.lastUsedAt IS NULL OR t.lastUsedAt < :usedAt)")
                .setParameter("usedAt", usedAt)
                .setParameter("id", tokenId)
                .executeUpdate();
    }

    @Override
    public Optional<Account> findById(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @Override
    public List<Account> staff() {
        return em.createQuery("SELECT DISTINCT a FROM Account a JOIN a.roles r WHERE r IN :roles ORDER BY a.email", Account.class)
                .setParameter("roles", StaffInvitation.STAFF_ROLES)
                .getResultList();
    }

    @Override
    public long countEnabledWithRole(Role role) {
        return em.createQuery("SELECT COUNT(a) FROM Account a JOIN a.roles r WHERE r = :role AND a.disabledAt IS NULL", Long.class)
                .setParameter("role", role)
                .getSingleResult();
    }

    @Override
    public List<Account> withRole(Role role) {
        return em.createQuery("SELECT a FROM Account a JOIN a.roles r WHERE r = :role ORDER BY a.id", Account.class)
                .setParameter("role", role)
                .getResultList();
    }

    @Override
    public void lockStaffChanges() {
        // A row lock held until commit, so it holds across servers. An UPDATE rather than a SELECT ... FOR UPDATE:
        // EclipseLink runs a native read on a connection of its own, whose lock ended with that statement, while a
        // write goes to the transaction's connection.
        em.createNativeQuery("UPDATE staff_guard SET id = id WHERE id = 1").executeUpdate();
    }

    @Override
    public void add(StaffInvitation invitation) {
        em.persist(invitation);
    }

    @Override
    public Optional<StaffInvitation> staffInvitationForUpdate(String tokenHash) {
        return em.createQuery("SELECT i FROM StaffInvitation i WHERE i.tokenHash = :hash", StaffInvitation.class)
                .setParameter("hash", tokenHash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<StaffInvitation> staffInvitationByTokenHash(String tokenHash) {
        return em.createQuery("SELECT i FROM StaffInvitation i WHERE i.tokenHash = :hash", StaffInvitation.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<StaffInvitation> openStaffInvitations(Instant now) {
        return em.createQuery("SELECT i FROM StaffInvitation i WHERE i.usedAt IS NULL AND i.expiresAt > :now"
                        + " ORDER BY i.expiresAt, i.id", StaffInvitation.class)
                .setParameter("now", now)
                .getResultList();
    }

    @Override
    public boolean hasOpenStaffInvitation(String normalizedEmail, Role role, Instant now) {
        return !em.createQuery("SELECT i.id FROM StaffInvitation i WHERE i.email = :email AND i.role = :role"
                        + " AND i.usedAt IS NULL AND i.expiresAt > :now", Long.class)
                .setParameter("email", normalizedEmail)
                .setParameter("role", role)
                .setParameter("now", now)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    @Override
    public Optional<String> usablePasswordHash(long accountId) {
        // A projection, not the entity: EclipseLink answers it from the database, never from its shared cache.
        return em.createQuery("SELECT a.passwordHash FROM Account a WHERE a.id = :id AND a.disabledAt IS NULL"
                        + " AND a.passwordHash IS NOT NULL", String.class)
                .setParameter("id", accountId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Set<Role> enabledRoles(String normalizedEmail) {
        // One query; every account has at least one role, so no row means unknown or disabled.
        List<Role> roles = em.createQuery("SELECT r FROM Account a JOIN a.roles r WHERE a.email = :email"
                        + " AND a.disabledAt IS NULL", Role.class)
                .setParameter("email", normalizedEmail)
                .getResultList();
        return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
    }

    @Override
    public LoginState loginState(long accountId) {
        Object[] row = em.createQuery("SELECT a.failedLoginCount, a.lockedUntil FROM Account a WHERE a.id = :id", Object[].class)
                .setParameter("id", accountId).getSingleResult();
        return new LoginState(((Number) row[0]).intValue(), (Instant) row[1]);
    }

    // The three writes below are native SQL on purpose: a JPQL bulk update would also raise the entity's version, and
    // fail a transaction that holds the account and changes it next (a staff link granting a role after checking the
    // password). Nothing decides from the cached entity's counts: LoginState reads them past the cache.

    @Override
    public boolean recordFailedLogin(long accountId, Instant now, LoginPolicy policy) {
        // Two statements in the caller's (own, short) transaction: the first takes the row's lock, so the second
        // sees every failure counted before it and exactly one caller sees the count reach the limit.
        OffsetDateTime at = utc(now);
        em.createNativeQuery("UPDATE account SET failed_login_count = failed_login_count + 1 WHERE id = ?1"
                        + " AND (locked_until IS NULL OR locked_until <= ?2)")
                .setParameter(1, accountId).setParameter(2, at).executeUpdate();
        em.createNativeQuery("UPDATE account SET failed_login_count = 0, locked_until = ?1 WHERE id = ?2"
                        + " AND failed_login_count >= ?3")
                .setParameter(1, utc(policy.lockEnd(now))).setParameter(2, accountId)
                .setParameter(3, policy.maxFailures()).executeUpdate();
        return loginState(accountId).isLockedAt(now);
    }

    @Override
    public void recordSuccessfulLogin(long accountId, Instant now) {
        em.createNativeQuery("UPDATE account SET failed_login_count = 0, locked_until = NULL, last_login_at = ?1 WHERE id = ?2")
                .setParameter(1, utc(now)).setParameter(2, accountId).executeUpdate();
    }

    @Override
    public void rehashPassword(long accountId, String oldHash, String newHash) {
        em.createNativeQuery("UPDATE account SET password_hash = ?1 WHERE id = ?2 AND password_hash = ?3")
                .setParameter(1, newHash).setParameter(2, accountId).setParameter(3, oldHash).executeUpdate();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Optional<MailPreference> mailPreferenceOf(long accountId) {
        return Optional.ofNullable(em.find(MailPreference.class, accountId));
    }

    @Override
    public Optional<MailPreference> mailPreferenceOf(String normalizedEmail) {
        return em.createQuery("SELECT p FROM MailPreference p, Account a WHERE p.accountId = a.id AND a.email = :email",
                        MailPreference.class)
                .setParameter("email", normalizedEmail)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(MailPreference preference) {
        em.persist(preference);
    }

    @Override
    public MailPreference mailPreferenceForUpdate(Account account, Instant now) {
        // A row lock on the account, taken as lockStaffChanges takes its own (an UPDATE, on the transaction's
        // connection, checking no version): the second of two first changes waits, then finds the row.
        em.createNativeQuery("UPDATE account SET id = id WHERE id = ?").setParameter(1, account.id()).executeUpdate();
        MailPreference preference = em.find(MailPreference.class, account.id());
        if (preference == null) {
            preference = new MailPreference(account, now);
            em.persist(preference);
        }
        return preference;
    }
}

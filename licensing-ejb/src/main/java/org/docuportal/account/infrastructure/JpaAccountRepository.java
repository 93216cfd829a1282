package org.docuportal.account.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.docuportal.account.domain.Account;
import org.docuportal.account.domain.AccountRepository;
import org.docuportal.account.domain.ApiToken;
import org.docuportal.account.domain.EmailVerification;
import org.docuportal.account.domain.Role;

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
}

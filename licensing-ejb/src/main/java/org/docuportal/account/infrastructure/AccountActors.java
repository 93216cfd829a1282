package org.docuportal.account.infrastructure;

import java.util.Comparator;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Account;
import org.docuportal.account.domain.AccountRepository;
import org.docuportal.account.domain.Role;
import org.docuportal.audit.domain.Actor;
import org.docuportal.audit.domain.ActorDirectory;

/**
 * The audit log's view of accounts: id, address, name and the most powerful role (the last in
 * {@link Role}'s order), copied into each entry because the account may change or go later.
 */
@ApplicationScoped
public class AccountActors implements ActorDirectory {

    @Inject
    private AccountRepository accounts;

    @Override
    public Optional<Actor> byLogin(String login) {
        String email;
        try {
            email = Account.normalizeEmail(login);
        } catch (IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
        return accounts.findByEmail(email).map(a -> new Actor(a.id(), a.email(), a.displayName(),
                a.roles().stream().max(Comparator.naturalOrder()).map(Role::name).orElse(null)));
    }
}

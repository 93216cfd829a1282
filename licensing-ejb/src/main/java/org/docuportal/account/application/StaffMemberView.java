package org.docuportal.account.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

import org.docuportal.account.domain.Account;
import org.docuportal.account.domain.Role;

/**
 * One of the distributor's staff as the staff page and API show them.
 *
 * @param passwordSet false while the owner has not followed their set-password link yet
 * @param lastLoginAt the last sign-in with a password (to the minute), or null
 */
public record StaffMemberView(long id, String email, String name, Set<Role> roles, boolean enabled,
                              boolean passwordSet, Instant lastLoginAt) implements Serializable {

    static StaffMemberView of(Account a) {
        return new StaffMemberView(a.id(), a.email(), a.displayName(), Set.copyOf(a.roles()), a.isEnabled(),
                a.hasPassword(), a.lastLoginAt());
    }

    public boolean platformAdmin() {
        return roles.contains(Role.PLATFORM_ADMIN);
    }
}

package org.docuportal.account.application;

import java.io.Serializable;

import org.docuportal.account.domain.Role;

/**
 * What a valid one-time staff link is for, shown to whoever holds it (the mail went to that address).
 *
 * @param existingAccount true when the address has an account with a password: its owner confirms
 *                        with that password instead of choosing a new one
 * @param name            the account's name where there is one, to start the form with
 */
public record StaffLinkView(String email, Role role, boolean existingAccount, String name) implements Serializable {
}

package org.docuportal.audit.domain;

import java.io.Serializable;

/**
 * Who made a change, as they were at that moment: the account may later be renamed or deleted, so
 * the entry keeps its own copy. All null for {@link #NOBODY}: a payment provider's notice or a job.
 *
 * @param role the most powerful role the account held (PLATFORM_ADMIN before REVIEWER before INSTITUTION_ADMIN …)
 */
public record Actor(Long accountId, String email, String name, String role) implements Serializable {

    public static final Actor NOBODY = new Actor(null, null, null, null);

    /** Someone signed in whose account is gone (or who has none): the login name alone. */
    public static Actor named(String login) {
        return new Actor(null, login, null, null);
    }
}

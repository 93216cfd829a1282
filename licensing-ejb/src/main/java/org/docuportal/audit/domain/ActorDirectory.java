package org.docuportal.audit.domain;

import java.util.Optional;

/**
 * Turns a caller's login name into an {@link Actor}. Implemented by the account context, which
 * depends on the audit log and not the other way round.
 */
public interface ActorDirectory {

    Optional<Actor> byLogin(String login);
}

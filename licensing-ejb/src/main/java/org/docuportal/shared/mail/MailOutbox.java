package org.docuportal.shared.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Where services drop mail. Mail leaves only once the business change that caused it has
 * committed: a rolled-back registration sends nothing, and a mail server that is down never
 * rolls back a decision.
 */
@ApplicationScoped
public class MailOutbox {

    @Inject
    private Event<Mail> queued;

    public void queue(Mail mail) {
        queued.fire(mail);
    }
}

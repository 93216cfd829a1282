package org.docuportal.web.it;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.docuportal.shared.mail.Mail;

/**
 * For tests inside the server: every mail queued in the outbox by a transaction that committed (the
 * {@link Mail} event {@code MailOutbox} fires), so a test can check at once who gets what, without
 * an SMTP server and without waiting for the outbox worker to deliver it.
 */
@ApplicationScoped
public class RecordedMail {

    private final List<Mail> sent = new CopyOnWriteArrayList<>();

    void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) Mail mail) {
        sent.add(mail);
    }

    /** The mails to that address whose subject contains the words. */
    public List<Mail> to(String address, String subjectPart) {
        return sent.stream().filter(m -> m.to().equals(address) && m.subject().contains(subjectPart)).toList();
    }
}

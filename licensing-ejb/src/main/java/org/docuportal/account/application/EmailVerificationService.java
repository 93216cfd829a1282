package org.docuportal.account.application;

import java.time.Clock;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Account;
import org.docuportal.account.domain.AccountRepository;
import org.docuportal.account.domain.EmailVerification;
import org.docuportal.account.infrastructure.TokenSecrets;
import org.docuportal.shared.application.NotFoundException;
import org.docuportal.shared.application.PublicAddress;
import org.docuportal.shared.mail.Mail;
import org.docuportal.shared.mail.MailOutbox;

/**
 * Email verification links: sent to new accounts whose address nobody has proved yet, and
 * followed by their owners. Anyone holding a link may use it, once, within its validity.
 */
@Stateless
@PermitAll
public class EmailVerificationService {

    @Inject
    private AccountRepository accounts;

    @Inject
    private TokenSecrets secrets;

    @Inject
    private MailOutbox mail;

    @Inject
    private PublicAddress publicAddress;

    @Inject
    private Clock clock;

    /** Mails a verification link to the account's address, with the given opening paragraph. */
    public void sendLink(Account account, String subject, String opening) {
        String secret = secrets.newLinkSecret();
        accounts.add(new EmailVerification(account, secrets.hash(secret), clock.instant()));
        String link = publicAddress.link("verify.xhtml?token=" + secret);
        mail.queue(new Mail(account.email(), subject, opening + "\n\nPlease confirm your email address by opening this link (it works for "
                + EmailVerification.VALIDITY.toDays() + " days):\n" + link + "\n"));
    }

    /** Uses a link; returns the verified address. */
    public String verify(String token) {
        EmailVerification verification = token == null ? null
                : accounts.verificationByTokenHash(secrets.hash(token)).orElse(null);
        if (verification == null || !verification.use(clock.instant())) {
            throw new NotFoundException("This confirmation link is not valid any more.");
        }
        return verification.account().email();
    }
}

package org.docuportal.account.application;

import java.time.Clock;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Account;
import org.docuportal.account.domain.AccountRepository;
import org.docuportal.account.domain.EmailVerification;
import org.docuportal.shared.mail.Letter;
import org.docuportal.shared.mail.MailComposer;
import org.docuportal.account.infrastructure.TokenSecrets;
import org.docuportal.shared.application.NotFoundException;

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
    private MailComposer mail;

    @Inject
    private Clock clock;

    /** Mails the letter with a verification link for the account's address: its button opens the link. */
    public void sendLink(Account account, Letter letter) {
        String secret = secrets.newLinkSecret();
        accounts.add(new EmailVerification(account, secrets.hash(secret), clock.instant()));
        mail.send(letter.with("days", EmailVerification.VALIDITY.toDays()).linkTo("verify.xhtml?token=" + secret));
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

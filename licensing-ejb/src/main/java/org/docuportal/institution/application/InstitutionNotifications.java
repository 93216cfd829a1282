package org.docuportal.institution.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Account;
import org.docuportal.account.domain.AccountRepository;
import org.docuportal.account.domain.Role;
import org.docuportal.institution.domain.Institution;
import org.docuportal.institution.domain.Invitation;
import org.docuportal.institution.domain.Membership;
import org.docuportal.institution.domain.ReviewDecision;
import org.docuportal.shared.mail.Letter;
import org.docuportal.shared.mail.MailCategory;
import org.docuportal.shared.mail.MailComposer;

/**
 * The mail of institutions and their members: registrations (to the reviewers, and to an address
 * that has an account already), the reviewers' decisions, invitations, approved members. All of it
 * is essential: each asks someone to act or tells them they now can. The words are in {@code MailMessages}.
 */
@ApplicationScoped
public class InstitutionNotifications {

    @Inject
    private MailComposer mail;

    @Inject
    private AccountRepository accounts;

    /** The registration's first mail, carrying the confirmation link that {@code EmailVerificationService} adds. */
    public Letter registrationReceived(Account admin, Institution institution) {
        return Letter.of("registration-received", MailCategory.ESSENTIAL, admin.email())
                .with("name", admin.displayName()).with("institution", institution.name()).with("email", admin.email());
    }

    /** The truth about a registration with a known address goes to that address, never into the answer. */
    public void registrationWithExistingAccount(Account account, String institutionName) {
        mail.send(Letter.of("registration-existing-account", MailCategory.ESSENTIAL, account.email())
                .with("name", account.displayName()).with("institution", institutionName).with("email", account.email())
                .linkTo("login.xhtml"));
    }

    /** A new institution waits for review: every enabled reviewer hears of it. */
    public void registrationToReview(Institution institution, String adminEmail) {
        for (Account reviewer : accounts.withRole(Role.REVIEWER)) {
            if (reviewer.isEnabled()) {
                mail.send(Letter.of("registration-to-review", MailCategory.ESSENTIAL, reviewer.email())
                        .with("name", reviewer.displayName()).with("institution", institution.name())
                        .with("type", institution.type().label()).with("country", institution.country().englishName())
                        .with("email", adminEmail)
                        .linkTo("review/institution.xhtml?id=" + institution.id()));
            }
        }
    }

    public void reviewDecision(Membership admin, ReviewDecision decision) {
        String template = switch (decision.decision()) {
            case APPROVE -> "review-approve";
            case REJECT -> "review-reject";
            case REQUEST_INFO -> "review-request-info";
            case SUSPEND -> "review-suspend";
        };
        Letter letter = Letter.of(template, MailCategory.ESSENTIAL, admin.account().email())
                .with("name", admin.account().displayName()).with("institution", decision.institution().name())
                .with("reason", decision.reason());
        mail.send(decision.decision() == Institution.Decision.APPROVE ? letter.linkTo("") : letter);
    }

    /** An invitation link; an address outside the institution's domains is told an administrator approves it after joining. */
    public void invitation(String address, Membership admin, Institution institution, String joinPath) {
        String template = institution.admitsEmail(address) ? "invitation" : "invitation-outside-domains";
        mail.send(Letter.of(template, MailCategory.ESSENTIAL, address)
                .with("inviter", admin.account().displayName()).with("institution", institution.name())
                .with("days", Invitation.VALIDITY.toDays())
                .linkTo(joinPath));
    }

    /**
     * An account belongs to one institution, so an address with an account cannot take an
     * invitation; it learns so by mail (the inviting administrator cannot tell the difference).
     */
    public void invitationToExistingAccount(String address, Membership admin, Institution institution) {
        mail.send(Letter.of("invitation-existing-account", MailCategory.ESSENTIAL, address)
                .with("inviter", admin.account().displayName()).with("inviterEmail", admin.account().email())
                .with("institution", institution.name())
                .linkTo("login.xhtml"));
    }

    public void memberApproved(Membership member) {
        mail.send(Letter.of("member-approved", MailCategory.ESSENTIAL, member.account().email())
                .with("name", member.account().displayName()).with("institution", member.institution().name())
                .linkTo(""));
    }

    /** A proposed change of domains or ranges waits: every enabled reviewer hears of it, as of a new registration. */
    public void networkChangeToReview(Institution institution, String administrator) {
        for (Account reviewer : accounts.withRole(Role.REVIEWER)) {
            if (reviewer.isEnabled()) {
                mail.send(Letter.of("network-change-to-review", MailCategory.ESSENTIAL, reviewer.email())
                        .with("name", reviewer.displayName()).with("institution", institution.name())
                        .with("email", administrator)
                        .with("domains", listed(institution.proposedEmailDomains()))
                        .with("ranges", listed(institution.proposedIpRanges()))
                        .linkTo("review/institution.xhtml?id=" + institution.id()));
            }
        }
    }

    /** The reviewers' decision on a proposed change, to the institution's administrators. */
    public void networkChangeDecision(Membership admin, boolean approved, String reason) {
        Institution institution = admin.institution();
        mail.send(Letter.of(approved ? "network-change-approved" : "network-change-declined", MailCategory.ESSENTIAL,
                        admin.account().email())
                .with("name", admin.account().displayName()).with("institution", institution.name())
                .with("domains", listed(institution.emailDomains()))
                .with("ranges", listed(institution.ipRanges()))
                .with("reason", reason)
                .linkTo("institution/members.xhtml"));
    }

    private static String listed(java.util.Collection<String> values) {
        return values.isEmpty() ? "none" : String.join(", ", new java.util.TreeSet<>(values));
    }
}

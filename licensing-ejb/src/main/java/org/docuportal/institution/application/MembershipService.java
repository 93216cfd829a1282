package org.docuportal.institution.application;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Account;
import org.docuportal.account.domain.AccountRepository;
import org.docuportal.account.domain.Role;
import org.docuportal.account.infrastructure.PasswordHasher;
import org.docuportal.account.infrastructure.TokenSecrets;
import org.docuportal.audit.application.AuditTrail;
import org.docuportal.audit.application.Snapshot;
import org.docuportal.audit.domain.AuditAction;
import org.docuportal.institution.domain.Institution;
import org.docuportal.institution.domain.InstitutionRepository;
import org.docuportal.institution.domain.Invitation;
import org.docuportal.institution.domain.Membership;
import org.docuportal.shared.application.ConflictException;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;

/**
 * An institution's members: administrators invite people by email and approve those who
 * joined with an address outside the institution's domains; invited people join by following
 * the emailed link, which also proves their address.
 */
@Stateless
@RolesAllowed(Role.Names.INSTITUTION_ADMIN)
public class MembershipService {

    @Inject
    private AuditTrail audit;

    @Inject
    private InstitutionRepository institutions;

    @Inject
    private AccountRepository accounts;

    @Inject
    private CallerMembership caller;

    @Inject
    private TokenSecrets secrets;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private InstitutionNotifications notifications;

    @Inject
    private Clock clock;

    public List<MemberView> members() {
        Institution institution = caller.requireAdministrator().institution();
        return institutions.membersOf(institution).stream().map(MemberView::of).toList();
    }

    /**
     * Sends an invitation link to the address; where the address has an account already, a mail
     * saying so instead. The caller cannot tell the two apart.
     */
    public void invite(String email, Role role) {
        Membership admin = caller.requireAdministrator();
        String address;
        try {
            address = Account.normalizeEmail(email);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("email", "Give the email address of the person to invite.");
        }
        if (role == null || !Membership.INSTITUTION_ROLES.contains(role)) {
            throw InvalidInputException.of("role", "Invite as TEACHER, TRAINING_OFFICER or INSTITUTION_ADMIN.");
        }
        Institution institution = admin.institution();
        if (accounts.findByEmail(address).isPresent()) {
            notifications.invitationToExistingAccount(address, admin, institution);
            return;
        }
        String secret = secrets.newLinkSecret();
        Invitation invitation = new Invitation(institution, address, role, secrets.hash(secret),
                admin.account().email(), clock.instant());
        institutions.add(invitation);
        audit.record(AuditAction.MEMBER_INVITED, InstitutionSnapshots.subject(invitation), null,
                InstitutionSnapshots.of(invitation, clock.instant()));
        notifications.invitation(address, admin, institution, "join.xhtml?token=" + secret);
    }

    /** Creates the invited person's account and membership; anyone holding the link may do it once. */
    @PermitAll
    public MemberView join(String token, String name, String password) {
        Instant now = clock.instant();
        Invitation invitation = token == null ? null
                : institutions.invitationByTokenHash(secrets.hash(token)).orElse(null);
        if (invitation == null || !invitation.isOpenAt(now)) {
            throw new NotFoundException("This invitation link is not valid any more. Ask your administrator for a new one.");
        }
        if (name == null || name.isBlank()) {
            throw InvalidInputException.of("name", "Give your name.");
        }
        if (password == null || password.length() < RegistrationService.MIN_PASSWORD_LENGTH || password.length() > 128) {
            throw InvalidInputException.of("password",
                    "Choose a password of " + RegistrationService.MIN_PASSWORD_LENGTH + " to 128 characters.");
        }
        if (accounts.findByEmail(invitation.email()).isPresent()) {
            throw new ConflictException("An account with this email exists already.");
        }
        Account account = new Account(invitation.email(), name, hasher.hash(password.toCharArray()),
                EnumSet.of(invitation.role()), now);
        // Following the emailed invitation link proved the address.
        account.markEmailVerified(now);
        accounts.add(account);
        Membership membership = invitation.accept(account, now);
        institutions.add(membership);
        return MemberView.of(membership);
    }

    /** Approves a member who joined with an address outside the institution's domains. */
    public MemberView approve(long membershipId) {
        Institution institution = caller.requireAdministrator().institution();
        Membership member = institutions.membership(membershipId)
                .filter(m -> m.institution().id().equals(institution.id()))
                .orElseThrow(() -> new NotFoundException("Your institution has no member " + membershipId + "."));
        boolean waiting = !member.isActive();
        Snapshot before = InstitutionSnapshots.of(member);
        member.approve();
        if (waiting) {
            audit.record(AuditAction.MEMBER_APPROVED, InstitutionSnapshots.subject(member), before, InstitutionSnapshots.of(member));
        }
        if (waiting) {
            notifications.memberApproved(member);
        }
        return MemberView.of(member);
    }
}

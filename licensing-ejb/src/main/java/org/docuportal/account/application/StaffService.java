package org.docuportal.account.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Account;
import org.docuportal.account.domain.AccountRepository;
import org.docuportal.account.domain.PasswordRules;
import org.docuportal.account.domain.Role;
import org.docuportal.account.domain.StaffInvitation;
import org.docuportal.account.infrastructure.PasswordHasher;
import org.docuportal.account.infrastructure.TokenSecrets;
import org.docuportal.audit.application.AuditSubject;
import org.docuportal.audit.application.AuditTrail;
import org.docuportal.audit.application.Snapshot;
import org.docuportal.audit.domain.AuditAction;
import org.docuportal.shared.application.ConflictException;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.InvalidInputException.Violation;
import org.docuportal.shared.application.NotFoundException;
import org.docuportal.shared.application.PublicAddress;
import org.docuportal.shared.mail.Letter;
import org.docuportal.shared.mail.MailCategory;
import org.docuportal.shared.mail.MailComposer;

/**
 * The distributor's staff: the first platform administrator's bootstrap, invitations of
 * reviewers and further administrators by one-time link, and disabling staff accounts.
 *
 * <p>An invitation answers the same whether or not the address has an account, so that it
 * cannot be used to find out who has one; only the mail differs. A new address chooses its
 * password through the link; an existing account confirms with its current password, which is
 * signing in, and gets the role. Decisions about who is a platform administrator (the
 * bootstrap, disabling one) take a database row lock first, so two servers or two
 * administrators acting at once are served one after the other.
 */
@Stateless
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
public class StaffService {

    static final String INVALID_LINK = "This link is not valid: it was used already, has expired or was never issued. "
            + "Ask a platform administrator for a new one.";

    @Inject
    private AuditTrail audit;

    @Inject
    private AccountRepository accounts;

    @Inject
    private AccountService accountService;

    @Inject
    private TokenSecrets secrets;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private MailComposer mail;

    @Inject
    private PublicAddress publicAddress;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    public List<StaffMemberView> staff() {
        return accounts.staff().stream().map(StaffMemberView::of).toList();
    }

    /** Links mailed and still usable, so that administrators see whom they are waiting for. */
    public List<PendingStaffInvitationView> pendingInvitations() {
        return accounts.openStaffInvitations(clock.instant()).stream().map(PendingStaffInvitationView::of).toList();
    }

    /** Mails a one-time link that gives the role; answers the same whether or not the address has an account. */
    public void invite(String email, String role) {
        List<Violation> problems = new ArrayList<>();
        String address = null;
        try {
            address = Account.normalizeEmail(email);
        } catch (IllegalArgumentException e) {
            problems.add(new Violation("email", "Give the email address of the person to invite."));
        }
        Role staffRole = staffRole(role);
        if (staffRole == null) {
            problems.add(new Violation("role", "Choose the role: REVIEWER or PLATFORM_ADMIN."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.get(0).message(), problems);
        }
        Account inviter = caller();
        Instant now = clock.instant();
        String link = issueLink(address, staffRole, inviter.email(), now);
        audit.record(AuditAction.STAFF_INVITED, AuditSubject.of(address, address), null, Snapshot.of().with("email", address)
                .with("role", staffRole).with("validUntil", now.plus(StaffInvitation.VALIDITY)));
        boolean existing = accounts.findByEmail(address).filter(Account::hasPassword).isPresent();
        mail.send(Letter.of(existing ? "staff-invitation-existing-account" : "staff-invitation", MailCategory.ESSENTIAL, address)
                .with("inviter", inviter.displayName()).with("inviterEmail", inviter.email()).with("email", address)
                .with("role", roleInWords(staffRole)).with("hours", StaffInvitation.VALIDITY.toHours())
                .linkTo(link));
    }

    public StaffMemberView disable(long id) {
        accounts.lockStaffChanges();
        Account target = staffAccount(id);
        Account me = caller();
        if (target.id().equals(me.id())) {
            throw new ConflictException("You cannot disable your own account; another platform administrator can.");
        }
        if (target.isEnabled() && target.roles().contains(Role.PLATFORM_ADMIN)
                && accounts.countEnabledWithRole(Role.PLATFORM_ADMIN) <= 1) {
            throw new ConflictException(target.email() + " is the last enabled platform administrator; "
                    + "enable or invite another one first.");
        }
        Snapshot before = snapshot(target);
        target.disable(clock.instant());
        audit.record(AuditAction.STAFF_DISABLED, subject(target), before, snapshot(target));
        return StaffMemberView.of(target);
    }

    public StaffMemberView enable(long id) {
        Account target = staffAccount(id);
        Snapshot before = snapshot(target);
        target.enable();
        audit.record(AuditAction.STAFF_ENABLED, subject(target), before, snapshot(target));
        return StaffMemberView.of(target);
    }

    /** What a link is for, to show its holder the right form; an unusable link is "not found". */
    @PermitAll
    public StaffLinkView link(String token) {
        StaffInvitation invitation = openInvitation(token, false);
        Optional<Account> account = usableAccount(invitation);
        return new StaffLinkView(invitation.email(), invitation.role(), account.filter(Account::hasPassword).isPresent(),
                account.map(Account::displayName).orElse(null));
    }

    /**
     * Uses a link once: a new address gets an account with the password chosen here; an account
     * without a password gets this one; an existing account must give its current password.
     * The link's role is granted in each case.
     */
    @PermitAll
    public StaffMemberView useLink(String token, String name, String password) {
        StaffInvitation invitation = openInvitation(token, true);
        Instant now = clock.instant();
        Optional<Account> existing = usableAccount(invitation);
        Snapshot before = existing.map(StaffService::snapshot).orElse(null);
        Account account;
        if (existing.isPresent() && existing.get().hasPassword()) {
            account = existing.get();
            AuthenticationResult check = accountService.authenticate(account.email(),
                    password == null ? new char[0] : password.toCharArray());
            if (!check.isAuthenticated()) {
                throw new WrongPasswordException(check.status() == AuthenticationResult.Status.LOCKED
                        ? "Too many wrong passwords: the account is locked for a while."
                        : "This is not the password of " + account.email() + ".");
            }
        } else {
            List<Violation> problems = new ArrayList<>();
            boolean named = name != null && !name.isBlank() && name.strip().length() <= 200;
            if (existing.isEmpty() && !named) {
                problems.add(new Violation("name", "Give your name (up to 200 characters)."));
            }
            if (!PasswordRules.isAcceptable(password)) {
                problems.add(new Violation("password", PasswordRules.describe()));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems.get(0).message(), problems);
            }
            String hash = hasher.hash(password.toCharArray());
            if (existing.isPresent()) {
                account = existing.get();
                account.choosePassword(hash, named ? name : null);
            } else {
                account = new Account(invitation.email(), name, hash, EnumSet.of(invitation.role()), now);
                accounts.add(account);
            }
        }
        invitation.useFor(account, now);
        audit.record(AuditAction.STAFF_JOINED, subject(account), before, snapshot(account).with("invitedBy", invitation.invitedBy()));
        return StaffMemberView.of(account);
    }

    /**
     * Creates the first platform administrator, without a password, and issues its one-time
     * set-password link (mailed, and returned for the server log). Refuses, changing nothing, once
     * a platform administrator exists — unless that is this very address, still without a password
     * and with no unexpired link, so that a restart replaces a link that expired unused.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public BootstrapOutcome bootstrap(String email) {
        String address;
        try {
            address = Account.normalizeEmail(email);
        } catch (IllegalArgumentException e) {
            return BootstrapOutcome.refused(email, "'" + email + "' is not an email address");
        }
        accounts.lockStaffChanges();
        Instant now = clock.instant();
        List<Account> admins = accounts.withRole(Role.PLATFORM_ADMIN);
        boolean expiredUnused = !admins.isEmpty()
                && admins.stream().noneMatch(Account::hasPassword)
                && admins.stream().anyMatch(a -> a.email().equals(address))
                && !accounts.hasOpenStaffInvitation(address, Role.PLATFORM_ADMIN, now);
        if (!admins.isEmpty() && !expiredUnused) {
            return BootstrapOutcome.refused(address, "a platform administrator exists already ("
                    + admins.size() + " account" + (admins.size() == 1 ? "" : "s") + ")");
        }
        Optional<Account> existing = accounts.findByEmail(address);
        if (existing.isEmpty()) {
            accounts.add(Account.withoutPassword(address, EnumSet.of(Role.PLATFORM_ADMIN), now));
        }
        String link = issueLink(address, Role.PLATFORM_ADMIN, StaffInvitation.BOOTSTRAP, now);
        boolean hasPassword = existing.filter(Account::hasPassword).isPresent();
        mail.send(Letter.of(hasPassword ? "staff-bootstrap-existing-account" : "staff-bootstrap", MailCategory.ESSENTIAL, address)
                .with("portal", publicAddress.link("")).with("hours", StaffInvitation.VALIDITY.toHours())
                .linkTo(link));
        return BootstrapOutcome.issued(address, link, now.plus(StaffInvitation.VALIDITY));
    }

    private String issueLink(String address, Role role, String invitedBy, Instant now) {
        String secret = secrets.newLinkSecret();
        accounts.add(new StaffInvitation(address, role, secrets.hash(secret), invitedBy, now));
        return publicAddress.link("set-password.xhtml?token=" + secret);
    }

    private StaffInvitation openInvitation(String token, boolean forUse) {
        if (token == null || token.isBlank()) {
            throw new NotFoundException(INVALID_LINK);
        }
        String hash = secrets.hash(token.strip());
        Optional<StaffInvitation> found = forUse ? accounts.staffInvitationForUpdate(hash) : accounts.staffInvitationByTokenHash(hash);
        return found.filter(i -> i.isOpenAt(clock.instant())).orElseThrow(() -> new NotFoundException(INVALID_LINK));
    }

    /** The invited address's account, if any; a disabled one makes the link unusable. */
    private Optional<Account> usableAccount(StaffInvitation invitation) {
        Optional<Account> account = accounts.findByEmail(invitation.email());
        if (account.isPresent() && !account.get().isEnabled()) {
            throw new NotFoundException(INVALID_LINK);
        }
        return account;
    }

    private static AuditSubject subject(Account account) {
        return AuditSubject.of(account.id(), account.email());
    }

    /** An account as staff changes it: address, name, roles and whether it may sign in; never its password. */
    private static Snapshot snapshot(Account account) {
        return Snapshot.of().with("email", account.email()).with("name", account.displayName())
                .with("roles", account.roles().stream().sorted().toList()).with("enabled", account.isEnabled());
    }

    private Account staffAccount(long id) {
        return accounts.findById(id)
                .filter(a -> a.roles().stream().anyMatch(StaffInvitation.STAFF_ROLES::contains))
                .orElseThrow(() -> new NotFoundException("There is no staff account " + id + "."));
    }

    private Account caller() {
        String email = session.getCallerPrincipal().getName();
        return accounts.findByEmail(email).orElseThrow(() -> new NotFoundException("No account for " + email + "."));
    }

    private static Role staffRole(String value) {
        if (value == null) {
            return null;
        }
        try {
            Role role = Role.valueOf(value.strip().toUpperCase(Locale.ROOT));
            return StaffInvitation.STAFF_ROLES.contains(role) ? role : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String roleInWords(Role role) {
        return role == Role.PLATFORM_ADMIN ? "platform administrator" : "reviewer";
    }
}

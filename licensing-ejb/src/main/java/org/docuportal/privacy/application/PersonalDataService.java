package org.docuportal.privacy.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import org.docuportal.account.application.AccountService;
import org.docuportal.account.application.AuthenticationResult;
import org.docuportal.account.domain.Account;
import org.docuportal.account.domain.AccountRepository;
import org.docuportal.account.domain.Role;
import org.docuportal.entitlement.domain.PlaybackSession;
import org.docuportal.institution.domain.Institution;
import org.docuportal.institution.domain.InstitutionRepository;
import org.docuportal.institution.domain.Membership;
import org.docuportal.privacy.domain.PersonalDataRepository;
import org.docuportal.shared.application.ConflictException;
import org.docuportal.shared.application.InvalidInputException;
import org.docuportal.shared.application.NotFoundException;
import org.docuportal.shared.domain.Pseudonym;

/**
 * A person's own data: the copy they download, and the deletion of their account.
 *
 * <p>Deleting removes the account (and with it its API tokens, roles and membership) and replaces
 * the person's email with one {@link Pseudonym} in everything that stays: plays and guide downloads
 * keep counting for the institution, quotes and orders stay the institution's, now "ordered by" the
 * pseudonym. It is refused while it would leave someone without a way in: the last enabled platform
 * administrator (nobody could run the portal), and the last administrator of an institution that has
 * other members (nobody could approve them or their purchases). A platform administrator's or
 * reviewer's decisions stay in the distributor's audit trails under their email: those trails are
 * the distributor's record of who decided what.
 */
@Stateless
@RolesAllowed({Role.Names.TEACHER, Role.Names.TRAINING_OFFICER, Role.Names.INSTITUTION_ADMIN,
        Role.Names.REVIEWER, Role.Names.PLATFORM_ADMIN, Role.Names.CURRICULUM_EDITOR})
public class PersonalDataService {

    @Inject
    private AccountRepository accounts;

    @Inject
    private InstitutionRepository institutions;

    @Inject
    private PersonalDataRepository data;

    @Inject
    private AccountService authentication;

    @Inject
    private SecurityContext security;

    @Inject
    private Clock clock;

    /** Everything the portal keeps that names the caller. */
    public PersonalDataExport export() {
        Account account = caller();
        String email = account.email();
        List<PlaybackSession> plays = data.playsOf(email);
        var titles = data.titleNames(plays.stream().map(PlaybackSession::titleId).collect(Collectors.toSet()));
        return new PersonalDataExport(clock.instant(), PersonalDataExport.account(account),
                PersonalDataExport.membership(institutions.membershipOf(email)),
                accounts.tokensOf(account).stream().map(PersonalDataExport::token).toList(),
                data.quotesRequestedBy(email).stream().map(PersonalDataExport::quote).toList(),
                data.ordersPlacedBy(email).stream().map(PersonalDataExport::order).toList(),
                plays.stream().map(p -> PersonalDataExport.play(p, titles)).toList(),
                data.guideDownloadsOf(email).stream().map(PersonalDataExport::guideDownload).toList(),
                data.screeningsOpenedBy(email).stream().map(PersonalDataExport::screening).toList(),
                data.screenerRequestsOf(email).stream().map(PersonalDataExport::screenerRequest).toList());
    }

    /**
     * Deletes the caller's account once they confirm it with their password (a session left open or
     * an API token is not enough). A wrong password counts towards the account's lock like a failed login.
     *
     * @throws PasswordNotConfirmedException when the password is wrong or the account is locked
     * @throws ConflictException when the caller is the last platform administrator, or the last
     *         administrator of an institution that has other members
     */
    public void deleteMyAccount(String password) {
        if (password == null || password.isEmpty()) {
            throw InvalidInputException.of("password", "Type your password to confirm that you want your account deleted.");
        }
        Account account = caller();
        AuthenticationResult check = authentication.authenticate(account.email(), password.toCharArray());
        if (check.status() == AuthenticationResult.Status.LOCKED) {
            throw new PasswordNotConfirmedException("Too many wrong passwords: your account is locked until "
                    + check.lockedUntil() + ". Try again then.");
        }
        if (!check.isAuthenticated()) {
            throw new PasswordNotConfirmedException("This is not your password; your account was not deleted.");
        }
        if (account.roles().contains(Role.PLATFORM_ADMIN)) {
            // The lock StaffService takes to disable an administrator: two administrators leaving at once are served in turn.
            accounts.lockStaffChanges();
            if (account.isEnabled() && accounts.countEnabledWithRole(Role.PLATFORM_ADMIN) <= 1) {
                throw new ConflictException("You are the last platform administrator: invite another one (Staff page) "
                        + "before deleting your account, or nobody could run the portal.");
            }
        }
        Optional<Membership> membership = institutions.membershipOf(account.email());
        membership.ifPresent(PersonalDataService.this::requireSomeoneElseCanAdminister);
        Instant now = clock.instant();
        data.replaceIdentity(account.email(), Pseudonym.random(), now);
        data.removeAccount(account, membership);
    }

    private void requireSomeoneElseCanAdminister(Membership leaving) {
        if (!leaving.isActive() || leaving.role() != Role.INSTITUTION_ADMIN) {
            return;
        }
        // Locked first, so that two administrators deleting their accounts at once cannot both see the other one stay.
        Institution institution = data.lockInstitution(leaving.institution().id()).orElseThrow();
        List<Membership> others = institutions.membersOf(institution).stream()
                .filter(m -> !m.id().equals(leaving.id())).toList();
        boolean anotherAdministrator = others.stream()
                .anyMatch(m -> m.isActive() && m.role() == Role.INSTITUTION_ADMIN && m.account().isEnabled());
        if (!others.isEmpty() && !anotherAdministrator) {
            throw new ConflictException("You are the only administrator of " + institution.name() + ", which has other members: "
                    + "invite another administrator (Members page) before deleting your account, so that someone can still "
                    + "approve members and purchases.");
        }
    }

    private Account caller() {
        var principal = security.getCallerPrincipal();
        return Optional.ofNullable(principal).flatMap(p -> accounts.findByEmail(p.getName()))
                .orElseThrow(() -> new NotFoundException("Your account no longer exists."));
    }
}

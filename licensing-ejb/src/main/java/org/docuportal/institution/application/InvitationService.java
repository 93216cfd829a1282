package org.docuportal.institution.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Role;
import org.docuportal.account.infrastructure.TokenSecrets;
import org.docuportal.audit.application.AuditTrail;
import org.docuportal.audit.application.Snapshot;
import org.docuportal.audit.domain.AuditAction;
import org.docuportal.institution.domain.Institution;
import org.docuportal.institution.domain.InstitutionRepository;
import org.docuportal.institution.domain.Invitation;
import org.docuportal.shared.application.ConflictException;
import org.docuportal.shared.application.NotFoundException;

/**
 * The invitations an institution's administrators sent and nobody answered yet: listed, revoked,
 * and resent.
 *
 * <p>Resending revokes the old invitation and invites the address again through
 * {@link MembershipService#invite}, so that the new link and its mail come from the one place that
 * writes invitations, and the old link stops working. Every call is limited to the caller's own
 * institution; another institution's invitation is "not found", never "forbidden", so that ids
 * cannot be probed.
 */
@Stateless
@RolesAllowed(Role.Names.INSTITUTION_ADMIN)
public class InvitationService {

    @Inject
    private AuditTrail audit;

    @Inject
    private InstitutionRepository institutions;

    @Inject
    private CallerMembership caller;

    @Inject
    private MembershipService memberships;

    @Inject
    private TokenSecrets secrets;

    @Inject
    private Clock clock;

    /** The caller's institution's unanswered invitations, newest first; expired ones are included, to be resent. */
    public List<InvitationView> unanswered() {
        Institution institution = caller.requireAdministrator().institution();
        Instant now = clock.instant();
        return institutions.unansweredInvitationsOf(institution).stream().map(i -> InvitationView.of(i, now)).toList();
    }

    /** Revokes the invitation: its link stops working. Revoking twice is harmless. */
    public InvitationView revoke(long id) {
        Invitation invitation = ownInvitation(id);
        Instant now = clock.instant();
        Snapshot before = InstitutionSnapshots.of(invitation, now);
        boolean revokedAlready = invitation.stateAt(now) == Invitation.State.REVOKED;
        try {
            invitation.revoke(now);
        } catch (IllegalStateException accepted) {
            throw ConflictException.of(accepted);
        }
        if (!revokedAlready) {
            audit.record(AuditAction.INVITATION_REVOKED, InstitutionSnapshots.subject(invitation), before,
                    InstitutionSnapshots.of(invitation, now));
        }
        return InvitationView.of(invitation, clock.instant());
    }

    /**
     * Sends the address a new link with a new expiry; the old link stops working.
     *
     * @return the new invitation
     * @throws ConflictException when the invitation was accepted or revoked, or the address has an account by now
     */
    public InvitationView resend(long id) {
        Invitation old = ownInvitation(id);
        Instant now = clock.instant();
        Invitation.State state = old.stateAt(now);
        if (state == Invitation.State.ACCEPTED || state == Invitation.State.REVOKED) {
            throw new ConflictException("This invitation was " + (state == Invitation.State.ACCEPTED ? "accepted" : "revoked")
                    + " already; to invite " + old.email() + " again, send a new invitation.");
        }
        Snapshot before = InstitutionSnapshots.of(old, now);
        old.revoke(now);
        // The new invitation is logged by MembershipService.invite as MEMBER_INVITED; this entry says what became of the old one.
        audit.record(AuditAction.INVITATION_RESENT, InstitutionSnapshots.subject(old), before, InstitutionSnapshots.of(old, now));
        memberships.invite(old.email(), old.role());
        return institutions.unansweredInvitationsOf(old.institution()).stream()
                .filter(i -> i.email().equals(old.email()))
                .findFirst()
                .map(i -> InvitationView.of(i, now))
                .orElseThrow(() -> new ConflictException(old.email() + " has a Docuportal account by now, so it cannot be invited;"
                        + " a mail told that address."));
    }

    /** Where the invitation behind a link stands, so that the join page can say why a link no longer works. */
    @PermitAll
    public Invitation.State linkState(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return null;
        }
        return institutions.invitationByTokenHash(secrets.hash(token)).map(i -> i.stateAt(clock.instant())).orElse(null);
    }

    private Invitation ownInvitation(long id) {
        Institution institution = caller.requireAdministrator().institution();
        return institutions.invitation(id)
                .filter(i -> i.institution().id().equals(institution.id()))
                .orElseThrow(() -> new NotFoundException("Your institution has no invitation " + id + "."));
    }
}

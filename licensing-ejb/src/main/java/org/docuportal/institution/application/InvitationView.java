package org.docuportal.institution.application;

import java.io.Serializable;
import java.time.Instant;

import org.docuportal.account.domain.Role;
import org.docuportal.institution.domain.Invitation;

/** An invitation not yet answered, as its institution's administrators see it: OPEN, or EXPIRED and worth resending. */
public record InvitationView(long id, String email, Role role, String invitedBy, Instant sentAt, Instant expiresAt,
                             Invitation.State state) implements Serializable {

    static InvitationView of(Invitation i, Instant now) {
        return new InvitationView(i.id(), i.email(), i.role(), i.invitedBy(), i.createdAt(), i.expiresAt(), i.stateAt(now));
    }
}

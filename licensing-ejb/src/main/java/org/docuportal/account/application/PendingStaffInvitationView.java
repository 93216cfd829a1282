package org.docuportal.account.application;

import java.io.Serializable;
import java.time.Instant;

import org.docuportal.account.domain.Role;
import org.docuportal.account.domain.StaffInvitation;

/**
 * A staff link mailed and not used yet, for the administrators' list: who was invited, as what,
 * by whom, and until when the link works. Never the link itself (only its hash is stored).
 *
 * @param invitedBy the inviting administrator's email, or {@link StaffInvitation#BOOTSTRAP} for the first administrator
 */
public record PendingStaffInvitationView(String email, Role role, String invitedBy, Instant expiresAt) implements Serializable {

    static PendingStaffInvitationView of(StaffInvitation invitation) {
        return new PendingStaffInvitationView(invitation.email(), invitation.role(), invitation.invitedBy(), invitation.expiresAt());
    }
}

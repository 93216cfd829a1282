package org.docuportal.institution.application;

import java.io.Serializable;
import java.time.Instant;

import org.docuportal.account.domain.Role;
import org.docuportal.institution.domain.Membership;
import org.docuportal.institution.domain.MembershipStatus;

/** A member as the institution's administrators see them. */
public record MemberView(long id, String email, String name, Role role, MembershipStatus status, Instant joinedAt)
        implements Serializable {

    static MemberView of(Membership m) {
        return new MemberView(m.id(), m.account().email(), m.account().displayName(), m.role(), m.status(), m.joinedAt());
    }
}

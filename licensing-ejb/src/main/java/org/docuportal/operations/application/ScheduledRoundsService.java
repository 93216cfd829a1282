package org.docuportal.operations.application;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.docuportal.account.domain.Role;
import org.docuportal.shared.jobs.JobLeaseView;
import org.docuportal.shared.jobs.JobLeases;

/**
 * The scheduled rounds for platform administrators: which server ran each last, whether its lease
 * still holds, and when a round last ran to its end. Read-only: a round is run by its timer.
 */
@Stateless
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
public class ScheduledRoundsService {

    @Inject
    private JobLeases leases;

    public List<JobLeaseView> rounds() {
        return leases.leases();
    }

    /** The server answering, as it names itself in the leases it holds. */
    public String thisServer() {
        return leases.serverId();
    }
}
